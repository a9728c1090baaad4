import { create } from 'zustand';
import type { UiKey } from '../i18n/keys.ts';

export interface Notice {
  readonly id: string;
  readonly key: UiKey;
  readonly value?: string;
}

export const READING_AIDS = ['none', 'furigana', 'romaji'] as const;
export type ReadingAid = (typeof READING_AIDS)[number];
/** The page shown: the practice, the translators' workbench, or the sheet to take to the clinic. */
export type View = 'simulator' | 'workbench' | 'sheet';

export interface UiStore {
  /** The visitor's language: the help layer and the first translation laid over the device. */
  readonly language: string;
  /** A second translation shown beside the first (a family reading two languages), or none. */
  readonly second: string | null;
  readonly reading: ReadingAid;
  readonly overlay: boolean;
  readonly view: View;
  readonly notices: readonly Notice[];
  readonly setLanguage: (language: string) => void;
  readonly setSecond: (second: string | null) => void;
  readonly setReading: (reading: ReadingAid) => void;
  readonly setOverlay: (overlay: boolean) => void;
  readonly setView: (view: View) => void;
  readonly notify: (notice: Notice) => void;
  readonly dismiss: (id: string) => void;
}

export const useUiStore = create<UiStore>()((set) => ({
  language: 'en',
  second: null,
  reading: 'none',
  overlay: true,
  view: 'simulator',
  notices: [],
  setLanguage: (language) => set((store) => ({ language, second: store.second === language ? null : store.second })),
  setSecond: (second) => set({ second }),
  setReading: (reading) => set({ reading }),
  setOverlay: (overlay) => set({ overlay }),
  setView: (view) => set({ view }),
  notify: (notice) =>
    set((store) => ({ notices: [...store.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((store) => ({ notices: store.notices.filter((n) => n.id !== id) })),
}));

/** The languages whose translations are laid over the device, in order, without Japanese. */
export function chipLanguages(store: Pick<UiStore, 'language' | 'second'>): string[] {
  const list = [store.language, ...(store.second ? [store.second] : [])];
  return list.filter((code, index) => code !== 'ja' && list.indexOf(code) === index);
}
