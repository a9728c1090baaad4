/**
 * The benchmark's pictures, described and drawn: every reader screen (from the flow, worded the
 * simulator's way or the benchmark's own), drawn in other makers' styles, then photographed
 * badly (tilt, blur, noise, glare, low light, moiré, a crop, JPEG) as HTML and CSS that Chromium
 * renders. Nothing here looks like the simulator's own terminal.
 */
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS, initialState, transition } from '../../src/flow/machine.ts';
import { SCREEN_IDS, type FlowState, type ScreenId } from '../../src/flow/types.ts';
import type { DeviceKey } from '../../src/i18n/keys.ts';
import { describeScreen } from '../../src/screens/registry.ts';
import type { Widget } from '../../src/screens/screen-view.ts';
import { japanese } from '../../src/recognize/catalog.ts';
import { BENCH_WORDINGS, NEGATIVES, type NegativeScene } from './wordings.ts';

/** A seeded random source (mulberry32): the same seed draws the same set. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const between = (rand: Rand, low: number, high: number): number => low + rand() * (high - low);

/** What a drawn screen holds: its texts by role, its buttons, its widget. */
export interface ScreenContent {
  readonly header: string;
  readonly title: string;
  readonly body: readonly string[];
  readonly code: string | null;
  readonly notes: readonly string[];
  readonly buttons: readonly { readonly text: string; readonly primary: boolean }[];
  readonly widget: Widget;
  readonly keypad: boolean;
}

/** The reader's Japanese for a key, a counted one drawn with two tries left unless told. */
const japaneseOf = (key: DeviceKey, count?: number): string => japanese(key, count ?? 2);

/** The simulator's wording half the time, else one of the benchmark's own (when it has one). */
function worded(rand: Rand, key: DeviceKey, count?: number): string {
  const own = BENCH_WORDINGS[key] ?? [];
  if (own.length > 0 && rand() < 0.5) return pick(rand, own);
  return japaneseOf(key, count);
}

const HEADERS = ['オンライン資格確認', '顔認証付きカードリーダー', 'さくら内科クリニック', '受付', 'マイナ受付', ''];

/** A state of the reader showing this screen, as a clinic might have it set up. */
function stateFor(rand: Rand, screen: ScreenId): FlowState {
  const settings = {
    ...DEFAULT_SETTINGS,
    cardEntry: rand() < 0.3 ? ('slot' as const) : ('tray' as const),
    software: screen === 'consent-topic' || screen === 'limit-amount' ? ('before-2024-10' as const) : DEFAULT_SETTINGS.software,
    smartphoneReader: rand() < 0.7,
  };
  let state = transition(initialState(settings, DEFAULT_SCENARIO), { type: 'LINK_OPENED', screen });
  if (screen === 'consent-topic') state = { ...state, session: { ...state.session, consentIndex: Math.floor(rand() * 3) } };
  if (screen === 'done' && rand() < 0.3) state = { ...state, session: { ...state.session, cardInReader: false } };
  return state;
}

/** A screen's content: its lines, each worded one way or another, a line now and then left out. */
export function screenContent(rand: Rand, screen: ScreenId): ScreenContent {
  const view = describeScreen(stateFor(rand, screen));
  const text = (role: string) => view.texts.filter((part) => part.role === role);
  const count = (values: Readonly<Record<string, string | number>> | undefined) => (typeof values?.count === 'number' ? values.count : undefined);
  const [titlePart, ...otherTitles] = text('title');
  const bodyParts = [...otherTitles, ...text('body')];
  // Makers leave out a body line or note now and then; never the title.
  const kept = <T>(parts: readonly T[]) => parts.filter(() => rand() > 0.15);
  return {
    header: pick(rand, HEADERS),
    title: titlePart ? worded(rand, titlePart.key, count(titlePart.values)) : '',
    body: kept(bodyParts).map((part) => worded(rand, part.key, count(part.values))),
    code: text('code')[0] ? worded(rand, text('code')[0]?.key as DeviceKey) : null,
    notes: kept(text('note')).map((part) => worded(rand, part.key)),
    buttons: [
      ...(view.keypad ? [{ text: worded(rand, view.keypad.clearKey), primary: false }, { text: worded(rand, view.keypad.submitKey), primary: true }] : []),
      ...view.actions.map((action) => ({ text: worded(rand, action.key), primary: action.primary })),
    ],
    widget: view.widget,
    keypad: view.keypad !== undefined,
  };
}

