import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import type { FacilitySettings } from '../flow/types.ts';

/**
 * What a clinic sets once for its counter tablet, kept on the tablet and shared between tablets
 * as a small file. Nothing here is about a patient.
 */
export interface ClinicSettings {
  /** The clinic's reader: consent topics and form, e-prescription, smartphone reader, card entry. */
  readonly facility: FacilitySettings;
  /** Seconds without a touch in the hand-over view before the warning comes up. */
  readonly idleSeconds: number;
  /** A short code staff type to leave the hand-over view after the long press; '' for none. */
  readonly staffCode: string;
}

/** The choices of idle time offered, in seconds (the default first). */
export const IDLE_CHOICES = [60, 90, 120, 180, 300, 30] as const;
export const DEFAULT_IDLE_SECONDS = 60;

export const DEFAULT_CLINIC: ClinicSettings = {
  facility: DEFAULT_SETTINGS,
  idleSeconds: DEFAULT_IDLE_SECONDS,
  staffCode: '',
};
