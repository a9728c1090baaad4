import { create } from 'zustand';
import type { UiKey } from '../i18n/keys.ts';
import type { PracticeId } from '../screens/practices.ts';

export interface Notice {
  readonly id: string;
  readonly key: UiKey;
  readonly value?: string;
  /** A button beside the message that does what it offers ("Update now"); Dismiss is always there. */
  readonly action?: NoticeAction;
}

export interface NoticeAction {
  readonly key: UiKey;
  readonly run: () => void;
}

export const READING_AIDS = ['none', 'furigana', 'romaji'] as const;
export type ReadingAid = (typeof READING_AIDS)[number];
/**
 * The page shown: the practice, the translators' workbench, the sheet to take to the clinic, or
 * the counter (reception staff show a patient the screen they are stuck on, translated), or the
 * scan (a patient at the real reader points the phone at it and is told which screen it is).
 */
export type View = 'simulator' | 'workbench' | 'sheet' | 'counter' | 'scan';

export interface UiStore {
  /** The visitor's language: the help layer and the first translation laid over the device. */
  readonly language: string;
  /** A second translation shown beside the first (a family reading two languages), or none. */
  readonly second: string | null;
  readonly reading: ReadingAid;
  readonly overlay: boolean;
  readonly view: View;
  /**
   * The big language list: closed, shown first because the browser's language is not one of
   * ours ('first': nothing else is drawn until a language is chosen), or opened from the header.
   */
  readonly languageList: 'closed' | 'first' | 'open';
  /** The folded part of the simulator (screen text, card and insurance, clinic, display) is open. */
  readonly moreOpen: boolean;
  /** The named rehearsal the visitor chose, said in the next-step bar; none after a free change. */
  readonly practice: PracticeId | null;
  readonly notices: readonly Notice[];
  /** At the counter: the chosen screen is shown to the patient (true) or staff are at the index. */
  readonly counterShown: boolean;
  /**
   * At the counter: the tablet is handed to the patient (a locked view: languages, the screen,
   * phrase cards; no settings, no header), until staff come back with a long press.
   */
  readonly counterHandedOver: boolean;
  readonly setLanguage: (language: string) => void;
  readonly setSecond: (second: string | null) => void;
  readonly setReading: (reading: ReadingAid) => void;
  readonly setOverlay: (overlay: boolean) => void;
  readonly setView: (view: View) => void;
  readonly setLanguageList: (state: UiStore['languageList']) => void;
  readonly setMoreOpen: (open: boolean) => void;
  readonly setPractice: (practice: PracticeId | null) => void;
  readonly setCounterShown: (shown: boolean) => void;
  readonly setCounterHandedOver: (handedOver: boolean) => void;
  readonly notify: (notice: Notice) => void;
  readonly dismiss: (id: string) => void;
}

export const useUiStore = create<UiStore>()((set) => ({
  language: 'en',
  second: null,
  reading: 'none',
  overlay: true,
  view: 'simulator',
  languageList: 'closed',
  moreOpen: false,
  practice: null,
  notices: [],
  counterShown: false,
  counterHandedOver: false,
  setLanguage: (language) => set((store) => ({ language, second: store.second === language ? null : store.second })),
  setSecond: (second) => set({ second }),
  setReading: (reading) => set({ reading }),
  setOverlay: (overlay) => set({ overlay }),
  setView: (view) => set({ view }),
  setLanguageList: (languageList) => set({ languageList }),
  setMoreOpen: (moreOpen) => set({ moreOpen }),
  setPractice: (practice) => set({ practice }),
  setCounterShown: (counterShown) => set({ counterShown }),
  setCounterHandedOver: (counterHandedOver) => set({ counterHandedOver }),
  notify: (notice) =>
    set((store) => ({ notices: [...store.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((store) => ({ notices: store.notices.filter((n) => n.id !== id) })),
}));

/** The languages whose translations are laid over the device, in order, without Japanese. */
export function chipLanguages(store: Pick<UiStore, 'language' | 'second'>): string[] {
  const list = [store.language, ...(store.second ? [store.second] : [])];
  return list.filter((code, index) => code !== 'ja' && list.indexOf(code) === index);
}
