import { memo, useEffect, useId, useRef, useState } from 'react';
import { initialState, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type FlowState, type ScreenId } from '../flow/types.ts';
import { loadLanguage } from '../i18n/i18n.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { searchEntries, searchScreens, type JapaneseOf } from '../screens/screen-search.ts';
import { SCREEN_STEPS } from '../screens/steps.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { Terminal } from '../device/terminal.tsx';
import { PhraseCards } from '../components/phrase-card.tsx';
import { ScreenChoice } from '../components/screen-choice.tsx';
import { useStaffT } from './staff-t.ts';
import { HandOver } from './hand-over.tsx';
import { keepHandOver } from '../storage/hand-over-flag.ts';
import { PatientLanguages } from './patient-languages.tsx';
import { PhraseSpeakers } from './phrase-speakers.tsx';
import { useCounterVisit } from './counter-visit.ts';
import { ClinicPanel } from './clinic-panel.tsx';
import './counter.css';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

/**
 * The reception counter (`?mode=counter`): a patient stands at the real reader, stuck on a
 * screen; staff choose the patient's language and that screen, in either order, and show it
 * translated. Two taps from this page's home, whichever comes first. Staff read Japanese, so
 * the counter's own words are Japanese whatever the patient reads; the patient's language is
 * the visitor's language of the rest of the app (the chips over the device).
 */
export function CounterPage() {
  // The clinic's reader in place of the visitor's; nothing is drawn until the clinic's settings are in.
  const ready = useCounterVisit();
  const shown = useUiStore((store) => store.counterShown);
  const handedOver = useUiStore((store) => store.counterHandedOver);
  // A reload keeps the tablet handed over (this tab's session only: a new tab starts with staff).
  useEffect(() => {
    keepHandOver(handedOver);
  }, [handedOver]);
  // The help layer's Japanese is fetched when first needed; until it is in, English stands in.
  useEffect(() => {
    void loadLanguage(SOURCE_LANGUAGE);
  }, []);
  if (!ready) return null;
  return (
    <div className="counter" lang={SOURCE_LANGUAGE} dir="ltr">
      {shown && handedOver ? <HandOver /> : shown ? <CounterShown /> : <CounterHome />}
    </div>
  );
}

/** Each screen as a link would open it (`LINK_OPENED`), for its small drawing. */
const SEEDED: Readonly<Record<ScreenId, FlowState>> = Object.fromEntries(
  SCREEN_IDS.map((screen) => [screen, transition(initialState(), { type: 'LINK_OPENED', screen })]),
) as Record<ScreenId, FlowState>;

function show(screen: ScreenId) {
  useFlowStore.getState().send({ type: 'LINK_OPENED', screen });
  useUiStore.getState().setCounterShown(true);
}

/** Home: the patient's language and the index of screens, each one tap. */
export function CounterHome({ initialQuery = '' }: { readonly initialQuery?: string }) {
  const t = useStaffT();
  const heading = useRef<HTMLHeadingElement>(null);
  const backFromScreen = useRef(useUiStore.getState().counterShown);
  useEffect(() => {
    // Back from a shown screen: say where we are by moving focus to the page's heading.
    if (!backFromScreen.current && document.activeElement === document.body) return;
    heading.current?.focus();
  }, []);
  return (
    <section className="counter-home" aria-labelledby="counter-title">
      <header className="counter-head">
        <h2 id="counter-title" ref={heading} tabIndex={-1}>
          {t('ui.counter.title')}
        </h2>
        <p>{t('ui.counter.intro')}</p>
      </header>
      <PatientLanguages />
      <ScreenIndex initialQuery={initialQuery} />
      <ClinicPanel />
    </section>
  );
}

/** Every screen of the reader, by step, each a small drawing with its Japanese name; filtered as staff type. */
function ScreenIndex({ initialQuery }: { readonly initialQuery: string }) {
  const t = useStaffT();
  const [query, setQuery] = useState(initialQuery);
  const searchId = useId();
  const hintId = useId();
  const japanese: JapaneseOf = (key, values) => t(key, values ?? {});
  const found = new Set(searchScreens(searchEntries(japanese), query));
  const steps = SCREEN_STEPS.map((step) => ({ ...step, screens: step.screens.filter((screen) => found.has(screen)) })).filter(
    (step) => step.screens.length > 0,
  );
  return (
    <section className="counter-index" aria-labelledby="counter-index">
      <h3 id="counter-index">{t('ui.counter.index.heading')}</h3>
      <div className="counter-search">
        <label htmlFor={searchId}>{t('ui.counter.search.label')}</label>
        <div className="counter-search-row">
          <input
            id={searchId}
            type="search"
            value={query}
            aria-describedby={hintId}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
          {query !== '' ? (
            <button type="button" className="help-button" onClick={() => setQuery('')}>
              {t('ui.counter.search.clear')}
            </button>
          ) : null}
        </div>
        <p id={hintId} className="counter-hint">
          {t('ui.counter.search.hint')}
        </p>
      </div>
      <p role="status" className="counter-none">
        {steps.length === 0 ? t('ui.counter.search.none', { query: query.trim() }) : null}
      </p>
      {steps.map((step) => (
        <section key={step.id} className="counter-step" aria-labelledby={`counter-step-${step.id}`}>
          <h4 id={`counter-step-${step.id}`}>{t(`ui.counter.steps.${step.id}`)}</h4>
          <ul>
            {step.screens.map((screen) => (
              <IndexEntry key={screen} screen={screen} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** One screen of the index. Memoised: typing in the search must not draw 29 terminals again. */
const IndexEntry = memo(function IndexEntry({ screen }: { readonly screen: ScreenId }) {
  const t = useStaffT();
  const name = t(`ui.screens.${screen}`);
  return <ScreenChoice screen={screen} flow={SEEDED[screen]} name={name} label={t('ui.counter.show', { screen: name })} onPick={() => show(screen)} />;
});

/** The chosen screen on the live terminal with the patient's chips; held, so it waits to be read. */
export function CounterShown() {
  const t = useStaffT();
  const { t: patientT, language, dir } = useVisitorT();
  const screen = useFlowStore((store) => store.flow.screen);
  const setCounterShown = useUiStore((store) => store.setCounterShown);
  const setHandedOver = useUiStore((store) => store.setCounterHandedOver);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="counter-shown" aria-labelledby="counter-showing">
      <div className="counter-shown-head">
        <button type="button" className="help-button counter-back" onClick={() => setCounterShown(false)}>
          <span aria-hidden="true">← </span>
          {t('ui.counter.back')}
        </button>
        <h2 id="counter-showing" ref={heading} tabIndex={-1}>
          {t('ui.counter.showing', { screen: t(`ui.screens.${screen}`) })}
          {language !== SOURCE_LANGUAGE ? (
            <span className="counter-shown-patient" lang={language} dir={dir}>
              {patientT(`ui.screens.${screen}`)}
            </span>
          ) : null}
        </h2>
        <div className="counter-handover-start">
          <button type="button" className="counter-handover-button" aria-describedby="counter-handover-hint" onClick={() => setHandedOver(true)}>
            {t('ui.counter.handOver.button')}
          </button>
          <p id="counter-handover-hint" className="counter-hint">
            {t('ui.counter.handOver.hint')}
          </p>
        </div>
      </div>
      <div className="counter-device">
        <Terminal />
      </div>
      <PatientLanguages compact />
      <PhraseCards screen={screen} speaker={(phrase) => <PhraseSpeakers phrase={phrase} language={language} />} />
    </section>
  );
}
