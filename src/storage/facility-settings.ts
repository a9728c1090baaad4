import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import { CARD_ENTRIES, CONSENT_TOPICS, SOFTWARE_GENERATIONS, type ConsentTopic, type FacilitySettings, type SoftwareGeneration } from '../flow/types.ts';

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

// ---------------------------------------------------------------------------------------------
// Settings as the first versions kept them

/**
 * Before the reader's software generation was one setting, two settings stood for it: the
 * consent form and the limit-amount screen. Either of them set to the older way (topic by topic,
 * or the limit-amount screen) means the software from before 7 Oct 2024; the combination of
 * all-at-once consent with the limit-amount screen never existed, and reads as the older
 * software, whose limit-amount question is the rarer thing to find again.
 */
export const LEGACY_CONSENT_FORMS = ['all-at-once', 'per-topic'] as const;
export const LEGACY_CONSENT_TOPICS = ['treatment', 'surgery', 'checkup'] as const;

export function softwareFromLegacy(consentForm: unknown, limitAmountScreen: unknown): SoftwareGeneration {
  return limitAmountScreen === true || consentForm === 'per-topic' ? 'before-2024-10' : 'since-2024-10';
}

/** The first versions' `treatment` was 診療・お薬 together: it is now two topics. */
export function topicsFromLegacy(topics: readonly unknown[]): ConsentTopic[] {
  return CONSENT_TOPICS.filter((topic) => topics.includes(topic === 'medication' ? 'treatment' : topic));
}

/** Settings kept by a version that knew no software generation (or damaged past knowing). */
export const isLegacyFacility = (raw: Record<string, unknown>): boolean => !('software' in raw);

// ---------------------------------------------------------------------------------------------

/** A clinic's reader settings as kept: what is damaged or missing takes the default, the rest stays. */
export function readFacilitySettings(raw: unknown): FacilitySettings {
  const s = isRecord(raw) ? raw : {};
  const legacy = isLegacyFacility(s);
  // Unknown topics (from a later version) are dropped, the known ones kept, in the reader's order.
  const knownTopics = (topics: readonly unknown[]) => (legacy ? topicsFromLegacy(topics) : CONSENT_TOPICS.filter((topic) => topics.includes(topic)));
  return {
    consentTopics: Array.isArray(s.consentTopics) ? knownTopics(s.consentTopics) : DEFAULT_SETTINGS.consentTopics,
    // Kept before the generation was a setting: the older consent form or limit-amount screen
    // says which (neither: the current software).
    software: legacy ? softwareFromLegacy(s.consentForm, s.limitAmountScreen) : oneOf(s.software, SOFTWARE_GENERATIONS, DEFAULT_SETTINGS.software),
    ePrescription: bool(s.ePrescription, DEFAULT_SETTINGS.ePrescription),
    smartphoneReader: bool(s.smartphoneReader, DEFAULT_SETTINGS.smartphoneReader),
    cardEntry: oneOf(s.cardEntry, CARD_ENTRIES, DEFAULT_SETTINGS.cardEntry),
    // Kept before the setting existed: off, as the reader of most clinics.
    publicExpense: bool(s.publicExpense, DEFAULT_SETTINGS.publicExpense),
  };
}
