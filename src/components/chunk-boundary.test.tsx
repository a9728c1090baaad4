import { describe, expect, it, vi } from 'vitest';
import { lazy, Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { ChunkBoundary } from './chunk-boundary.tsx';

describe('a part of the app that cannot be fetched', () => {
  it('is replaced by a message with a way back, not by a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Missing = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/workbench-page.js')));
    const leave = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <p>The header stays</p>
        <ChunkBoundary onLeave={leave}>
          <Suspense fallback="…">
            <Missing />
          </Suspense>
        </ChunkBoundary>
      </I18nextProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This part could not be shown');
    expect(alert).toHaveTextContent('You may be offline');
    expect(screen.getByText('The header stays')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to the card reader practice' }));
    expect(leave).toHaveBeenCalledOnce();
  });
});
