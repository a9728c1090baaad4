import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import { CARD_ENTRIES, CONSENT_TOPICS, SOFTWARE_GENERATIONS, type ConsentTopic, type FacilitySettings } from '../flow/types.ts';
import {
  LEGACY_CONSENT_FORMS,
  LEGACY_CONSENT_TOPICS,
  isRecord,
  readFacilitySettings,
  softwareFromLegacy,
  topicsFromLegacy,
} from '../storage/facility-settings.ts';
import { readJson, writeJson, type StorageLike } from '../storage/safe-storage.ts';

/**
 * What a clinic sets once for its counter tablet, kept on the tablet and shared between tablets
 * as a small file. Nothing here is about a patient.
 */
export interface ClinicSettings {
  /** The clinic's reader: consent topics, software generation, e-prescription, smartphone reader, card entry. */
  readonly facility: FacilitySettings;
  /** Seconds without a touch in the hand-over view before the warning comes up. */
  readonly idleSeconds: number;
  /** A short code staff type to leave the hand-over view after the long press; '' for none. */
  readonly staffCode: string;
}

/** The choices of idle time offered, in seconds (the default first). */
export const IDLE_CHOICES = [60, 90, 120, 180, 300, 30] as const;
export const DEFAULT_IDLE_SECONDS = 60;
/**
 * The idle time a file or the kept settings may hold. Not shorter: a patient reading a screen
 * and its phrase cards in a second language needs time (WCAG 2.2.1, and a 20 s warning with
 * "keep going" follows it anyway). Not longer than ten minutes: the point is that the next
 * patient never meets the last one's language.
 */
export const MIN_IDLE_SECONDS = 20;
export const MAX_IDLE_SECONDS = 600;

export const DEFAULT_CLINIC: ClinicSettings = {
  facility: DEFAULT_SETTINGS,
  idleSeconds: DEFAULT_IDLE_SECONDS,
  staffCode: '',
};

export const isIdleSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_IDLE_SECONDS && value <= MAX_IDLE_SECONDS;

/** '' (no code) or 4 to 8 digits: short enough to type at a counter, never a card's own PIN (staff are told so). */
export const isStaffCode = (value: unknown): value is string => typeof value === 'string' && /^(?:[0-9]{4,8})?$/.test(value);

/** What staff typed, as a code: full-width digits (a Japanese keyboard's) made plain, spaces and hyphens dropped. */
export const typedStaffCode = (typed: string): string => typed.normalize('NFKC').replace(/[\s-]/g, '');

// ---------------------------------------------------------------------------------------------
// Kept on the tablet

export const CLINIC_STORAGE_KEY = 'uketsuke:clinic:v1';

/** Reads kept settings field by field, as the visitor's preferences are: a damaged field takes its default. */
export function readStoredClinic(raw: unknown): ClinicSettings {
  const record = isRecord(raw) ? raw : {};
  return {
    facility: readFacilitySettings(record.facility),
    idleSeconds: isIdleSeconds(record.idleSeconds) ? record.idleSeconds : DEFAULT_IDLE_SECONDS,
    staffCode: isStaffCode(record.staffCode) ? record.staffCode : '',
  };
}

export function loadClinic(storage: () => StorageLike): { readonly clinic: ClinicSettings; readonly storageWorks: boolean } {
  const { value, storageWorks } = readJson(storage, CLINIC_STORAGE_KEY);
  return { clinic: readStoredClinic(value), storageWorks };
}

/** Returns false when the browser refuses to store. */
export function saveClinic(storage: () => StorageLike, clinic: ClinicSettings): boolean {
  return writeJson(storage, CLINIC_STORAGE_KEY, clinic);
}

// ---------------------------------------------------------------------------------------------
// The file shared between tablets

const among =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): T | undefined =>
    options.find((option) => option === value);
const boolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
/** A switch added after version 2 was first written: a file without it has it off; one with it must say true or false. */
const laterBoolean = (value: unknown): boolean | undefined => (value === undefined ? false : boolean(value));

/** Topics among these, each once (put in the reader's own order). */
const topicsAmong =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): readonly T[] | undefined => {
    if (!Array.isArray(value)) return undefined;
    const items: unknown[] = value;
    const known = options.filter((topic) => items.includes(topic));
    return known.length === items.length ? known : undefined;
  };
const topics: (value: unknown) => readonly ConsentTopic[] | undefined = topicsAmong(CONSENT_TOPICS);

/**
 * What each reader setting may hold in a file: its value when right, undefined when not. Typed
 * over every field, so a setting added to the reader cannot be forgotten here.
 */
const FACILITY_FIELDS: { readonly [K in keyof FacilitySettings]: (value: unknown) => FacilitySettings[K] | undefined } = {
  consentTopics: topics,
  software: among(SOFTWARE_GENERATIONS),
  ePrescription: boolean,
  smartphoneReader: boolean,
  cardEntry: among(CARD_ENTRIES),
  publicExpense: laterBoolean,
};
const FACILITY_FIELD_NAMES = Object.keys(FACILITY_FIELDS) as (keyof FacilitySettings)[];

