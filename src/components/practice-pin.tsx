import { PRACTICE_PIN } from '../flow/machine.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';

export interface PracticePinProps {
  /** Drawn larger while the keypad is on screen. */
  readonly prominent: boolean;
}

export function PracticePin({ prominent }: PracticePinProps) {
  const { t, language, dir } = useVisitorT();
  return (
    <aside className={prominent ? 'practice-pin prominent' : 'practice-pin'} aria-labelledby="pin-heading" lang={language} dir={dir}>
      <h3 id="pin-heading">{t('ui.pin.heading')}</h3>
      <p>
        {t('ui.pin.practice', { pin: PRACTICE_PIN })} <strong>{t('ui.pin.warning')}</strong>
      </p>
    </aside>
  );
}
