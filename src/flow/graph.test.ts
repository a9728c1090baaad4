import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS, PRACTICE_PIN, initialState, transition } from './machine.ts';
import { SCREEN_IDS, type FacilitySettings, type FlowEvent, type FlowState, type Scenario } from './types.ts';

const SETTINGS_VARIANTS: readonly FacilitySettings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, consentForm: 'per-topic', limitAmountScreen: true, smartphoneReader: false, cardEntry: 'slot' },
  { ...DEFAULT_SETTINGS, consentTopics: [], ePrescription: false },
];

const SCENARIO_VARIANTS: readonly Scenario[] = [
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

/** Everything that can happen, except opening a link (which would make every screen trivially reachable). */
const ALPHABET: readonly FlowEvent[] = [
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
  { type: 'LIMIT_ANSWERED', provide: true },
  { type: 'LIMIT_ANSWERED', provide: false },
  { type: 'PRESCRIPTION_CHOSEN', kind: 'electronic' },
  { type: 'PRESCRIPTION_CHOSEN', kind: 'paper' },
  { type: 'SIMULATION_RESET' },
  ...SETTINGS_VARIANTS.map((settings): FlowEvent => ({ type: 'SETTINGS_CHANGED', settings })),
  ...SCENARIO_VARIANTS.map((scenario): FlowEvent => ({ type: 'SCENARIO_CHANGED', scenario })),
];

/** Face failures only count up; they change no transition, so the graph folds them away. */
const keyOf = (state: FlowState): string => JSON.stringify({ ...state, session: { ...state.session, faceFailures: 0 } });

function explore(): { states: Map<string, FlowState>; edges: Map<string, Set<string>> } {
  const states = new Map<string, FlowState>();
  const edges = new Map<string, Set<string>>();
  const queue: FlowState[] = [initialState()];
  states.set(keyOf(initialState()), initialState());
  while (queue.length > 0) {
    const state = queue.shift() as FlowState; // length checked above
    const from = keyOf(state);
    const out = new Set<string>();
    for (const event of ALPHABET) {
      const next = transition(state, event);
      const to = keyOf(next);
      out.add(to);
      if (!states.has(to)) {
        states.set(to, next);
        queue.push(next);
      }
    }
    edges.set(from, out);
    if (states.size > 200_000) throw new Error('state space larger than expected');
  }
  return { states, edges };
}

describe('the flow graph', () => {
  const { states, edges } = explore();

  it('reaches every screen from idle by what patients, staff and the device do', () => {
    const reached = new Set([...states.values()].map((state) => state.screen));
    expect([...reached].sort()).toEqual([...SCREEN_IDS].sort());
  });

  it('has a way back to idle from every state it can reach', () => {
    const reverse = new Map<string, string[]>();
    for (const [from, targets] of edges) {
      for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
    }
    const canReachIdle = new Set([...states].filter(([, state]) => state.screen === 'idle').map(([key]) => key));
    const queue = [...canReachIdle];
    while (queue.length > 0) {
      const key = queue.pop() as string; // length checked above
      for (const from of reverse.get(key) ?? []) {
        if (!canReachIdle.has(from)) {
          canReachIdle.add(from);
          queue.push(from);
        }
      }
    }
    const stuck = [...states].filter(([key]) => !canReachIdle.has(key)).map(([, state]) => state.screen);
    expect(stuck).toEqual([]);
  });

  it('gets back to idle from every screen without the reset control', () => {
    const withoutReset = ALPHABET.filter((event) => event.type !== 'SIMULATION_RESET' && event.type !== 'SETTINGS_CHANGED');
    for (const screen of SCREEN_IDS) {
      const opened = transition(initialState(), { type: 'LINK_OPENED', screen });
      let frontier = [opened];
      const seen = new Set([keyOf(opened)]);
      let found = opened.screen === 'idle';
      for (let depth = 0; depth < 12 && !found; depth += 1) {
        frontier = frontier.flatMap((state) => withoutReset.map((event) => transition(state, event)));
        frontier = frontier.filter((state) => {
          const key = keyOf(state);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        found = frontier.some((state) => state.screen === 'idle');
      }
      expect(found, `no way back to idle from ${screen}`).toBe(true);
    }
  });
});

describe('random visits', () => {
  const anyEvent = fc.oneof(
    fc.constantFrom(...ALPHABET),
    fc.constantFrom(...SCREEN_IDS).map((screen): FlowEvent => ({ type: 'LINK_OPENED', screen })),
    fc.string({ maxLength: 6 }).map((pin): FlowEvent => ({ type: 'PIN_SUBMITTED', pin })),
  );

  it('never throw, never leave the known screens, and keep the PIN count within bounds', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        let state = initialState();
        for (const event of events) {
          state = transition(state, event);
          expect(SCREEN_IDS).toContain(state.screen);
          expect(state.card.pinTriesLeft).toBeGreaterThanOrEqual(0);
          expect(state.card.pinTriesLeft).toBeLessThanOrEqual(3);
          if (state.screen === 'idle') expect(state.session.cardInReader).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
