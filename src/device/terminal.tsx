import { useEffect, useRef } from 'react';
import { useFlowStore, selectFlow, selectSend } from '../store/flow-store.ts';
import { describeScreen } from '../screens/registry.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { DeviceScreen } from './device-screen.tsx';

/**
 * The drawn card reader: dark bezel, camera above the screen, the card tray or slot below, and
 * (where the clinic has one) the separate smartphone reader. Only the screen is Japanese UI;
 * the card and phone are things the patient handles, so their names follow the visitor.
 */
export function Terminal() {
  const flow = useFlowStore(selectFlow);
  const send = useFlowStore(selectSend);
  const { t, language, dir } = useVisitorT();
  const view = describeScreen(flow);
  const { cardInReader } = flow.session;
  const entry = flow.settings.cardEntry;
  const glass = useRef<HTMLDivElement>(null);
  const interacted = useRef(false);

  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    document.addEventListener('pointerdown', mark, { once: true });
    document.addEventListener('keydown', mark, { once: true });
    return () => {
      document.removeEventListener('pointerdown', mark);
      document.removeEventListener('keydown', mark);
    };
  }, []);

  // A pressed button (on the device or a simulator control) may disappear with its screen.
  // Where focus was lost that way, or was inside the screen, move it to the new screen's title
  // so keyboard and screen-reader users hear what the terminal now says. Screens reached before
  // any interaction (the first load, a deep link) leave focus where the page starts.
  useEffect(() => {
    if (!interacted.current) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body || glass.current?.contains(active) === true;
    if (lost) glass.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [flow.screen]);

  const cardLabel = cardInReader
    ? t('ui.device.takeCard')
    : entry === 'tray'
      ? t('ui.device.placeCard')
      : t('ui.device.insertCard');

  return (
    <section className="terminal-wrap" aria-label={t('ui.device.label')} lang={language}>
      {/* The device is a Japanese terminal: it never mirrors, whatever the visitor reads. */}
      <div className={`terminal entry-${entry}`} data-screen={flow.screen} dir="ltr">
        <div className="bezel-top">
          <span className="camera" aria-hidden="true" />
        </div>
        <div className="screen-glass" ref={glass}>
          <DeviceScreen key={flow.screen} view={view} send={send} />
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
              {cardLabel}
            </span>
          </button>
        </div>
      </div>
      {flow.settings.smartphoneReader ? (
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
