import { useLayoutEffect } from 'react';
import { DEFAULT_SCENARIO } from '../flow/machine.ts';
import type { FacilitySettings, Scenario } from '../flow/types.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { sameFacility } from './clinic-settings.ts';
import { useClinicStore } from './clinic-store.ts';
import { keepVisitor } from './visitor-return.ts';

const sameScenario = (a: Scenario, b: Scenario): boolean =>
  a.card === b.card && a.certificate === b.certificate && a.registered === b.registered && a.eligibility === b.eligibility;

/**
 * The counter takes the page over: it keeps what the visitor had (put back when staff leave the
 * counter, see `visitor-return.ts`), reads the clinic's settings from the tablet, and has the
 * reader follow them (the clinic's reader, real cards: no practice scenario). True once the
 * clinic's settings are in; before that the counter draws nothing, so nothing is drawn with a
 * reader the clinic does not have. Layout effects: all this happens before the first paint.
 */
export function useCounterVisit(): boolean {
  const loaded = useClinicStore((store) => store.loaded);
  const facility = useClinicStore((store) => store.clinic.facility);
  useLayoutEffect(() => {
    const { flow } = useFlowStore.getState();
    const { language, second } = useUiStore.getState();
    keepVisitor({ settings: flow.settings, scenario: flow.scenario, language, second });
    useClinicStore.getState().load();
  }, []);
  useLayoutEffect(() => {
    if (loaded) followClinic(facility);
  }, [loaded, facility]);
  return loaded;
}

/** The reader as the clinic's; a screen shown to the patient stays shown (a change of settings restarts the reader). */
function followClinic(facility: FacilitySettings): void {
  const { flow, send } = useFlowStore.getState();
  const scenario = !sameScenario(flow.scenario, DEFAULT_SCENARIO);
  const settings = !sameFacility(flow.settings, facility);
  if (scenario) send({ type: 'SCENARIO_CHANGED', scenario: DEFAULT_SCENARIO });
  if (settings) send({ type: 'SETTINGS_CHANGED', settings: facility });
  if ((scenario || settings) && useUiStore.getState().counterShown) send({ type: 'LINK_OPENED', screen: flow.screen });
}
