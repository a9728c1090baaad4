import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { Notices } from '../components/notices.tsx';
import { chooseLanguage } from '../store/language-commands.ts';
import { useUiStore } from '../store/ui-store.ts';
import { offlineNotices } from './offline.ts';
import { WORKER_URL, watchServiceWorker, type WorkerHost, type WorkerRegistration } from './service-worker.ts';

/** A service worker as the page sees one: a state that changes, and messages it is sent. */
class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements WorkerRegistration {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  /** A new version starts installing, as after a new version is published. */
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

/** `navigator.serviceWorker`: `inCharge` is whether a version already controls this page. */
class FakeHost extends EventTarget implements WorkerHost {
  readonly controller: object | null;
  readonly registered: string[] = [];
  constructor(
    private readonly outcome: FakeRegistration | DOMException | undefined,
    inCharge: boolean,
  ) {
    super();
    this.controller = inCharge ? {} : null;
  }
  register(url: string): Promise<WorkerRegistration | undefined> {
    this.registered.push(url);
    const { outcome } = this;
    return outcome instanceof FakeRegistration || outcome === undefined ? Promise.resolve(outcome) : Promise.reject(outcome);
  }
}

/** Draws the page's notices and starts the worker as the app does, with a reload that is only counted. */
async function start(host: FakeHost) {
  render(
    <I18nextProvider i18n={i18n}>
      <Notices />
    </I18nextProvider>,
  );
  const reload = vi.fn();
  await act(() => watchServiceWorker(host, reload, offlineNotices(useUiStore.getState().notify)));
  return reload;
}

const UNAVAILABLE = /Offline use is not available on this device/;

describe('offline use not available', () => {
  it('is said plainly when the browser refuses the service worker', async () => {
    await start(new FakeHost(new DOMException('The operation is insecure.', 'SecurityError'), false));
    expect(screen.getByRole('status')).toHaveTextContent('Offline use is not available on this device (its storage may be full, or not allowed). Uketsuke works as usual while you are online.');
  });

  it('is said once when the first install fails (storage too full to keep the app)', async () => {
    const registration = new FakeRegistration();
    const host = new FakeHost(registration, false);
    const first = new FakeWorker('installing');
    registration.installing = first;
    await start(host);
    expect(host.registered).toEqual([WORKER_URL]);
    expect(screen.queryByText(UNAVAILABLE)).not.toBeInTheDocument();

    // QuotaExceededError while precaching: the worker never gets installed.
    act(() => first.become('redundant'));
    expect(screen.getByText(UNAVAILABLE)).toBeInTheDocument();

    // Dismissed, it does not come back when the browser tries again and fails again.
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    act(() => {
      const again = new FakeWorker('installing');
      registration.found(again);
      again.become('redundant');
    });
    expect(screen.queryByText(UNAVAILABLE)).not.toBeInTheDocument();
  });

  it('is not said when an update fails to install: the version in charge still works offline', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    await start(new FakeHost(registration, true));
    act(() => {
      const next = new FakeWorker('installing');
      registration.found(next);
      next.become('redundant');
    });
    expect(screen.queryByRole('button', { name: 'Update now' })).not.toBeInTheDocument();
    expect(screen.queryByText(UNAVAILABLE)).not.toBeInTheDocument();
  });

  it('is not said, nor anything else, where registering gives nothing back (workers blocked by the browser)', async () => {
    await start(new FakeHost(undefined, false));
    expect(useUiStore.getState().notices).toEqual([]);
  });
});

describe('a new version', () => {
  it('is not announced on the first visit, when the app is first kept for offline use', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker('installing');
    registration.installing = first;
    await start(new FakeHost(registration, false));
    act(() => first.become('installed'));
    expect(useUiStore.getState().notices).toEqual([]);
  });

  it("is announced in the visitor's language, and the page reloads only once the visitor agrees and it is in charge", async () => {
    await chooseLanguage('ja');
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const host = new FakeHost(registration, true);
    const reload = await start(host);
    expect(screen.queryByRole('button', { name: '今すぐ更新' })).not.toBeInTheDocument();

    // Published while the visitor rehearses: it installs beside the running version and waits.
    const next = new FakeWorker('installing');
    act(() => registration.found(next));
    act(() => {
      next.become('installed');
      registration.installing = null;
      registration.waiting = next;
    });
    expect(screen.getByRole('status')).toHaveTextContent('新しい版があります。更新するとページを読み込み直します。');
    expect(next.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: '今すぐ更新' }));
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    // Not yet: the old version is still in charge of this page.
    expect(reload).not.toHaveBeenCalled();

    act(() => {
      host.dispatchEvent(new Event('controllerchange'));
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('that was already waiting when the page opened is announced at once', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const reload = await start(new FakeHost(registration, true));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Uketsuke is ready.');

    // Dismissing it changes nothing: no message to the worker, no reload.
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/A new version/)).not.toBeInTheDocument();
    expect(registration.waiting.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('taken over from another tab reloads this one at once when its button is pressed', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const reload = await start(new FakeHost(registration, true));
    // The visitor pressed "Update now" in another tab: the new version is active, none waits.
    registration.active = registration.waiting;
    registration.waiting = null;
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
