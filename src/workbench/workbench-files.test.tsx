import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { field, filePanel, languageToEdit, renderWorkbench, renderWorkbenchOnVietnamese, row } from './workbench-page.test-support.tsx';

// Drawing the rows (over 300 now) in jsdom takes seconds, and tens of seconds while another
// run shares the two cores; nothing here waits on a timer, the page is just large.
describe('the translators’ workbench: edits and files', { timeout: 60_000 }, () => {
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