export function negativeContent(rand: Rand, scene: NegativeScene): ScreenContent {
  return {
    header: pick(rand, ['', '総合受付', '自動精算機', 'ご案内']),
    title: scene.title,
    body: scene.lines,
    code: null,
    notes: [],
    buttons: scene.buttons.map((text, index) => ({ text, primary: index === 0 })),
    widget: null,
    keypad: false,
  };
}

/** A maker's look: colours, button shapes, where the buttons go. */
export interface Style {
  readonly name: string;
  readonly background: string;
  readonly text: string;
  readonly headerBackground: string;
  readonly headerText: string;
  readonly titleBox: string;
  readonly button: (primary: boolean) => string;
  readonly buttonsBeside: boolean;
  readonly align: 'center' | 'left';
}

const flat = (background: string, color: string, radius: string, extra = ''): string =>
  `background:${background};color:${color};border-radius:${radius};border:0;${extra}`;

/** Styles the matcher's thresholds are set on. */
export const TRAIN_STYLES: readonly Style[] = [
  {
    name: 'white-blue',
    background: '#ffffff',
    text: '#1b1b1b',
    headerBackground: '#0b57d0',
    headerText: '#ffffff',
    titleBox: '',
    button: (primary) => (primary ? flat('#0b57d0', '#fff', '14px') : 'background:#fff;color:#0b57d0;border:3px solid #0b57d0;border-radius:14px;'),
    buttonsBeside: false,
    align: 'center',
  },
  {
    name: 'green',
    background: '#eef7ee',
    text: '#123d12',
    headerBackground: '#2e7d32',
    headerText: '#ffffff',
    titleBox: '',
    button: (primary) => flat(primary ? '#2e7d32' : '#66a86a', '#fff', '999px'),
    buttonsBeside: false,
    align: 'center',
  },
];

/** Styles held out: no threshold is set while looking at them. */
export const TEST_STYLES: readonly Style[] = [
  {
    name: 'navy-landscape',
    background: '#0d1b2a',
    text: '#f5f5f5',
    headerBackground: '#1b263b',
    headerText: '#ffd166',
    titleBox: '',
    button: () => 'background:transparent;color:#fff;border:3px solid #e0e1dd;border-radius:0;',
    buttonsBeside: true,
    align: 'left',
  },
  {
    name: 'beige-orange',
    background: '#fff8e7',
    text: '#3e2723',
    headerBackground: '#fff8e7',
    headerText: '#6d4c41',
    titleBox: 'background:#4e342e;color:#fff8e7;padding:14px 18px;border-radius:4px;',
    button: (primary) => flat(primary ? '#f57c00' : '#ffb74d', primary ? '#fff' : '#3e2723', '4px', 'box-shadow:0 6px 0 #a04f00;'),
    buttonsBeside: false,
    align: 'center',
  },
  {
    name: 'teal-cards',
    background: 'linear-gradient(160deg,#00897b 0%,#b2dfdb 55%,#ffffff 100%)',
    text: '#00251a',
    headerBackground: 'transparent',
    headerText: '#ffffff',
    titleBox: 'background:rgba(255,255,255,.85);padding:12px;border-radius:18px;',
    button: () => 'background:#ffffff;color:#00695c;border:0;border-radius:18px;box-shadow:0 4px 14px rgba(0,0,0,.25);',
    buttonsBeside: true,
    align: 'left',
  },
  {
    name: 'grey-kiosk',
    background: '#d9d9d9',
    text: '#000000',
    headerBackground: '#505050',
    headerText: '#ffffff',
    titleBox: '',
    button: () => 'background:linear-gradient(#fafafa,#bdbdbd);color:#000;border:2px outset #eee;border-radius:6px;',
    buttonsBeside: false,
    align: 'center',
  },
];

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function widgetHtml(widget: Widget, keypad: boolean, style: Style): string {
  if (keypad) {
    const key = (digit: string) => `<div style="${style.button(false)}font-size:30px;padding:10px 0;text-align:center">${digit}</div>`;
    return `<div style="display:grid;grid-template-columns:repeat(3,70px);gap:10px;margin:14px auto;width:max-content">${['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', ''].map((digit) => (digit === '' ? '<div></div>' : key(digit))).join('')}</div>`;
  }
  switch (widget) {
    case 'camera':
      return '<div style="margin:14px auto;width:220px;height:180px;background:#333;border-radius:10px;display:flex;align-items:center;justify-content:center"><div style="width:110px;height:140px;border:4px dashed #9ef;border-radius:50%"></div></div>';
    case 'spinner':
      return '<div style="margin:24px auto;width:90px;height:90px;border:10px solid #ccc;border-top-color:#1e88e5;border-radius:50%"></div>';
    case 'card':
      return '<div style="margin:14px auto;width:200px;height:126px;border-radius:12px;background:linear-gradient(135deg,#f8bbd0,#90caf9);box-shadow:0 3px 8px rgba(0,0,0,.3)"></div>';
    case 'phone':
      return '<div style="margin:14px auto;width:80px;height:150px;border:6px solid #444;border-radius:16px;background:#e3f2fd"></div>';
    case 'check':
      return '<div style="margin:14px auto;width:100px;height:100px;border-radius:50%;background:#43a047"></div>';
    default:
      return '';
  }
}

