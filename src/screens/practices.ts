import { DEFAULT_SCENARIO, DEFAULT_SETTINGS } from '../flow/machine.ts';
import type { FacilitySettings, Scenario, ScreenId } from '../flow/types.ts';
import type { SimulatedEvent } from './screen-view.ts';

/**
 * Named rehearsals for patients: each sets up the card and the clinic and starts at the card.
 * What differs between several of them is the path the patient takes, which their text says;
 * the flow offers every path in every one of them.
 */
export const PRACTICE_IDS = ['face', 'pin', 'forgotPin', 'faceFails', 'expired', 'sayNo'] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

export interface Practice {
  readonly id: PracticeId;
  readonly settings: FacilitySettings;
  readonly scenario: Scenario;
  /** What the world outside the device does in this situation, where it decides: the bar offers it first. */
  readonly suggests?: Partial<Record<ScreenId, SimulatedEvent>>;
}

const usual = { settings: DEFAULT_SETTINGS, scenario: DEFAULT_SCENARIO };

export const PRACTICES: readonly Practice[] = [
  { id: 'face', ...usual },
  { id: 'pin', ...usual },
  { id: 'forgotPin', ...usual },
  { id: 'faceFails', ...usual, suggests: { 'face-check': 'FACE_MATCH_FAILED', 'face-failed': 'STAFF_HELP_REQUESTED' } },
  // Expired less than three months ago: the reader still confirms eligibility, and says so.
  { id: 'expired', settings: DEFAULT_SETTINGS, scenario: { ...DEFAULT_SCENARIO, certificate: 'expired-recent' } },
  // The all-at-once question (software since 7 Oct 2024), where saying no takes 個別に選択する and
  // then 同意しない for each topic.
  { id: 'sayNo', settings: { ...DEFAULT_SETTINGS, software: 'since-2024-10' }, scenario: DEFAULT_SCENARIO },
];

export const isPracticeId = (value: unknown): value is PracticeId => PRACTICE_IDS.some((id) => id === value);

/** The outside event this practice suggests on this screen, if any. */
export function suggestionOf(id: PracticeId | null, screen: ScreenId): SimulatedEvent | undefined {
  return PRACTICES.find((practice) => practice.id === id)?.suggests?.[screen];
}
