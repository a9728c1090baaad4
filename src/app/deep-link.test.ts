import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from './deep-link.ts';

describe('the link to the sheet', () => {
  it('opens the sheet in the language it names', () => {
    expect(readLink('?view=sheet&lang=vi')).toEqual({ view: 'sheet', language: 'vi' });
  });

  it('is written short: the page and the language, nothing of the practice', () => {
    expect(writeLink({ screen: 'pin-entry', language: 'my', second: 'en', view: 'sheet' })).toBe('?view=sheet&lang=my');
    expect(readLink(writeLink({ screen: 'pin-entry', language: 'my', view: 'sheet' }))).toEqual({ view: 'sheet', language: 'my' });
  });

  it('reports a language it does not know, and still opens the sheet', () => {
    expect(readLink('?view=sheet&lang=klingon')).toEqual({ view: 'sheet', unknownLanguage: 'klingon' });
  });

  it('ignores a view it does not know, as before: the practice opens', () => {
    expect(readLink('?view=poster&lang=vi')).toEqual({ language: 'vi' });
  });
});

describe('the link to the counter', () => {
  it('opens the counter by ?mode=counter, at the index when no screen is named', () => {
    expect(readLink('?mode=counter')).toEqual({ view: 'counter' });
    expect(writeLink({ screen: 'idle', language: 'ne', view: 'counter' })).toBe('?mode=counter&lang=ne');
  });

  it('names the screen shown to the patient, and reads it back', () => {
    const shown = writeLink({ screen: 'consent-all', language: 'ne', view: 'counter', counterShown: true });
    expect(shown).toBe('?mode=counter&screen=consent-all&lang=ne');
    expect(readLink(shown)).toEqual({ view: 'counter', screen: 'consent-all', language: 'ne' });
  });
});

describe('the link to the scan', () => {
  it('opens the scan in the language it names, written short like the sheet’s', () => {
    expect(readLink('?view=scan&lang=vi')).toEqual({ view: 'scan', language: 'vi' });
    expect(writeLink({ screen: 'pin-entry', language: 'vi', second: 'en', view: 'scan' })).toBe('?view=scan&lang=vi');
  });
});
