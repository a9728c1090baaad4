import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { ImportPanel } from './import-panel.tsx';

const nothing = (): void => undefined;

describe('the import panel', () => {
  it('says a refused file’s name back set apart, so a right-to-left override in it cannot turn the message', () => {
    const name = '\u202Enosj.vi';
    render(
      <I18nextProvider i18n={i18n}>
        <ImportPanel
          language="vi"
          state={{ step: 'failed', file: name, problem: { kind: 'encoding' } }}
          entries={[]}
          undo={null}
          onConfirm={nothing}
          onApply={nothing}
          onCancel={nothing}
          onUndoImport={nothing}
        />
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('bdi')).toHaveTextContent(name);
    expect(alert.textContent.startsWith('Could not import “')).toBe(true);
  });
});
