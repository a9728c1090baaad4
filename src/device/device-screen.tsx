import type { ReactNode } from 'react';
import type { ScreenView } from '../screens/screen-view.ts';
import type { FlowEvent } from '../flow/types.ts';
import { DeviceText } from '../overlay/device-text.tsx';
import { Keypad } from './keypad.tsx';

export interface DeviceScreenProps {
  readonly view: ScreenView;
  readonly send: (event: FlowEvent) => void;
  /** Help laid over the screen right above the keypad, so it stays in view while typing. */
  readonly keypadNote?: ReactNode;
}

const roleClass = { title: 'screen-title', body: 'screen-body', code: 'screen-code', note: 'screen-note' } as const;

/** The terminal's own screen: plain Japanese UI with big buttons, drawn from the screen's data. */
export function DeviceScreen({ view, send, keypadNote }: DeviceScreenProps) {
  const [title, ...rest] = view.texts;
  const keypad = view.keypad;
  // Where the screen waits for the card, the card drawn on it places or takes it, as the tray does.
  const tray = view.waitsForCard ? view.tray : null;
  return (
    <div className={`device-screen tone-${view.tone}`}>
      {title ? <DeviceText as="h2" k={title.key} values={title.values} className={roleClass[title.role]} focusable /> : null}
      {rest.map((part) => (
        <DeviceText key={part.key} as="p" k={part.key} values={part.values} className={roleClass[part.role]} />
      ))}
      {view.widget ? <Widget kind={view.widget} onCard={tray ? () => send(tray) : undefined} /> : null}
      {keypad && keypadNote ? keypadNote : null}
      {keypad ? <Keypad keypad={keypad} onSubmit={(pin) => send(keypad.submit(pin))} /> : null}
      {view.actions.length > 0 ? (
        <div className="screen-actions">
          {view.actions.map((action) => (
            <button
              key={action.key}
              type="button"
              className={action.primary ? 'device-button primary' : 'device-button'}
              onClick={() => send(action.event)}
            >
              <DeviceText k={action.key} />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

interface WidgetProps {
  readonly kind: NonNullable<ScreenView['widget']>;
  /** Where the screen waits for the card: tapping the card drawn on it places or takes it, as the tray does. */
  readonly onCard: (() => void) | undefined;
}

function Widget({ kind, onCard }: WidgetProps) {
  switch (kind) {
    case 'camera':
      return (
        <div className="widget-camera" aria-hidden="true">
          <div className="face-frame">
            <div className="face-outline" />
          </div>
        </div>
      );
    case 'spinner':
      return <div className="widget-spinner" aria-hidden="true" />;
    case 'check':
      return <div className="widget-check" aria-hidden="true">✓</div>;
    case 'phone':
      return <div className="widget-phone" aria-hidden="true" />;
    case 'card':
      // A shortcut for pointers only: the tray under the screen is the named, focusable control.
      return onCard ? (
        <button type="button" className="widget-card tappable" aria-hidden="true" tabIndex={-1} onClick={onCard} />
      ) : (
        <div className="widget-card" aria-hidden="true" />
      );
    case 'keypad':
      return null;
  }
}
