import { DEFAULT_SCENARIO, DEFAULT_SETTINGS, initialState } from './machine.ts';
import type { FacilitySettings, FlowState, Scenario } from './types.ts';

/**
 * Clinic set-ups that between them switch on every setting the flow reads: the tray and the
 * slot, both consent forms, no topics, the older limit-amount screen, with and without the
 * smartphone reader and e-prescriptions.
 */
export const SETTINGS_VARIANTS: readonly FacilitySettings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, consentForm: 'per-topic', limitAmountScreen: true, smartphoneReader: false, cardEntry: 'slot' },
  { ...DEFAULT_SETTINGS, consentTopics: [], ePrescription: false },
];

/** Cards and query results that between them reach every branch of the flow. */
export const SCENARIO_VARIANTS: readonly Scenario[] = [
  DEFAULT_SCENARIO,
  { ...DEFAULT_SCENARIO, card: 'face-only' },
  { ...DEFAULT_SCENARIO, card: 'unreadable' },
  { ...DEFAULT_SCENARIO, card: 'other-card' },
  { ...DEFAULT_SCENARIO, card: 'read-failed' },
  { ...DEFAULT_SCENARIO, certificate: 'expiring' },
  { ...DEFAULT_SCENARIO, certificate: 'expired-recent' },
  { ...DEFAULT_SCENARIO, certificate: 'expired-long' },
  { ...DEFAULT_SCENARIO, registered: false },
  { ...DEFAULT_SCENARIO, eligibility: 'not-found' },
];

/** The terminal at idle under every pairing of the variants above: where explorations start. */
export function startStates(): FlowState[] {
  return SETTINGS_VARIANTS.flatMap((settings) => SCENARIO_VARIANTS.map((scenario) => initialState(settings, scenario)));
}
