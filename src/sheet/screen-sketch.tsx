import type { DeviceKey } from '../i18n/keys.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import type { ScreenView } from '../screens/screen-view.ts';

export interface ScreenSketchProps {
  readonly view: ScreenView;
  /** Buttons drawn marked ☞ with a heavy edge: the ones to tap. */
  readonly tap: readonly DeviceKey[];
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * A small black-and-white drawing of a screen: its title, lines for its other text, and its
 * buttons where they are, with the ones to tap marked by ☞ and a heavy edge (never by colour
 * alone, so it reads the same printed in grey). It repeats what the list beside it says, so
 * screen readers skip it.
 */
export function ScreenSketch({ view, tap }: ScreenSketchProps) {
  const deviceT = useDeviceT();
  const [title, ...rest] = view.texts;
  const button = (key: DeviceKey, primary: boolean) => {
    const marked = tap.includes(key);
    return (
      <span key={key} className={`sketch-button${primary ? ' primary' : ''}${marked ? ' tap' : ''}`}>
        {marked ? <span className="sketch-hand">☞</span> : null}
        {deviceT(key)}
      </span>
    );
  };
  return (
    <div className="sketch" aria-hidden="true" lang="ja" dir="ltr">
      {title ? <p className="sketch-title">{deviceT(title.key, title.values ?? {})}</p> : null}
      {rest.length > 0 ? (
        <div className="sketch-lines">
          {rest.map((part) => (
            <span key={part.key} className="sketch-line" />
          ))}
        </div>
      ) : null}
      {view.widget === 'camera' ? <span className="sketch-camera" /> : null}
      {view.keypad ? (
        <div className="sketch-keypad">
          {DIGITS.map((digit) => (
            <span key={digit} className="sketch-key">
              {digit}
            </span>
          ))}
          {button(view.keypad.clearKey, false)}
          {button(view.keypad.submitKey, true)}
        </div>
      ) : null}
      {view.actions.length > 0 ? <div className="sketch-actions">{view.actions.map((action) => button(action.key, action.primary))}</div> : null}
    </div>
  );
}
