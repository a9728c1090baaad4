import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { i18n } from '../i18n/i18n.ts';
import { chooseLanguage } from '../store/language-commands.ts';
import { field, renderWorkbench, renderWorkbenchOnVietnamese, row } from './workbench-page.test-support.tsx';

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
});
