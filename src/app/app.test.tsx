import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { App } from './app.tsx';
import { bootFromPage } from './boot.ts';
import { useUiStore } from '../store/ui-store.ts';
import { END_SCREEN_MS, QUERY_MS } from '../flow/machine.ts';

/**
 * Opens the app as main.tsx does: boot from the address (stored choices, then the link), then
 * draw. The user acts through user-event; with `fakeTime`, the test's clock drives the screens
 * that move on by themselves, and user-event's own pauses run on that clock too.
 */
async function renderApp(search = '', { fakeTime = false } = {}): Promise<UserEvent> {
  window.history.replaceState(null, '', `/${search}`);
  await bootFromPage();
  // Faked only once the languages are in: loading them is not the screens' time.
  if (fakeTime) vi.useFakeTimers();
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  return userEvent.setup(fakeTime ? { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } : {});
}

const device = (name = 'The card reader screen (in Japanese)') => within(screen.getByRole('region', { name }));
const deviceButton = (name: RegExp | string) => device().getByRole('button', { name });
/** The card tray under the reader's screen. */
const tray = (name: 'Place the card on the reader' | 'Take the card out') => device().getByRole('button', { name });
/** Unfolds the part a patient need not see first (fetched when asked for), and waits for it. */
async function openMore(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: /^More:/ }));
  await screen.findByRole('region', { name: 'What this screen says' });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the simulator', () => {
  it('shows the idle screen in Japanese with the English laid beside it', async () => {
    await renderApp();
    const title = device().getByRole('heading', { level: 2 });
    expect(within(title).getByText('マイナンバーカードを置いてください')).toHaveAttribute('lang', 'ja');
    expect(within(title).getByText(/Please place your My Number Card/)).toHaveAttribute('lang', 'en');
  });

  it('lists every prompt of the screen in the side panel with its provenance', async () => {
    const user = await renderApp('?screen=method-select');
    await openMore(user);
    const panel = within(screen.getByRole('region', { name: 'What this screen says' }));
    const face = panel.getByText('顔認証で本人確認').closest('li');
    expect(face).not.toBeNull();
    expect(within(face as HTMLElement).getByText(/Wording confirmed by a public source/)).toBeInTheDocument();
    expect(within(face as HTMLElement).getByRole('link', { name: 'Source' })).toHaveAttribute('href', expect.stringMatching(/^https:/));
    const title = panel.getByText('本人確認の方法を選択してください').closest('li');
    expect(within(title as HTMLElement).getByText(/Approximate wording/)).toBeInTheDocument();
  });

  it('takes a patient from the card to the done screen by PIN', async () => {
    const user = await renderApp('', { fakeTime: true });
    await user.click(tray('Place the card on the reader'));
    await user.click(deviceButton(/暗証番号で本人確認/));
    expect(screen.getByText('The practice PIN is 1234.', { exact: false })).toBeInTheDocument();
    for (const digit of '1234') await user.click(deviceButton(digit));
    await user.click(deviceButton(/確定/));
    expect(device().getByText('資格確認中です')).toBeInTheDocument();
    expect(screen.getByText('This moves on by itself…')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(QUERY_MS - 1);
    });
    expect(device().getByText('資格確認中です')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    await user.click(deviceButton(/まとめて同意する/));
    await user.click(deviceButton(/紙の処方箋/));
    expect(device().getByText('受付が完了しました')).toBeInTheDocument();
    // The card is still in the reader: the finished screen waits for it, however long.
    act(() => {
      vi.advanceTimersByTime(END_SCREEN_MS * 3);
    });
    expect(device().getByText('受付が完了しました')).toBeInTheDocument();
    await user.click(tray('Take the card out'));
    expect(device().getByText('マイナンバーカードを置いてください')).toBeInTheDocument();
  });

  it('keeps a checking screen opened from a link in place until the visitor moves it on', async () => {
    const user = await renderApp('?screen=querying', { fakeTime: true });
    act(() => {
      vi.advanceTimersByTime(QUERY_MS * 40);
    });
    expect(device().getByText('資格確認中です')).toBeInTheDocument();
    expect(screen.getByText(/Opened from a link, this screen waits for you/)).toBeInTheDocument();
    expect(screen.queryByText('This moves on by itself…')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go on to the next screen' }));
    expect(device().getByText(/同意しますか/)).toBeInTheDocument();
  });

  it('tells how many tries are left after a wrong PIN', async () => {
    const user = await renderApp('?screen=pin-entry');
    for (const digit of '9999') await user.click(deviceButton(digit));
    await user.click(deviceButton(/確定/));
    expect(device().getByText('あと2回間違えるとロックされます')).toBeInTheDocument();
    expect(device().getByText(/If you get it wrong 2 more times/)).toBeInTheDocument();
  });

  it('offers no PIN button for a face-only card', async () => {
    const user = await renderApp();
    await openMore(user);
    await user.click(screen.getByRole('radio', { name: 'Face-only My Number Card (no PIN)' }));
    await user.click(tray('Place the card on the reader'));
    expect(device().getByRole('button', { name: /顔認証で本人確認/ })).toBeInTheDocument();
    expect(device().queryByRole('button', { name: /暗証番号で本人確認/ })).toBeNull();
  });

  it('lets the visitor decide what the camera does next', async () => {
    const user = await renderApp('?screen=face-check');
    await user.click(screen.getByRole('button', { name: 'The face does not match' }));
    expect(device().getByText('顔認証できませんでした')).toBeInTheDocument();
  });

  it('explains an unknown screen in a link and starts from the beginning', async () => {
    await renderApp('?screen=teleport');
    expect(screen.getByRole('status')).toHaveTextContent('“teleport”');
    expect(device().getByText('マイナンバーカードを置いてください')).toBeInTheDocument();
    expect(window.location.search).toBe('?screen=idle&lang=en');
  });

  it('keeps working when the browser refuses storage, and says so', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const user = await renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('cannot save your settings');
    await user.click(tray('Place the card on the reader'));
    expect(device().getByText('本人確認の方法を選択してください')).toBeInTheDocument();
  });

  it('restarts with the new card entry when the clinic settings change', async () => {
    const user = await renderApp('?screen=method-select');
    await openMore(user);
    await user.click(screen.getByText("This clinic's terminal"));
    await user.click(screen.getByRole('radio', { name: 'Insert it into a slot' }));
    expect(device().getByText(/挿入口にセットしてください/)).toBeInTheDocument();
  });

  it('hides the translation chips when the visitor turns them off', async () => {
    const user = await renderApp();
    await openMore(user);
    await user.click(screen.getByRole('checkbox', { name: 'Show translations on the screen' }));
    expect(device().queryByText(/Please place your My Number Card/)).toBeNull();
  });

  it('keeps the folded part open for the next visit once the visitor leaves it open (a tablet at the counter)', async () => {
    const user = await renderApp();
    await openMore(user);
    cleanup();
    useUiStore.setState(useUiStore.getInitialState());
    await renderApp();
    expect(await screen.findByRole('region', { name: 'What this screen says' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Fold away:/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('leaves focus alone when a link opens a screen', async () => {
    await renderApp('?screen=method-select');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the new screen title when the pressed button goes away', async () => {
    const user = await renderApp('?screen=method-select');
    deviceButton(/顔認証で本人確認/).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(device().getByRole('heading', { level: 2 }));
    expect(document.activeElement).toHaveTextContent('顔認証を行います');
  });

  it('shows a second language beside the first, each marked with its own lang', async () => {
    await renderApp('?screen=pin-entry&lang=en&also=vi');
    const title = device().getByRole('heading', { level: 2 });
    expect(await within(title).findByText('Nhập mã PIN (4 chữ số)', { exact: false })).toHaveAttribute('lang', 'vi');
    expect(within(title).getByText(/Enter your PIN/)).toHaveAttribute('lang', 'en');
  });

  it('puts furigana over the kanji of the device text when the visitor asks for them', async () => {
    const user = await renderApp('?screen=pin-entry');
    await openMore(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reading aid for the Japanese' }), 'furigana');
    const title = device().getByRole('heading', { level: 2 });
    expect(await within(title).findByText('あんしょうばんごう')).toBeInTheDocument();
    expect(title.querySelector('ruby')).toHaveTextContent('暗証番号');
  });

  it('writes the device text in romaji when the visitor asks for it', async () => {
    const user = await renderApp('?screen=method-select');
    await openMore(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reading aid for the Japanese' }), 'romaji');
    expect(await device().findByText(/kao ?ninshō de honnin ?kakunin/i)).toHaveAttribute('lang', 'ja-Latn');
  });

  it('reads the consent topics laid into the question too, in furigana and in romaji', async () => {
    const user = await renderApp('?screen=consent-all');
    await openMore(user);
    const aid = screen.getByRole('combobox', { name: 'Reading aid for the Japanese' });
    await user.selectOptions(aid, 'furigana');
    const title = device().getByRole('heading', { level: 2 });
    expect(await within(title).findByText('しんりょう')).toBeInTheDocument();
    expect(within(title).getByText('くすり')).toBeInTheDocument();
    expect(title.querySelector('.device-ja')?.textContent).not.toContain('{{');
    await user.selectOptions(aid, 'romaji');
    expect(await device().findByText(/^Kako no shinryō, okusuri, shujutsu, kenshin no jōhō o/)).toHaveAttribute('lang', 'ja-Latn');
  });

  it('names every language in its own script and says it is a draft', async () => {
    const user = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    const list = within(screen.getByRole('region', { name: 'Choose your language' }));
    expect(list.getByRole('button', { name: /^नेपाली Nepali · draft/ })).toBeInTheDocument();
    expect(list.getByText('မြန်မာဘာသာ')).toHaveAttribute('lang', 'my');
  });

  it('switches language from the list, and goes back to the reader', async () => {
    const user = await renderApp('?screen=pin-entry');
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('button', { name: /^Tiếng Việt/ }));
    expect(await device(i18n.getFixedT('vi')('ui.device.label')).findByText('Nhập mã PIN (4 chữ số)', { exact: false })).toHaveAttribute('lang', 'vi');
    expect(screen.queryByRole('region', { name: 'Choose your language' })).toBeNull();
  });

  it('writes Easy Japanese with furigana over the device, and never shows the markup', async () => {
    await renderApp('?screen=pin-entry&lang=ja-x-easy');
    // The whole page is in Easy Japanese now, the terminal's label too.
    const title = device(i18n.getFixedT('ja-x-easy')('ui.device.label')).getByRole('heading', { level: 2 });
    await within(title).findByText('あんしょうばんごう');
    expect(title.querySelector('.overlay-chip ruby')).not.toBeNull();
    expect(document.body.textContent).not.toMatch(/\{[^{}|]+\|[^{}|]+\}/);
  });
});

describe("the visitor's language on a first visit", () => {
  const browserSays = (...languages: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

  it("opens in the browser's language when Uketsuke has it", async () => {
    browserSays('pt-PT', 'en');
    await renderApp();
    const title = device(i18n.getFixedT('pt-BR')('ui.device.label')).getByRole('heading', { level: 2 });
    expect(within(title).getByText(i18n.getFixedT('pt-BR')('device.idle.titleTray'))).toHaveAttribute('lang', 'pt-BR');
    expect(screen.queryByRole('region', { name: 'Choose your language' })).toBeNull();
  });

  it('asks first, with the language list, when the browser speaks none of ours', async () => {
    browserSays('ar-EG', 'fr');
    const user = await renderApp();
    const list = within(screen.getByRole('region', { name: 'Choose your language' }));
    // Nothing of the simulator yet: the list is the first thing to answer.
    expect(screen.queryByRole('region', { name: 'The card reader screen (in Japanese)' })).toBeNull();
    await user.click(list.getByRole('button', { name: /^नेपाली/ }));
    await waitFor(() => expect(document.documentElement.lang).toBe('ne'));
    expect(screen.getByRole('region', { name: i18n.getFixedT('ne')('ui.device.label') })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: i18n.getFixedT('ne')('ui.lang.choose') })).toBeNull();
  });

  it("keeps a stored choice over the browser's language, and a link's over both", async () => {
    browserSays('ko-KR');
    window.localStorage.setItem('uketsuke:preferences:v1', JSON.stringify({ language: 'vi' }));
    await renderApp();
    expect(document.documentElement.lang).toBe('vi');
    await renderApp('?lang=es');
    expect(document.documentElement.lang).toBe('es');
  });
});

describe('language files that cannot be used', () => {
  it('say plainly when a file is damaged, and keep the page in the language it was in', async () => {
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      const url = input instanceof Request ? input.url : input.toString();
      return url.includes('/locales/ko.json') ? Promise.resolve(new Response('{"ui": {"app": ')) : realFetch(input);
    });
    const user = await renderApp('?screen=pin-entry&lang=vi');
    await user.click(screen.getByRole('button', { name: /Tiếng Việt/ }));
    await user.click(screen.getByRole('button', { name: /^한국어/ }));
    // The damaged-file notice, in the visitor's Vietnamese, naming the language.
    expect(await screen.findByRole('status')).toHaveTextContent(i18n.getFixedT('vi')('ui.notice.localeBroken', { value: 'Korean' }));
    // Still in Vietnamese, with the list open to choose again.
    expect(screen.getByRole('button', { name: /^Tiếng Việt/ })).toHaveAttribute('aria-current', 'true');
    expect(document.documentElement.lang).toBe('vi');
  });
});

describe('what a link brings', () => {
  it('is said back set apart, so a right-to-left override cannot reverse the sentence', async () => {
    await renderApp(`?screen=${encodeURIComponent('\u202Eevil-screen')}`);
    const status = screen.getByRole('status');
    const echoed = status.querySelector('bdi');
    expect(echoed).toHaveTextContent('\u202Eevil-screen');
    // The sentence around it reads in order, outside the isolated value.
    const sentence = echoed?.parentElement?.textContent ?? '';
    expect(sentence.startsWith('The link asked for a screen called “')).toBe(true);
    expect(sentence.endsWith('”, which we do not have, so you are at the first screen.')).toBe(true);
  });
});

describe("a translator's kept edits", () => {
  it('are laid over the page at boot, where this browser keeps some', async () => {
    window.localStorage.setItem('uketsuke:edits:v1:en', JSON.stringify({ 'ui.app.tagline': 'A tagline kept in this browser' }));
    await renderApp();
    expect(screen.getByText('A tagline kept in this browser')).toBeInTheDocument();
    // Back to the file's own text for the tests that follow (the i18n instance is shared).
    const { useEditsStore } = await import('../workbench/edits.ts');
    useEditsStore.getState().discardAll('en');
  });
});
