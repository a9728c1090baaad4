import { createContext, useContext, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseVoice, spokenLanguageName } from '../i18n/speech-voices.ts';
import { speechApi, useSpeechStore } from '../store/speech-store.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';

/** What a speaker control shows: ready to read, reading (press to stop), or no voice for the language. */
export type SpeakState = 'idle' | 'speaking' | 'noVoice';

/**
 * Lets a preview (the translators' workbench) draw speaker buttons in a given state, whatever
 * the browser it runs in can say, and without speaking.
 */
export const SpeakPreviewContext = createContext<SpeakState | null>(null);

export interface Speaker {
  /** False where the browser cannot speak at all: draw no speaker control. */
  readonly shown: boolean;
  readonly state: SpeakState;
  /** The control's name in the visitor's language: "Read aloud in Vietnamese", or "Stop reading aloud". */
  readonly label: string;
  /** What to say beside the control: "No Burmese voice on this device…", or ''. */
  readonly message: string;
  readonly press: () => void;
}

/**
 * Reads `text` (written in `lang`) aloud with the device's voice for that language. The
 * counter's phrase cards and this panel's prompts use the same hook.
 */
export function useSpeaker(text: string, lang: string): Speaker {
  const preview = useContext(SpeakPreviewContext);
  const { t, language } = useVisitorT();
  const { i18n } = useTranslation();
  const id = useId();
  const start = useSpeechStore((store) => store.start);
  const toggle = useSpeechStore((store) => store.toggle);
  const stop = useSpeechStore((store) => store.stop);
  const speaking = useSpeechStore((store) => store.speaking?.id === id);
  const hasVoice = useSpeechStore((store) => chooseVoice(store.voices, lang) !== null);
  // Pressed with no voice for the language: said until a voice arrives or the text changes.
  const [asked, setAsked] = useState<string | null>(null);

  useEffect(() => {
    if (preview === null) start();
  }, [preview, start]);
  // A control that goes away (another screen's prompts) stops what it was reading.
  useEffect(() => () => stop(id), [id, stop, text, lang]);

  // Named in the language the sentence is in: English where the visitor's lacks it, so no
  // "Read aloud in Tiếng Nhật" while a translation is missing.
  const sentenceIn = i18n.exists('ui.speak.read', { lng: language, fallbackLng: false }) ? language : 'en';
  const name = spokenLanguageName(lang, sentenceIn);
  const state: SpeakState = preview ?? (speaking ? 'speaking' : asked === `${lang}\n${text}` && !hasVoice ? 'noVoice' : 'idle');
  return {
    shown: preview !== null || speechApi() !== null,
    state,
    label: state === 'speaking' ? t('ui.speak.stop') : t('ui.speak.read', { language: name }),
    message: state === 'noVoice' ? t('ui.speak.noVoice', { language: name }) : '',
    press: () => {
      if (preview !== null) return;
      setAsked(toggle(id, text, lang) ? null : `${lang}\n${text}`);
    },
  };
}

export interface SpeakButtonProps {
  /** The text to read, as plain text (no furigana markup). */
  readonly text: string;
  /** The language it is written in (BCP 47, as our locale codes). */
  readonly lang: string;
  /**
   * A short caption seen under the button (the language's own name, where two speakers sit side
   * by side). Seen only: the button's own name already says which language it reads.
   */
  readonly caption?: string;
}

/**
 * A speaker button that reads a text aloud, and stops when pressed again. Where the device has
 * no voice for the language it says so beside itself; where the browser cannot speak at all it
 * is not drawn (and the page says so once).
 */
export function SpeakButton({ text, lang, caption }: SpeakButtonProps) {
  const speaker = useSpeaker(text, lang);
  if (!speaker.shown) return null;
  return (
    <>
      <button type="button" className={`speak-button ${speaker.state}`} aria-label={speaker.label} title={speaker.label} onClick={speaker.press}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          {speaker.state === 'speaking' ? (
            <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
          ) : (
            <path
              d="M4 9h4l5-4v14l-5-4H4z M16 8.5a5 5 0 0 1 0 7 M18.5 6a8.5 8.5 0 0 1 0 12"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          )}
        </svg>
      </button>
      {caption === undefined ? null : (
        <span className="speak-caption" aria-hidden="true" lang={lang}>
          {caption}
        </span>
      )}
      <span className="speak-message" role="status">
        {speaker.message}
      </span>
    </>
  );
}
