import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import type { FacilitySettings } from '../flow/types.ts';
import { readFacilitySettings } from './facility-settings.ts';

const CLINIC: FacilitySettings = {
  consentTopics: ['medication', 'surgery'],
  software: 'before-2024-10',
  ePrescription: false,
  smartphoneReader: false,
  cardEntry: 'slot',
  publicExpense: true,
};

describe('kept reader settings', () => {
  it('come back as they were kept', () => {
    expect(readFacilitySettings(JSON.parse(JSON.stringify(CLINIC)))).toEqual(CLINIC);
  });

  it.each([
    ['software', 'sometimes'],
    ['ePrescription', 'no'],
    ['smartphoneReader', null],
    ['cardEntry', 'conveyor'],
    ['consentTopics', 'surgery'],
    ['publicExpense', 'yes'],
  ] as const)('lose only %s when it is damaged (%j)', (field, value) => {
    expect(readFacilitySettings({ ...CLINIC, [field]: value })).toEqual({ ...CLINIC, [field]: DEFAULT_SETTINGS[field] });
  });

  it('keep the topics they know, in the reader’s order, and drop the others', () => {
    expect(readFacilitySettings({ ...CLINIC, consentTopics: ['checkup', 'dentistry', 'treatment'] }).consentTopics).toEqual(['treatment', 'checkup']);
  });

  it('kept before the reader could ask about subsidy certificates (PMH) have it off', () => {
    const before = Object.fromEntries(Object.entries(CLINIC).filter(([field]) => field !== 'publicExpense'));
    expect(readFacilitySettings(before)).toEqual({ ...CLINIC, publicExpense: false });
  });

  describe('kept by a version before the software generation', () => {
    const OLD = { consentTopics: ['treatment', 'surgery'], consentForm: 'all-at-once', ePrescription: true, smartphoneReader: true, cardEntry: 'tray', limitAmountScreen: false };

    it('split 診療・お薬 into its two topics, and keep the rest', () => {
      expect(readFacilitySettings(OLD)).toEqual({ ...DEFAULT_SETTINGS, consentTopics: ['treatment', 'medication', 'surgery'] });
    });

    it.each([
      [{ consentForm: 'all-at-once', limitAmountScreen: false }, 'since-2024-10'],
      [{ consentForm: 'per-topic', limitAmountScreen: false }, 'before-2024-10'],
      [{ consentForm: 'all-at-once', limitAmountScreen: true }, 'before-2024-10'],
      [{ consentForm: 'sometimes', limitAmountScreen: 0 }, 'since-2024-10'],
    ] as const)('read %o as the software %s', (fields, software) => {
      expect(readFacilitySettings({ ...OLD, ...fields }).software).toBe(software);
    });
  });

  it('are the defaults where nothing was kept, or something that is not settings', () => {
    for (const raw of [undefined, null, 'tray', [], {}]) expect(readFacilitySettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});
