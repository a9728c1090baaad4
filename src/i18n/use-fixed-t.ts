import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from './languages.ts';

/** The device's own Japanese, whatever language the visitor reads. */
export function useDeviceT() {
  return useTranslation('translation', { lng: SOURCE_LANGUAGE }).t;
}
