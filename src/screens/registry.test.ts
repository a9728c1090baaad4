import { describe, expect, it } from 'vitest';
import { ALPHABET, explore, startStates } from '../flow/explore.ts';
import { PRACTICE_PIN, can, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type FlowEvent, type FlowState } from '../flow/types.ts';
import ja from '../../locales/ja.json';
import { ALWAYS_SIMULATE, describeScreen } from './registry.ts';
import { keysOf } from './screen-view.ts';
import { flatten, pluralBase } from '../i18n/locale-check.ts';

interface Offer {
  readonly event: FlowEvent;
  readonly by: string;
}

/** Every control a visitor can use on this state's page, and the event each one sends. */
function offersOf(state: FlowState): Offer[] {
  const view = describeScreen(state);
  return [
    ...view.actions.map((action) => ({ event: action.event, by: `the button ${action.key}` })),
    ...(view.keypad ? [{ event: view.keypad.submit(PRACTICE_PIN), by: 'the keypad' }] : []),
    ...view.simulate.map((control) => ({ event: { type: control.event }, by: `the control ${control.label}` })),
    ...(view.tray ? [{ event: view.tray, by: 'the card tray' }] : []),
    ...(view.phoneReader ? [{ event: { type: 'PHONE_HELD' } as const, by: 'the smartphone reader' }] : []),
    ...(view.movesOnAfterMs !== undefined ? [{ event: { type: 'TIMED_OUT' } as const, by: "the screen's own timer" }] : []),
  ];
}

const sameEvent = (a: FlowEvent, b: FlowEvent): boolean =>
  a.type === 'PIN_SUBMITTED' ? b.type === 'PIN_SUBMITTED' : JSON.stringify(a) === JSON.stringify(b);

// Every state a visit can reach, and every screen as a link opens it under every variant.
const linked = startStates().flatMap((start) => SCREEN_IDS.map((screen) => transition(start, { type: 'LINK_OPENED', screen })));
const { states } = explore([...startStates(), ...linked]);

describe('the controls each screen offers', () => {
  it('cover every event the screen handles', () => {
    const missing = new Set<string>();
    for (const state of states) {
      const offers = offersOf(state);
      for (const event of ALPHABET) {
        if (event.type === 'SIMULATION_RESET' || !can(state, event)) continue;
        if (!offers.some((offer) => sameEvent(offer.event, event))) missing.add(`${state.screen}: nothing offers ${JSON.stringify(event)}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('never include a control that does nothing', () => {
    const idle = new Set<string>();
    for (const state of states) {
      for (const offer of offersOf(state)) {
        if (!can(state, offer.event)) idle.add(`${state.screen}: ${offer.by} would change nothing`);
      }
      for (const control of ALWAYS_SIMULATE) {
        if (!can(state, { type: control.event })) idle.add(`${state.screen}: ${control.label} would change nothing`);
      }
    }
    expect([...idle]).toEqual([]);
  });

  it('leave a screen opened from a link in place until the visitor moves it on', () => {
    for (const state of linked) {
      const view = describeScreen(state);
      expect(view.movesOnAfterMs, state.screen).toBeUndefined();
      if (view.held) expect(view.simulate.map((control) => control.label), state.screen).toContain('ui.sim.moveOn');
    }
    const querying = linked.find((state) => state.screen === 'querying');
    expect(querying && describeScreen(querying).held).toBe(true);
  });

  it('let a screen reached during a visit move on by itself, with no control doing the same', () => {
    const reached = states.filter((state) => state.screen === 'querying' && !state.session.held);
    expect(reached.length).toBeGreaterThan(0);
    for (const state of reached) {
      const view = describeScreen(state);
      expect(view.movesOnAfterMs).toBeGreaterThan(0);
      expect(view.simulate.map((control) => control.event)).not.toContain('TIMED_OUT');
    }
  });
});

describe('what each screen shows', () => {
  const sourceKeys = new Set([...flatten(ja).strings.keys()].filter((key) => key.startsWith('device.')).map(pluralBase));

  it('names only Japanese strings that exist in the source', () => {
    const unknown = new Set<string>();
    for (const state of states) {
      for (const part of keysOf(describeScreen(state))) if (!sourceKeys.has(part.key)) unknown.add(part.key);
    }
    expect([...unknown]).toEqual([]);
  });

  it('uses every Japanese string of the source somewhere', () => {
    const shown = new Set<string>(states.flatMap((state) => keysOf(describeScreen(state)).map((part) => part.key)));
    expect([...sourceKeys].filter((key) => !shown.has(key))).toEqual([]);
  });
});
