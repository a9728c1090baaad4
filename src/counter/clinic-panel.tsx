import { useId, useRef, useState, type SubmitEvent } from 'react';
import { SettingsFields } from '../components/settings-form.tsx';
import { EchoText } from '../components/echo-text.tsx';
import { download } from '../components/download.ts';
import { FilePicker } from '../components/file-picker.tsx';
import { useClinicStore } from './clinic-store.ts';
import {
  CLINIC_FILE_NAME,
  IDLE_CHOICES,
  clinicFileText,
  isStaffCode,
  readClinicFile,
  typedStaffCode,
  type ClinicFileProblem,
  type ClinicSettings,
} from './clinic-settings.ts';
import { useStaffLanguage, useStaffT } from './staff-t.ts';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

type StaffT = ReturnType<typeof useStaffT>;

/** How the panel is drawn in the translators' workbench, to show each of its texts. */
export interface ClinicPanelPreview {
  readonly storageRefused?: boolean;
  readonly codeSet?: boolean;
  readonly code?: 'invalid' | 'saved';
  readonly file?: FileOutcome;
}

/**
 * The clinic's settings for this tablet, for staff (in Japanese): the reader, the idle time of
 * the patient's screen, the staff code, and a file to set up other tablets the same way. Folded
 * at the end of the counter's home, so it never pushes the index down. Every change is kept on
 * the tablet at once; where the browser refuses, the panel says so and the settings last as
 * long as the page.
 */
export function ClinicPanel({ open = false, preview }: { readonly open?: boolean; readonly preview?: ClinicPanelPreview }) {
  const t = useStaffT();
  const kept = useClinicStore((store) => store.clinic);
  const clinic = preview?.codeSet === true ? { ...kept, staffCode: '0000' } : kept;
  const storageWorks = useClinicStore((store) => store.storageWorks) && preview?.storageRefused !== true;
  const change = useClinicStore((store) => store.change);
  const headingId = useId();
  return (
    <details className="panel clinic-panel" open={open || undefined}>
      <summary>
        <h3>{t('ui.settings.heading')}</h3>
      </summary>
      <p className="panel-hint">{t('ui.counter.clinic.hint')}</p>
      <p role="status" className={storageWorks ? 'clinic-storage' : 'notice clinic-storage'}>
        {storageWorks ? null : t('ui.counter.clinic.notSaved')}
      </p>
      <section className="clinic-part" aria-labelledby={`${headingId}-reader`}>
        <h4 id={`${headingId}-reader`}>{t('ui.counter.clinic.reader')}</h4>
        <p className="panel-hint">{t('ui.settings.hint')}</p>
        <SettingsFields t={t} settings={clinic.facility} onChange={(facility) => change({ ...clinic, facility })} />
      </section>
      <IdleTime t={t} clinic={clinic} onChange={change} />
      <StaffCode t={t} clinic={clinic} onChange={change} initial={preview?.code} />
      <ClinicFile t={t} clinic={clinic} onImport={change} initial={preview?.file} />
    </details>
  );
}

interface PartProps {
  readonly t: StaffT;
  readonly clinic: ClinicSettings;
  readonly onChange: (clinic: ClinicSettings) => void;
}