/** The screen alone, at its own pixel size. */
export function screenHtml(content: ScreenContent, style: Style, font: string, width: number, height: number): string {
  const landscape = width > height;
  const titleSize = Math.round(Math.min(width, height) / (content.title.length > 24 ? 15 : 12));
  const bodySize = Math.round(titleSize * 0.68);
  const buttons = content.buttons
    .map((button) => `<div style="${style.button(button.primary)}font-size:${Math.round(titleSize * 0.8)}px;padding:16px 22px;margin:8px;text-align:center;${style.buttonsBeside ? '' : 'min-width:30%;'}">${escape(button.text)}</div>`)
    .join('');
  const besides = style.buttonsBeside && landscape && content.buttons.length > 0;
  const main = [
    `<div style="${style.titleBox}font-size:${titleSize}px;font-weight:700;margin:10px 0;text-align:${style.align}">${escape(content.title)}</div>`,
    ...content.body.map((line) => `<div style="font-size:${bodySize}px;margin:8px 0;text-align:${style.align}">${escape(line)}</div>`),
    content.code === null ? '' : `<div style="font-size:${bodySize}px;margin:8px 0;color:#c62828;font-weight:700;text-align:${style.align}">${escape(content.code)}</div>`,
    widgetHtml(content.widget, content.keypad, style),
    ...content.notes.map((line) => `<div style="font-size:${Math.round(bodySize * 0.9)}px;margin:6px 0;opacity:.85;text-align:${style.align}">${escape(line)}</div>`),
  ].join('');
  const header = content.header === '' ? '' : `<div style="background:${style.headerBackground};color:${style.headerText};font-size:${Math.round(bodySize * 0.8)}px;padding:8px 16px;display:flex;justify-content:space-between"><span>${escape(content.header)}</span><span>10:24</span></div>`;
  const layout = besides
    ? `<div style="display:flex;gap:16px;padding:12px 20px;flex:1"><div style="flex:3">${main}</div><div style="flex:2;display:flex;flex-direction:column;justify-content:center">${buttons}</div></div>`
    : `<div style="padding:10px 20px;flex:1;display:flex;flex-direction:column"><div>${main}</div><div style="display:flex;flex-wrap:wrap;justify-content:center;margin-top:auto">${buttons}</div></div>`;
  return `<div style="width:${width}px;height:${height}px;background:${style.background};color:${style.text};font-family:'${font}';display:flex;flex-direction:column;overflow:hidden;line-height:1.35">${header}${layout}</div>`;
}

