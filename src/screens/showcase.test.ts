import { describe, expect, it } from 'vitest';
import ja from '../../locales/ja.json';
import { LANGUAGES } from '../i18n/languages.ts';
import { flatten, languageKeys, pluralBase } from '../i18n/locale-check.ts';
import { describeScreen } from './registry.ts';
import { keysOf } from './screen-view.ts';
import { COUNTS, countsShown, findState, showcaseFor } from './showcase.ts';

const sourceKeys = [...flatten(ja).strings.keys()];
const deviceKeys = sourceKeys.filter((key) => key.startsWith('device.'));

/** The parts of the state's screen that show this key (without its plural suffix). */
const partsShowing = (key: string, showcase: ReturnType<typeof showcaseFor>) =>
  showcase.kind === 'shown' ? keysOf(describeScreen(showcase.state)).filter((part) => part.key === pluralBase(key)) : [];

describe('finding a screen that shows a string', () => {
  it('finds, for every device string of the source, a state whose screen shows exactly it', () => {
    const missing = deviceKeys
      .filter((key) => pluralBase(key) === key)
      .filter((key) => partsShowing(key, showcaseFor(key, 'ja')).length === 0);
    expect(missing).toEqual([]);
  });

  it('shows the surgery question when the surgery question is edited, not the first topic', () => {
    const showcase = showcaseFor('device.consent-topic.questions.surgery', 'en');
    expect(showcase.kind).toBe('shown');
    expect(partsShowing('device.consent-topic.questions.surgery', showcase)).toHaveLength(1);
  });

  it.each(LANGUAGES.map((language) => language.code))(
    'finds in %s, for every plural form the language needs, a state whose number selects that form, where the reader can reach one',
    (language) => {
      const rules = new Intl.PluralRules(language);
      for (const key of languageKeys(sourceKeys, language).filter((k) => k.startsWith('device.') && pluralBase(k) !== k)) {
        const category = key.slice(pluralBase(key).length + 1);
        const showcase = showcaseFor(key, language);
        if (showcase.kind === 'unreachable') {
          // Honest only if no number the reader shows selects this form.
          expect(showcase.counts.map((count) => rules.select(count)), key).not.toContain(category);
          continue;
        }
        expect(showcase.kind, key).toBe('shown');
        const [part] = partsShowing(key, showcase);
        expect(part?.values?.count, key).toBe(showcase.kind === 'shown' ? showcase.count : undefined);
        expect(rules.select(Number(part?.values?.count)), key).toBe(category);
      }
    },
  );

  it('says a form is never shown where the reader cannot reach it: Spanish "many", with 1 or 2 tries left', () => {
    expect(showcaseFor('device.pin-wrong.body_many', 'es')).toEqual({ kind: 'unreachable', counts: [1, 2] });
    expect(showcaseFor('device.pin-wrong.body_one', 'en')).toMatchObject({ kind: 'shown', count: 1 });
    expect(showcaseFor('device.pin-wrong.body_other', 'en')).toMatchObject({ kind: 'shown', count: 2 });
  });

  it('knows every number a counted string is shown with, as a walk through every state finds them', () => {
    expect(Object.fromEntries(countsShown())).toEqual(COUNTS);
  });

  it('finds a state offering a given control', () => {
    const state = findState('sim STAFF_CONFIRMED', (view) => view.simulate.some((control) => control.event === 'STAFF_CONFIRMED'));
    expect(state?.screen).toBe('visual-check');
  });
});
