import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_PIN } from '../flow/machine.ts';
import { FALLBACK_LANGUAGE, directionOf } from '../i18n/languages.ts';
import type { UiKey } from '../i18n/keys.ts';
import { parseRuby } from '../i18n/ruby.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { InlaidText, inlayMark } from '../components/inlaid-text.tsx';
import { RubyText, type Translation } from '../overlay/translated-text.tsx';
import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useLinePair } from '../overlay/line-pair.ts';
import { practiceSearch, sheetSearch } from '../store/view-links.ts';
import { QrCode } from './qr-code.tsx';
import { ScreenSketch } from './screen-sketch.tsx';
import { sheetSteps, type SheetPart, type SheetStep } from './sheet-steps.ts';
import './sheet.css';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

/** A plain left click: the page changes in place. Any other (a new tab, a new window) follows the link. */
const plainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * The sheet a patient takes to the clinic: every screen of the main path and the common
 * problems, each string in the reader's Japanese (large, to match by eye) with its meaning in
 * the patient's language, what to tap, and small drawings of the screens. It prints on at most
 * four A4 pages in every language, and carries its own address and a QR code of it.
 */
export function SheetPage() {
  const { language, dir } = useVisitorT();
  const setView = useUiStore((store) => store.setView);
  const say = useSay();
  const address = new URL(sheetSearch(language), window.location.href).href;
  const practice = practiceSearch(language);

  return (
    <article className="sheet" lang={language} dir={dir} aria-labelledby="sheet-title">
      <header className="sheet-head">
        <div className="sheet-intro">
          <h2 id="sheet-title">{say('ui.sheet.title')}</h2>
          <p>{say('ui.sheet.intro.what')}</p>
          <p>{say('ui.sheet.intro.maker')}</p>
          <p className="sheet-warning">{say('ui.sheet.intro.pin', { pin: PRACTICE_PIN })}</p>
          <p>{say('ui.sheet.intro.legend')}</p>
        </div>
        <div className="sheet-address">
          <QrCode className="sheet-qr" text={address} label={say.text('ui.sheet.qr')} />
          <p>
            {say('ui.sheet.address')}{' '}
            <a href={address} dir="ltr" translate="no" className="sheet-url">
              {address}
            </a>
          </p>
        </div>
        <p className="sheet-controls">
          <button type="button" className="help-button" onClick={() => window.print()}>
            {say('ui.sheet.print')}
          </button>
          <a
            className="sheet-back"
            href={practice}
            onClick={(event) => {
              if (!plainClick(event)) return;
              event.preventDefault();
              setView('simulator');
            }}
          >
            {say('ui.sheet.back')}
          </a>
        </p>
      </header>
      <ol className="sheet-steps">
        {sheetSteps().map((step, index) => (
          <Step key={step.id} step={step} number={index + 1} />
        ))}
      </ol>
    </article>
  );
}

function Step({ step, number }: { readonly step: SheetStep; readonly number: number }) {
  const say = useSay();
  const deviceT = useDeviceT();
  const buttons = Object.entries(step.buttons);
  // Each button the instructions name stands in the sentence as a mark, then as its Japanese.
  const marks = Object.fromEntries(buttons.map(([name], index) => [name, inlayMark(index)]));
  const instructions = say.translation(`ui.sheet.steps.${step.id}.tap`, marks);
  return (
    <li className="sheet-step" id={`sheet-${step.id}`}>
      {step.screens.map((screen, index) => (
        <section key={`${screen.screen}-${String(index)}`} className={screen.sketch ? 'sheet-screen has-sketch' : 'sheet-screen'}>
          {index === 0 || step.screens[index - 1]?.screen !== screen.screen ? (
            <h3 className="sheet-screen-name">
              {index === 0 ? <span className="sheet-number">{number}</span> : null}
              {say(`ui.screens.${screen.screen}`)}
            </h3>
          ) : null}
          {screen.sketch ? <ScreenSketch view={screen.view} tap={step.tap} /> : null}
          <ul className="sheet-pairs">
            {screen.parts.map((part) => (
              <Pair key={part.key} part={part} tap={step.tap.includes(part.key)} />
            ))}
          </ul>
        </section>
      ))}
      <p className="sheet-todo" lang={instructions.lang} dir={instructions.dir} data-inlaid="">
        <strong className="sheet-todo-label">{say('ui.sheet.todo')}</strong>{' '}
        <InlaidText
          text={instructions.text}
          plain={(piece) => <RubyText parts={parseRuby(piece)} />}
          inlay={(index) => {
            // A button's Japanese, drawn as a small button.
            const key = buttons[index]?.[1];
            return key === undefined ? null : (
              <span className="sheet-inline-button" lang="ja" dir="ltr">
                {deviceT(key)}
              </span>
            );
          }}
        />
      </p>
    </li>
  );
}

function Pair({ part, tap }: { readonly part: SheetPart; readonly tap: boolean }) {
  const { japanese, translation, shown } = useLinePair(part.key, part.values);
  return (
    <li className={`sheet-pair kind-${part.kind}${tap ? ' tap' : ''}`}>
      <span className="sheet-ja" lang="ja" dir="ltr">
        {tap ? <span className="sheet-hand">☞ </span> : null}
        <span className={part.kind === 'button' ? 'sheet-ja-button' : undefined}>{japanese}</span>
      </span>
      {shown ? (
        <span className="sheet-tr" lang={translation.lang} dir={translation.dir}>
          <RubyText parts={parseRuby(translation.text)} />
        </span>
      ) : null}
    </li>
  );
}

interface Say {
  /** A help-layer string in the visitor's language, marked with the language it is really in. */
  (key: UiKey, values?: Readonly<Record<string, string | number>>): ReactNode;
  /** The same as plain text (for attributes). */
  readonly text: (key: UiKey) => string;
  /** The same with the language it is in, for a sentence with parts laid into it. */
  readonly translation: (key: UiKey, values?: Readonly<Record<string, string | number>>) => Translation;
}

/**
 * The sheet's own words, through the visitor's `t` (so the workbench's preview can find them).
 * A string this language does not have yet shows in English, inside a span that says so
 * (`lang="en"`), so a screen reader does not read English with another voice; Easy Japanese
 * keeps its furigana, since the sheet is there to be read.
 */
function useSay(): Say {
  const { t, language } = useVisitorT();
  const { i18n } = useTranslation();
  const translation = (key: UiKey, values: Readonly<Record<string, string | number>> = {}): Translation => {
    const lang = i18n.exists(key, { lng: language, fallbackLng: false }) ? language : FALLBACK_LANGUAGE;
    return { text: t(key, { ...values, postProcess: [] }), lang, dir: directionOf(lang) };
  };
  const say = (key: UiKey, values: Readonly<Record<string, string | number>> = {}): ReactNode => {
    const found = translation(key, values);
    const parts = <RubyText parts={parseRuby(found.text)} />;
    return found.lang === language ? parts : <span lang={found.lang} dir={found.dir}>{parts}</span>;
  };
  return Object.assign(say, { text: (key: UiKey) => t(key), translation });
}
