import { useState } from 'react';
import type { KeypadPart } from '../screens/screen-view.ts';
import { DeviceText } from '../overlay/device-text.tsx';
import { useVisitorT } from '../store/use-visitor-t.ts';

export interface KeypadProps {
  readonly keypad: KeypadPart;
  readonly onSubmit: (pin: string) => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
const PIN_LENGTH = 4;

/**
 * The on-screen keypad. The digits live only in this component's state while typing: they are
 * handed to the flow once, compared there, and never stored, logged or put in the URL.
 */
export function Keypad({ keypad, onSubmit }: KeypadProps) {
  const [digits, setDigits] = useState('');
  const { t, language } = useVisitorT();
  const press = (digit: string) => setDigits((current) => (current.length < PIN_LENGTH ? current + digit : current));
  const submit = () => {
    if (digits.length !== PIN_LENGTH) return;
    setDigits('');
    onSubmit(digits);
  };
  return (
    <div className="keypad" role="group" aria-label={t('ui.device.keypad')} lang={language}>
      <div className="pin-dots" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{t('ui.device.digitsEntered', { count: digits.length })}</span>
        {Array.from({ length: PIN_LENGTH }, (_, index) => (
          <span key={index} className={index < digits.length ? 'pin-dot filled' : 'pin-dot'} aria-hidden="true" />
        ))}
      </div>
      <div className="keypad-grid">
        {DIGITS.map((digit) => (
          <button key={digit} type="button" className="key" onClick={() => press(digit)} lang="ja">
            {digit}
          </button>
        ))}
        <button type="button" className="key key-clear" onClick={() => setDigits('')}>
          <DeviceText k={keypad.clearKey} />
        </button>
        <button type="button" className="key key-submit" onClick={submit} disabled={digits.length !== PIN_LENGTH}>
          <DeviceText k={keypad.submitKey} />
        </button>
      </div>
    </div>
  );
}
