import { useId, useMemo, type ReactNode } from 'react';
import { LANGUAGES, SOURCE_LANGUAGE, isPseudo } from '../i18n/languages.ts';
import { chooseLanguage } from '../store/language-commands.ts';
import { useUiStore } from '../store/ui-store.ts';
import { useStaffT } from './staff-t.ts';

export interface PatientLanguagesProps {
  /** A row under a shown screen rather than the home's grid. */
  readonly compact?: boolean;
  /** The list's heading; staff's "the patient's language" unless given. */
  readonly heading?: ReactNode;
  /** The id of a heading elsewhere that names the list (then it draws none of its own). */
  readonly labelledBy?: string;
  /** Also shows each language's Japanese name (for staff); the patient's own view leaves it out. */
  readonly japaneseNames?: boolean;
  /** Told once the chosen language is in. */
  readonly onChosen?: (code: string) => void;
  /** Marks the language in use as pressed (false where nothing is chosen yet, for a new patient). */
  readonly showPressed?: boolean;
}

/** The patient's language as big buttons, each in its own script, with its Japanese name for staff. */
export function PatientLanguages({ compact = false, heading, labelledBy, japaneseNames = true, onChosen, showPressed = true }: PatientLanguagesProps) {
  const headingId = useId();
  const t = useStaffT();
  const language = useUiStore((store) => store.language);
  const names = useMemo(() => japaneseNamesOf(), []);
  return (
    <section className={compact ? 'counter-languages compact' : 'counter-languages'} aria-labelledby={labelledBy ?? headingId}>
      {labelledBy === undefined ? <h3 id={headingId}>{heading ?? t('ui.counter.language.heading')}</h3> : null}
      <ul>
        {LANGUAGES.filter((info) => info.code !== SOURCE_LANGUAGE && !isPseudo(info.code)).map((info) => {
          const japanese = japaneseNames ? names(info.code, info.name) : undefined;
          return (
            <li key={info.code}>
              <button
                type="button"
                className="counter-language"
                aria-pressed={showPressed && info.code === language}
                onClick={() => void chooseLanguage(info.code).then(() => chosen(info.code, onChosen))}
              >
                <span className="counter-language-own" lang={info.code} dir={info.dir}>
                  {info.name}
                </span>
                {japanese ? <span className="counter-language-ja">{japanese}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Tells `onChosen` only if the language came in (a file that cannot be fetched leaves the choice as it was). */
function chosen(code: string, onChosen?: (code: string) => void) {
  if (useUiStore.getState().language === code) onChosen?.(code);
}

/** The language's Japanese name from the browser, where it has one that differs from its own. */
function japaneseNamesOf(): (code: string, own: string) => string | undefined {
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([SOURCE_LANGUAGE], { type: 'language' });
  } catch {
    display = undefined;
  }
  return (code, own) => {
    if (display === undefined || code.includes('-x-')) return undefined;
    const name = display.of(code);
    return name === undefined || name === own || name === code ? undefined : name;
  };
}
