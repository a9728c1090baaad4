import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import { CARD_ENTRIES, CONSENT_FORMS, CONSENT_TOPICS, type FacilitySettings } from '../flow/types.ts';

/**
 * Reading what this browser kept, field by field: a damaged or older entry loses only the
 * damaged field. Shared by the visitor's preferences and the counter's clinic settings.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.find((option) => option === value) ?? fallback;
export const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** A clinic's reader settings as kept: what is damaged or missing takes the default, the rest stays. */
export function readFacilitySettings(raw: unknown): FacilitySettings {
  const s = isRecord(raw) ? raw : {};
  const topics: unknown = s.consentTopics;
  return {
    // Unknown topics (from a later version) are dropped, the known ones kept, in the reader's order.
    consentTopics: Array.isArray(topics) ? CONSENT_TOPICS.filter((topic) => (topics as unknown[]).includes(topic)) : DEFAULT_SETTINGS.consentTopics,
    consentForm: oneOf(s.consentForm, CONSENT_FORMS, DEFAULT_SETTINGS.consentForm),
    ePrescription: bool(s.ePrescription, DEFAULT_SETTINGS.ePrescription),
    smartphoneReader: bool(s.smartphoneReader, DEFAULT_SETTINGS.smartphoneReader),
    cardEntry: oneOf(s.cardEntry, CARD_ENTRIES, DEFAULT_SETTINGS.cardEntry),
    limitAmountScreen: bool(s.limitAmountScreen, DEFAULT_SETTINGS.limitAmountScreen),
  };
}
