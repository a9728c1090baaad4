/**
 * The consent topics named inside a sentence (`{{topics, topicList}}`): the all-at-once question
 * names only the topics the clinic asks about. The value is the topics' ids; each language joins
 * their names its own way, Japanese with 「・」 as the reader does.
 */
import { CONSENT_TOPICS, type ConsentTopic } from '../flow/types.ts';

/** The i18next format that turns topic ids into their names (`{{topics, topicList}}`). */
export const TOPIC_LIST_FORMAT = 'topicList';

/** The value a topic list placeholder carries: the topics' ids, comma-separated. */
export const topicListValue = (topics: readonly ConsentTopic[]): string => topics.join(',');

const isTopic = (id: string): id is ConsentTopic => CONSENT_TOPICS.some((topic) => topic === id);

/** The topics a placeholder's value names, unknown ids left out. */
export const topicsOf = (value: string | number): ConsentTopic[] => String(value).split(',').filter(isTopic);

/** Each topic's name: the title of its own consent screen. */
export const topicNameKey = (topic: ConsentTopic) => `device.consent-topic.topics.${topic}` as const;

const isJapanese = (language: string): boolean => language === 'ja' || language.startsWith('ja-');

/**
 * A name put inside a sentence: its first letter in lower case where the language has case (the
 * names are written as titles), unless the word is all capitals (an abbreviation).
 */
function insideSentence(name: string, language: string): string {
  const lower = (text: string): string => {
    try {
      return text.toLocaleLowerCase(language);
    } catch {
      // A pseudo-locale's tag is no locale Intl knows.
      return text.toLowerCase();
    }
  };
  // The first two letters as a reader sees them (a letter with its accent is one).
  const [first = '', second = ''] = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name), (part) => part.segment);
  if (second !== '' && second !== lower(second)) return name;
  return lower(first) + name.slice(first.length);
}

function listFormat(language: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  } catch {
    // A pseudo-locale, or a language this browser's Intl does not know.
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
  }
}

/** The names joined as a list in the language: 「診療・お薬・手術」, "treatment, medicines and surgery". */
export function joinTopicNames(names: readonly string[], language: string): string {
  if (isJapanese(language)) return names.join('・');
  return listFormat(language).format(names.map((name) => insideSentence(name, language)));
}