/** What happens to a picture between the screen and the file. */
export interface PhotoEffects {
  readonly photoWidth: number;
  readonly photoHeight: number;
  /** >1 makes a large photo (tests the scaling down). */
  readonly pixelRatio: number;
  readonly tiltX: number;
  readonly tiltY: number;
  readonly rotate: number;
  /** The screen's width as a share of the photo's. */
  readonly size: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly blur: number;
  readonly brightness: number;
  readonly noise: number;
  readonly glare: { readonly x: number; readonly y: number; readonly strength: number } | null;
  readonly moire: number;
  readonly crop: boolean;
  readonly jpegQuality: number;
}

/** Draws how badly this picture was taken. */
export function photoEffects(rand: Rand, screenWidth: number): PhotoEffects {
  const landscapePhoto = rand() < 0.6;
  const crop = rand() < 0.2;
  const lowLight = rand() < 0.25;
  return {
    photoWidth: landscapePhoto ? 1280 : 960,
    photoHeight: landscapePhoto ? 960 : 1280,
    pixelRatio: rand() < 0.08 ? 2.5 : 1,
    tiltX: between(rand, -16, 16),
    tiltY: between(rand, -22, 22),
    rotate: between(rand, -8, 8),
    size: between(rand, 0.62, 0.9) * (screenWidth > 900 ? 1 : 0.9),
    offsetX: crop ? pick(rand, [-1, 1]) * between(rand, 0.12, 0.22) : between(rand, -0.04, 0.04),
    offsetY: crop ? pick(rand, [-1, 1]) * between(rand, 0.0, 0.12) : between(rand, -0.04, 0.04),
    blur: rand() < 0.35 ? between(rand, 0.6, 2) : 0,
    brightness: lowLight ? between(rand, 0.35, 0.6) : between(rand, 0.85, 1.1),
    noise: rand() < 0.5 || lowLight ? between(rand, 0.12, 0.35) : 0,
    glare: rand() < 0.3 ? { x: between(rand, 20, 80), y: between(rand, 20, 80), strength: between(rand, 0.5, 0.9) } : null,
    moire: rand() < 0.25 ? between(rand, 0.12, 0.3) : 0,
    crop,
    jpegQuality: Math.round(between(rand, 35, 85)),
  };
}

/** Names the effects a picture has, for the report's breakdown. */
export function effectNames(effects: PhotoEffects): string[] {
  return [
    effects.blur > 0 ? 'blur' : '',
    effects.brightness < 0.7 ? 'low light' : '',
    effects.noise > 0 ? 'noise' : '',
    effects.glare ? 'glare' : '',
    effects.moire > 0 ? 'moiré' : '',
    effects.crop ? 'crop' : '',
    effects.pixelRatio > 1 ? 'large photo' : '',
  ].filter((name) => name !== '');
}

