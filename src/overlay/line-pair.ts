import type { DeviceKey } from '../i18n/keys.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { useTranslate, type Translation } from './translated-text.tsx';

export interface LinePair {
  readonly japanese: string;
  readonly translation: Translation;
  /** False where a second copy would say nothing: for a Japanese reader, or a name the same in every language. */
  readonly shown: boolean;
}

/** A line of the reader in its Japanese and in the visitor's language, as the sheet and the scan's answer pair them. */
export function useLinePair(key: DeviceKey, values: Readonly<Record<string, string | number>> = {}): LinePair {
  const deviceT = useDeviceT();
  const { language } = useVisitorT();
  const translate = useTranslate();
  const japanese = deviceT(key, values);
  const translation = translate(key, language, values);
  return { japanese, translation, shown: language !== SOURCE_LANGUAGE && translation.text !== japanese };
}
