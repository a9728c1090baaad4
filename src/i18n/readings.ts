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

let pending: Promise<void> | null = null;

export function loadReadings(): Promise<void> {
  pending ??= import('../../locales/ja.readings.json')
    .then((module) => useReadings.setState({ table: module.default, failed: false }))
    .catch(() => {
      pending = null;
      useReadings.setState({ failed: true });
    });
  return pending;
}

/** The reading of a device string; plural keys pick their form as i18next does for Japanese. */
export function readingOf(table: ReadingsState['table'], key: DeviceKey, count?: number): Reading | undefined {
  if (!table) return undefined;
  return table[key] ?? (count === undefined ? undefined : table[`${key}_${count === 1 ? 'one' : 'other'}`] ?? table[`${key}_other`]);
}
