import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store.ts';
import { SOURCE_LANGUAGE, findLanguage } from './languages.ts';

/** The device's own Japanese, whatever language the visitor reads. */
export function useDeviceT() {
  return useTranslation('translation', { lng: SOURCE_LANGUAGE }).t;
}

/** The visitor's language for the help layer, with its direction for `dir`. */
export function useVisitorT() {
  const language = useUiStore((store) => store.language);
  const { t } = useTranslation('translation', { lng: language });
  return { t, language, dir: findLanguage(language)?.dir ?? 'ltr' } as const;
}
