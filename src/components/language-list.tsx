import { useEffect, useRef } from 'react';
import { LANGUAGES } from '../i18n/languages.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { chooseLanguage } from '../store/language-commands.ts';

/**
 * Every language as a big button, each named in its own script (never a flag: a flag is a
 * country, not a language), with its status said plainly. Shown first when the browser's
 * language is not one of Uketsuke's, and whenever the visitor asks to change language.
 */
export interface LanguageListProps {
  /** Offer to keep the current language and close (as when opened from the header); a preview asks for it. */
  readonly offerKeep?: boolean;
}

export function LanguageList({ offerKeep }: LanguageListProps) {
  const { t, language, dir } = useVisitorT();
  const state = useUiStore((store) => store.languageList);
  const setLanguageList = useUiStore((store) => store.setLanguageList);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened from the header, the list takes the place of the simulator: say so to keyboard
  // and screen-reader users by moving focus to its heading.
  useEffect(() => {
    if (state === 'open') heading.current?.focus();
  }, [state]);

  const choose = async (code: string) => {
    await chooseLanguage(code);
    // A language that failed to load leaves the list open, with the notice saying why.
    if (useUiStore.getState().language === code) setLanguageList('closed');
  };

  return (
    <section className="language-list" aria-labelledby="language-list-heading" lang={language} dir={dir}>
      <h2 id="language-list-heading" ref={heading} tabIndex={-1}>
        {t('ui.lang.choose')}
      </h2>
      <ul>
        {LANGUAGES.map((info) => (
          <li key={info.code}>
            <button
              type="button"
              className="language-choice"
              aria-current={info.code === language ? 'true' : undefined}
              onClick={() => void choose(info.code)}
            >
              <span className="language-name" lang={info.code} dir={info.dir}>
                {info.name}
              </span>{' '}
              <span className="language-status">
                <KnownAs code={info.code} name={info.name} language={language} />
                {t(`ui.lang.status.${info.status}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {(offerKeep ?? state === 'open') ? (
        <button type="button" className="help-button" onClick={() => setLanguageList('closed')}>
          {t('ui.lang.keep', { name: LANGUAGES.find((info) => info.code === language)?.name ?? language })}
        </button>
      ) : null}
    </section>
  );
}

/**
 * The language's name in the visitor's language, as the browser knows it (so a Vietnamese reader
 * also sees "Tiếng Nepal" under नेपाली), where that differs from its own name.
 */
function KnownAs({ code, name, language }: { readonly code: string; readonly name: string; readonly language: string }) {
  let knownAs: string | undefined;
  try {
    knownAs = code.includes('-x-') ? undefined : new Intl.DisplayNames([language, 'en'], { type: 'language' }).of(code);
  } catch {
    knownAs = undefined;
  }
  if (knownAs === undefined || knownAs === name || knownAs === code) return null;
  return (
    <>
      <span className="language-known-as">{knownAs}</span>
      {' · '}
    </>
  );
}
