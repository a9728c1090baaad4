import { useFlow } from '../store/use-flow.ts';
import { ALWAYS_SIMULATE, describeScreen } from '../screens/registry.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { suggestionOf, type PracticeId } from '../screens/practices.ts';

/**
 * The bar right under the drawn reader: in the visitor's language, what happens now in real
 * life, and the things the world outside the device does (the camera recognising you, staff
 * checking by eye, putting the card back). It stays in view with the reader, so nobody scrolls
 * to find how to go on. Screens name the controls; the flow decides which can change anything.
 */
export interface GuideBarProps {
  /** The rehearsal to name, instead of the visitor's (a preview shows one). */
  readonly practice?: PracticeId;
}

export function GuideBar(props: GuideBarProps) {
  const { flow, send } = useFlow();
  const { t, language, dir } = useVisitorT();
  const chosen = useUiStore((store) => store.practice);
  const practice = props.practice ?? chosen;
  const view = describeScreen(flow);
  // The rehearsal's own next step goes first; otherwise the screen's usual order.
  const suggested = suggestionOf(practice, flow.screen);
  // Where the screen waits for the card, the tray is offered here too.
  const tray = view.waitsForCard ? view.tray : null;
  const controls = suggested ? [...view.simulate].sort((a, b) => Number(b.event === suggested) - Number(a.event === suggested)) : view.simulate;
  // The facts the help adds (the papers that stand in for the card, who may type a PIN…) are
  // read, not glanced at: they follow the bar instead of riding in it, so the bar kept at the
  // foot of a phone's screen stays small and never hides the reader's own lines.
  const facts =
    view.notes.length > 0 ? (
      <div className="guide-facts" lang={language} dir={dir}>
        {view.notes.map((note) => (
          <p key={note} className="guide-fact">
            {t(note)}
          </p>
        ))}
      </div>
    ) : null;
  return (
    <>
      <section className="guide-bar" aria-labelledby="sim-heading" lang={language} dir={dir}>
        <div className="guide-top">
          <h2 id="sim-heading" className="guide-heading">
            {t('ui.sim.heading')}
            {practice ? <span className="guide-practice"> · {t('ui.guide.practising', { name: t(`ui.practice.${practice}.name`) })}</span> : null}
          </h2>
          {ALWAYS_SIMULATE.map((control) => (
            <button key={control.label} type="button" className="link-button" onClick={() => send({ type: control.event })}>
              {t(control.label)}
            </button>
          ))}
        </div>
        <p className="guide-now">{t(view.guide)}</p>
        {view.movesOnAfterMs !== undefined ? <p className="guide-note">{t('ui.sim.waiting')}</p> : null}
        {view.held ? <p className="guide-note">{t('ui.sim.held')}</p> : null}
        {view.simulate.length > 0 || tray ? (
          <div className="guide-choices">
            {tray ? (
              <button type="button" className="guide-choice primary" onClick={() => send(tray)}>
                {t(view.trayLabel)} <span aria-hidden="true">▸</span>
              </button>
            ) : null}
            {controls.map((control, index) => (
              <button
                key={control.label}
                type="button"
                className={index === 0 && !tray ? 'guide-choice primary' : 'guide-choice'}
                onClick={() => send({ type: control.event })}
              >
                {t(control.label)}
                {index === 0 && !tray ? <span aria-hidden="true"> ▸</span> : null}
              </button>
            ))}
          </div>
        ) : null}
        {view.approximate ? <p className="guide-approx">{t('ui.guide.approximate')}</p> : null}
      </section>
      {facts}
    </>
  );
}