/** The screen in a reader's bezel on a counter, photographed: a whole page for Chromium. */
export function photoHtml(screen: string, screenWidth: number, screenHeight: number, effects: PhotoEffects, seed: number): string {
  const scale = Math.min((effects.photoWidth * effects.size) / (screenWidth + 60), (effects.photoHeight * effects.size) / (screenHeight + 60));
  const noise = `url("data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns='http://www.w3.org/2000/svg' width='300' height='300'><filter id='n'><feTurbulence type='fractalNoise' baseFrequency='0.9' numOctaves='2' seed='${seed % 1000}' stitchTiles='stitch'/><feColorMatrix type='saturate' values='0'/></filter><rect width='300' height='300' filter='url(#n)'/></svg>`,
  )}")`;
  const moire =
    effects.moire > 0
      ? `<div style="position:absolute;inset:0;pointer-events:none;opacity:${effects.moire};background:repeating-linear-gradient(${Math.round(seed % 7) + 1}deg,rgba(0,0,0,.9) 0 1px,transparent 1px 3px),repeating-linear-gradient(${Math.round(seed % 5) - 3}deg,rgba(60,0,120,.6) 0 1px,transparent 1px 3.4px)"></div>`
      : '';
  const glare = effects.glare
    ? `<div style="position:absolute;inset:0;mix-blend-mode:screen;background:radial-gradient(ellipse at ${effects.glare.x}% ${effects.glare.y}%,rgba(255,255,255,${effects.glare.strength}) 0%,rgba(255,255,255,${effects.glare.strength * 0.5}) 12%,transparent 32%)"></div>`
    : '';
  const noiseLayer = effects.noise > 0 ? `<div style="position:absolute;inset:0;opacity:${effects.noise};mix-blend-mode:overlay;background-image:${noise}"></div>` : '';
  const left = effects.photoWidth / 2 - (screenWidth + 60) / 2 + effects.offsetX * effects.photoWidth;
  const top = effects.photoHeight / 2 - (screenHeight + 60) / 2 + effects.offsetY * effects.photoHeight;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;width:${effects.photoWidth}px;height:${effects.photoHeight}px;overflow:hidden;background:linear-gradient(${seed % 360}deg,#8d7b68,#c8b6a6 60%,#6b5b4b)">
<div style="position:absolute;inset:0;filter:blur(${effects.blur}px) brightness(${effects.brightness})">
<div style="position:absolute;left:${left}px;top:${top}px;transform:perspective(1600px) scale(${scale}) rotateX(${effects.tiltX}deg) rotateY(${effects.tiltY}deg) rotateZ(${effects.rotate}deg);padding:30px;background:#2b2b2b;border-radius:28px;box-shadow:0 20px 40px rgba(0,0,0,.5)">
<div style="position:relative">${screen}${moire}</div></div>${glare}</div>${noiseLayer}</body></html>`;
}

/** One picture of the set. */
export interface BenchImage {
  readonly id: string;
  readonly split: 'train' | 'test';
  /** The screen it shows, or null for a negative. */
  readonly truth: ScreenId | null;
  readonly style: string;
  readonly font: string;
  readonly effects: readonly string[];
  readonly html: string;
  readonly jpegQuality: number;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

const SCREEN_SIZES: readonly (readonly [number, number])[] = [
  [1024, 600],
  [800, 480],
  [800, 600],
  [600, 900],
];

/**
 * The whole set. Train: the two train styles in Noto Sans CJK JP. Test: the four held-out
 * styles in every other Japanese font that is installed. Negatives in both.
 */
export function benchSet(
  trainFonts: readonly string[],
  testFonts: readonly string[],
  setSeed = 1,
  perScreen = { train: 2, test: 4 },
  perNegative = { train: 1, test: 3 },
): BenchImage[] {
  const images: BenchImage[] = [];
  let seed = 0;
  const drawn = { train: 0, test: 0 };
  const add = (split: 'train' | 'test', truth: ScreenId | null, name: string, draw: (rand: Rand) => ScreenContent, index: number) => {
    seed += 1;
    drawn[split] += 1;
    const rand = random(setSeed * 1_000_003 + seed * 7919);
    const styles = split === 'train' ? TRAIN_STYLES : TEST_STYLES;
    const fonts = split === 'train' ? trainFonts : testFonts;
    const style = styles[index % styles.length] as Style;
    // Every font in turn, whatever the style.
    const font = fonts[Math.floor(drawn[split] / styles.length) % fonts.length] ?? 'Noto Sans CJK JP';
    const [width, height] = style.buttonsBeside ? pick(rand, SCREEN_SIZES.slice(0, 3)) : pick(rand, SCREEN_SIZES);
    const content = draw(rand);
    const effects = photoEffects(rand, width);
    images.push({
      id: `${split}-${name}-${index}`,
      split,
      truth,
      style: style.name,
      font,
      effects: effectNames(effects),
      html: photoHtml(screenHtml(content, style, font, width, height), width, height, effects, seed),
      jpegQuality: effects.jpegQuality,
      width: effects.photoWidth,
      height: effects.photoHeight,
      pixelRatio: effects.pixelRatio,
    });
  };
  for (const split of ['train', 'test'] as const) {
    for (const screen of SCREEN_IDS) {
      for (let index = 0; index < perScreen[split]; index += 1) add(split, screen, screen, (rand) => screenContent(rand, screen), index);
    }
    for (const negative of NEGATIVES) {
      for (let index = 0; index < perNegative[split]; index += 1) add(split, null, `not-${negative.name}`, (rand) => negativeContent(rand, negative), index);
    }
  }
  return images;
}
