/**
 * The translators' workbench drawn in jsdom, for its two test files (split so that the two test
 * workers share its slow renders): the app's boot steps, the languages loaded, and the queries.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage, onLanguageLoaded } from '../i18n/i18n.ts';
import { Notices } from '../components/notices.tsx';
import { applyStoredEdits } from './edits.ts';
import { WorkbenchPage } from './workbench-page.tsx';
import { serveWithout } from './partial-file.test-support.ts';

// As the app does at boot: kept edits are laid over each language as it loads.
onLanguageLoaded(applyStoredEdits);

// An unfinished Vietnamese file, lacking one string: the one the untranslated filter finds.
serveWithout('vi', ['ui.workbench.filterTooLong']);

beforeEach(async () => {
  await loadLanguage('en');
  await loadLanguage('vi');
});

afterEach(() => {
  vi.restoreAllMocks();
});

export async function renderWorkbench() {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <Notices />
      <WorkbenchPage />
    </I18nextProvider>,
  );
  // Every row is there once the language's file is in.
  await screen.findAllByRole('heading', { level: 3 });
  return user;
}

/** The workbench with Vietnamese chosen to edit, once its rows are drawn. */
export async function renderWorkbenchOnVietnamese() {
  const user = await renderWorkbench();
  await user.selectOptions(languageToEdit(), 'vi');
  await screen.findByRole('region', { name: 'Wrong PIN' });
  return user;
}

export const row = (key: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.workbench-row[data-key="${key}"]`);
  if (!found) throw new Error(`no row for ${key}`);
  return found;
};
export const field = (key: string) => within(row(key)).getByRole('textbox');
export const languageToEdit = () => screen.getByRole('combobox', { name: 'Language to edit' });
// Role queries over all ~280 rows are slow in jsdom: buttons are looked for in their own part.
export const filePanel = () => within(screen.getByRole('group', { name: 'Export file' }));
