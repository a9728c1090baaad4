import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FRESH_SESSION, PRACTICE_PIN, initialState, transition } from './machine.ts';
import { SCREEN_IDS, type FlowEvent, type FlowState, type Session } from './types.ts';
import { SCENARIO_VARIANTS, SETTINGS_VARIANTS, startStates } from './variants.ts';

/**
 * Everything that can happen at the terminal, except opening a link (which would make every
 * screen trivially reachable) and changing the settings or scenario: each pairing of those is
 * explored as a start state of its own instead, which keeps the graph small.
 */
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
function keyOf(state: FlowState): string {
  const { session } = state;
  const parts: unknown[] = [idOf(state.settings), idOf(state.scenario), state.screen, state.card.pinTriesLeft];
  for (const field of SESSION_FIELDS) {
    const value = session[field];
    parts.push(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
  }
  return parts.join('|');
}

interface Graph {
  readonly states: readonly FlowState[];
  /** Edges by state index: `edges[i]` lists the indices reached from state `i` by one event. */
  readonly edges: readonly (readonly number[])[];
}

/** Breadth-first from every start state; linear in states × events. */
function explore(): Graph {
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
  for (const state of startStates()) visit(state);
  for (let head = 0; head < states.length; head += 1) {
    const state = states[head] as FlowState; // head < states.length
    edges[head] = ALPHABET.map((event) => visit(transition(state, event)));
    if (states.length > 200_000) throw new Error('state space larger than expected');
  }
  return { states, edges };
}

describe('the flow graph', () => {
  // Explored inside the first test that needs it, so its time shows in the test's own.
  let graph: Graph | undefined;
  const theGraph = (): Graph => (graph ??= explore());

  it('reaches every screen from idle by what patients, staff and the device do', () => {
    const { states } = theGraph();
    const reached = new Set(states.map((state) => state.screen));
    expect([...reached].sort()).toEqual([...SCREEN_IDS].sort());
  });

  it('has a way back to idle from every state it can reach', () => {
    const { states, edges } = theGraph();
    const reverse: number[][] = states.map(() => []);
    edges.forEach((targets, from) => {
      for (const to of targets) reverse[to]?.push(from);
    });
    const canReachIdle = states.map((state) => state.screen === 'idle');
    const queue = states.flatMap((_, i) => (canReachIdle[i] ? [i] : []));
    while (queue.length > 0) {
      const to = queue.pop() as number; // length checked above
      for (const from of reverse[to] ?? []) {
        if (!canReachIdle[from]) {
          canReachIdle[from] = true;
          queue.push(from);
        }
      }
    }
    const stuck = states.filter((_, i) => !canReachIdle[i]).map((state) => state.screen);
    expect(stuck).toEqual([]);
  });

  it('gets back to idle from every screen without the reset control', () => {
    const withoutReset = ALPHABET.filter((event) => event.type !== 'SIMULATION_RESET');
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
    // Settings and scenario change mid-visit too: the forms apply at any moment.
    fc.constantFrom(...SETTINGS_VARIANTS).map((settings): FlowEvent => ({ type: 'SETTINGS_CHANGED', settings })),
    fc.constantFrom(...SCENARIO_VARIANTS).map((scenario): FlowEvent => ({ type: 'SCENARIO_CHANGED', scenario })),
    fc.string({ maxLength: 6 }).map((pin): FlowEvent => ({ type: 'PIN_SUBMITTED', pin })),
  );

  it('never throw, never leave the known screens, and keep the PIN count within bounds', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        let state = initialState();
        for (const event of events) {
          state = transition(state, event);
          const broken =
            !SCREEN_IDS.includes(state.screen) ||
            state.card.pinTriesLeft < 0 ||
            state.card.pinTriesLeft > 3 ||
            (state.screen === 'idle' && state.session.cardInReader);
          // One assertion per visit, with the state that broke it, keeps 3,000 visits fast.
          if (broken) expect({ after: event, state }).toBeUndefined();
        }
      }),
      { numRuns: 3000 },
    );
  });
});
