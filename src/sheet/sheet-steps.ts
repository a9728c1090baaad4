/**
 * What the sheet lists, built from the reader's own flow and screen registry: each step is one
 * or more screens as a link would open them (a plausible visit behind each), and every Japanese
 * string on the sheet is a device key those screens show. Nothing here is typed twice: when a
 * screen's wording or buttons change, the sheet follows.
 */
import { DEFAULT_SCENARIO, initialState, transition } from '../flow/machine.ts';
import type { FlowState, Scenario, ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';
import { describeScreen } from '../screens/registry.ts';
import { keysOf, type ScreenView, type TextPart, type TextRole } from '../screens/screen-view.ts';

/** The steps, in the order a visit meets them, the common problems where they happen. */
export const SHEET_STEPS = [
  'card',
  'method',
  'face',
  'pin',
  'pin-wrong',
  'pin-locked',
  'face-failed',
  'public-expense',
  'consent',
  'consent-no',
  'prescription',
  'done',
  'expired',
  'card-errors',
] as const;
export type SheetStepId = (typeof SHEET_STEPS)[number];

/** One string the screen shows, and what it is there: a text of the screen, or a button. */
export interface SheetPart {
  readonly key: DeviceKey;
  readonly values?: TextPart['values'];
  readonly kind: TextRole | 'button';
}

export interface SheetScreen {
  readonly screen: ScreenId;
  readonly view: ScreenView;
  /** The screen's Japanese in reading order (texts, keypad keys, buttons), or only its texts. */
  readonly parts: readonly SheetPart[];
  /** Whether a small drawing of the screen helps here (it has buttons to find). */
  readonly sketch: boolean;
}

export interface SheetStep {
  readonly id: SheetStepId;
  readonly screens: readonly SheetScreen[];
  /**
   * The buttons the step's instructions name, by the placeholder that stands for each in
   * `ui.sheet.steps.<id>.tap`; they are drawn there as small buttons with their Japanese.
   */
  readonly buttons: Readonly<Record<string, DeviceKey>>;
  /** The buttons to tap at this step, marked ☞ where the screen is listed and drawn. */
  readonly tap: readonly DeviceKey[];
}

/** A screen as a link opens it, at a clinic with the default settings and this card. */
function opened(screen: ScreenId, scenario: Partial<Scenario> = {}): FlowState {
  return transition(initialState(undefined, { ...DEFAULT_SCENARIO, ...scenario }), { type: 'LINK_OPENED', screen });
}

interface ScreenOptions {
  /** Texts only, for a screen that repeats the buttons of the one before it. */
  readonly textsOnly?: boolean;
}

function sheetScreen(state: FlowState, { textsOnly = false }: ScreenOptions = {}): SheetScreen {
  const view = describeScreen(state);
  const texts = new Set<DeviceKey>(view.texts.map((part) => part.key));
  const parts = keysOf(view)
    .filter((part) => !textsOnly || texts.has(part.key))
    .map((part): SheetPart => {
      const kind = texts.has(part.key) ? part.role : 'button';
      return part.values ? { key: part.key, values: part.values, kind } : { key: part.key, kind };
    });
  const hasButtons = view.actions.length > 0 || view.keypad !== undefined;
  return { screen: state.screen, view, parts, sketch: hasButtons && !textsOnly };
}

/** The consent screens of every topic the default clinic asks about, answered "no" one by one. */
function consentTopics(): SheetScreen[] {
  const screens: SheetScreen[] = [];
  for (let state = opened('consent-topic'); state.screen === 'consent-topic'; ) {
    screens.push(sheetScreen(state, { textsOnly: screens.length > 0 }));
    const next = transition(state, { type: 'CONSENT_ANSWERED', agree: false });
    if (next === state) break;
    state = next;
  }
  return screens;
}

function build(): readonly SheetStep[] {
  const step = (
    id: SheetStepId,
    screens: readonly SheetScreen[],
    buttons: Record<string, DeviceKey> = {},
    tap: readonly string[] = Object.keys(buttons),
  ): SheetStep => ({ id, screens, buttons, tap: tap.flatMap((name) => buttons[name] ?? []) });
  const one = (screen: ScreenId, scenario?: Partial<Scenario>) => [sheetScreen(opened(screen, scenario))];
  return [
    step('card', one('idle')),
    step('method', one('method-select'), { face: 'device.method-select.face', pin: 'device.method-select.pin' }),
    // Nothing to tap: the patient looks at the camera. Going back is named, not marked.
    step('face', one('face-check'), { back: 'device.face-check.back' }, []),
    step('pin', one('pin-entry'), { submit: 'device.pin-entry.submit', clear: 'device.pin-entry.clear' }, ['submit']),
    step('pin-wrong', one('pin-wrong'), { retry: 'device.pin-wrong.retry', face: 'device.pin-wrong.face' }),
    step('pin-locked', one('pin-locked'), { face: 'device.pin-locked.face' }),
    step('face-failed', one('face-failed'), { retry: 'device.face-failed.retry', pin: 'device.face-failed.pin' }),
    // Only at a clinic whose reader uses PMH, for a patient with a subsidy certificate.
    step('public-expense', one('public-expense', { subsidyCertificate: true }), {
      use: 'device.public-expense.use',
      decline: 'device.public-expense.decline',
    }, ['use']),
    step('consent', one('consent-all'), { agree: 'device.consent-all.agree', individual: 'device.consent-all.individual' }),
    // How to say no: the step marks 同意しない, and names 同意する too.
    step('consent-no', consentTopics(), { decline: 'device.consent-topic.decline', agree: 'device.consent-topic.agree' }, ['decline']),
    step('prescription', one('prescription'), { electronic: 'device.prescription.electronic', paper: 'device.prescription.paper' }),
    step('done', one('done')),
    step('expired', [...one('eligibility-only', { certificate: 'expired-recent' }), ...one('error-006', { certificate: 'expired-long' })], {
      next: 'device.eligibility-only.next',
    }),
    step('card-errors', [
      ...one('card-unreadable', { card: 'unreadable' }),
      ...one('card-not-my-number', { card: 'other-card' }),
      ...one('card-read-failed', { card: 'read-failed' }),
    ]),
  ];
}

let steps: readonly SheetStep[] | null = null;

/** The sheet's steps (built once: the flow does not change while the page is open). */
export function sheetSteps(): readonly SheetStep[] {
  return (steps ??= build());
}
