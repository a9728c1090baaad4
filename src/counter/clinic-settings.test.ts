import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import type { StorageLike } from '../storage/safe-storage.ts';
import {
  CLINIC_STORAGE_KEY,
  DEFAULT_CLINIC,
  MAX_CLINIC_FILE_BYTES,
  clinicFileText,
  isStaffCode,
  loadClinic,
  parseClinicFile,
  readClinicFile,
  readStoredClinic,
  saveClinic,
  typedStaffCode,
  type ClinicSettings,
} from './clinic-settings.ts';

const CLINIC: ClinicSettings = {
  facility: { ...DEFAULT_SETTINGS, consentTopics: ['treatment', 'checkup'], cardEntry: 'slot', smartphoneReader: false },
  idleSeconds: 180,
  staffCode: '2580',
};

/** A good file's fields, to spoil one at a time. */
const good = (): Record<string, unknown> => JSON.parse(clinicFileText(CLINIC)) as Record<string, unknown>;
const withField = (path: string, value: unknown): string => {
  const file = good();
  const [first, second] = path.split('.') as [string, string | undefined];
  if (second === undefined) file[first] = value;
  else (file[first] as Record<string, unknown>)[second] = value;
  return JSON.stringify(file);
};
const withoutField = (path: string): string => withField(path, undefined);

const memory = (): StorageLike & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const refusing = (): StorageLike => {
  throw new DOMException('denied', 'SecurityError');
};

