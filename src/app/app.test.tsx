import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within, fireEvent } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import { bootFromPage } from './use-app-wiring.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { initialState, QUERY_MS } from '../flow/machine.ts';

function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  void bootFromPage();
  return render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
}

const device = () => within(screen.getByRole('region', { name: 'The card reader screen (in Japanese)' }));
const press = (name: RegExp | string) => fireEvent.click(device().getByRole('button', { name }));

beforeEach(() => {
  window.localStorage.clear();
  useFlowStore.setState({ flow: initialState() });
  useUiStore.setState({ language: 'en', overlay: true, notices: [] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the simulator', () => {
  it('shows the idle screen in Japanese with the English laid beside it', () => {
    renderApp();
    const title = device().getByRole('heading', { level: 2 });
    expect(within(title).getByText('マイナンバーカードを置いてください')).toHaveAttribute('lang', 'ja');
    expect(within(title).getByText(/Please place your My Number Card/)).toHaveAttribute('lang', 'en');
  });

  it('lists every prompt of the screen in the side panel with its provenance', () => {
    renderApp('?screen=method-select');
    const panel = within(screen.getByRole('region', { name: 'What this screen says' }));
    const face = panel.getByText('顔認証で本人確認').closest('li');
    expect(face).not.toBeNull();
    expect(within(face as HTMLElement).getByText(/Wording confirmed by a public source/)).toBeInTheDocument();
    expect(within(face as HTMLElement).getByRole('link', { name: 'Source' })).toHaveAttribute('href', expect.stringMatching(/^https:/));
    const title = panel.getByText('本人確認の方法を選択してください').closest('li');
    expect(within(title as HTMLElement).getByText(/Approximate wording/)).toBeInTheDocument();
  });

  it('takes a patient from the card to the done screen by PIN', () => {
    vi.useFakeTimers();
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Place the card on the reader' }));
    press(/暗証番号で本人確認/);
    expect(screen.getByText('The practice PIN is 1234.', { exact: false })).toBeInTheDocument();
    for (const digit of '1234') press(digit);
    press(/確定/);
    expect(device().getByText('資格確認中です')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(QUERY_MS);
    });
    press(/まとめて同意する/);
    press(/紙の処方箋/);
    expect(device().getByText('受付が完了しました')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Take the card out' }));
    expect(device().getByText('マイナンバーカードを置いてください')).toBeInTheDocument();
  });

  it('tells how many tries are left after a wrong PIN', () => {
    renderApp('?screen=pin-entry');
    for (const digit of '9999') press(digit);
    press(/確定/);
    expect(device().getByText('あと2回間違えるとロックされます')).toBeInTheDocument();
    expect(device().getByText(/If you get it wrong 2 more times/)).toBeInTheDocument();
  });

  it('offers no PIN button for a face-only card', () => {
    renderApp();
    fireEvent.click(screen.getByRole('radio', { name: 'Face-only My Number Card (no PIN)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Place the card on the reader' }));
    expect(device().getByRole('button', { name: /顔認証で本人確認/ })).toBeInTheDocument();
    expect(device().queryByRole('button', { name: /暗証番号で本人確認/ })).toBeNull();
  });

  it('lets the visitor decide what the camera does next', () => {
    renderApp('?screen=face-check');
    fireEvent.click(screen.getByRole('button', { name: 'The face does not match' }));
    expect(device().getByText('顔認証できませんでした')).toBeInTheDocument();
  });

  it('explains an unknown screen in a link and starts from the beginning', () => {
    renderApp('?screen=teleport');
    expect(screen.getByRole('status')).toHaveTextContent('“teleport”');
    expect(device().getByText('マイナンバーカードを置いてください')).toBeInTheDocument();
    expect(window.location.search).toBe('?screen=idle&lang=en');
  });

  it('keeps working when the browser refuses storage, and says so', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('cannot save your settings');
    fireEvent.click(screen.getByRole('button', { name: 'Place the card on the reader' }));
    expect(device().getByText('本人確認の方法を選択してください')).toBeInTheDocument();
  });

  it('restarts with the new card entry when the clinic settings change', () => {
    renderApp('?screen=method-select');
    fireEvent.click(screen.getByRole('radio', { name: 'Insert it into a slot' }));
    expect(device().getByText(/挿入口にセットしてください/)).toBeInTheDocument();
  });

  it('hides the translation chips when the visitor turns them off', () => {
    renderApp();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show translations on the screen' }));
    expect(device().queryByText(/Please place your My Number Card/)).toBeNull();
  });

  it('leaves focus alone when a link opens a screen', () => {
    renderApp('?screen=method-select');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the new screen title when the pressed button goes away', () => {
    renderApp('?screen=method-select');
    const button = device().getByRole('button', { name: /顔認証で本人確認/ });
    button.focus();
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.click(button);
    expect(document.activeElement).toBe(device().getByRole('heading', { level: 2 }));
    expect(document.activeElement).toHaveTextContent('顔認証を行います');
  });

  it('shows a second language beside the first, each marked with its own lang', async () => {
    renderApp('?screen=pin-entry&lang=en&also=vi');
    const title = device().getByRole('heading', { level: 2 });
    expect(await within(title).findByText('Nhập mã PIN (4 chữ số)', { exact: false })).toHaveAttribute('lang', 'vi');
    expect(within(title).getByText(/Enter your PIN/)).toHaveAttribute('lang', 'en');
  });

  it('puts furigana over the kanji of the device text when the visitor asks for them', async () => {
    renderApp('?screen=pin-entry');
    fireEvent.change(screen.getByRole('combobox', { name: 'Reading aid for the Japanese' }), { target: { value: 'furigana' } });
    const title = device().getByRole('heading', { level: 2 });
    expect(await within(title).findByText('あんしょうばんごう')).toBeInTheDocument();
    expect(title.querySelector('ruby')).toHaveTextContent('暗証番号');
  });

  it('writes the device text in romaji when the visitor asks for it', async () => {
    renderApp('?screen=method-select');
    fireEvent.change(screen.getByRole('combobox', { name: 'Reading aid for the Japanese' }), { target: { value: 'romaji' } });
    expect(await device().findByText(/kao ?ninshō de honnin ?kakunin/i)).toHaveAttribute('lang', 'ja-Latn');
  });

  it('names every language in its own script and says it is a draft', () => {
    renderApp();
    const picker = screen.getByRole('combobox', { name: 'Your language' });
    expect(within(picker).getByRole('option', { name: /^नेपाली \(draft/ })).toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: /^မြန်မာဘာသာ/ })).toBeInTheDocument();
  });

  it('writes Easy Japanese with furigana over the device, and never shows the markup', async () => {
    renderApp('?screen=pin-entry&lang=ja-x-easy');
    const title = device().getByRole('heading', { level: 2 });
    await within(title).findByText('あんしょうばんごう');
    expect(title.querySelector('.overlay-chip ruby')).not.toBeNull();
    expect(document.body.textContent).not.toMatch(/\{[^{}|]+\|[^{}|]+\}/);
  });
});
