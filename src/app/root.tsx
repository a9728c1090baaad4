import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { App } from './app.tsx';

/**
 * The page's whole tree. The browser draws it (src/main.tsx), and the build draws it once in
 * advance, on the idle screen in English, into index.html (src/prerender/): one tree for both,
 * so the drawing the browser takes over is the one it would have made.
 */
export function Root() {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>
  );
}
