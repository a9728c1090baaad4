import type { ReactNode, Ref } from 'react';
import { phoneReaderWorks } from '../flow/machine.ts';
import type { FlowEvent, FlowState } from '../flow/types.ts';
import type { ScreenView } from '../screens/screen-view.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { DeviceScreen } from './device-screen.tsx';

export interface TerminalFaceProps {
  /** The state drawn: its screen, whether the card is in, and the clinic's card entry and phone reader. */
  readonly flow: FlowState;
  /** What the screen shows, as `describeScreen(flow)` says. */
  readonly view: ScreenView;
  readonly send: (event: FlowEvent) => void;
  /** The screen's glass, for the live terminal to move focus into. */
  readonly glassRef?: Ref<HTMLDivElement>;
  /** Help laid over the screen right above the keypad (the practice PIN), while one is shown. */
  readonly keypadNote?: ReactNode;
}

/**
 * The drawn card reader: dark bezel, camera above the screen, the card tray or slot below, and
 * (where the clinic has one, and software that uses it) the separate smartphone reader. Only the screen is Japanese UI;
 * the card and phone are things the patient handles, so their names follow the visitor.
 * Presentational: the live terminal and the workbench's preview draw the same reader.
 */
export function TerminalFace({ flow, view, send, glassRef, keypadNote }: TerminalFaceProps) {
  const { t, language, dir } = useVisitorT();
  const { cardInReader } = flow.session;
  const entry = flow.settings.cardEntry;

  return (
    <section className="terminal-wrap" aria-label={t('ui.device.label')} lang={language}>
      {/* The device is a Japanese terminal: it never mirrors, whatever the visitor reads. */}
      <div className={`terminal entry-${entry}`} data-screen={flow.screen} dir="ltr">
        <div className="bezel-top">
          <span className="camera" aria-hidden="true" />
        </div>
        <div className="screen-glass" ref={glassRef}>
          <DeviceScreen key={flow.screen} view={view} send={send} keypadNote={keypadNote} />
        </div>
        <div className="card-area">
          <button
            type="button"
            className={cardInReader ? 'card-reader has-card' : 'card-reader'}
            onClick={() => (view.tray ? send(view.tray) : undefined)}
            disabled={view.tray === null}
            aria-pressed={cardInReader}
          >
            <span className="card-slot" aria-hidden="true">
              <span className="card-shape" />
            </span>
            <span className="card-label" dir={dir}>
              {t(view.trayLabel)}
            </span>
          </button>
        </div>
      </div>
      {phoneReaderWorks(flow.settings) ? (
        <button
          type="button"
          className={view.phoneReader ? 'phone-reader ready' : 'phone-reader'}
          onClick={() => send({ type: 'PHONE_HELD' })}
          disabled={!view.phoneReader}
        >
          <span className="phone-reader-pad" aria-hidden="true" />
          <span>{t('ui.device.phoneReader')}</span>
        </button>
      ) : null}
    </section>
  );
}
