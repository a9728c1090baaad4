import type { ScreenId } from '../flow/types.ts';

/**
 * The reader's screens grouped by the step of a visit where a patient meets them, in the order
 * of a visit, with the problems (error codes, not found) last. The counter's visual index is
 * drawn from this list; a test holds every screen to exactly one step.
 */
export const STEP_IDS = ['card', 'identity', 'pin', 'results', 'consent', 'prescription', 'smartphone', 'errors'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface ScreenStep {
  readonly id: StepId;
  readonly screens: readonly ScreenId[];
}

export const SCREEN_STEPS: readonly ScreenStep[] = [
  { id: 'card', screens: ['idle', 'card-read-failed'] },
  { id: 'identity', screens: ['method-select', 'face-check', 'face-failed', 'face-timeout', 'visual-check'] },
  { id: 'pin', screens: ['pin-entry', 'pin-wrong', 'pin-locked'] },
  { id: 'results', screens: ['querying', 'registration', 'registration-declined', 'renewal-alert', 'eligibility-only', 'public-expense'] },
  { id: 'consent', screens: ['consent-all', 'consent-topic', 'limit-amount'] },
  { id: 'prescription', screens: ['prescription', 'done'] },
  { id: 'smartphone', screens: ['phone-select', 'phone-iphone', 'phone-android-pin', 'phone-hold'] },
  { id: 'errors', screens: ['card-unreadable', 'card-not-my-number', 'error-006', 'not-found'] },
];
