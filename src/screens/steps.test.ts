import { describe, expect, it } from 'vitest';
import { SCREEN_IDS } from '../flow/types.ts';
import { SCREEN_STEPS, STEP_IDS } from './steps.ts';

describe('the steps of the counter index', () => {
  it('puts every screen of the reader in exactly one step', () => {
    for (const screen of SCREEN_IDS) {
      const holding = SCREEN_STEPS.filter((step) => step.screens.includes(screen)).map((step) => step.id);
      expect(holding, screen).toHaveLength(1);
    }
    expect(SCREEN_STEPS.flatMap((step) => step.screens)).toHaveLength(SCREEN_IDS.length);
  });

  it('lists each step once, in the order of a visit, none empty', () => {
    expect(SCREEN_STEPS.map((step) => step.id)).toEqual([...STEP_IDS]);
    for (const step of SCREEN_STEPS) expect(step.screens.length, step.id).toBeGreaterThan(0);
  });
});
