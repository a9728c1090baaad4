import { DEFAULT_SCENARIO } from '../flow/machine.ts';
import { CARD_KINDS, CERTIFICATE_STATUSES, ELIGIBILITIES, type FacilitySettings, type Scenario } from '../flow/types.ts';
import { READING_AIDS, type ReadingAid } from '../store/ui-store.ts';
import { bool, isRecord, oneOf, readFacilitySettings } from '../storage/facility-settings.ts';
import { readJson, writeJson, type StorageLike } from '../storage/safe-storage.ts';
import { PREFERENCES_KEY } from '../storage/keys.ts';

/** What the visitor chose, kept between visits. Never anything about the patient or the PIN. */
export interface Preferences {
  readonly language?: string;
  readonly second?: string;
  readonly reading?: ReadingAid;
  /** The folded part left open (staff at a tablet keep the side panel beside the reader). */
  readonly more?: boolean;
  readonly settings: FacilitySettings;
  readonly scenario: Scenario;
}

/** Reads stored settings field by field, so a damaged or older entry loses only what is damaged. */
export function parsePreferences(raw: unknown): Preferences {
  const record = isRecord(raw) ? raw : {};
  const c = isRecord(record.scenario) ? record.scenario : {};
  const settings = readFacilitySettings(record.settings);
  const scenario: Scenario = {
    card: oneOf(c.card, CARD_KINDS, DEFAULT_SCENARIO.card),
    certificate: oneOf(c.certificate, CERTIFICATE_STATUSES, DEFAULT_SCENARIO.certificate),
    registered: bool(c.registered, DEFAULT_SCENARIO.registered),
    eligibility: oneOf(c.eligibility, ELIGIBILITIES, DEFAULT_SCENARIO.eligibility),
    subsidyCertificate: bool(c.subsidyCertificate, DEFAULT_SCENARIO.subsidyCertificate),
  };
  const reading = oneOf(record.reading, READING_AIDS, 'none');
  return {
    ...(typeof record.language === 'string' ? { language: record.language } : {}),
    ...(typeof record.second === 'string' ? { second: record.second } : {}),
    ...(reading === 'none' ? {} : { reading }),
    ...(record.more === true ? { more: true } : {}),
    settings,
    scenario,
  };
}

export type LoadOutcome = { readonly preferences: Preferences; readonly storageWorks: boolean };

export function loadPreferences(storage: () => StorageLike): LoadOutcome {
  const { value, storageWorks } = readJson(storage, PREFERENCES_KEY);
  return { preferences: parsePreferences(value), storageWorks };
}

/** Returns false when the browser refuses to store (private mode, quota, disabled storage). */
export function savePreferences(storage: () => StorageLike, preferences: Preferences): boolean {
  return writeJson(storage, PREFERENCES_KEY, preferences);
}