/** Seconds as staff read them: whole minutes in minutes, the rest in seconds (90 s, not 1.5 min). */
function idleLabel(seconds: number, language: string): string {
  const [value, unit] = seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

function IdleTime({ t, clinic, onChange }: PartProps) {
  const id = useId();
  // A file may bring a time the list does not offer (any whole second from 20 to 600): it is shown too.
  const choices = [...new Set<number>([...IDLE_CHOICES, clinic.idleSeconds])].sort((a, b) => a - b);
  const language = useStaffLanguage();
  return (
    <div className="clinic-field">
      <label htmlFor={id}>{t('ui.counter.clinic.idle.label')}</label>
      <select
        id={id}
        value={clinic.idleSeconds}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange({ ...clinic, idleSeconds: Number(event.target.value) })}
      >
        {choices.map((seconds) => (
          <option key={seconds} value={seconds}>
            {idleLabel(seconds, language)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="panel-hint">
        {t('ui.counter.clinic.idle.hint')}
      </p>
    </div>
  );
}

/** Set or remove the code; the code itself is never shown again once set. */
function StaffCode({ t, clinic, onChange, initial }: PartProps & { readonly initial?: 'invalid' | 'saved' | undefined }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(initial === 'invalid');
  const [saved, setSaved] = useState(initial === 'saved');
  const set = clinic.staffCode !== '';
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = typedStaffCode(draft);
    if (code === '' || !isStaffCode(code)) {
      setInvalid(true);
      setSaved(false);
      input.current?.focus();
      return;
    }
    onChange({ ...clinic, staffCode: code });
    setDraft('');
    setInvalid(false);
    setSaved(true);
  };
  const remove = () => {
    onChange({ ...clinic, staffCode: '' });
    setSaved(false);
    // The button goes with the code: focus stays in the form.
    input.current?.focus();
  };
  return (
    <section className="clinic-part" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('ui.counter.clinic.code.heading')}</h4>
      <p role="status">
        {saved ? `${t('ui.counter.clinic.code.saved')} ` : null}
        {set ? t('ui.counter.clinic.code.set') : t('ui.counter.clinic.code.none')}
      </p>
      <form className="clinic-code" onSubmit={submit} noValidate>
        <label htmlFor={id}>{t('ui.counter.clinic.code.label')}</label>
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={16}
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
        {invalid ? (
          <p id={`${id}-error`} role="alert" className="notice error">
            {t('ui.counter.clinic.code.invalid')}
          </p>
        ) : null}
        <p id={`${id}-hint`} className="panel-hint">
          {t('ui.counter.clinic.code.hint')}
        </p>
        <div className="clinic-buttons">
          <button type="submit" className="help-button">
            {t('ui.counter.clinic.code.save')}
          </button>
          {set ? (
            <button type="button" className="help-button" onClick={remove}>
              {t('ui.counter.clinic.code.clear')}
            </button>
          ) : null}
        </div>
      </form>
      <p className="panel-hint">{t('ui.counter.clinic.code.forgotten')}</p>
    </section>
  );
}

export type FileOutcome =
  | { readonly kind: 'exported' | 'imported'; readonly file: string }
  | { readonly kind: 'refused'; readonly file: string; readonly problem: ClinicFileProblem };

function reason(t: StaffT, problem: ClinicFileProblem): string {
  switch (problem.kind) {
    case 'json':
      return t('ui.counter.clinic.error.json');
    case 'foreign':
      return t('ui.counter.clinic.error.foreign');
    case 'newer':
      return t('ui.counter.clinic.error.newer', { version: problem.version });
    case 'field':
      return t('ui.counter.clinic.error.field', { field: problem.field });
  }
}

/** Export the settings as a small file; import one, which replaces them only when all of it is right. */
interface ClinicFileProps {
  readonly t: StaffT;
  readonly clinic: ClinicSettings;
  readonly onImport: (clinic: ClinicSettings) => void;
  readonly initial?: FileOutcome | undefined;
}

function ClinicFile({ t, clinic, onImport, initial }: ClinicFileProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<FileOutcome | null>(initial ?? null);
  // Only the last file chosen counts, however the reads finish.
  const reading = useRef(0);
  const choose = async (file: File) => {
    const ticket = (reading.current += 1);
    setOutcome(null);
    const read = await readClinicFile(file);
    if (ticket !== reading.current) return;
    if (read.ok) onImport(read.clinic);
    setOutcome(read.ok ? { kind: 'imported', file: file.name } : { kind: 'refused', file: file.name, problem: read.problem });
  };
  return (
    <section className="clinic-part" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('ui.counter.clinic.file.heading')}</h4>
      <p className="panel-hint">{t('ui.counter.clinic.file.hint')}</p>
      <div className="clinic-buttons">
        <button
          type="button"
          className="help-button"
          onClick={() => {
            download(CLINIC_FILE_NAME, clinicFileText(clinic));
            setOutcome({ kind: 'exported', file: CLINIC_FILE_NAME });
          }}
        >
          {t('ui.counter.clinic.file.export')}
        </button>
        <FilePicker onFile={(file) => void choose(file)}>{t('ui.counter.clinic.file.import')}</FilePicker>
      </div>
      <p role="status">
        {outcome !== null && outcome.kind !== 'refused' ? (
          <EchoText message={(slot) => t(`ui.counter.clinic.file.${outcome.kind}`, { file: slot })} value={outcome.file} />
        ) : null}
      </p>
      {outcome?.kind === 'refused' ? (
        <p role="alert" className="notice error">
          <span>
            <EchoText message={(slot) => t('ui.counter.clinic.file.refused', { file: slot, reason: reason(t, outcome.problem) })} value={outcome.file} />
          </span>
        </p>
      ) : null}
    </section>
  );
}
