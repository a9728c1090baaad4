import { useFlow } from '../store/use-flow.ts';
import { ALWAYS_SIMULATE, describeScreen } from '../screens/registry.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';

/**
 * Controls that are clearly not part of the terminal: what the camera, the staff or the phone
 * do next. Screens name which of these make sense; the flow decides which can change anything
 * now, and what they lead to.
 */
export function SimControls() {
  const { flow, send } = useFlow();
  const { t, language, dir } = useVisitorT();
  const view = describeScreen(flow);
  return (
    <section className="panel sim-panel" aria-labelledby="sim-heading" lang={language} dir={dir}>
      <h2 id="sim-heading">{t('ui.sim.heading')}</h2>
      <p className="panel-hint">{t('ui.sim.hint')}</p>
      {view.movesOnAfterMs !== undefined ? <p className="sim-waiting">{t('ui.sim.waiting')}</p> : null}
      {view.held ? <p className="sim-waiting">{t('ui.sim.held')}</p> : null}
      <div className="sim-buttons">
        {[...view.simulate, ...ALWAYS_SIMULATE].map((control) => (
          <button key={control.label} type="button" className="help-button" onClick={() => send({ type: control.event })}>
            {t(control.label)}
          </button>
        ))}
      </div>
    </section>
  );
}
