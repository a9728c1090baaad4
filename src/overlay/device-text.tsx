import type { ElementType } from 'react';
import type { DeviceKey } from '../i18n/keys.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { useChipLanguages, useChipsShown } from './chip-languages.ts';
import { JapaneseText, TranslatedText, useTranslate } from './translated-text.tsx';

export interface DeviceTextProps {
  readonly k: DeviceKey;
  readonly values?: Readonly<Record<string, string | number>> | undefined;
  readonly as?: ElementType;
  readonly className?: string;
  /** Titles take focus when the screen changes (tabIndex -1: reachable by script, not by Tab). */
  readonly focusable?: boolean;
}

/**
 * One piece of the terminal's Japanese, with the chosen translations laid right under it. The
 * Japanese may carry a reading aid (furigana or romaji); the translation chips are the help
 * layer: their own look and their own `lang`. Whether the Japanese is confirmed is said once
 * per screen (under the reader) and line by line in the side panel, not on every chip.
 */
export function DeviceText({ k, values, as: Tag = 'span', className, focusable = false }: DeviceTextProps) {
  const deviceT = useDeviceT();
  const translate = useTranslate();
  const languages = useChipLanguages();
  const overlay = useChipsShown();
  const japanese = deviceT(k, values ?? {});
  // A chip that repeats the device text (brand names like iPhone) would only add noise.
  const chips = overlay
    ? languages.map((language) => translate(k, language, values ?? {})).filter((chip) => chip.text !== japanese)
    : [];
  return (
    <Tag className={className} data-key={k} {...(focusable ? { tabIndex: -1 } : {})}>
      <JapaneseText k={k} values={values} className="device-ja" romajiClassName="device-romaji" />
      {chips.map((chip, index) => (
        <span key={chip.lang + String(index)} className="overlay-chip" lang={chip.lang} dir={chip.dir}>
          <TranslatedText translation={chip} />
        </span>
      ))}
    </Tag>
  );
}
