import { render } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import { bootFromPage } from './boot.ts';

/**
 * Opens the app from an address (`?mode=counter&lang=en`), as main.tsx does: boot from the
 * address and the stored choices, then draw. Returns a user-event user on the real clock.
 */
export async function openApp(search: string): Promise<UserEvent> {
  window.history.replaceState(null, '', `/${search}`);
  await bootFromPage();
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  return userEvent.setup();
}
