import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PhraseCards } from './phrase-card.tsx';

// A file of its own: i18next here holds what a first visit has (the terminal's Japanese only),
// so the phrases' Japanese must be fetched, and the fetch fails.
describe('PhraseCards without a connection', () => {
  it('says the Japanese could not be loaded, and keeps the patient’s line', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    render(<PhraseCards screen="pin-locked" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the Japanese…');
    expect(await screen.findByRole('alert')).toHaveTextContent('The Japanese could not be loaded. Check the connection and open this again.');
    expect(screen.queryByText('今日は顔認証で受付できます。')).not.toBeInTheDocument();
    expect(screen.getByText('Your city office can unlock the PIN.')).toHaveAttribute('lang', 'en');
    fetch.mockRestore();
  });
});