describe('the clinic-settings file', () => {
  it('comes back as it was exported', () => {
    expect(parseClinicFile(clinicFileText(CLINIC))).toEqual({ ok: true, clinic: CLINIC });
    expect(parseClinicFile(clinicFileText(DEFAULT_CLINIC))).toEqual({ ok: true, clinic: DEFAULT_CLINIC });
  });

  it('is small, readable JSON that says what it is and which format, with the staff code', () => {
    const text = clinicFileText(CLINIC);
    expect(text.length).toBeLessThan(1024);
    expect(text).toContain('\n  "uketsuke": "clinic-settings",\n  "version": 2,');
    expect(good()).toMatchObject({ staffCode: '2580', idleSeconds: 180 });
  });

  it('is what docs/counter.md shows', () => {
    const docs = readFileSync(join(process.cwd(), 'docs/counter.md'), 'utf8');
    const example = /### The file[\s\S]*?```json\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    expect(parseClinicFile(example)).toEqual({
      ok: true,
      clinic: {
        facility: { ...DEFAULT_SETTINGS, consentTopics: ['treatment', 'medication', 'checkup'], cardEntry: 'slot', smartphoneReader: false },
        idleSeconds: 120,
        staffCode: '2580',
      },
    });
  });

  describe('of version 1 (consent form and limit-amount screen, 診療・お薬 as one topic)', () => {
    const v1 = (facility: Record<string, unknown>): string =>
      JSON.stringify({
        uketsuke: 'clinic-settings',
        version: 1,
        facility: { consentTopics: ['treatment', 'checkup'], consentForm: 'all-at-once', ePrescription: true, smartphoneReader: false, cardEntry: 'slot', limitAmountScreen: false, ...facility },
        idleSeconds: 120,
        staffCode: '2580',
      });
    const facilityOf = (text: string) => {
      const read = parseClinicFile(text);
      if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`);
      return read.clinic.facility;
    };

    it('is read, with 診療・お薬 split into its two topics', () => {
      expect(facilityOf(v1({}))).toEqual({ ...DEFAULT_SETTINGS, consentTopics: ['treatment', 'medication', 'checkup'], cardEntry: 'slot', smartphoneReader: false });
    });

    it.each([
      [{ consentForm: 'all-at-once', limitAmountScreen: false }, 'since-2024-10'],
      [{ consentForm: 'per-topic', limitAmountScreen: false }, 'before-2024-10'],
      [{ consentForm: 'per-topic', limitAmountScreen: true }, 'before-2024-10'],
      // Never existed together: read as the older software, whose limit-amount question it asked for.
      [{ consentForm: 'all-at-once', limitAmountScreen: true }, 'before-2024-10'],
    ] as const)('maps %o to the software %s', (fields, software) => {
      expect(facilityOf(v1(fields)).software).toBe(software);
    });

    it('is held to its own fields: refused, naming the field, when one is wrong or missing', () => {
      expect(parseClinicFile(v1({ consentForm: 'sometimes' }))).toEqual({ ok: false, problem: { kind: 'field', field: 'facility.consentForm' } });
      expect(parseClinicFile(v1({ limitAmountScreen: undefined }))).toEqual({ ok: false, problem: { kind: 'field', field: 'facility.limitAmountScreen' } });
      expect(parseClinicFile(v1({ consentTopics: ['medication'] }))).toEqual({ ok: false, problem: { kind: 'field', field: 'facility.consentTopics' } });
    });
  });

  describe('written before the reader could ask about subsidy certificates (PMH)', () => {
    it('is read with that switch off, the rest as it was', () => {
      const before = withoutField('facility.publicExpense');
      expect(before).not.toContain('publicExpense');
      expect(parseClinicFile(before)).toEqual({ ok: true, clinic: { ...CLINIC, facility: { ...CLINIC.facility, publicExpense: false } } });
    });

    it('of version 1 too', () => {
      const v1 = JSON.stringify({
        uketsuke: 'clinic-settings',
        version: 1,
        facility: { consentTopics: ['treatment'], consentForm: 'all-at-once', ePrescription: true, smartphoneReader: true, cardEntry: 'tray', limitAmountScreen: false },
        idleSeconds: 60,
        staffCode: '',
      });
      const read = parseClinicFile(v1);
      expect(read.ok && read.clinic.facility.publicExpense).toBe(false);
    });

    it('and one that has it on keeps it on', () => {
      const on: ClinicSettings = { ...CLINIC, facility: { ...CLINIC.facility, publicExpense: true } };
      expect(clinicFileText(on)).toContain('"publicExpense": true');
      expect(parseClinicFile(clinicFileText(on))).toEqual({ ok: true, clinic: on });
    });
  });

  it('is refused when it is not JSON', () => {
    expect(parseClinicFile('{"uketsuke": "clinic-settings",')).toEqual({ ok: false, problem: { kind: 'json' } });
    expect(parseClinicFile('')).toEqual({ ok: false, problem: { kind: 'json' } });
  });

  it.each([
    ['another app’s JSON', '{"name": "my list", "items": []}'],
    ['a translation file', '{"ui": {"app": {"name": "Uketsuke"}}}'],
    ['another kind of Uketsuke file', '{"uketsuke": "preferences", "version": 1}'],
    ['an array', '[1, 2, 3]'],
    ['a bare string', '"clinic-settings"'],
    ['null', 'null'],
  ])('is refused as foreign when it is %s', (_, text) => {
    expect(parseClinicFile(text)).toEqual({ ok: false, problem: { kind: 'foreign' } });
  });

  it('is refused, with the version, when a newer format wrote it', () => {
    expect(parseClinicFile(withField('version', 3))).toEqual({ ok: false, problem: { kind: 'newer', version: 3 } });
  });

  it.each([
    ['version', 0],
    ['version', '1'],
    ['version', 1.5],
    ['facility', 'tray'],
    ['facility', null],
    ['facility.consentTopics', ['treatment', 'dentistry']],
    ['facility.consentTopics', ['treatment', 'treatment']],
    ['facility.consentTopics', 'treatment'],
    ['facility.software', 'sometimes'],
    ['facility.software', 'before-2024'],
    ['facility.ePrescription', 'yes'],
    ['facility.smartphoneReader', 1],
    ['facility.cardEntry', 'conveyor'],
    ['facility.consentTopics', ['treatment', 'medicine']],
    ['idleSeconds', 10],
    ['idleSeconds', 601],
    ['idleSeconds', 60.5],
    ['idleSeconds', '60'],
    ['staffCode', '123'],
    ['staffCode', '123456789'],
    ['staffCode', '12a4'],
    ['staffCode', 1234],
    ['facility.publicExpense', 'yes'],
    ['facility.publicExpense', null],
  ])('is refused, naming the field, when %s is %j', (field, value) => {
    expect(parseClinicFile(withField(field, value))).toEqual({ ok: false, problem: { kind: 'field', field } });
  });

  it.each(['version', 'facility', 'facility.consentTopics', 'facility.cardEntry', 'facility.software', 'idleSeconds', 'staffCode'])(
    'is refused, naming the field, when %s is missing',
    (field) => {
      expect(parseClinicFile(withoutField(field))).toEqual({ ok: false, problem: { kind: 'field', field } });
    },
  );

  it('accepts the ends of the ranges, no staff code, no consent topics, topics in any order, a byte order mark, and fields it does not know', () => {
    const file = { ...good(), idleSeconds: 20, staffCode: '', note: 'set up by the office', facility: { ...DEFAULT_SETTINGS, consentTopics: [] } };
    expect(parseClinicFile(`\uFEFF${JSON.stringify(file)}`)).toEqual({
      ok: true,
      clinic: { facility: { ...DEFAULT_SETTINGS, consentTopics: [] }, idleSeconds: 20, staffCode: '' },
    });
    expect(parseClinicFile(withField('idleSeconds', 600))).toMatchObject({ ok: true, clinic: { idleSeconds: 600 } });
    expect(parseClinicFile(withField('staffCode', '12345678'))).toMatchObject({ ok: true, clinic: { staffCode: '12345678' } });
    expect(parseClinicFile(withField('facility.consentTopics', ['checkup', 'treatment']))).toMatchObject({
      ok: true,
      clinic: { facility: { consentTopics: ['treatment', 'checkup'] } },
    });
  });

  it('is refused as foreign, unread, when it is far too large to be one', async () => {
    const large = new Blob([clinicFileText(CLINIC), ' '.repeat(MAX_CLINIC_FILE_BYTES)]);
    expect(await readClinicFile(large)).toEqual({ ok: false, problem: { kind: 'foreign' } });
    expect(await readClinicFile(new Blob([clinicFileText(CLINIC)]))).toEqual({ ok: true, clinic: CLINIC });
  });
});

describe('clinic settings kept on the tablet', () => {
  it('come back as they were saved, under their own key', () => {
    const storage = memory();
    expect(saveClinic(() => storage, CLINIC)).toBe(true);
    expect([...storage.data.keys()]).toEqual([CLINIC_STORAGE_KEY]);
    expect(loadClinic(() => storage)).toEqual({ clinic: CLINIC, storageWorks: true });
  });

  it('are the defaults on a tablet that kept none', () => {
    expect(loadClinic(() => memory())).toEqual({ clinic: DEFAULT_CLINIC, storageWorks: true });
  });

  it('lose only the damaged field of a damaged entry', () => {
    const kept = readStoredClinic({
      facility: { ...CLINIC.facility, cardEntry: 'conveyor', consentTopics: ['checkup', 'dentistry'] },
      idleSeconds: 5,
      staffCode: '2580',
    });
    expect(kept).toEqual({
      facility: { ...CLINIC.facility, cardEntry: DEFAULT_SETTINGS.cardEntry, consentTopics: ['checkup'] },
      idleSeconds: DEFAULT_CLINIC.idleSeconds,
      staffCode: '2580',
    });
    expect(readStoredClinic({ ...CLINIC, staffCode: '12' })).toEqual({ ...CLINIC, staffCode: '' });
    expect(readStoredClinic({ ...CLINIC, facility: 'x' })).toEqual({ ...CLINIC, facility: DEFAULT_SETTINGS });
    expect(readStoredClinic('garbage')).toEqual(DEFAULT_CLINIC);
  });

  it('are the defaults after an entry that is not JSON, with storage still working', () => {
    const storage = memory();
    storage.data.set(CLINIC_STORAGE_KEY, '{"facility": {');
    expect(loadClinic(() => storage)).toEqual({ clinic: DEFAULT_CLINIC, storageWorks: true });
  });

  it('say so when the browser refuses storage, instead of failing', () => {
    expect(loadClinic(refusing)).toEqual({ clinic: DEFAULT_CLINIC, storageWorks: false });
    expect(saveClinic(refusing, CLINIC)).toBe(false);
  });
});

describe('a staff code', () => {
  it('is none, or 4 to 8 digits', () => {
    expect(['', '0000', '12345678'].every(isStaffCode)).toBe(true);
    expect(['123', '123456789', '12 34', '１２３４', 'abcd'].some(isStaffCode)).toBe(false);
  });

  it('is read from what staff type on a Japanese keyboard, full-width digits, spaces and hyphens and all', () => {
    expect(typedStaffCode('１２３４')).toBe('1234');
    expect(typedStaffCode(' 12-34 56 ')).toBe('123456');
  });
});
