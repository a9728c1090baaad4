import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import type { FacilitySettings } from '../flow/types.ts';
import { readFacilitySettings } from './facility-settings.ts';

const CLINIC: FacilitySettings = {
  consentTopics: ['surgery'],
  consentForm: 'per-topic',
  ePrescription: false,
  smartphoneReader: false,
  cardEntry: 'slot',
  limitAmountScreen: true,
};

describe('kept reader settings', () => {
  it('come back as they were kept', () => {
    expect(readFacilitySettings(JSON.parse(JSON.stringify(CLINIC)))).toEqual(CLINIC);
  });

  it.each([
    ['consentForm', 'sometimes'],
    ['ePrescription', 'no'],
    ['smartphoneReader', null],
    ['cardEntry', 'conveyor'],
    ['limitAmountScreen', 0],
    ['consentTopics', 'surgery'],
  ] as const)('lose only %s when it is damaged (%j)', (field, value) => {
    expect(readFacilitySettings({ ...CLINIC, [field]: value })).toEqual({ ...CLINIC, [field]: DEFAULT_SETTINGS[field] });
  });

  it('keep the topics they know, in the reader’s order, and drop the others', () => {
    expect(readFacilitySettings({ ...CLINIC, consentTopics: ['checkup', 'dentistry', 'treatment'] }).consentTopics).toEqual(['treatment', 'checkup']);
  });

  it('are the defaults where nothing was kept, or something that is not settings', () => {
    for (const raw of [undefined, null, 'tray', [], {}]) expect(readFacilitySettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});
