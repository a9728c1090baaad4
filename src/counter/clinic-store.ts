import { create } from 'zustand';
import { DEFAULT_CLINIC, type ClinicSettings } from './clinic-settings.ts';

/** The counter tablet's clinic settings while the counter is open (loaded and kept by the counter). */
export interface ClinicStore {
  readonly clinic: ClinicSettings;
  readonly setClinic: (clinic: ClinicSettings) => void;
}

export const useClinicStore = create<ClinicStore>()((set) => ({
  clinic: DEFAULT_CLINIC,
  setClinic: (clinic) => set({ clinic }),
}));
