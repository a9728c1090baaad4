import { create } from 'zustand';
import type { UiKey } from '../i18n/keys.ts';

export interface Notice {
  readonly id: string;
  readonly key: UiKey;
  readonly value?: string;
}

export interface UiStore {
  /** The language of the help layer and the translations laid over the device. */
  readonly language: string;
  readonly overlay: boolean;
  readonly notices: readonly Notice[];
  readonly setLanguage: (language: string) => void;
  readonly setOverlay: (overlay: boolean) => void;
  readonly notify: (notice: Notice) => void;
  readonly dismiss: (id: string) => void;
}

export const useUiStore = create<UiStore>()((set) => ({
  language: 'en',
  overlay: true,
  notices: [],
  setLanguage: (language) => set({ language }),
  setOverlay: (overlay) => set({ overlay }),
  notify: (notice) =>
    set((store) => ({ notices: [...store.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((store) => ({ notices: store.notices.filter((n) => n.id !== id) })),
}));
