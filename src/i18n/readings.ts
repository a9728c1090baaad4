import { create } from 'zustand';
import type { DeviceKey } from './keys.ts';

export interface Reading {
  readonly ruby: string;
  readonly romaji: string;
}

interface ReadingsState {
  readonly table: Readonly<Record<string, Reading | undefined>> | null;
  readonly failed: boolean;
}

/** Furigana and romaji for the device's Japanese: fetched only once a reading aid is chosen. */
export const useReadings = create<ReadingsState>()(() => ({ table: null, failed: false }));

let fetched: Promise<ReadingsState['table']> | null = null;

/** Fetches the table once (again after a failure), and puts it in the store every time. */
export function loadReadings(): Promise<boolean> {
  fetched ??= import('../../locales/ja.readings.json').then((module) => module.default);
  return fetched.then(
    (table) => {
      useReadings.setState({ table, failed: false });
      return true;
    },
    () => {
      fetched = null;
      useReadings.setState({ failed: true });
      return false;
    },
  );
}

/** The reading of a device string; plural keys pick their form as i18next does for Japanese. */
export function readingOf(table: ReadingsState['table'], key: DeviceKey, count?: number): Reading | undefined {
  if (!table) return undefined;
  return table[key] ?? (count === undefined ? undefined : table[`${key}_${count === 1 ? 'one' : 'other'}`] ?? table[`${key}_other`]);
}
