import { useFlowStore, selectScenario, selectSend } from '../store/flow-store.ts';
import { CARD_KINDS, CERTIFICATE_STATUSES, type Scenario } from '../flow/types.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { Choice, Toggle } from './form-fields.tsx';
// Folded away on a first visit: its English comes with it (vite.config.ts, ENGLISH_LATER).
import '../i18n/english-later.ts';

/** What the simulated card and the online query will turn out to be. Applies from now on. */
export function ScenarioForm() {
  const scenario = useFlowStore(selectScenario);
  const send = useFlowStore(selectSend);
  const { t, language, dir } = useVisitorT();
  const change = (patch: Partial<Scenario>) => send({ type: 'SCENARIO_CHANGED', scenario: { ...scenario, ...patch } });
  return (
    <section className="panel scenario-panel" aria-labelledby="scenario-heading" lang={language} dir={dir}>
      <h2 id="scenario-heading">{t('ui.scenario.heading')}</h2>
      <Choice
        name="card"
        legend={t('ui.scenario.card')}
        value={scenario.card}
        options={CARD_KINDS.map((card) => ({ value: card, label: t(`ui.scenario.cards.${card}`) }))}
        onChange={(card) => change({ card })}
      />
      <Choice
        name="certificate"
        legend={t('ui.scenario.certificate')}
        value={scenario.certificate}
        options={CERTIFICATE_STATUSES.map((c) => ({ value: c, label: t(`ui.scenario.certificates.${c}`) }))}
        onChange={(certificate) => change({ certificate })}
      />
      <Toggle label={t('ui.scenario.registered')} checked={scenario.registered} onChange={(registered) => change({ registered })} />
      <Toggle
        label={t('ui.scenario.eligibility')}
        checked={scenario.eligibility === 'found'}
        onChange={(found) => change({ eligibility: found ? 'found' : 'not-found' })}
      />
      <Toggle
        label={t('ui.scenario.subsidyCertificate')}
        checked={scenario.subsidyCertificate}
        onChange={(subsidyCertificate) => change({ subsidyCertificate })}
      />
    </section>
  );
}
