import { mountApp } from './prerender/mount.tsx';
import { bootFromPage } from './app/boot.ts';
import { offerOfflineUse } from './app/offline.ts';
import './styles.css';

// Draw once the linked or stored languages are in, so the page does not repaint in them. On a
// plain first visit the page already shows the first screen, and the app takes it over
// (docs/architecture.md, "First paint").
void bootFromPage().finally(() => {
  const root = document.getElementById('root');
  if (root) mountApp(root);
  // Then, once the page has loaded, offer offline use (in the build only).
  offerOfflineUse();
});
