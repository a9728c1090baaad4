import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialState, transition } from './machine.ts';
import { SCREEN_IDS, type FlowEvent } from './types.ts';
import { ALPHABET, SCENARIO_VARIANTS, SETTINGS_VARIANTS, explore, keyOf, type Graph } from './explore.ts';

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
