import type { ReactNode } from 'react';
import { findLanguage } from '../i18n/languages.ts';
import type { UiKey } from '../i18n/keys.ts';
import { pluralBase } from '../i18n/locale-check.ts';
import { scriptFor } from '../i18n/script-check.ts';
import { describeScreen } from '../screens/registry.ts';
import { FlowOverrideContext } from '../store/use-flow.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { PromptPanel } from '../overlay/prompt-panel.tsx';
import { SpeakPreviewContext, type SpeakState } from '../overlay/speak-button.tsx';
import { TerminalFace } from '../device/terminal-face.tsx';
import { AppHeader } from '../components/app-header.tsx';
import { NoticeList } from '../components/notices.tsx';
import { ChunkFailed } from '../components/chunk-boundary.tsx';
import { PracticePin } from '../components/practice-pin.tsx';
import { ScenarioForm } from '../components/scenario-form.tsx';
import { SettingsForm } from '../components/settings-form.tsx';
import { GuideBar } from '../components/guide-bar.tsx';
import { LanguageList } from '../components/language-list.tsx';
import { ConsentHelp } from '../components/consent-help.tsx';
import { PhraseCards } from '../components/phrase-card.tsx';
import { screensWithPhrase } from '../screens/phrases.ts';
import { PracticeList } from '../components/practice-list.tsx';
import { DisplayOptions } from '../components/display-options.tsx';
import { MoreToggle } from '../components/more-toggle.tsx';
import { SheetPage } from '../sheet/sheet-page.tsx';
import { CounterHome, CounterShown } from '../counter/counter-page.tsx';
import { HandOver, type HandOverPreview } from '../counter/hand-over.tsx';
import { ClinicPanel, type ClinicPanelPreview } from '../counter/clinic-panel.tsx';
import { CLINIC_FILE_NAME, type ClinicFileProblem } from '../counter/clinic-settings.ts';
import { ScanPreview } from '../scan/scan-preview.tsx';
import { useEditsStore } from './edits.ts';
import { FilePanel } from './file-panel.tsx';
import { ImportButton, ImportPanel, type ImportState } from './import-panel.tsx';
import { MAX_IMPORT_BYTES, type ImportProblem } from './import-reader.ts';
import { usePlaceName } from './place-name.ts';
import { PreviewFrame } from './preview-frame.tsx';
import { countFor, stateFor } from './scene-states.ts';
import { WorkbenchControls } from './workbench-controls.tsx';
import { WorkbenchRow } from './workbench-row.tsx';
import { buildEntry, problemsOf, type Entry } from './workbench-model.ts';

const nothing = (): void => undefined;

export interface UiSceneProps {
  readonly entry: Entry;
  readonly language: string;
  /** The number a plural form is shown with, chosen so the language uses that form. */
  readonly count: number | null;
}

const NOTICES: readonly UiKey[] = [
  'ui.notice.unknownScreen',
  'ui.notice.unknownLanguage',
  'ui.notice.storage',
  'ui.notice.localeFailed',
  'ui.notice.localeBroken',
  'ui.notice.readingsFailed',
  'ui.notice.editsDropped',
  'ui.offline.unavailable',
  'ui.offline.updateReady',
  'ui.speak.unavailable',
];

/** The speaker buttons' state that shows a `ui.speak.*` string: reading (its stop), no voice (its message), else ready. */
const SPEAK_STATES: Readonly<Record<string, SpeakState>> = { 'ui.speak.stop': 'speaking', 'ui.speak.noVoice': 'noVoice' };

/**
 * The help-layer place a `ui.*` string appears in, drawn by the components that draw it in the
 * app (rendered in the language being edited by the preview's context), in a state where the
 * string shows: the control it labels offered, the side panel on its screen, the card in.
 */
