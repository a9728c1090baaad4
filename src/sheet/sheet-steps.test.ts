import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import ja from '../../locales/ja.json';
import { flatten } from '../i18n/locale-keys.ts';
import { SHEET_STEPS, sheetSteps } from './sheet-steps.ts';

const english = flatten(en).strings;
const japanese = flatten(ja).strings;
const placeholders = (text: string | undefined): string[] => [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();

describe('the steps of the sheet', () => {
  const steps = sheetSteps();

  it('follow a visit, then the problems, in the order the patient meets them', () => {
    expect(steps.map((step) => step.id)).toEqual([...SHEET_STEPS]);
    expect(steps.flatMap((step) => step.screens.map((screen) => screen.screen))).toEqual([
      'idle',
      'method-select',
      'face-check',
      'pin-entry',
      'pin-wrong',
      'pin-locked',
      'face-failed',
      'public-expense',
      'consent-all',
      'consent-topic',
      'consent-topic',
      'consent-topic',
      'consent-topic',
      'prescription',
      'done',
      'eligibility-only',
      'error-006',
      'card-unreadable',
      'card-not-my-number',
      'card-read-failed',
    ]);
  });

  it('show each screen as the reader draws it: its texts, then its keypad keys and buttons', () => {
    const method = steps.find((step) => step.id === 'method')?.screens[0];
    expect(method?.parts.map((part) => [part.key, part.kind])).toEqual([
      ['device.method-select.title', 'title'],
      ['device.method-select.face', 'button'],
      ['device.method-select.pin', 'button'],
    ]);
    const pin = steps.find((step) => step.id === 'pin')?.screens[0];
    expect(pin?.parts.map((part) => part.key)).toEqual([
      'device.pin-entry.title',
      'device.pin-entry.clear',
      'device.pin-entry.submit',
      'device.pin-entry.back',
    ]);
    // A wrong PIN leaves tries: the count the reader shows is filled in.
    const wrong = steps.find((step) => step.id === 'pin-wrong')?.screens[0];
    expect(wrong?.parts.find((part) => part.key === 'device.pin-wrong.body')?.values).toEqual({ count: 2 });
  });

  it('say no to every consent topic one by one, drawing the buttons once', () => {
    const no = steps.find((step) => step.id === 'consent-no');
    expect(no?.screens.map((screen) => screen.parts[0]?.key)).toEqual([
      'device.consent-topic.topics.treatment',
      'device.consent-topic.topics.medication',
      'device.consent-topic.topics.surgery',
      'device.consent-topic.topics.checkup',
    ]);
    expect(no?.screens.map((screen) => screen.sketch)).toEqual([true, false, false, false]);
    expect(no?.screens[1]?.parts.some((part) => part.kind === 'button')).toBe(false);
  });

  it('name in their instructions only buttons their screens offer, and mark only those', () => {
    for (const step of steps) {
      const offered = new Set(step.screens.flatMap((screen) => screen.parts.filter((part) => part.kind === 'button').map((part) => part.key)));
      for (const key of Object.values(step.buttons)) expect(offered, `${step.id}: ${key}`).toContain(key);
      for (const key of step.tap) expect(Object.values(step.buttons), step.id).toContain(key);
    }
  });

  it('have instructions whose placeholders are exactly the buttons they name, in Japanese and English', () => {
    for (const step of steps) {
      const key = `ui.sheet.steps.${step.id}.tap`;
      const names = Object.keys(step.buttons).sort();
      expect(placeholders(english.get(key)), key).toEqual(names);
      expect(placeholders(japanese.get(key)), key).toEqual(names);
    }
  });
});
