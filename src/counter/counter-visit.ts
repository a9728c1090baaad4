import { useLayoutEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_SCENARIO } from '../flow/machine.ts';
import type { FacilitySettings, Scenario } from '../flow/types.ts';
import { isRecord } from '../storage/facility-settings.ts';
import { PREFERENCES_KEY } from '../storage/keys.ts';
import { browserStorage, readJson } from '../storage/safe-storage.ts';
import { loadLanguage } from '../i18n/i18n.ts';
import { FALLBACK_LANGUAGE } from '../i18n/languages.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { sameFacility } from './clinic-settings.ts';
import { useClinicStore } from './clinic-store.ts';

/**
 * The counter borrows the page: the clinic's reader replaces the visitor's practice, and the
 * page's language is the patient's. What the visitor had is kept when the counter opens and put
 * back when staff leave it (to the practice, the workbench, the sheet). Nothing is saved while the
 * counter is open (`app/use-url-and-storage.ts`), so the patient's language is never stored.
 */
export interface VisitorPage {
  readonly settings: FacilitySettings;
  readonly scenario: Scenario;
  readonly language: string;
  readonly second: string | null;
}

export const useVisitorReturn = create<{ readonly kept: VisitorPage | null }>()(() => ({ kept: null }));

const sameScenario = (a: Scenario, b: Scenario): boolean =>
  a.card === b.card && a.certificate === b.certificate && a.registered === b.registered && a.eligibility === b.eligibility &&
  a.subsidyCertificate === b.subsidyCertificate;

/**
 * Takes the page over for the counter: keeps what the visitor had, reads the clinic's settings
 * from the tablet, and has the reader follow them (the clinic's reader, real cards: no practice
 * scenario). True once the clinic's settings are in; before that the counter draws nothing, so
 * nothing is drawn with a reader the clinic does not have. Layout effects: all this happens
 * before the first paint. Leaving the counter puts the visitor's page back; drawn again while
 * still at the counter (the language list was over it), it only goes on.
 */
export function useCounterVisit(): boolean {
  const loaded = useClinicStore((store) => store.loaded);
  const facility = useClinicStore((store) => store.clinic.facility);
  useLayoutEffect(() => {
    if (useVisitorReturn.getState().kept === null) {
      const { settings, scenario } = useFlowStore.getState().flow;
      const { language, second } = useUiStore.getState();
      useVisitorReturn.setState({ kept: { settings, scenario, language, second } });
    }
    useClinicStore.getState().load();
    return () => {
      if (useUiStore.getState().view !== 'counter') void putVisitorBack();
    };
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

/**
 * The languages the visitor chose, as kept: nothing is saved while the counter is open, so what
 * is kept is the visitor's own, even when the counter was opened by a link in another language.
 */
function keptLanguages(): Partial<Pick<VisitorPage, 'language' | 'second'>> {
  const { value } = readJson(browserStorage, PREFERENCES_KEY);
  if (!isRecord(value)) return {};
  return {
    ...(typeof value.language === 'string' ? { language: value.language } : {}),
    ...(typeof value.second === 'string' ? { second: value.second } : {}),
  };
}

/**
 * Puts the visitor's page back once staff have left the counter: their languages (as they kept
 * them, else as the counter found them) are loaded first, then everything changes at once, so
 * the patient's language is never the visitor's for a moment, and never stored as theirs. A
 * language that cannot be loaded gives English.
 */
async function putVisitorBack(): Promise<void> {
  const found = useVisitorReturn.getState().kept;
  if (found === null) return;
  useVisitorReturn.setState({ kept: null });
  const kept = { ...found, ...keptLanguages() };
  const [language, second] = await Promise.all([loadLanguage(kept.language), kept.second === null ? null : loadLanguage(kept.second)]);
  // Back at the counter meanwhile: it has the page again, and the visitor's stays kept.
  if (useUiStore.getState().view === 'counter') {
    useVisitorReturn.setState({ kept: found });
    return;
  }
  const { send } = useFlowStore.getState();
  send({ type: 'SETTINGS_CHANGED', settings: kept.settings });
  send({ type: 'SCENARIO_CHANGED', scenario: kept.scenario });
  const ui = useUiStore.getState();
  ui.setLanguage(language.ok ? kept.language : FALLBACK_LANGUAGE);
  ui.setSecond(second?.ok === true ? kept.second : null);
}