export function UiScene({ entry, language, count }: UiSceneProps) {
  const { t } = useVisitorT();
  const key = entry.key;
  const panel = entry.place.kind === 'panel' ? entry.place.panel : 'workbench';
  // A help panel drawn as it reads in the reader's state where this string shows.
  const inState = (node: ReactNode) => <FlowOverrideContext value={{ flow: stateFor(key), send: nothing }}>{node}</FlowOverrideContext>;
  switch (panel) {
    case 'header':
      return (
        <>
          {/* The app's skip link shows only when focused: drawn here as it looks then. */}
          <a className="skip-link preview-skip-link" href="#main">
            {t('ui.app.skip')}
          </a>
          <AppHeader />
        </>
      );
    case 'notice': {
      // The message shown instead of a part of the app that could not be fetched.
      if (key.startsWith('ui.chunk.')) return <ChunkFailed onLeave={nothing} />;
      // The new-version notice's button is drawn with its notice.
      const notice = key === 'ui.offline.updateNow' ? 'ui.offline.updateReady' : (NOTICES.find((known) => known === key) ?? 'ui.notice.storage');
      const value = notice === 'ui.notice.unknownScreen' ? 'teleport' : notice === 'ui.notice.unknownLanguage' ? 'xx' : (findLanguage(language)?.name ?? language);
      const action = notice === 'ui.offline.updateReady' ? { action: { key: 'ui.offline.updateNow', run: nothing } as const } : {};
      return <NoticeList notices={[{ id: 'sample', key: notice, value, ...action }]} onDismiss={nothing} />;
    }
    case 'card reader': {
      const state = stateFor(key);
      if (pluralBase(key) === 'ui.device.digitsEntered') {
        // Read out by screen readers as digits are typed: what they say, with a number that
        // selects this form, spelled out under the keypad.
        return (
          <>
            <TerminalFace flow={state} view={describeScreen(state)} send={nothing} />
            <p className="preview-spoken">{t('ui.device.digitsEntered', { count: count ?? 1 })}</p>
          </>
        );
      }
      return <TerminalFace flow={state} view={describeScreen(state)} send={nothing} />;
    }
    case 'practice PIN box':
      return <PracticePin prominent />;
    case 'side panel':
      // Speaker buttons drawn whatever this browser can say, in the state that shows the string.
      return inState(
        <SpeakPreviewContext value={SPEAK_STATES[key] ?? 'idle'}>
          <PromptPanel />
        </SpeakPreviewContext>,
      );
    case 'simulator controls':
      return inState(<GuideBar {...(key === 'ui.guide.practising' ? { practice: 'forgotPin' as const } : {})} />);
    case 'language list':
      return <LanguageList offerKeep />;
    case 'consent help':
      return inState(<ConsentHelp />);
    case 'phrase cards': {
      // The cards of the first screen that shows the phrase; the messages about the Japanese
      // drawn as they look while it loads or when it could not be fetched.
      const shown = key === 'ui.phrase.japaneseLoading' ? { japaneseShown: 'loading' as const } : key === 'ui.phrase.japaneseFailed' ? { japaneseShown: 'failed' as const } : {};
      return <PhraseCards screen={screensWithPhrase(key)[0] ?? 'face-check'} {...shown} />;
    }
    case 'practice list':
      return <PracticeList />;
    case 'display options':
      return (
        <>
          <MoreToggle shownOpen={key === 'ui.more.hide'} />
          <DisplayOptions />
        </>
      );
    case 'scenario form':
      return <ScenarioForm />;
    case 'clinic settings':
      return <SettingsForm open />;
    case 'sheet':
      return <SheetPage />;
    case 'counter':
      if (key.startsWith('ui.counter.clinic.')) return <ClinicPanel open preview={clinicPreview(key)} />;
      // The part of the counter the string is in: the shown screen, a search that finds nothing, or one that finds something.
      if (['ui.counter.showing', 'ui.counter.back', 'ui.counter.handOver.button', 'ui.counter.handOver.hint'].includes(key)) return <CounterShown />;
      if (key === 'ui.counter.search.none') return <CounterHome initialQuery="¤¤¤" />;
      if (key === 'ui.counter.search.clear') return <CounterHome initialQuery="006" />;
      if (key.startsWith('ui.counter.handOver.') || key.startsWith('ui.counter.idle.')) return <HandOver preview={handOverPreview(key)} />;
      return <CounterHome />;
    case 'scan':
      return <ScanPreview uiKey={key} />;
    case 'workbench':
      return <WorkbenchScene entry={entry} language={language} count={count} />;
  }
}

