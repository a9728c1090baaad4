import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, findLanguage } from '../i18n/languages.ts';
import type { PhraseKey } from '../screens/phrases.ts';
import { SpeakButton } from '../overlay/speak-button.tsx';
import { useTranslate } from '../overlay/translated-text.tsx';

/**
 * Each phrase read aloud: in Japanese (so the patient hears what staff will say) once the
 * Japanese has arrived, and in the patient's language, or in English where that language has no
 * text yet, with a voice of the language the text is really in.
 */
export function PhraseSpeakers({ phrase, language }: { readonly phrase: PhraseKey; readonly language: string }) {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const patient = translate(phrase, language);
  const japanese = translate(phrase, SOURCE_LANGUAGE);
  return (
    <>
      {i18n.exists(phrase, { lng: SOURCE_LANGUAGE, fallbackLng: false }) ? (
        <span className="phrase-speaker">
          <SpeakButton text={japanese.text} lang={SOURCE_LANGUAGE} caption={nameOf(SOURCE_LANGUAGE)} />
        </span>
      ) : null}
      {language === SOURCE_LANGUAGE ? null : (
        <span className="phrase-speaker">
          <SpeakButton text={patient.text} lang={patient.lang} caption={nameOf(patient.lang)} />
        </span>
      )}
    </>
  );
}

/** Which language a speaker reads, seen under it: the language's own name, short. */
function nameOf(code: string): string {
  return findLanguage(code)?.name ?? code;
}
