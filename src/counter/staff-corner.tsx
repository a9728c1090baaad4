import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { typedStaffCode } from './clinic-settings.ts';
import { useStaffT } from './staff-t.ts';

/** How long staff hold the corner to come back: longer than any tap a patient makes. */
export const HOLD_MS = 2000;

export interface StaffCornerProps {
  /** The clinic's staff code ('' for none): asked after the long press when set. */
  readonly staffCode: string;
  /** Staff are back (after the hold, and the code where one is set). */
  readonly onBack: () => void;
  /** Drawn with the code box open (and, for 'wrong', its message), for the translators' preview. */
  readonly shown?: 'asking' | 'wrong';
}

/**
 * The hand-over view's way back for staff: a small corner button held for two seconds (a
 * deliberate gesture, not a tap a patient makes by accident), with a keyboard's Enter or Space
 * held likewise; then the clinic's staff code, where one is set. Never the patient's PIN.
 */
export function StaffCorner({ staffCode, onBack, shown }: StaffCornerProps) {
  const t = useStaffT();
  const hintId = useId();
  const [holding, setHolding] = useState(false);
  const [asking, setAsking] = useState(shown !== undefined);
  const timer = useRef<number | undefined>(undefined);

  const release = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
  };
  const hold = () => {
    if (timer.current !== undefined) return;
    setHolding(true);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      if (staffCode === '') onBack();
      else setAsking(true);
    }, HOLD_MS);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <div className="staff-corner">
      <button
        type="button"
        className="staff-corner-button"
        data-holding={holding || undefined}
        aria-describedby={hintId}
        onPointerDown={hold}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
        onContextMenu={(event) => event.preventDefault()}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' || event.key === ' ') && !event.repeat) {
            event.preventDefault();
            hold();
          }
        }}
        onKeyUp={release}
        onBlur={release}
      >
        {t('ui.counter.handOver.staff')}
      </button>
      <span id={hintId} className="staff-corner-hint">
        {t('ui.counter.handOver.staffHold')}
      </span>
      {asking ? <StaffCode staffCode={staffCode} onBack={onBack} onCancel={() => setAsking(false)} wrongAtFirst={shown === 'wrong'} /> : null}
    </div>
  );
}

function StaffCode({ staffCode, onBack, onCancel, wrongAtFirst }: StaffCornerProps & { readonly onCancel: () => void; readonly wrongAtFirst: boolean }) {
  const t = useStaffT();
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(wrongAtFirst);
  const fieldId = useId();
  const wrongId = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!wrongAtFirst) input.current?.focus();
  }, [wrongAtFirst]);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typedStaffCode(typed) === staffCode) {
      onBack();
      return;
    }
    setWrong(true);
    setTyped('');
    input.current?.focus();
  };
  return (
    <div className="staff-code" role="dialog" aria-modal="true" aria-labelledby={`${fieldId}-heading`}>
      <form onSubmit={submit}>
        <h2 id={`${fieldId}-heading`}>{t('ui.counter.handOver.codeHeading')}</h2>
        <label htmlFor={fieldId}>{t('ui.counter.handOver.codeLabel')}</label>
        <input
          id={fieldId}
          ref={input}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={typed}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? wrongId : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <p id={wrongId} role="alert" className="staff-code-wrong">
          {wrong ? t('ui.counter.handOver.codeWrong') : null}
        </p>
        <div className="staff-code-actions">
          <button type="submit" className="help-button">
            {t('ui.counter.handOver.codeSubmit')}
          </button>
          <button type="button" className="help-button" onClick={onCancel}>
            {t('ui.counter.handOver.codeCancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
