import { loadLanguage } from '../i18n/i18n.ts';
import { findLanguage } from '../i18n/languages.ts';
import { loadReadings } from '../i18n/readings.ts';
import { useUiStore, type ReadingAid } from './ui-store.ts';

/**
 * What the visitor does to how they read: each command loads what it needs first, and only
 * then changes the store, so the page never shows a language or reading aid that is not there.
 */

/** Loads a language's strings; on failure says why, by name, and returns false. */
async function ensureLanguage(code: string): Promise<boolean> {
  const result = await loadLanguage(code);
  if (result.ok) return true;
  const name = findLanguage(code)?.english ?? code;
  useUiStore
    .getState()
    .notify({ id: 'language', key: result.reason === 'unknown' ? 'ui.notice.unknownLanguage' : 'ui.notice.localeFailed', value: name });
  return false;
}

/** Switches the visitor's language, loading it first; on failure keeps English. */
export async function chooseLanguage(code: string): Promise<void> {
  useUiStore.getState().setLanguage((await ensureLanguage(code)) ? code : 'en');
}

/** Shows a second translation beside the first, or none. */
export async function chooseSecond(code: string | null): Promise<void> {
  if (code === null || (await ensureLanguage(code))) useUiStore.getState().setSecond(code);
}

export function chooseReading(reading: ReadingAid): void {
  useUiStore.getState().setReading(reading);
  if (reading !== 'none') void loadReadings();
}
