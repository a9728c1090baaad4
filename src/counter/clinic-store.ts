import { create } from 'zustand';
import { browserStorage } from '../storage/safe-storage.ts';
import { DEFAULT_CLINIC, loadClinic, saveClinic, type ClinicSettings } from './clinic-settings.ts';

/** The counter tablet's clinic settings while the counter is open (loaded and kept by the counter). */
export interface ClinicStore {
  readonly clinic: ClinicSettings;
  /** Read from the tablet's storage yet (the counter draws nothing until they are). */
  readonly loaded: boolean;
  /** False when the browser refuses storage: the settings then last as long as the page. */
  readonly storageWorks: boolean;
  readonly setClinic: (clinic: ClinicSettings) => void;
  /** Reads the kept settings, once per page. */
  readonly load: () => void;
  /** Sets and keeps them; says whether the tablet kept them. */
  readonly change: (clinic: ClinicSettings) => boolean;
}

export const useClinicStore = create<ClinicStore>()((set, get) => ({
  clinic: DEFAULT_CLINIC,
  loaded: false,
  storageWorks: true,
  setClinic: (clinic) => set({ clinic }),
  load: () => {
    if (get().loaded) return;
    const { clinic, storageWorks } = loadClinic(browserStorage);
    set({ clinic, storageWorks, loaded: true });
  },
  change: (clinic) => {
    const saved = saveClinic(browserStorage, clinic);
    set({ clinic, storageWorks: saved });
    return saved;
  },
}));