/** The hand-over view in the state that shows a `ui.counter.handOver.*` or `ui.counter.idle.*` string. */
function handOverPreview(key: string): HandOverPreview {
  if (key.startsWith('ui.counter.idle.')) return { warning: true };
  if (key === 'ui.counter.handOver.codeWrong') return { code: 'wrong' };
  if (key.startsWith('ui.counter.handOver.code')) return { code: 'asking' };
  if (key === 'ui.counter.handOver.awakeRefused') return { wake: 'refused' };
  return {};
}

/** A clinic-settings file refused for each reason the counter gives. */
const CLINIC_PROBLEMS: Readonly<Record<string, ClinicFileProblem>> = {
  json: { kind: 'json' },
  foreign: { kind: 'foreign' },
  newer: { kind: 'newer', version: 2 },
  field: { kind: 'field', field: 'idleSeconds' },
};

/** The counter's clinic settings in the state that shows the string. */
function clinicPreview(key: string): ClinicPanelPreview {
  const name = key.replace(/^ui\.counter\.clinic\./, '');
  if (name === 'notSaved') return { storageRefused: true };
  if (name === 'code.set' || name === 'code.clear') return { codeSet: true };
  if (name === 'code.saved') return { codeSet: true, code: 'saved' };
  if (name === 'code.invalid') return { code: 'invalid' };
  if (name === 'file.exported' || name === 'file.imported') return { file: { kind: name === 'file.exported' ? 'exported' : 'imported', file: CLINIC_FILE_NAME } };
  const problem = CLINIC_PROBLEMS[name.replace(/^error\./, '')];
  if (name === 'file.refused' || problem !== undefined) {
    return { file: { kind: 'refused', file: 'clinic.json', problem: problem ?? { kind: 'foreign' } } };
  }
  return {};
}

const ROW_PARTS = /^(key|source|english|context|maxLength|translation|showOnScreen|undo|edited|noProblems|emptyNotKept|count|countLeft|countOver|problems)(\.|$)/;
const FILE_PARTS = /^(saved|notSaved|editCount|export|exported|import|discard|discardConfirm)$/;
const PREVIEW_PARTS = /^preview/;

/** A file refused for each reason the import can give. */
const SAMPLE_PROBLEMS: Readonly<Record<string, ImportProblem>> = {
  errorShape: { kind: 'shape', path: 'ui.app' },
  errorUnknown: { kind: 'unknown', keys: ['ui.app.titel'] },
  errorEncoding: { kind: 'encoding' },
  errorDepth: { kind: 'depth', path: 'ui.app' },
  errorSize: { kind: 'size', size: MAX_IMPORT_BYTES * 20 },
  errorControl: { kind: 'control', keys: ['ui.app.tagline'] },
};

/** The first `length` graphemes of `text` repeated: a sample of an exact length, in the language's own words. */
function ofLength(text: string, length: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(`${text} `.repeat(length + 1))].map((s) => s.segment);
  return graphemes.slice(0, length).join('');
}

