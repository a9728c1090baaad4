import { describe, expect, it } from 'vitest';
import { useUiStore } from './ui-store.ts';
import { useFlowStore } from './flow-store.ts';

// The two tests run in order: the first leaves choices behind, the second must not see them.
describe('stores between tests', () => {
  it('may be changed by one test', () => {
    useUiStore.getState().setSecond('vi');
    useUiStore.getState().setReading('romaji');
    useFlowStore.getState().send({ type: 'CARD_PLACED' });
    expect(useUiStore.getState().second).toBe('vi');
  });

  it('start the next test from their initial state', () => {
    expect(useUiStore.getState()).toEqual(useUiStore.getInitialState());
    expect(useUiStore.getState().second).toBeNull();
    expect(useUiStore.getState().reading).toBe('none');
    expect(useFlowStore.getState().flow.screen).toBe('idle');
  });
});
