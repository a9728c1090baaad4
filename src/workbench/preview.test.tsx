import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { PREVIEW_MARK } from '../store/use-visitor-t.ts';
import { applyStoredEdits, useEditsStore } from './edits.ts';
import { EDITED_ATTRIBUTE } from './preview-marks.ts';
import { WorkbenchPreview } from './preview.tsx';
import { buildEntry, keysFor } from './workbench-model.ts';

beforeEach(async () => {
  for (const language of ['en', 'vi', 'es']) {
    await loadLanguage(language);
    applyStoredEdits(language, i18n);
  }
});

/** Edits a string (as the translator would) and draws the preview of it. */
function preview(key: string, language: string, text?: string): HTMLElement {
  if (text !== undefined) useEditsStore.getState().edit(language, key, text);
  const { files, byLanguage } = useEditsStore.getState();
  const entry = buildEntry(language, key, files[language] ?? new Map<string, string>(), byLanguage[language] ?? {});
  render(
    <I18nextProvider i18n={i18n}>
      <WorkbenchPreview entry={entry} language={language} focusRequest={0} />
    </I18nextProvider>,
  );
  // The first region: the preview itself (a preview of the workbench's own preview holds another).
  const [region] = screen.getAllByRole('region');
  if (!region) throw new Error('no preview drawn');
  return region;
}

const marked = (region: HTMLElement): Element[] => [...region.querySelectorAll(`[${EDITED_ATTRIBUTE}]`)];
const holds = (element: Element, text: string): boolean =>
  element.textContent.includes(text) ||
  [element, ...element.querySelectorAll('*')].some((e) => ['aria-label', 'title'].some((name) => e.getAttribute(name)?.includes(text)));

describe('the preview of a device string', () => {
  it('shows the very topic being edited: the surgery question, not the first topic', () => {
    const region = preview('device.consent-topic.questions.surgery', 'vi', 'Câu hỏi về phẫu thuật (sửa)');
    expect(within(region).getByText('過去の手術の情報を、当機関に提供することに同意しますか')).toBeInTheDocument();
    expect(marked(region).some((element) => holds(element, 'Câu hỏi về phẫu thuật (sửa)'))).toBe(true);
    expect(within(region).getByText('Where it appears: Consent, topic by topic')).toBeInTheDocument();
  });

  it('shows a plural form with a number that selects it in the language', () => {
    const region = preview('device.pin-wrong.body_one', 'en');
    expect(within(region).getByText('If you get it wrong 1 more time, the PIN will be locked', { exact: false })).toBeInTheDocument();
    expect(within(region).getByText('あと1回間違えるとロックされます')).toBeInTheDocument();
  });

  it('says honestly when the reader never shows a form in the language, and draws no wrong one', () => {
    const region = preview('device.pin-wrong.body_many', 'es');
    expect(within(region).getByText(/The reader never shows this form in Español: the number here is only ever 1, 2/)).toBeInTheDocument();
    expect(region.querySelector('.terminal')).toBeNull();
  });
});

describe('the preview of a help-layer string', () => {
  // Strings no part of the app draws at the moment: the preview says where they would appear.
  // (And English is never flagged as the same as English.)
  const NOT_DRAWN = [
    // Shown beside a language that is not yet complete; while every one is, nowhere.
    ...(LANGUAGES.every((language) => language.completeness === 100) ? ['ui.lang.complete'] : []),
    'ui.device.camera',
    'ui.device.cardOut',
    'ui.panel.empty',
    'ui.provenance.approxMark',
    'ui.lang.status.reviewed',
    'ui.workbench.problems.sameAsEnglish',
  ];
  const uiKeys = keysFor('en').filter((key) => key.startsWith('ui.'));

  it.each(uiKeys.map((key, index) => [key, `Sample ${String(index)} ✎`] as const))('draws the place %s appears in, with the edit marked', (key, sample) => {
    const region = preview(key, 'en', sample);
    if (NOT_DRAWN.includes(key)) {
      expect(within(region).getByText(/Not on this page just now: it appears in “.+” when it applies/)).toBeInTheDocument();
      return;
    }
    expect(marked(region).some((element) => holds(element, sample)), `the edit is marked where it is drawn: ${region.textContent}`).toBe(true);
    // The marks that find it are invisible, and not left in what a reader sees of the caption.
    expect(within(region).getAllByRole('paragraph')[0]?.textContent).not.toContain(PREVIEW_MARK.start);
  });
});
