import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS } from '../flow/machine.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { CLINIC_STORAGE_KEY } from '../counter/clinic-settings.ts';
import { i18n } from '../i18n/i18n.ts';
import { openApp } from './open-app.test-support.tsx';

const PREFERENCES_KEY = 'uketsuke:preferences:v1';
/** The visitor's own practice, as a previous visit kept it. */
const VISITOR = {
  language: 'vi',
  settings: { ...DEFAULT_SETTINGS, cardEntry: 'slot' },
  scenario: { ...DEFAULT_SCENARIO, card: 'face-only' },
} as const;
/** The clinic's reader, as the counter tablet kept it. */
const CLINIC = { facility: { ...DEFAULT_SETTINGS, ePrescription: false }, idleSeconds: 90, staffCode: '' };

/** Every text the app has written to storage since, in order (storage itself works as ever). */
function recordWrites(): () => string[] {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  return () => setItem.mock.calls.map(([key, value]) => `${key} ${value}`);
}

const counterHeading = () => screen.findByRole('heading', { level: 2, name: /受付カウンター/ }, { timeout: 5000 });
const stored = (): unknown => JSON.parse(window.localStorage.getItem(PREFERENCES_KEY) ?? 'null');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the counter keeps nothing about a patient', { timeout: 20_000 }, () => {
  it('never stores the patient’s language', async () => {
    const writes = recordWrites();
    const user = await openApp('?mode=counter&lang=en');
    await counterHeading();
    await user.click(screen.getByRole('button', { name: /^Tiếng Việt/ }));
    await screen.findByRole('button', { name: /^Tiếng Việt/, pressed: true });
    await user.click(screen.getByRole('button', { name: '暗証番号のロックを見せる' }));
    expect(document.querySelector('.counter-device .terminal')).toHaveAttribute('data-screen', 'pin-locked');
    expect(writes().filter((write) => write.includes('"vi"'))).toEqual([]);
    expect(window.localStorage.getItem(PREFERENCES_KEY)).toBeNull();
  });

  it('opens a counter link in the link’s language only: not the visitor’s kept one, not the browser’s, and not on the language list', async () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify(VISITOR));
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko-KR']);
    await openApp('?mode=counter');
    await counterHeading();
    expect(useUiStore.getState().language).toBe('en');
    expect(useUiStore.getState().languageList).toBe('closed');
    expect(screen.getAllByRole('button', { pressed: true }).map((button) => button.textContent)).toEqual(['English英語']);
    expect(window.location.search).toBe('?mode=counter&lang=en');
  });

  it('shows the counter, not the language list, where the browser’s language is none of ours', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['xx']);
    await openApp('?mode=counter');
    expect(await counterHeading()).toBeInTheDocument();
  });

  it('draws the clinic’s reader, with real cards, in place of the visitor’s practice, a linked screen staying shown', async () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify(VISITOR));
    window.localStorage.setItem(CLINIC_STORAGE_KEY, JSON.stringify(CLINIC));
    await openApp('?mode=counter&screen=consent-all&lang=ne');
    await screen.findByRole('heading', { name: /患者さんに見せている画面：まとめて同意/ }, { timeout: 5000 });
    expect(useFlowStore.getState().flow.settings).toEqual(CLINIC.facility);
    expect(useFlowStore.getState().flow.scenario).toEqual(DEFAULT_SCENARIO);
    expect(document.querySelector('.counter-device .terminal')).toHaveAttribute('data-screen', 'consent-all');
  });
});

describe('leaving the counter', { timeout: 20_000 }, () => {
  it('puts back the visitor’s own language, reader and scenario, and never stores the patient’s', async () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ ...VISITOR, language: 'en' }));
    window.localStorage.setItem(CLINIC_STORAGE_KEY, JSON.stringify(CLINIC));
    const writes = recordWrites();
    const user = await openApp('');
    await user.click(screen.getByRole('button', { name: 'For reception staff' }));
    await counterHeading();
    expect(useFlowStore.getState().flow.settings).toEqual(CLINIC.facility);

    await user.click(screen.getByRole('button', { name: /^नेपाली/ }));
    await screen.findByRole('button', { name: /^नेपाली/, pressed: true });
    // The header is in the patient's language now: staff find the practice by its place.
    await user.click(screen.getByRole('button', { name: i18n.t('ui.nav.simulator', { lng: 'ne' }) }));

    await waitFor(() => expect(useUiStore.getState().language).toBe('en'));
    expect(useFlowStore.getState().flow.settings).toEqual(VISITOR.settings);
    expect(useFlowStore.getState().flow.scenario).toEqual(VISITOR.scenario);
    expect(writes().filter((write) => write.includes('"ne"'))).toEqual([]);
    expect(stored()).toMatchObject({ language: 'en', settings: VISITOR.settings, scenario: VISITOR.scenario });
  });

  it('after opening a counter link, gives the visitor the language they kept, not the link’s', async () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify(VISITOR));
    const writes = recordWrites();
    const user = await openApp('?mode=counter&lang=ne');
    await counterHeading();
    await user.click(screen.getByRole('button', { name: i18n.t('ui.nav.simulator', { lng: 'ne' }) }));

    await waitFor(() => expect(useUiStore.getState().language).toBe('vi'));
    expect(useFlowStore.getState().flow.settings).toEqual(VISITOR.settings);
    expect(writes().filter((write) => write.includes('"ne"'))).toEqual([]);
    expect(stored()).toMatchObject({ language: 'vi' });
  });

  it('is not opening the language list over it: the language chosen there is the patient’s, and the clinic’s reader stays', async () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify(VISITOR));
    window.localStorage.setItem(CLINIC_STORAGE_KEY, JSON.stringify(CLINIC));
    const writes = recordWrites();
    const user = await openApp('?mode=counter&lang=en');
    await counterHeading();
    await user.click(screen.getByRole('button', { name: /Language: English/ }));
    await user.click(await screen.findByRole('button', { name: /^ไทย/ }));
    await counterHeading();
    await waitFor(() => expect(useUiStore.getState().language).toBe('th'));
    expect(useFlowStore.getState().flow.settings).toEqual(CLINIC.facility);

    await user.click(screen.getByRole('button', { name: i18n.t('ui.nav.simulator', { lng: 'th' }) }));
    await waitFor(() => expect(useUiStore.getState().language).toBe('vi'));
    expect(writes().filter((write) => write.includes('"th"'))).toEqual([]);
  });
});
