import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n.ts';
import { App } from './app/app.tsx';
import { bootFromPage } from './app/boot.ts';
import { offerOfflineUse } from './app/offline.ts';
import './styles.css';

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

// Draw once the linked or stored languages are in, so the page does not repaint in them; then,
// once the page has loaded, offer offline use (in the build only).
void bootFromPage().finally(() => {
  render();
  offerOfflineUse();
});
