import { describe, expect, it } from 'vitest';
import { initialState, transition } from '../flow/machine.ts';
import type { ScreenId } from '../flow/types.ts';
import { describeScreen } from './registry.ts';
import { PRACTICES } from './practices.ts';

describe('practice situations', () => {
  it('suggest only what the screen offers there', () => {
    for (const practice of PRACTICES) {
      for (const [screen, event] of Object.entries(practice.suggests ?? {})) {
        const state = transition(initialState(practice.settings, practice.scenario), { type: 'LINK_OPENED', screen: screen as ScreenId });
        expect(describeScreen(state).simulate.map((control) => control.event), `${practice.id} on ${screen}`).toContain(event);
      }
    }
  });
});
