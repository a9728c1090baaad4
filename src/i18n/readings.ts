import { create } from 'zustand';
import readingsUrl from '../../locales/ja.readings.json?url';
import { fetchJsonObject } from './i18n.ts';
import type { DeviceKey } from './keys.ts';

export interface Reading {
  readonly ruby: string;
  readonly romaji: string;
}

interface ReadingsState {
  readonly table: Readonly<Record<string, Reading | undefined>> | null;
}

/** Furigana and romaji for the device's Japanese: fetched only once a reading aid is chosen. */
export const useReadings = create<ReadingsState>()(() => ({ table: null }));

type Table = NonNullable<ReadingsState['table']>;
let fetched: Promise<Table | null> | null = null;

/**
 * Fetches the table once (again after a failure: fetched, not imported, so that it can be), and
 * puts it in the store every time. Resolves to whether the readings are there.
 */
export async function loadReadings(): Promise<boolean> {
  fetched ??= fetchJsonObject(readingsUrl).then((outcome) =>
    // The file is checked by the locale tests: every entry has ruby and romaji strings.
    outcome.ok ? (outcome.value as Table) : null,
  );
  const table = await fetched;
  if (table === null) {
    fetched = null;
    return false;
  }
  useReadings.setState({ table });
  return true;
}

/** The reading of a device string; plural keys pick their form as i18next does for Japanese. */
export function readingOf(table: ReadingsState['table'], key: DeviceKey, count?: number): Reading | undefined {
  if (!table) return undefined;
  return table[key] ?? (count === undefined ? undefined : table[`${key}_${count === 1 ? 'one' : 'other'}`] ?? table[`${key}_other`]);
}
