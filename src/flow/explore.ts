/**
 * The flow's state space, for tests and tools that need to see every state a visit can reach:
 * the graph test, the check that every screen offers exactly the controls that do something,
 * and the workbench's search for a state that shows a given string. Pure, like the rest of
 * src/flow.
 */
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS, FRESH_SESSION, PRACTICE_PIN, initialState, transition } from './machine.ts';
import type { FacilitySettings, FlowEvent, FlowState, Scenario, Session } from './types.ts';

/**
 * Clinic set-ups that between them switch on every setting the flow reads: the tray and the
 * slot, both software generations (all-at-once consent, or topic by topic and the limit-amount
 * question; a smartphone reader that the older software cannot use), some topics or none, with
 * and without the smartphone reader and e-prescriptions, with and without PMH.
 */
export const SETTINGS_VARIANTS: readonly FacilitySettings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, software: 'before-2024-10', consentTopics: ['medication', 'checkup'], cardEntry: 'slot' },
  { ...DEFAULT_SETTINGS, consentTopics: [], ePrescription: false, smartphoneReader: false },
  // A reader that asks about subsidy certificates (PMH).
  { ...DEFAULT_SETTINGS, publicExpense: true },
];

/** Cards and query results that between them reach every branch of the flow. */
export const SCENARIO_VARIANTS: readonly Scenario[] = [
  DEFAULT_SCENARIO,
  { ...DEFAULT_SCENARIO, card: 'face-only' },
  { ...DEFAULT_SCENARIO, card: 'no-photo' },
  { ...DEFAULT_SCENARIO, card: 'unreadable' },
  { ...DEFAULT_SCENARIO, card: 'other-card' },
  { ...DEFAULT_SCENARIO, card: 'read-failed' },
  { ...DEFAULT_SCENARIO, certificate: 'expiring' },
  { ...DEFAULT_SCENARIO, certificate: 'expired-recent' },
  { ...DEFAULT_SCENARIO, certificate: 'expired-long' },
  { ...DEFAULT_SCENARIO, registered: false },
  { ...DEFAULT_SCENARIO, eligibility: 'not-found' },
  { ...DEFAULT_SCENARIO, subsidyCertificate: true },
  { ...DEFAULT_SCENARIO, subsidyCertificate: true, certificate: 'expiring' },
];

/** The terminal at idle under every pairing of the variants above: where explorations start. */
export function startStates(): FlowState[] {
  return SETTINGS_VARIANTS.flatMap((settings) => SCENARIO_VARIANTS.map((scenario) => initialState(settings, scenario)));
}

/**
 * Everything that can happen at the terminal, except opening a link (which would make every
 * screen trivially reachable) and changing the settings or scenario: each pairing of those is
 * explored as a start state of its own instead, which keeps the graph small.
 */
export const ALPHABET: readonly FlowEvent[] = [
  { type: 'CARD_PLACED' },
  { type: 'CARD_REMOVED' },
  { type: 'PHONE_CHOSEN' },
  { type: 'PHONE_OS_CHOSEN', os: 'iphone' },
  { type: 'PHONE_OS_CHOSEN', os: 'android' },
  { type: 'PHONE_HELD' },
  { type: 'METHOD_CHOSEN', method: 'face' },
  { type: 'METHOD_CHOSEN', method: 'pin' },
  { type: 'FACE_MATCHED' },
  { type: 'FACE_MATCH_FAILED' },
  { type: 'TIMED_OUT' },
  { type: 'RETRY_CHOSEN' },
  { type: 'BACK_CHOSEN' },
  { type: 'PIN_SUBMITTED', pin: PRACTICE_PIN },
  { type: 'PIN_SUBMITTED', pin: '0000' },
  { type: 'STAFF_HELP_REQUESTED' },
  { type: 'STAFF_CONFIRMED' },
  { type: 'REGISTRATION_ANSWERED', agree: true },
  { type: 'REGISTRATION_ANSWERED', agree: false },
  { type: 'NEXT_CHOSEN' },
  { type: 'CONSENT_ALL_ANSWERED', agree: true },
  { type: 'CONSENT_ALL_ANSWERED', agree: false },
  { type: 'INDIVIDUAL_CONSENT_CHOSEN' },
  { type: 'CONSENT_ANSWERED', agree: true },
  { type: 'CONSENT_ANSWERED', agree: false },
  { type: 'LIMIT_AMOUNT_CHOSEN' },
  { type: 'LIMIT_ANSWERED', provide: true },
  { type: 'LIMIT_ANSWERED', provide: false },
  { type: 'PRESCRIPTION_CHOSEN', kind: 'electronic' },
  { type: 'PRESCRIPTION_CHOSEN', kind: 'paper' },
  { type: 'SIMULATION_RESET' },
];

/** Settings and scenario objects keep their identity through transitions: number them once. */
const ids = new Map<object, number>();
const idOf = (value: object): number => {
  const known = ids.get(value);
  if (known !== undefined) return known;
  ids.set(value, ids.size);
  return ids.size - 1;
};

const SESSION_FIELDS = Object.keys(FRESH_SESSION).filter((field) => field !== 'faceFailures') as (keyof Session)[]; // keys of a Session

/**
 * A compact key for a state: every field that can change a transition. Face failures only count
 * up and change no transition, so the graph folds them away.
 */
export function keyOf(state: FlowState): string {
  const { session } = state;
  const parts: unknown[] = [idOf(state.settings), idOf(state.scenario), state.screen, state.card.pinTriesLeft];
  for (const field of SESSION_FIELDS) {
    const value = session[field];
    parts.push(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
  }
  return parts.join('|');
}

export interface Graph {
  readonly states: readonly FlowState[];
  /** Edges by state index: `edges[i]` lists the indices reached from state `i` by one event. */
  readonly edges: readonly (readonly number[])[];
}

/** Breadth-first from the given start states (by default every variant at idle); linear in states × events. */
export function explore(starts: readonly FlowState[] = startStates()): Graph {
  const index = new Map<string, number>();
  const states: FlowState[] = [];
  const edges: number[][] = [];
  const visit = (state: FlowState): number => {
    const key = keyOf(state);
    const known = index.get(key);
    if (known !== undefined) return known;
    index.set(key, states.length);
    states.push(state);
    return states.length - 1;
  };
  for (const state of starts) visit(state);
  for (let head = 0; head < states.length; head += 1) {
    const state = states[head] as FlowState; // head < states.length
    edges[head] = ALPHABET.map((event) => visit(transition(state, event)));
    if (states.length > 200_000) throw new Error('state space larger than expected');
  }
  return { states, edges };
}
