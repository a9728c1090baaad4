// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGUAGES } from './languages.ts';
import { flatten } from './locale-check.ts';
import { languageMismatch, languageNamedBy, scriptFor, scriptOf } from './script-check.ts';

const strings = (code: string) => flatten(JSON.parse(readFileSync(new URL(`../../locales/${code}.json`, import.meta.url), 'utf8'))).strings;

describe('telling which language a locale file is for', () => {
  it.each(LANGUAGES.map((language) => language.code))('finds %s’s own file written in its own script', (code) => {
    expect(scriptOf(strings(code).values())).toBe(scriptFor(code));
  });

  it('tells every shipped file of another script from the language being edited', () => {
    for (const file of LANGUAGES) {
      for (const target of LANGUAGES) {
        if (scriptFor(file.code) === scriptFor(target.code)) continue;
        expect(languageMismatch('translations.json', strings(file.code).values(), target.code)?.script, `${file.code} into ${target.code}`).not.toBeNull();
      }
    }
  });

  it('reads the language a file’s name gives, the longest code first', () => {
    expect(languageNamedBy('ko.json')).toBe('ko');
    expect(languageNamedBy('ko (1).json')).toBe('ko');
    expect(languageNamedBy('KO_final.json')).toBe('ko');
    expect(languageNamedBy('ja-x-easy.json')).toBe('ja-x-easy');
    expect(languageNamedBy('pt-BR.json')).toBe('pt-BR');
    expect(languageNamedBy('translations.json')).toBeNull();
    expect(languageNamedBy('kokoro.json')).toBeNull();
  });

  it('does not judge the script of a file with too little text to tell', () => {
    expect(scriptOf(['OK'])).toBeNull();
  });
});