/** The workbench's own texts, drawn by the workbench's own parts with sample contents. */
function WorkbenchScene({ entry, language, count }: UiSceneProps) {
  const { t } = useVisitorT();
  const placeName = usePlaceName();
  const file = useEditsStore((store) => store.files[language]) ?? new Map<string, string>();
  const name = entry.key.replace(/^ui\.workbench\./, '');
  const base = pluralBase(name);
  const sample = (key: string, value: string | null, edited: boolean): Entry => {
    const plain = buildEntry(language, key, file, {});
    const text = value ?? plain.fileValue ?? plain.english;
    return { ...plain, value: text, edited, problems: problemsOf(plain, text, language) };
  };

  if (ROW_PARTS.test(base)) {
    const tagline = sample('ui.app.tagline', null, true);
    const words = tagline.value;
    const limit = 40; // ui.nav.label's limit: a short place, so samples stay short
    // Over by at least one: the smallest number that reads with the form being edited.
    const over = name === base ? 1 : (countFor(name.slice(base.length + 1), language, 1) ?? 1);
    const rows: Readonly<Record<string, () => Entry>> = {
      'problems.missing': () => sample('ui.pin.practice', words, true),
      'problems.extra': () => sample('ui.pin.practice', `${sample('ui.pin.practice', null, false).value} {{name}}`, true),
      'problems.tooLong': () => sample('ui.nav.label', ofLength(words, limit + 8), true),
      countOver: () => sample('ui.nav.label', ofLength(words, limit + Math.min(over, 200)), true),
      countLeft: () => sample('ui.nav.label', ofLength(words, Math.max(0, limit - (count ?? 1))), true),
      'problems.sameAsEnglish': () => sample('ui.app.tagline', tagline.english, true),
      'problems.empty': () => sample('ui.app.tagline', '', false),
      'problems.control': () => sample('ui.app.tagline', `${words}\n${words}`, true),
      'problems.nesting': () => sample('ui.app.tagline', `$t(ui.app.name) ${words}`, true),
    };
    const row = (rows[name] ?? rows[base])?.() ?? tagline;
    const draft = name === 'emptyNotKept' ? { initialDraft: '' } : {};
    return (
      <ol className="workbench-list">
        <WorkbenchRow entry={row} language={language} selected={false} onSelect={nothing} onShow={nothing} {...draft} />
      </ol>
    );
  }

  if (FILE_PARTS.test(base)) {
    return (
      <FilePanel
        editCount={base === 'editCount' ? (count ?? 1) : 3}
        storageWorks={name !== 'notSaved'}
        onExport={() => null}
        onDiscard={nothing}
        importButton={<ImportButton onFile={nothing} />}
        initial={{ confirming: name === 'discardConfirm', ...(name === 'exported' ? { exported: `${language}.json` } : {}) }}
      />
    );
  }

  if (PREVIEW_PARTS.test(name)) {
    const captions: Record<string, ReactNode> = {
      previewOn: t('ui.workbench.previewOn', { place: placeName({ kind: 'screen', screen: 'idle' }) }),
      previewUnreachable: t('ui.workbench.previewUnreachable', { language: findLanguage(language)?.name ?? language, counts: '1, 2' }),
      previewHidden: t('ui.workbench.previewHidden'),
      previewNotShown: t('ui.workbench.previewNotShown', { place: placeName({ kind: 'panel', panel: 'header' }) }),
    };
    return (
      <PreviewFrame>
        <p className="preview-caption">{captions[name] ?? t('ui.workbench.previewEmpty')}</p>
      </PreviewFrame>
    );
  }

  if (name.startsWith('places.')) {
    return (
      <h3 className="workbench-group-heading">
        {placeName({ kind: 'panel', panel: name === 'places.notice' ? 'notice' : 'header' })}
      </h3>
    );
  }

  if (/^(import|error|wrongLanguage|confirmLanguage|undoImport)/.test(name)) {
    const tagline = sample('ui.app.tagline', null, false);
    const strings = new Map([[tagline.key, name === 'importNothing' ? tagline.value : `${tagline.value} (2)`]]);
    const read = { ok: true, file: `${language}.json`, strings, mismatch: null } as const;
    const other = language === 'ko' ? 'vi' : 'ko';
    const expected = scriptFor(language);
    let state: ImportState = { step: 'pending', confirmed: false, read };
    if (/^(error|importError)/.test(name)) {
      state = { step: 'failed', file: `${language}.json`, problem: SAMPLE_PROBLEMS[name] ?? { kind: 'json', detail: 'Unexpected end of JSON input' } };
    } else if (name === 'wrongLanguageScript') {
      state = { step: 'pending', confirmed: false, read: { ...read, mismatch: { named: null, script: { found: expected === 'Hang' ? 'Latn' : 'Hang', expected } } } };
    } else if (/^(wrongLanguage|confirmLanguage)/.test(name)) {
      state = { step: 'pending', confirmed: false, read: { ...read, file: `${other}.json`, mismatch: { named: other, script: null } } };
    } else if (/^(importDone|undoImport)/.test(name)) {
      state = { step: 'idle' };
    }
    return (
      <ImportPanel
        language={language}
        state={state}
        entries={[tagline]}
        undo={state.step === 'idle' ? { file: `${language}.json`, count: count ?? 2, edits: {} } : null}
        onConfirm={nothing}
        onApply={nothing}
        onCancel={nothing}
        onUndoImport={nothing}
      />
    );
  }

  // The workbench's heading, intro, language picker, filter and progress.
  return <WorkbenchControls language={language} onLanguage={nothing} filter="all" onFilter={nothing} search="" onSearch={nothing} done={254} total={257} />;
}
