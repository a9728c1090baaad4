import { PRACTICES, type PracticeId } from '../screens/practices.ts';
import { useFlowStore } from './flow-store.ts';
import { useUiStore } from './ui-store.ts';

/** Sets up a named rehearsal and starts it at the card, with a fresh card (PIN tries and all). */
export function startPractice(id: PracticeId): void {
  const practice = PRACTICES.find((candidate) => candidate.id === id);
  if (!practice) return;
  const { send } = useFlowStore.getState();
  send({ type: 'SETTINGS_CHANGED', settings: practice.settings });
  send({ type: 'SCENARIO_CHANGED', scenario: practice.scenario });
  send({ type: 'SIMULATION_RESET' });
  useUiStore.getState().setPractice(id);
}
