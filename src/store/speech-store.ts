import { create } from 'zustand';
import { chooseVoice } from '../i18n/speech-voices.ts';
import { useUiStore } from './ui-store.ts';

/**
 * Reading a text aloud with the browser's own speech (`window.speechSynthesis`): nothing is
 * sent anywhere by us, and a text is only read by a voice of its own language
 * (`i18n/speech-voices.ts`). One text is read at a time, as the browser does.
 */

/** The browser's speech, or null where it has none. */
export function speechApi(): { synthesis: SpeechSynthesis; Utterance: typeof SpeechSynthesisUtterance } | null {
  if (typeof window === 'undefined') return null;
  // Typed as always there; some browsers (and privacy settings) leave them out.
  const { speechSynthesis: synthesis, SpeechSynthesisUtterance: Utterance } = window as Partial<Window & typeof globalThis>;
  return synthesis && Utterance ? { synthesis, Utterance } : null;
}

export const SPEECH_MISSING_NOTICE = 'speech-missing';

export interface SpeechStore {
  /** Whether the browser's voice list has been read and is being listened to. */
  readonly started: boolean;
  /** The device's voices as last reported: often empty at first, filled on `voiceschanged`. */
  readonly voices: readonly SpeechSynthesisVoice[];
  /** The control reading now (its id) and the utterance it started, or null. */
  readonly speaking: { readonly id: string; readonly utterance: SpeechSynthesisUtterance } | null;
  /** Reads the voice list and follows its changes; says once when the browser cannot speak. */
  readonly start: () => void;
  /**
   * Reads `text` (in `lang`) for the control `id`, or stops it if that control is reading.
   * Returns false, and reads nothing, when the device has no voice for the language.
   */
  readonly toggle: (id: string, text: string, lang: string) => boolean;
  /** Stops the control `id` if it is reading (a control that goes away stops its reading). */
  readonly stop: (id: string) => void;
}

export const useSpeechStore = create<SpeechStore>()((set, get) => ({
  started: false,
  voices: [],
  speaking: null,
  start: () => {
    if (get().started) return;
    set({ started: true });
    const api = speechApi();
    if (!api) {
      useUiStore.getState().notify({ id: SPEECH_MISSING_NOTICE, key: 'ui.speak.unavailable' });
      return;
    }
    const read = () => set({ voices: api.synthesis.getVoices() });
    // Chromium lists its voices only after this event; other browsers have them at once.
    api.synthesis.addEventListener('voiceschanged', read);
    read();
  },
  toggle: (id, text, lang) => {
    const api = speechApi();
    if (!api) return false;
    const current = get().speaking;
    if (current) {
      set({ speaking: null });
      api.synthesis.cancel();
      if (current.id === id) return true;
    }
    const voice = chooseVoice(get().voices, lang);
    if (!voice) return false;
    const utterance = new api.Utterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    const done = () => {
      if (get().speaking?.utterance === utterance) set({ speaking: null });
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    set({ speaking: { id, utterance } });
    api.synthesis.speak(utterance);
    return true;
  },
  stop: (id) => {
    if (get().speaking?.id !== id) return;
    set({ speaking: null });
    speechApi()?.synthesis.cancel();
  },
}));