/**
 * The reader settings of a version 1 file: three topics (診療・お薬 as one), the consent form and
 * the limit-amount screen in place of the software generation. Read as strictly, then mapped.
 */
const FACILITY_FIELDS_V1: Readonly<Record<string, (value: unknown) => unknown>> = {
  consentTopics: topicsAmong(LEGACY_CONSENT_TOPICS),
  consentForm: among(LEGACY_CONSENT_FORMS),
  ePrescription: boolean,
  smartphoneReader: boolean,
  cardEntry: among(CARD_ENTRIES),
  limitAmountScreen: boolean,
};

/** A version 1 file's reader settings (already checked) in today's terms. */
function facilityFromV1(facility: Record<string, unknown>): FacilitySettings {
  return {
    ...readFacilitySettings({ ...facility, software: softwareFromLegacy(facility.consentForm, facility.limitAmountScreen) }),
    consentTopics: topicsFromLegacy(facility.consentTopics as readonly unknown[]),
  };
}

/** Marks a file as ours, so a random JSON file is refused as foreign rather than picked apart. */
export const CLINIC_FILE_MARKER = 'clinic-settings';
/**
 * The file format's version: a later format is refused (this page would misread it), not guessed
 * at. Version 2 has the software generation and four consent topics; version 1 files are still
 * read, and mapped (see `facilityFromV1`). `facility.publicExpense` (the reader asks about subsidy
 * certificates, PMH) came later within version 2: a file without it reads as off, and an older
 * page reading a file with it ignores it, as any field it does not know.
 */
export const CLINIC_FILE_VERSION = 2;
export const CLINIC_FILE_NAME = 'uketsuke-clinic-settings.json';
/** A clinic-settings file is well under 1 KiB; anything much larger is something else. */
export const MAX_CLINIC_FILE_BYTES = 16 * 1024;

/** The file: pretty JSON, marked and versioned, staff code included so every tablet asks for the same one. */
export function clinicFileText(clinic: ClinicSettings): string {
  const { facility, idleSeconds, staffCode } = clinic;
  return `${JSON.stringify({ uketsuke: CLINIC_FILE_MARKER, version: CLINIC_FILE_VERSION, facility, idleSeconds, staffCode }, null, 2)}\n`;
}

/** Why a file is refused. `field` is the field's path in the file (`facility.cardEntry`). */
export type ClinicFileProblem =
  | { readonly kind: 'json' }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'field'; readonly field: string };

export type ClinicFileRead = { readonly ok: true; readonly clinic: ClinicSettings } | { readonly ok: false; readonly problem: ClinicFileProblem };

const refuse = (problem: ClinicFileProblem): ClinicFileRead => ({ ok: false, problem });

/**
 * Reads a clinic-settings file strictly: every field must be there and right, or the file is
 * refused with the first field that is not. Fields it does not know are ignored.
 */
export function parseClinicFile(text: string): ClinicFileRead {
  let raw: unknown;
  try {
    // Editors on Windows may start a UTF-8 file with a byte order mark.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse({ kind: 'json' });
  }
  if (!isRecord(raw) || raw.uketsuke !== CLINIC_FILE_MARKER) return refuse({ kind: 'foreign' });
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ kind: 'field', field: 'version' });
  if (version > CLINIC_FILE_VERSION) return refuse({ kind: 'newer', version });
  const { facility } = raw;
  if (!isRecord(facility)) return refuse({ kind: 'field', field: 'facility' });
  const fields: Readonly<Record<string, (value: unknown) => unknown>> = version === 1 ? FACILITY_FIELDS_V1 : FACILITY_FIELDS;
  const wrong = Object.keys(fields).find((name) => fields[name]?.(facility[name]) === undefined);
  if (wrong !== undefined) return refuse({ kind: 'field', field: `facility.${wrong}` });
  if (!isIdleSeconds(raw.idleSeconds)) return refuse({ kind: 'field', field: 'idleSeconds' });
  if (!isStaffCode(raw.staffCode)) return refuse({ kind: 'field', field: 'staffCode' });
  const read = version === 1 ? facilityFromV1(facility) : readFacilitySettings(facility);
  return { ok: true, clinic: { facility: read, idleSeconds: raw.idleSeconds, staffCode: raw.staffCode } };
}

/** Whether two settings would draw the same reader (the topics' order is always the reader's). */
export function sameFacility(a: FacilitySettings, b: FacilitySettings): boolean {
  return FACILITY_FIELD_NAMES.every((name) => (name === 'consentTopics' ? a.consentTopics.join() === b.consentTopics.join() : a[name] === b[name]));
}

/** Reads a chosen file: one too large to be ours is refused as foreign before it is read. */
export async function readClinicFile(file: Blob): Promise<ClinicFileRead> {
  if (file.size > MAX_CLINIC_FILE_BYTES) return refuse({ kind: 'foreign' });
  return parseClinicFile(await file.text());
}
