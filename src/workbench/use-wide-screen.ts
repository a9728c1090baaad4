import { useSyncExternalStore } from 'react';

/** Wide enough for the list and the preview side by side (the layout's own breakpoint). */
const WIDE = '(min-width: 900px)';

const media = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : null);

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the screen is wide; narrow (a phone) where the browser cannot say. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false, () => false);
}
