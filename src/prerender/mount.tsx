import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { StoreApi } from 'zustand';
import { Root } from '../app/root.tsx';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import './first-paint.css';

/**
 * Draws the app into the page, once boot has set it up (docs/architecture.md, "First paint").
 *
 * On a plain first visit the page already shows the first screen, drawn by the build from
 * these same components: React takes it over (`hydrateRoot`) and nothing is drawn again.
 * Otherwise (a link to a screen or language, kept preferences, a browser asking for another
 * language, or a boot that changed anything the build could not know) that drawing is hidden or
 * wrong: it is replaced by the visitor's own start, drawn at once, and the page shows it.
 */
export function mountApp(container: HTMLElement): void {
  const page = document.documentElement;
  if (container.firstElementChild !== null && page.dataset.start !== 'own' && asBuilt()) {
    // The screen is already shown: taking it over may pause for the browser (a tap, a frame)
    // instead of holding the page in one long task.
    startTransition(() => {
      hydrateRoot(container, <Root />);
    });
    return;
  }
  // Emptied, the root takes no space either: the visitor's start appears where nothing was.
  container.replaceChildren();
  delete page.dataset.start;
  createRoot(container).render(<Root />);
}

/** Whether boot left every store the first screen reads as the build drew it. */
function asBuilt(): boolean {
  return unchanged(useFlowStore) && unchanged(useUiStore);
}

function unchanged<T extends object>(store: Pick<StoreApi<T>, 'getState' | 'getInitialState'>): boolean {
  const now = store.getState() as Record<string, unknown>;
  const first = store.getInitialState() as Record<string, unknown>;
  return Object.keys(first).every((key) => typeof first[key] === 'function' || JSON.stringify(now[key]) === JSON.stringify(first[key]));
}
