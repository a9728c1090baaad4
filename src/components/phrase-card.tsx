import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../flow/types.ts';
import { loadLanguage } from '../i18n/i18n.ts';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGE, directionOf } from '../i18n/languages.ts';
import { parseRuby } from '../i18n/ruby.ts';
import { phrasesFor, type PhraseKey } from '../screens/phrases.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { RubyText } from '../overlay/translated-text.tsx';
import './phrase-card.css';
// This page's English, which the first visit leaves out.
import '../i18n/english-later.ts';

/** Whether the Japanese of the phrases is here: the first visit carries only the device's Japanese. */
export type JapaneseState = 'ready' | 'loading' | 'failed';

/**
 * The phrases' Japanese, fetched with the rest of the help layer's Japanese when it is not in yet
 * (a visitor who never chose Japanese has only the terminal's own words).
 */
export function useJapanesePhrases(): JapaneseState {
  const { i18n } = useTranslation();
  const present = i18n.exists('ui.phrase.thankYou', { lng: SOURCE_LANGUAGE, fallbackLng: false });
  const [failed, setFailed] = useState(false);
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (present) return;
    let live = true;
    void loadLanguage(SOURCE_LANGUAGE, i18n).then((result) => {
      if (!live) return;
      if (result.ok) setArrived(true);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [present, i18n]);
  return present ? 'ready' : failed ? 'failed' : 'loading';
}

export interface PhraseCardProps {
  readonly phrase: PhraseKey;
  readonly japanese: JapaneseState;
  /** A control drawn beside the phrase, such as a button that reads it out (built elsewhere). */
  readonly speaker?: ReactNode;
}

/**
 * One thing staff say, large enough to read across a desk: the Japanese they say, and under it
 * the same in the patient's language. Where that language has no text yet, the English is shown
 * and marked `lang="en"`, so a screen reader does not read English with another voice.
 */
export function PhraseCard({ phrase, japanese, speaker }: PhraseCardProps) {
  const { i18n } = useTranslation();
  const { t, language } = useVisitorT();
  const has = i18n.exists(phrase, { lng: language, fallbackLng: false });
  const lang = has ? language : FALLBACK_LANGUAGE;
  // The visitor's `t` (with the workbench's marks when previewed), furigana kept for Easy Japanese.
  const visitor = t(phrase, { postProcess: [] });
  return (
    <li className="phrase-card">
      <div className="phrase-card-text">
        {japanese === 'ready' ? (
          <p lang={SOURCE_LANGUAGE} dir="ltr" className="phrase-card-ja">
            {i18n.getFixedT(SOURCE_LANGUAGE)(phrase)}
          </p>
        ) : (
          // The list says once why the Japanese is not here (PhraseCards); each card keeps its place.
          <p className="phrase-card-ja phrase-card-pending" aria-hidden="true">
            …
          </p>
        )}
        {language === SOURCE_LANGUAGE ? null : (
          <p lang={lang} dir={directionOf(lang)} className="phrase-card-visitor">
            <RubyText parts={parseRuby(visitor)} />
          </p>
        )}
      </div>
      {speaker === undefined ? null : <div className="phrase-card-speaker">{speaker}</div>}
    </li>
  );
}

export interface PhraseCardsProps {
  readonly screen: ScreenId;
  /** The speaker control for each phrase, if any (another part of the counter view builds it). */
  readonly speaker?: (phrase: PhraseKey) => ReactNode;
  /** Draws the Japanese as loading or missing, for the workbench's preview of those messages. */
  readonly japaneseShown?: JapaneseState;
}

/** The phrase cards for one reader screen: its own phrases first, then the ones for any screen. */
export function PhraseCards({ screen, speaker, japaneseShown }: PhraseCardsProps) {
  const { t, language, dir } = useVisitorT();
  const loaded = useJapanesePhrases();
  const japanese = japaneseShown ?? loaded;
  return (
    <section className="phrase-cards" aria-labelledby="phrase-cards-heading" lang={language} dir={dir}>
      <h2 id="phrase-cards-heading">{t('ui.phrase.heading')}</h2>
      {japanese === 'ready' ? null : (
        <p className="phrase-card-pending" role={japanese === 'failed' ? 'alert' : 'status'}>
          {t(japanese === 'failed' ? 'ui.phrase.japaneseFailed' : 'ui.phrase.japaneseLoading')}
        </p>
      )}
      <ol className="phrase-list">
        {phrasesFor(screen).map((phrase) => (
          <PhraseCard key={phrase} phrase={phrase} japanese={japanese} {...(speaker ? { speaker: speaker(phrase) } : {})} />
        ))}
      </ol>
    </section>
  );
}
