import { useTranslation } from 'react-i18next';
import type { DeviceKey, MessageKey } from '../i18n/keys.ts';
import { directionOf } from '../i18n/languages.ts';
import { interpolate, parseRuby, type Formats, type RubyPart } from '../i18n/ruby.ts';
import { readingOf, useReadings, type Reading } from '../i18n/readings.ts';
import { TOPIC_LIST_FORMAT, joinTopicNames, topicNameKey, topicsOf } from '../i18n/topic-list.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { useUiStore } from '../store/ui-store.ts';

/** Renders ruby markup as <ruby>, the way Easy Japanese and the furigana aid are written. */
export function RubyText({ parts }: { readonly parts: readonly RubyPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <ruby key={index}>
            {part.base}
            <rp>(</rp>
            <rt>{part.reading}</rt>
            <rp>)</rp>
          </ruby>
        ),
      )}
    </>
  );
}

export interface Translation {
  readonly text: string;
  /** The language the text is really in: English where this language lacks the string. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** A key in a given language, falling back to English honestly (with `lang="en"`). */
export function useTranslate(): (key: MessageKey, language: string, values?: Readonly<Record<string, string | number>>) => Translation {
  const { i18n } = useTranslation();
  return (key, language, values = {}) => {
    // With the values, so plural keys (`_one`, `_other`) are found as `t` would find them.
    const has = i18n.exists(key, { ...values, lng: language, fallbackLng: false });
    const lang = has ? language : 'en';
    // Keep the furigana markup: TranslatedText draws it as <ruby>.
    const text = i18n.getFixedT(lang)(key, { ...values, postProcess: [] });
    return { text, lang, dir: directionOf(lang) };
  };
}

export function TranslatedText({ translation }: { readonly translation: Translation }) {
  return <RubyText parts={parseRuby(translation.text)} />;
}

export interface JapaneseTextProps {
  readonly k: DeviceKey;
  readonly values?: Readonly<Record<string, string | number>> | undefined;
  readonly as?: 'span' | 'p';
  readonly className: string;
  readonly romajiClassName: string;
}

/** The device's Japanese with the visitor's reading aid: furigana over it, or romaji under it. */
export function JapaneseText({ k, values, as: Tag = 'span', className, romajiClassName }: JapaneseTextProps) {
  const deviceT = useDeviceT();
  const aid = useUiStore((store) => store.reading);
  const readings = useReadings((state) => state.table);
  const count = typeof values?.count === 'number' ? values.count : undefined;
  const reading = aid === 'none' ? undefined : readingOf(readings, k, count);
  // Topic names laid into a sentence carry their own readings.
  const formats = (part: keyof Reading): Formats => ({
    [TOPIC_LIST_FORMAT]: (value) => {
      const names = topicsOf(value).map((topic) => readingOf(readings, topicNameKey(topic))?.[part] ?? deviceT(topicNameKey(topic)));
      return part === 'ruby' ? joinTopicNames(names, 'ja') : names.map((name) => name.toLowerCase()).join(', ');
    },
  });
  return (
    <>
      <Tag lang="ja" dir="ltr" className={className}>
        {aid === 'furigana' && reading ? <RubyText parts={parseRuby(interpolate(reading.ruby, values, formats('ruby')))} /> : deviceT(k, values ?? {})}
      </Tag>
      {aid === 'romaji' && reading ? (
        <Tag lang="ja-Latn" dir="ltr" className={romajiClassName}>
          {interpolate(reading.romaji, values, formats('romaji'))}
        </Tag>
      ) : null}
    </>
  );
}
