import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { openApp } from './open-app.test-support.tsx';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { DEFAULT_CLINIC, saveClinic } from '../counter/clinic-settings.ts';
import { browserStorage } from '../storage/safe-storage.ts';
import { HOLD_MS } from '../counter/staff-corner.tsx';

/**
 * The counter's tablet in a patient's hands. The app opens as a staff bookmark does, on a shown
 * screen; then the test's clock takes over, so the idle time, the countdown and the long press
 * run only when the test says.
 */
async function handOver(search = '?mode=counter&screen=face-check&lang=vi') {
  await openApp(search);
  const give = await screen.findByRole('button', { name: '患者さんに渡す' }, { timeout: 10_000 });
  vi.useFakeTimers();
  fireEvent.click(give);
}

const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const staffButton = () => screen.getByRole('button', { name: 'スタッフ' });
const warning = () => screen.queryByRole('alertdialog');

/** Presses the corner, lets `ms` pass, and lets go (of a button that may be gone by then). */
function hold(ms: number) {
  const button = staffButton();
  fireEvent.pointerDown(button);
  pass(ms);
  fireEvent.pointerUp(button);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the hand-over view', { timeout: 20_000 }, () => {
  it('shows the patient the screen, the phrase cards and the languages, and nothing to configure', async () => {
    await handOver();
    expect(screen.getByRole('heading', { level: 2, name: /Màn hình|card reader/ })).toHaveFocus();
    expect(document.querySelector('.counter-device .terminal')).toHaveAttribute('data-screen', 'face-check');
    expect(screen.getByRole('region', { name: /nhân viên/ })).toHaveTextContent('マスクを外してください');
    expect(screen.getByRole('button', { name: /^Tiếng Việt/ })).toHaveAttribute('aria-pressed', 'true');
    // No header, no way to the index, the settings, the practice or the workbench.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: '画面の一覧に戻る' })).toBeNull();
    // The only link is the skip link to the view's own content.
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#main']);
    expect(screen.queryByRole('group', { name: /設定|settings/i })).toBeNull();
  });

  it('warns after the idle time, counts down, keeps going on request, then starts clean for the next patient', async () => {
    await handOver();
    pass(59_000);
    expect(warning()).toBeNull();
    // A touch starts the idle time again.
    fireEvent.pointerDown(document.body);
    pass(59_000);
    expect(warning()).toBeNull();
    pass(1_000);
    expect(warning()).toHaveTextContent(/20/);
    expect(within(warning() as HTMLElement).getByRole('button', { name: /Keep going|Tiếp tục/ })).toHaveFocus();
    pass(5_000);
    expect(warning()).toHaveTextContent(/15/);

    fireEvent.click(within(warning() as HTMLElement).getByRole('button', { name: /Keep going|Tiếp tục/ }));
    expect(warning()).toBeNull();
    // The patient moves on, then walks away.
    useFlowStore.getState().send({ type: 'CARD_REMOVED' });
    pass(60_000);
    expect(warning()).not.toBeNull();
    pass(20_000);

    expect(warning()).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: /言語を選んでください/ })).toHaveFocus();
    // Nothing of the last patient: no language chosen, none pressed, the screen as staff chose it.
    expect(useUiStore.getState().language).toBe('en');
    expect(screen.queryByRole('button', { pressed: true })).toBeNull();
    expect(useFlowStore.getState().flow.screen).toBe('face-check');
    // Still in the patient's hands.
    expect(staffButton()).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '画面の一覧に戻る' })).toBeNull();
  });

  it('lets a clinic-set idle time decide when the warning comes', async () => {
    saveClinic(browserStorage, { ...DEFAULT_CLINIC, idleSeconds: 120 });
    await handOver();
    pass(119_000);
    expect(warning()).toBeNull();
    pass(1_000);
    expect(warning()).not.toBeNull();
  });

  it('takes staff back only after the corner is held for two seconds', async () => {
    await handOver();
    hold(HOLD_MS - 500);
    expect(staffButton()).toBeInTheDocument();
    fireEvent.click(staffButton());
    expect(staffButton()).toBeInTheDocument();
    hold(HOLD_MS);
    expect(screen.queryByRole('button', { name: 'スタッフ' })).toBeNull();
    expect(screen.getByRole('button', { name: '画面の一覧に戻る' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /患者さんに見せている画面/ })).toHaveFocus();
  });

  it('asks for the clinic’s staff code after the hold, where one is set, and says when it is wrong', async () => {
    // The clinic's settings, as the clinic panel keeps them on the tablet.
    saveClinic(browserStorage, { ...DEFAULT_CLINIC, staffCode: '2468' });
    await handOver();
    hold(HOLD_MS);
    const dialog = screen.getByRole('dialog', { name: 'スタッフ用コード' });
    const field = within(dialog).getByLabelText(/スタッフ用コードを入力/);
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '1234' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '受付に戻る' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('コードが違います');
    expect(field).toHaveValue('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'やめる' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(staffButton()).toBeInTheDocument();

    hold(HOLD_MS);
    // Typed on a Japanese keyboard, in full width: the same code.
    fireEvent.change(screen.getByLabelText(/スタッフ用コードを入力/), { target: { value: '２４６８' } });
    fireEvent.click(screen.getByRole('button', { name: '受付に戻る' }));
    expect(screen.getByRole('button', { name: '画面の一覧に戻る' })).toBeInTheDocument();
  });

  it('stays handed over through a reload of the same tab', async () => {
    await handOver();
    expect(window.sessionStorage.getItem('uketsuke:counter:handed-over')).toBe('1');
    hold(HOLD_MS);
    expect(window.sessionStorage.getItem('uketsuke:counter:handed-over')).toBeNull();
  });

  it('keeps the screen awake while handed over, and tells staff when the device will not', async () => {
    const release = vi.fn(() => Promise.resolve());
    const request = vi.fn(() => Promise.resolve({ released: false, release }));
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { wakeLock: { request } }));
    await handOver();
    await act(() => Promise.resolve());
    expect(request).toHaveBeenCalledWith('screen');
    expect(screen.queryByText(/画面が暗くなるのを止められません/)).toBeNull();
    hold(HOLD_MS);
    expect(release).toHaveBeenCalled();
  });

  it('says so when the browser refuses to keep the screen awake, and carries on', async () => {
    const request = vi.fn(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { wakeLock: { request } }));
    await handOver();
    await act(() => Promise.resolve());
    expect(screen.getByText(/画面が暗くなるのを止められません/)).toBeInTheDocument();
    expect(document.querySelector('.counter-device .terminal')).toHaveAttribute('data-screen', 'face-check');
  });
});

describe('the staff corner from a keyboard', { timeout: 20_000 }, () => {
  it('takes staff back when Enter is held for two seconds, not when it is tapped', async () => {
    await handOver();
    const button = staffButton();
    fireEvent.keyDown(button, { key: 'Enter' });
    pass(300);
    fireEvent.keyUp(button, { key: 'Enter' });
    pass(HOLD_MS);
    expect(staffButton()).toBeInTheDocument();
    fireEvent.keyDown(button, { key: 'Enter' });
    pass(HOLD_MS);
    expect(screen.getByRole('button', { name: '画面の一覧に戻る' })).toBeInTheDocument();
  });
});
