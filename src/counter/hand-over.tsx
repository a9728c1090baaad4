import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { Terminal } from '../device/terminal.tsx';
import { PhraseCards } from '../components/phrase-card.tsx';
import { useClinicStore } from './clinic-store.ts';
import { PatientLanguages } from './patient-languages.tsx';
import { PhraseSpeakers } from './phrase-speakers.tsx';
import { StaffCorner } from './staff-corner.tsx';
import { useStaffT } from './staff-t.ts';
import { WARNING_SECONDS, useIdleCountdown } from './use-idle-countdown.ts';
import { useWakeLock } from './use-wake-lock.ts';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

type Stage = 'languages' | 'screen';

/**
 * The view drawn still, in one state, for the translators' workbench: no idle time, no wake lock,
 * the warning or the staff code box drawn open where the string being edited shows.
 */
export interface HandOverPreview {
  readonly stage?: Stage;
  readonly warning?: boolean;
  readonly code?: 'asking' | 'wrong';
  readonly wake?: 'refused';
}

/**
 * The tablet in the patient's hands: the screen staff chose, translated, with the phrase cards
 * and the language buttons, and nothing else: no header, settings, scenario, index or workbench.
 * Left alone for the clinic's idle time, it warns, then goes back to the language list with the
 * chosen screen as it was, keeping nothing of this patient. Staff come back by holding the corner.
 */
export function HandOver({ preview }: { readonly preview?: HandOverPreview }) {
  const staffT = useStaffT();
  const { t, language, dir } = useVisitorT();
  const screen = useFlowStore((store) => store.flow.screen);
  const { idleSeconds, staffCode } = useClinicStore((store) => store.clinic);
  const setHandedOver = useUiStore((store) => store.setCounterHandedOver);
  const [stage, setStage] = useState<Stage>(preview?.stage ?? 'screen');
  const [handedScreen] = useState(() => useFlowStore.getState().flow.screen);
  const live = preview === undefined;
  const held = useWakeLock(live);
  const wake = preview?.wake ?? held;

  const nextPatient = useCallback(() => {
    useUiStore.getState().setLanguage(FALLBACK_LANGUAGE);
    useFlowStore.getState().send({ type: 'LINK_OPENED', screen: handedScreen });
    setStage('languages');
  }, [handedScreen]);
  const { secondsLeft, keepGoing } = useIdleCountdown({ active: live && stage === 'screen', idleSeconds, onExpire: nextPatient });

  // Each stage says where the reader is by moving focus to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (live) heading.current?.focus();
  }, [live, stage]);

  return (
    <section className={live ? 'counter-handover' : 'counter-handover is-preview'} aria-labelledby="counter-handover-heading">
      <StaffCorner staffCode={staffCode} onBack={() => setHandedOver(false)} {...(preview?.code ? { shown: preview.code } : {})} />
      {wake === 'refused' || wake === 'unsupported' ? <p className="handover-awake">{staffT('ui.counter.handOver.awakeRefused')}</p> : null}
      {stage === 'languages' ? (
        <>
          <h2 id="counter-handover-heading" ref={heading} tabIndex={-1} className="handover-choose">
            <ChooseYourLanguage />
          </h2>
          <PatientLanguages labelledBy="counter-handover-heading" japaneseNames={false} showPressed={false} onChosen={() => setStage('screen')} />
        </>
      ) : (
        <>
          <h2 id="counter-handover-heading" ref={heading} tabIndex={-1} lang={language} dir={dir}>
            {t('ui.counter.handOver.heading', { screen: t(`ui.screens.${screen}`) })}
          </h2>
          <div className="counter-device">
            <Terminal />
          </div>
          <div className="handover-side">
            <PhraseCards screen={screen} speaker={(phrase) => <PhraseSpeakers phrase={phrase} language={language} />} />
            <PatientLanguages compact japaneseNames={false} heading={<span lang={language} dir={dir}>{t('ui.lang.choose')}</span>} />
          </div>
        </>
      )}
      {preview?.warning ? (
        <IdleWarning secondsLeft={WARNING_SECONDS} onKeepGoing={() => undefined} live={false} />
      ) : secondsLeft !== null ? (
        <IdleWarning secondsLeft={secondsLeft} onKeepGoing={keepGoing} />
      ) : null}
    </section>
  );
}

/** "Choose your language" in Japanese and in English: the patient's language is not known yet. */
function ChooseYourLanguage() {
  const staffT = useStaffT();
  const english = useTranslation('translation', { lng: FALLBACK_LANGUAGE }).t;
  return (
    <>
      <span lang={SOURCE_LANGUAGE}>{staffT('ui.lang.choose')}</span>
      <span lang={FALLBACK_LANGUAGE}>{english('ui.lang.choose')}</span>
    </>
  );
}

/**
 * The idle warning: large, in the patient's language with the Japanese beneath, counting down,
 * with one button to keep going (WCAG 2.2.1: at least 20 seconds, one simple action).
 */
function IdleWarning({ secondsLeft, onKeepGoing, live = true }: { readonly secondsLeft: number; readonly onKeepGoing: () => void; readonly live?: boolean }) {
  const staffT = useStaffT();
  const { t, language, dir } = useVisitorT();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (live) button.current?.focus();
  }, [live]);
  const both = language !== SOURCE_LANGUAGE;
  return (
    <div className="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-heading" aria-describedby="idle-body">
      <div className="idle-box">
        <h2 id="idle-heading" lang={language} dir={dir}>
          {t('ui.counter.idle.heading')}
        </h2>
        <p id="idle-body" lang={language} dir={dir}>
          {t('ui.counter.idle.body')}
        </p>
        {both ? (
          <p className="idle-japanese" lang={SOURCE_LANGUAGE}>
            {staffT('ui.counter.idle.heading')} {staffT('ui.counter.idle.body')}
          </p>
        ) : null}
        {/* The number changes every second: seen, not read out each time (the dialog said it once). */}
        <p className="idle-left" aria-hidden="true">
          <span lang={language} dir={dir}>
            {t('ui.counter.idle.left', { seconds: secondsLeft })}
          </span>
        </p>
        <button type="button" ref={button} className="idle-keep" onClick={onKeepGoing}>
          <span lang={language} dir={dir}>
            {t('ui.counter.idle.keepGoing')}
          </span>
          {both ? <span lang={SOURCE_LANGUAGE}>{staffT('ui.counter.idle.keepGoing')}</span> : null}
        </button>
      </div>
    </div>
  );
}
