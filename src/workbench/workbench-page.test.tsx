import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage, onLanguageLoaded } from '../i18n/i18n.ts';
import { chooseLanguage } from '../store/language-commands.ts';
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

async function renderWorkbench() {
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
async function renderWorkbenchOnVietnamese() {
  const user = await renderWorkbench();
  await user.selectOptions(languageToEdit(), 'vi');
  await screen.findByRole('region', { name: 'Wrong PIN' });
  return user;
}

const row = (key: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.workbench-row[data-key="${key}"]`);
  if (!found) throw new Error(`no row for ${key}`);
  return found;
};
const field = (key: string) => within(row(key)).getByRole('textbox');
const languageToEdit = () => screen.getByRole('combobox', { name: 'Language to edit' });
// Role queries over all ~280 rows are slow in jsdom: buttons are looked for in their own part.
const filePanel = () => within(screen.getByRole('group', { name: 'Export file' }));

// Drawing the rows (over 300 now) in jsdom takes seconds, and tens of seconds while another
// run shares the two cores; nothing here waits on a timer, the page is just large.
describe('the translators’ workbench', { timeout: 60_000 }, () => {
  it('opens on the language the visitor reads', async () => {
    await chooseLanguage('vi');
    await renderWorkbench();
    expect(screen.getByRole('combobox', { name: i18n.getFixedT('vi')('ui.workbench.language') })).toHaveValue('vi');
  });

  it('opens on English when the visitor reads Japanese, which is the source and not edited here', async () => {
    await chooseLanguage('ja');
    await renderWorkbench();
    expect(screen.getByRole('combobox', { name: i18n.getFixedT('ja')('ui.workbench.language') })).toHaveValue('en');
  });

  it('lists the strings under the place they appear', async () => {
    await renderWorkbench();
    // Each string's row (found by its key) sits in the group named for its place.
    expect(row('device.pin-wrong.body_one').closest('section')).toBe(screen.getByRole('region', { name: 'Wrong PIN' }));
    expect(row('ui.sim.STAFF_CONFIRMED').closest('section')).toBe(screen.getByRole('region', { name: 'What happens next' }));
    expect(row('ui.guide.face-check').closest('section')).toBe(screen.getByRole('region', { name: 'What happens next' }));
    expect(row('ui.consent.no').closest('section')).toBe(screen.getByRole('region', { name: 'About sharing your medical information' }));
  });

  it('filters to the strings a language has no translation for yet, and to those too long', async () => {
    const user = await renderWorkbenchOnVietnamese();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter' }), 'Only untranslated strings');
    expect(field('ui.workbench.filterTooLong')).toHaveValue('');
    expect(document.querySelector('.workbench-row[data-key="device.idle.titleTray"]')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter' }), 'All strings');
    await user.type(field('ui.nav.label'), ' rất dài, dài hơn nơi của nó cho phép');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter' }), 'Only strings that are too long');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(field('ui.nav.label')).toHaveValue('Trang rất dài, dài hơn nơi của nó cho phép');
  });

  it('brings the preview of a string into view, under its row, when asked to see it', async () => {
    const user = await renderWorkbench();
    await user.click(within(row('device.consent-topic.questions.surgery')).getByRole('button', { name: 'See it on the screen' }));
    const preview = within(row('device.consent-topic.questions.surgery')).getByRole('region', { name: 'Preview' });
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Preview' }));
    expect(within(preview).getByText('過去の手術の情報を、当機関に提供することに同意しますか')).toBeInTheDocument();
  });

  it('shows an edit in the preview as it is typed, and keeps focus in the field', async () => {
    const user = await renderWorkbenchOnVietnamese();
    await user.clear(field('ui.sim.STAFF_CONFIRMED'));
    await user.type(field('ui.sim.STAFF_CONFIRMED'), 'Nhân viên xác nhận');
    const preview = within(row('ui.sim.STAFF_CONFIRMED')).getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Nhân viên xác nhận', { exact: false })).toBeInTheDocument();
    expect(field('ui.sim.STAFF_CONFIRMED')).toHaveFocus();
  });

  it('says what to do with an exported file', async () => {
    const created = vi.fn(() => 'blob:vi');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = await renderWorkbenchOnVietnamese();
    await user.click(filePanel().getByRole('button', { name: 'Export file' }));
    expect(created).toHaveBeenCalledOnce();
    expect(screen.getByText(/vi\.json is in your downloads\. Send it to the project by e-mail or as an attachment to an issue/)).toBeInTheDocument();
  });

  it('warns before a file for another language is imported, and can undo the import', async () => {
    const user = await renderWorkbenchOnVietnamese();
    await user.clear(field('ui.app.tagline'));
    await user.type(field('ui.app.tagline'), 'Sửa tay, chưa xuất');

    const korean = new File([readFileSync('locales/ko.json')], 'ko.json', { type: 'application/json' });
    await user.upload(filePanel().getByLabelText('Import a file'), korean);
    const preview = within(await screen.findByRole('region', { name: 'Import preview' }));
    const warning = preview.getByRole('alert');
    expect(warning).toHaveTextContent("The file's name says it is for 한국어, but you are editing Tiếng Việt.");
    expect(warning).toHaveTextContent(/Its text is mostly in Hangul script, but Tiếng Việt is written in Latin script/);
    const apply = preview.getByRole('button', { name: 'Apply the import' });
    expect(apply).toBeDisabled();
    await user.click(preview.getByRole('checkbox', { name: 'Yes, this file is for Tiếng Việt: import it anyway' }));
    await user.click(apply);
    expect(field('ui.app.tagline')).not.toHaveValue('Sửa tay, chưa xuất');

    const imported = screen.getAllByRole('status').find((status) => status.textContent.includes('imported from ko.json'));
    if (!imported) throw new Error('no word of the import');
    await user.click(within(imported).getByRole('button', { name: 'Undo the import' }));
    expect(field('ui.app.tagline')).toHaveValue('Sửa tay, chưa xuất');
  });

  it('says so when kept edits did not fit the language and were dropped', async () => {
    window.localStorage.setItem('uketsuke:edits:v1:vi', JSON.stringify({ ui: 'x' }));
    const user = await renderWorkbench();
    await user.selectOptions(languageToEdit(), 'vi');
    // The language's name is set apart in <bdi> inside the sentence.
    const name = await screen.findByText('Tiếng Việt', { selector: 'bdi' });
    expect(name.closest('.notice')).toHaveTextContent('Some edits kept in this browser for Tiếng Việt did not match its strings and were removed.');
    expect(field('ui.app.name')).not.toHaveValue('');
  });
});
