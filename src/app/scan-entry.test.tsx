import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { createLocalScanner } from '../scan/scanner.ts';
import { ScannerContext } from '../scan/scan-page.tsx';
import { App } from './app.tsx';
import { bootFromPage } from './boot.ts';

/** The app from an address, with a scanner that reads in place (jsdom has no workers or WebAssembly). */
async function openApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  await bootFromPage();
  const scanner = createLocalScanner({
    engine: { recognize: () => Promise.resolve([]), terminate: () => Promise.resolve() },
    decode: () => Promise.reject(new Error('not used')),
  });
  render(
    <I18nextProvider i18n={i18n}>
      <ScannerContext value={() => scanner}>
        <App />
      </ScannerContext>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

// The first test fetches the scan's chunk: more than the default 5 s on a busy machine.
describe('the way to the scan', { timeout: 20_000 }, () => {
  it('is on the patient’s page, and opens the scan in the patient’s language; the practice link comes back', async () => {
    const user = await openApp('?screen=consent-all&lang=en');
    const link = screen.getByRole('link', { name: /At the clinic\? Point your phone at the reader\./ });
    expect(link).toHaveAttribute('href', '?view=scan&lang=en');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: 'Which screen is this?' }, { timeout: 5000 })).toBeInTheDocument();
    expect(window.location.search).toBe('?view=scan&lang=en');
    expect(screen.getByText('The photo never leaves your phone: it is read here, on this device, and not kept.')).toBeInTheDocument();
    // The header's way back to the practice keeps the screen the visitor left.
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Card reader practice' }));
    expect(window.location.search).toBe('?screen=consent-all&lang=en');
  });

  it('opens from a link, and from the header', async () => {
    const user = await openApp('?view=scan&lang=vi');
    const title = i18n.getFixedT('vi')('ui.scan.title');
    // Vietnamese has no scan strings yet: English stands in, marked as English.
    expect(await screen.findByRole('heading', { level: 2, name: title }, { timeout: 5000 })).toBeInTheDocument();
    const nav = within(screen.getByRole('banner')).getByRole('link', { name: i18n.getFixedT('vi')('ui.scan.nav') });
    expect(nav).toHaveAttribute('aria-current', 'page');
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: i18n.getFixedT('vi')('ui.nav.simulator') }));
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: i18n.getFixedT('vi')('ui.scan.nav') }));
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
  });
});
