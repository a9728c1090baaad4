import { useTranslation } from 'react-i18next';
import { directionOf } from '../i18n/languages.ts';
import { useUiStore } from './ui-store.ts';

/** The visitor's language for the help layer, with its direction for `dir`. */
export function useVisitorT() {
  const language = useUiStore((store) => store.language);
  const { t } = useTranslation('translation', { lng: language });
  return { t, language, dir: directionOf(language) } as const;
}
