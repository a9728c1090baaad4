import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import { applyStoredEdits, useEditsStore } from './edits.ts';
import { buildEntry } from './workbench-model.ts';
import { WorkbenchRow } from './workbench-row.tsx';

beforeEach(async () => {
  await loadLanguage('vi');
  applyStoredEdits('vi', i18n);
});

/** One row of the workbench, for "Pages" (at most 40 characters), in Vietnamese. */
function renderRow(key = 'ui.nav.label') {
  const file = useEditsStore.getState().files.vi ?? new Map<string, string>();
  render(
    <I18nextProvider i18n={i18n}>
      <ol>
        <WorkbenchRow entry={buildEntry('vi', key, file, {})} language="vi" selected onSelect={() => undefined} onShow={() => undefined} />
      </ol>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), field: screen.getByRole('textbox', { name: new RegExp(key.replace(/\./g, '\\.')) }) };
}

describe('the running count under a translation', () => {
  it('counts what is typed against the limit, as the length check counts', async () => {
    const { user, field } = renderRow();
    expect(screen.getByText('5 / 40')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'Xin chào');
    expect(screen.getByText('8 / 40')).toBeInTheDocument();
    // A Thai syllable with its marks is one character to a reader.
    await user.clear(field);
    await user.type(field, 'กี่');
    expect(screen.getByText('1 / 40')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/1 \/ 40/);
  });

  it('says how many characters are left near the limit, and how many too many past it', async () => {
    const { user, field } = renderRow();
    await user.clear(field);
    await user.type(field, 'x'.repeat(36));
    expect(screen.getByText('36 / 40 · 4 characters left')).toBeInTheDocument();
    await user.type(field, 'x'.repeat(5));
    expect(screen.getByText('41 / 40 · 1 character too many')).toBeInTheDocument();
    expect(screen.getByText(/Too long for its place \(41 of 40 characters\)/)).toBeInTheDocument();
  });

  it('tells screen readers when the text comes near the limit or passes it, not at every keystroke', async () => {
    const { user, field } = renderRow();
    await user.clear(field);
    await user.type(field, 'x'.repeat(34));
    const announcer = screen.getByRole('status');
    expect(announcer).toHaveTextContent('No problems');
    await user.type(field, 'x');
    expect(announcer).toHaveTextContent('5 characters left');
    await user.type(field, 'xx');
    expect(screen.getByText('37 / 40 · 3 characters left')).toBeInTheDocument();
    expect(announcer).toHaveTextContent('5 characters left');
    await user.type(field, 'xxxx');
    expect(announcer).toHaveTextContent('1 character too many');
  });

  it('tells screen readers when a placeholder goes missing', async () => {
    const { user, field } = renderRow('ui.pin.practice');
    await user.clear(field);
    await user.type(field, 'Mã PIN tập là');
    expect(screen.getByRole('status')).toHaveTextContent('Missing placeholder {{pin}}');
  });

  it('does not keep an emptied field, and says the file’s text stays', async () => {
    const { user, field } = renderRow();
    await user.clear(field);
    expect(field).toHaveAccessibleDescription(/An empty field is not kept/);
    expect(useEditsStore.getState().byLanguage.vi).toEqual({});
    await user.tab();
    expect(field).toHaveValue('Trang');
  });
});
