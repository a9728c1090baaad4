import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { directionOf } from '../i18n/languages.ts';
import { useUiStore } from './ui-store.ts';

/**
 * Lets a preview (the translators' workbench) draw the help layer in the language being edited
 * rather than the visitor's, with one key's text marked so the preview can find where it landed.
 */
export interface VisitorOverride {
  readonly language: string;
  /** A key (without plural suffix) whose text is wrapped in PREVIEW_MARK, or null. */
  readonly marked: string | null;
}

export const VisitorOverrideContext = createContext<VisitorOverride | null>(null);

/**
 * Invisible (default-ignorable) characters around a marked key's text. They never occur in a
 * locale string, so finding them in the drawn page finds exactly that key's text.
 */
export const PREVIEW_MARK = { start: '\u2063\u2064', end: '\u2064\u2063' } as const;

type VisitorT = TFunction;

function marking(t: VisitorT, marked: string): VisitorT {
  const call = t as unknown as (...args: unknown[]) => unknown; // t's overloads, called with its own arguments
  const wrapped = (...args: unknown[]): unknown => {
    const text = call(...args);
    return args[0] === marked && typeof text === 'string' ? `${PREVIEW_MARK.start}${text}${PREVIEW_MARK.end}` : text;
  };
  // Called exactly as t is, and returns what t returns (one key's text with invisible marks).
  return Object.assign(wrapped, t);
}

/** react-i18next reads this per hook (its options over the instance's), though its types leave it out. */
const STILL = { bindI18nStore: '' };

export interface VisitorTOptions {
  /**
   * Re-render when strings are added to i18next (a language arriving, a translator's edit); the
   * default. The workbench's hundreds of rows opt out: each edit would re-render them all.
   */
  readonly live?: boolean;
}

/** The visitor's language for the help layer, with its direction for `dir`. */
export function useVisitorT({ live = true }: VisitorTOptions = {}) {
  const override = useContext(VisitorOverrideContext);
  const stored = useUiStore((store) => store.language);
  const language = override?.language ?? stored;
  const { t } = useTranslation('translation', live ? { lng: language } : { ...STILL, lng: language });
  const marked = override?.marked ?? null;
  const shown = useMemo(() => (marked === null ? t : marking(t, marked)), [t, marked]);
  return { t: shown, language, dir: directionOf(language) } as const;
}
