/**
 * The service worker's life as the page sees it (docs/offline.md), fetched after the first
 * render (src/app/offline.ts). Written on the standard API rather than with vite-plugin-pwa's
 * `virtual:pwa-register`: that one reports a failed registration but not a first install that
 * fails later (storage full while precaching: the worker just turns redundant), and under it
 * workbox-window throws when register() resolves with nothing (as where a browser or a test
 * harness blocks workers), which is not a failure the visitor should hear of. The two cases
 * the visitor must hear of, a new version and no offline use, take these few lines.
 */

/** The parts of the browser's service worker API used here (tests give stand-ins). */
export interface WorkerHost {
  readonly controller: object | null;
  register(url: string, options: { scope: string }): Promise<WorkerRegistration | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface WorkerRegistration {
  readonly installing: Worker | null;
  readonly waiting: Worker | null;
  readonly active: Worker | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface Worker {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface WorkerEvents {
  /** A new version is installed and waits; `update` lets it take over and reloads the page. */
  readonly onUpdateReady: (update: () => void) => void;
  /** This device cannot keep the app offline: registering failed, or the first install did. */
  readonly onUnavailable: () => void;
}

/** The worker vite-plugin-pwa writes (vite.config.ts), for the whole site. */
export const WORKER_URL = '/sw.js';

/**
 * Registers the worker and watches it. A new version never takes over by itself: it waits
 * (Workbox's generated worker skips waiting only when asked) until the visitor presses "Update
 * now"; then the page reloads, once the new version is in charge, and shows it whole.
 */
export async function watchServiceWorker(host: WorkerHost, reload: () => void, events: WorkerEvents): Promise<void> {
  let registration: WorkerRegistration | undefined;
  try {
    registration = await host.register(WORKER_URL, { scope: '/' });
  } catch {
    // Refused (service workers blocked with cookies, a private window) or the file is missing.
    events.onUnavailable();
    return;
  }
  // A browser (or an add-on) that stands in for register() and registers nothing: there is
  // nothing to watch, and nothing the visitor could do about it.
  if (registration === undefined) return;
  const watched = registration;

  const update = (): void => {
    const waiting = watched.waiting;
    // Already in charge (the visitor agreed in another tab): a reload shows it.
    if (waiting === null) return reload();
    host.addEventListener('controllerchange', reload);
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };

  const seen = new WeakSet<Worker>();
  const follow = (worker: Worker | null): void => {
    if (worker === null || seen.has(worker)) return;
    seen.add(worker);
    let installed = false;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') {
        installed = true;
        // With a version in charge of this page, an installed worker is a new one, waiting.
        if (host.controller !== null) events.onUpdateReady(update);
      } else if (worker.state === 'redundant' && !installed && nothingElse(watched, worker)) {
        // The first install failed (QuotaExceededError while precaching, a file missing).
        // A failed update says nothing: the version in charge still works offline.
        events.onUnavailable();
      }
    });
  };

  if (watched.waiting !== null && host.controller !== null) events.onUpdateReady(update);
  follow(watched.installing);
  watched.addEventListener('updatefound', () => follow(watched.installing));
}

/** No version is kept but this one (which may still be named as installing as it fails). */
function nothingElse(registration: WorkerRegistration, worker: Worker): boolean {
  return registration.active === null && registration.waiting === null && (registration.installing === null || registration.installing === worker);
}
