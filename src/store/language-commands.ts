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
  const key = ({ unknown: 'ui.notice.unknownLanguage', failed: 'ui.notice.localeFailed', broken: 'ui.notice.localeBroken' } as const)[result.reason];
  useUiStore.getState().notify({ id: 'language', key, value: name });
  return false;
}

/**
 * Switches the visitor's language, loading it first. On failure (offline, a chunk gone after a
 * new version) the page stays in the language it is in, which is loaded, and says why.
 */
export async function chooseLanguage(code: string): Promise<void> {
  if (await ensureLanguage(code)) useUiStore.getState().setLanguage(code);
}

/** Shows a second translation beside the first, or none. */
export async function chooseSecond(code: string | null): Promise<void> {
  if (code === null || (await ensureLanguage(code))) useUiStore.getState().setSecond(code);
}

/**
 * Shows a reading aid for the Japanese. The readings are fetched first; if they cannot be
 * (offline), the aid stays as it was and the visitor is told, rather than a picker that says
 * furigana over Japanese that has none.
 */
export async function chooseReading(reading: ReadingAid): Promise<void> {
  if (reading !== 'none' && !(await loadReadings())) {
    useUiStore.getState().notify({ id: 'reading', key: 'ui.notice.readingsFailed' });
    return;
  }
  useUiStore.getState().setReading(reading);
}
