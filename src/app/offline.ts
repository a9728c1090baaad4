import { useUiStore, type Notice } from '../store/ui-store.ts';
import type { WorkerEvents } from './service-worker.ts';

/**
 * Offline use (docs/offline.md): the service worker is registered only in the build (the dev
 * server has none), only where the browser has service workers, and only once the page is
 * drawn and loaded, from a chunk of its own, so that a first visit downloads nothing more
 * before it can be used. Where that chunk cannot be fetched, the page says offline use is not
 * available and goes on.
 */
export function offerOfflineUse(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const events = offlineNotices(useUiStore.getState().notify);
  const start = (): void => {
    import('./service-worker.ts').then(
      ({ watchServiceWorker }) => watchServiceWorker(navigator.serviceWorker, () => window.location.reload(), events),
      events.onUnavailable,
    );
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** What the visitor is told: that a new version waits for them, or (once) that offline use is not available. */
export function offlineNotices(notify: (notice: Notice) => void): WorkerEvents {
  let told = false;
  return {
    onUpdateReady: (update) => notify({ id: 'update', key: 'ui.offline.updateReady', action: { key: 'ui.offline.updateNow', run: update } }),
    onUnavailable: () => {
      if (told) return;
      told = true;
      notify({ id: 'offline', key: 'ui.offline.unavailable' });
    },
  };
}
