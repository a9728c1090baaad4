import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { VisitorOverrideContext, useVisitorT } from '../store/use-visitor-t.ts';

/**
 * The counter's own words, in Japanese (re-drawn when the Japanese file arrives): staff read
 * Japanese whatever the patient reads. In the translators' workbench's preview, in the language
 * being edited, so a translator sees their text.
 */
export function useStaffT() {
  const previewed = useContext(VisitorOverrideContext) !== null;
  const japanese = useTranslation('translation', { lng: SOURCE_LANGUAGE }).t;
  const visitor = useVisitorT().t;
  return previewed ? visitor : japanese;
}

/** The language `useStaffT` draws in: Japanese, or the language a workbench preview is drawn in. */
export function useStaffLanguage(): string {
  return useContext(VisitorOverrideContext)?.language ?? SOURCE_LANGUAGE;
}
