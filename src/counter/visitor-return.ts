import { create } from 'zustand';
import type { FacilitySettings, Scenario } from '../flow/types.ts';
import { loadLanguage } from '../i18n/i18n.ts';
import { FALLBACK_LANGUAGE } from '../i18n/languages.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';

/**
 * The counter borrows the page: the clinic's reader settings replace the visitor's, and the
 * patient's language is the page's language. What the visitor had is kept here when the counter
 * opens and put back when staff leave it (to the practice, the workbench). Small on purpose:
 * boot uses it on a counter link, and boot is in every first visit.
 */
export interface VisitorPage {
  readonly settings: FacilitySettings;
  readonly scenario: Scenario;
  readonly language: string;
  readonly second: string | null;
}

export const useVisitorReturn = create<{ readonly kept: VisitorPage | null }>()(() => ({ kept: null }));

/** Keeps what the visitor had, unless it is kept already (the counter drawn again, e.g. after the language list). */
export function keepVisitor(page: VisitorPage): void {
  if (useVisitorReturn.getState().kept === null) useVisitorReturn.setState({ kept: page });
}

/**
 * Puts the visitor's page back once staff have left the counter: their languages are loaded
 * first, then everything changes at once, so the patient's language is never the visitor's for
 * a moment (and never stored as theirs). A language that cannot be loaded gives English.
 */
export async function putVisitorBack(): Promise<void> {
  const { kept } = useVisitorReturn.getState();
  if (kept === null) return;
  useVisitorReturn.setState({ kept: null });
  const [language, second] = await Promise.all([loadLanguage(kept.language), kept.second === null ? null : loadLanguage(kept.second)]);
  // Back at the counter meanwhile: it has the page again, and the visitor's stays kept.
  if (useUiStore.getState().view === 'counter') {
    useVisitorReturn.setState({ kept });
    return;
  }
  const { send } = useFlowStore.getState();
  send({ type: 'SETTINGS_CHANGED', settings: kept.settings });
  send({ type: 'SCENARIO_CHANGED', scenario: kept.scenario });
  const ui = useUiStore.getState();
  ui.setLanguage(language.ok ? kept.language : FALLBACK_LANGUAGE);
  ui.setSecond(second?.ok === true ? kept.second : null);
}
