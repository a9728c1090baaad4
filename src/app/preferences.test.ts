import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS } from '../flow/machine.ts';
import { loadPreferences, parsePreferences, savePreferences } from './preferences.ts';
import type { StorageLike } from '../storage/safe-storage.ts';
import { readLink, writeLink } from './deep-link.ts';

const memory = (): StorageLike & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('stored preferences', () => {
  it('come back as they were saved', () => {
    const storage = memory();
    const prefs = { language: 'en', settings: { ...DEFAULT_SETTINGS, cardEntry: 'slot' as const }, scenario: DEFAULT_SCENARIO };
    expect(savePreferences(() => storage, prefs)).toBe(true);
    expect(loadPreferences(() => storage)).toEqual({ preferences: prefs, storageWorks: true });
  });

  it('lose only the damaged field of a damaged entry', () => {
    const parsed = parsePreferences({ settings: { cardEntry: 'conveyor', ePrescription: false }, scenario: 'x' });
    expect(parsed.settings.cardEntry).toBe(DEFAULT_SETTINGS.cardEntry);
    expect(parsed.settings.ePrescription).toBe(false);
    expect(parsed.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('report storage that throws, instead of failing the app', () => {
    const refusing = (): StorageLike => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(loadPreferences(refusing).storageWorks).toBe(false);
    expect(savePreferences(refusing, { settings: DEFAULT_SETTINGS, scenario: DEFAULT_SCENARIO })).toBe(false);
  });

  it('never hold a PIN or anything typed on the keypad', () => {
    const storage = memory();
    savePreferences(() => storage, { language: 'en', settings: DEFAULT_SETTINGS, scenario: DEFAULT_SCENARIO });
    expect([...storage.data.values()].join()).not.toMatch(/pin"?\s*:/i);
  });
});

describe('links', () => {
  it('open a known screen in a known language', () => {
    expect(readLink('?screen=pin-entry&lang=en')).toEqual({ screen: 'pin-entry', language: 'en' });
  });

  it('report an unknown screen or language rather than guess', () => {
    expect(readLink('?screen=../../etc&lang=xx')).toEqual({ unknownScreen: '../../etc', unknownLanguage: 'xx' });
  });

  it('round-trip through the address bar', () => {
    expect(readLink(writeLink({ screen: 'consent-topic', language: 'ja', second: 'en', view: 'workbench' }))).toEqual({
      screen: 'consent-topic',
      language: 'ja',
      second: 'en',
      view: 'workbench',
    });
  });
});
