import { useCallback, useId, useRef, useState } from 'react';
import { findLanguage } from '../i18n/languages.ts';
import { MAX_DEPTH } from '../i18n/locale-check.ts';
import type { Script } from '../i18n/script-check.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { EchoText } from '../components/echo-text.tsx';
import { FilePicker } from '../components/file-picker.tsx';
import { importChanges, useEditsStore, type Edits, type ImportUndo } from './edits.ts';
import { MAX_IMPORT_BYTES, readImport, type ImportProblem, type ImportRead } from './import-reader.ts';
import type { Entry } from './workbench-model.ts';
// The workbench's English, which the first visit leaves out.
import '../i18n/english-later.ts';

export type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'failed'; readonly file: string; readonly problem: ImportProblem }
  | { readonly step: 'pending'; readonly read: Extract<ImportRead, { ok: true }>; readonly confirmed: boolean };

const IDLE: ImportState = { step: 'idle' };
const NO_EDITS: Edits = {};

/** Reading a file, previewing it, and applying it through the edits store. */
export function useImport(language: string) {
  // Tagged with its language: switching languages leaves an import of the other one behind.
  const [tagged, setTagged] = useState<{ readonly language: string; readonly state: ImportState }>({ language, state: IDLE });
  const state = tagged.language === language ? tagged.state : IDLE;
  const set = useCallback((next: ImportState) => setTagged({ language, state: next }), [language]);
  const applyImport = useEditsStore((store) => store.applyImport);
  // Only the last file chosen is shown, however the reads finish.
  const reading = useRef(0);

  const choose = useCallback(
    async (file: File) => {
      const ticket = (reading.current += 1);
      set(IDLE);
      const read = await readImport(file, language);
      if (ticket !== reading.current) return;
      set(read.ok ? { step: 'pending', read, confirmed: false } : { step: 'failed', file: read.file, problem: read.problem });
    },
    [language, set],
  );
  const apply = () => {
    if (state.step !== 'pending') return;
    applyImport(language, state.read.file, state.read.strings);
    set(IDLE);
  };
  const confirm = (confirmed: boolean) => {
    if (state.step === 'pending') set({ ...state, confirmed });
  };
  return { state, choose, apply, confirm, cancel: () => set(IDLE) };
}

export interface ImportButtonProps {
  readonly onFile: (file: File) => void;
}

/** "Import a file": a button that opens the file picker. */
export function ImportButton({ onFile }: ImportButtonProps) {
  const { t } = useVisitorT();
  return <FilePicker onFile={onFile}>{t('ui.workbench.import')}</FilePicker>;
}

/** Sizes as people read them (1 MB, 20 MB), in the visitor's language. */
function formatSize(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat([language, 'en'], { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A script's name (Hangul, Latin…) in the visitor's language. */
function scriptName(script: Script, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'script' }).of(script) ?? script;
  } catch {
    return script;
  }
}

const languageName = (code: string): string => findLanguage(code)?.name ?? code;
const listed = (keys: readonly string[]): string => keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');

export interface ImportPanelProps {
  readonly language: string;
  readonly state: ImportState;
  readonly entries: readonly Entry[];
  readonly undo: ImportUndo | null;
  readonly onConfirm: (confirmed: boolean) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  readonly onUndoImport: () => void;
}

/**
 * What an import would do, before it does anything: the reason a file is refused, or the
 * strings it would change; a plain warning, to be confirmed, when it looks like another
 * language's file; and, once applied, the way back.
 */
export function ImportPanel({ language, state, entries, undo, onConfirm, onApply, onCancel, onUndoImport }: ImportPanelProps) {
  const { t, language: visitor } = useVisitorT();
  const headingId = useId();
  const confirmId = useId();

  const reason = (problem: ImportProblem): string => {
    switch (problem.kind) {
      case 'size':
        return t('ui.workbench.errorSize', { size: formatSize(problem.size, visitor), max: formatSize(MAX_IMPORT_BYTES, visitor) });
      case 'encoding':
        return t('ui.workbench.errorEncoding');
      case 'json':
        return t('ui.workbench.errorJson', { detail: problem.detail });
      case 'shape':
        return t('ui.workbench.errorShape', { path: problem.path });
      case 'depth':
        return t('ui.workbench.errorDepth', { max: MAX_DEPTH });
      case 'unknown':
        return t('ui.workbench.errorUnknown', { keys: listed(problem.keys) });
      case 'control':
        return t('ui.workbench.errorControl', { keys: listed(problem.keys) });
    }
  };

  const file = useEditsStore((store) => store.files[language]);
  const edits = useEditsStore((store) => store.byLanguage[language] ?? NO_EDITS);
  const pending = state.step === 'pending' ? state : null;
  const changed = new Set(pending ? importChanges(language, file, edits, pending.read.strings).map(([key]) => key) : []);
  const changes = entries.filter((entry) => changed.has(entry.key));
  const mismatch = pending?.read.mismatch ?? null;
  const blocked = changes.length === 0 || (mismatch !== null && !pending?.confirmed);

  return (
    <>
      {state.step === 'failed' ? (
        <p role="alert" className="notice error">
          <EchoText message={(slot) => t('ui.workbench.importError', { file: slot, reason: reason(state.problem) })} value={state.file} />
        </p>
      ) : null}
      {undo && !pending ? (
        <p role="status" className="notice import-done">
          <span>
            <EchoText message={(slot) => t('ui.workbench.importDone', { count: undo.count, file: slot })} value={undo.file} />
          </span>
          <button type="button" className="help-button small" onClick={onUndoImport}>
            {t('ui.workbench.undoImport')}
          </button>
        </p>
      ) : null}
      {pending ? (
        <section className="import-preview" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('ui.workbench.importPreview')}</h3>
          {mismatch ? (
            <div role="alert" className="notice error wrong-language">
              <p>
                {mismatch.named !== null
                  ? t('ui.workbench.wrongLanguageName', { other: languageName(mismatch.named), language: languageName(language) })
                  : null}{' '}
                {mismatch.script !== null
                  ? t('ui.workbench.wrongLanguageScript', {
                      found: scriptName(mismatch.script.found, visitor),
                      expected: scriptName(mismatch.script.expected, visitor),
                      language: languageName(language),
                    })
                  : null}
              </p>
              <p className="toggle">
                <input id={confirmId} type="checkbox" checked={pending.confirmed} onChange={(event) => onConfirm(event.target.checked)} />
                <label htmlFor={confirmId}>{t('ui.workbench.confirmLanguage', { language: languageName(language) })}</label>
              </p>
            </div>
          ) : null}
          <p>
            {changes.length === 0
              ? t('ui.workbench.importNothing')
              : <EchoText message={(slot) => t('ui.workbench.importSummary', { changed: changes.length, file: slot })} value={pending.read.file} />}
          </p>
          <ul className="import-changes">
            {changes.slice(0, 50).map((entry) => (
              <li key={entry.key}>
                <code>{entry.key}</code>: <del lang={language}>{entry.value}</del> →{' '}
                <ins lang={language}>{pending.read.strings.get(entry.key)}</ins>
              </li>
            ))}
          </ul>
          <button type="button" className="help-button" onClick={onApply} disabled={blocked}>
            {t('ui.workbench.importApply')}
          </button>{' '}
          <button type="button" className="help-button" onClick={onCancel}>
            {t('ui.workbench.importCancel')}
          </button>
        </section>
      ) : null}
    </>
  );
}
