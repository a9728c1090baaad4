import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import type { VoiceLike } from '../i18n/speech-voices.ts';
import { useUiStore } from '../store/ui-store.ts';
import { PromptPanel } from './prompt-panel.tsx';
import { SpeakButton } from './speak-button.tsx';

/** The browser's utterance, as far as the app uses it: text, language, voice and its end. */
class FakeUtterance extends EventTarget {
  lang = '';
  voice: VoiceLike | null = null;
  constructor(readonly text: string) {
    super();
  }
}

/** The browser's speech: a voice list that may arrive later, what was spoken, and cancel. */
class FakeSynthesis extends EventTarget {
  voices: VoiceLike[] = [];
  readonly spoken: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  readonly cancel = vi.fn(() => {
    const stopped = this.current;
    this.current = null;
    // Browsers end a cancelled utterance with an error event ('interrupted').
    stopped?.dispatchEvent(new Event('error'));
  });
  getVoices(): VoiceLike[] {
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.current = utterance;
  }
  /** The device finishes reading. */
  finish(): void {
    const done = this.current;
    this.current = null;
    done?.dispatchEvent(new Event('end'));
  }
  /** The voice list arrives (Chromium fills it only after the page asked). */
  arrive(voices: VoiceLike[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

const voice = (name: string, lang: string): VoiceLike => ({ name, lang, localService: true, default: false });

let synthesis: FakeSynthesis;

function withSpeech(voices: VoiceLike[] = []): void {
  synthesis = new FakeSynthesis();
  synthesis.voices = voices;
  vi.stubGlobal('speechSynthesis', synthesis);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

const draw = (node: React.ReactNode) => render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);

beforeEach(async () => {
  await loadLanguage('vi');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the speaker button', () => {
  it('waits for the voice list, then reads Vietnamese with the Vietnamese voice', async () => {
    withSpeech([]);
    const user = userEvent.setup();
    draw(<SpeakButton text="Vui lòng đặt thẻ" lang="vi" />);
    act(() => synthesis.arrive([voice('English', 'en-US'), voice('Vietnamese', 'vi-VN')]));

    await user.click(screen.getByRole('button', { name: 'Read aloud in Vietnamese' }));
    expect(synthesis.spoken).toHaveLength(1);
    expect(synthesis.spoken[0]?.text).toBe('Vui lòng đặt thẻ');
    expect(synthesis.spoken[0]?.voice?.name).toBe('Vietnamese');
    expect(synthesis.spoken[0]?.lang).toBe('vi-VN');
  });

  it('stops when pressed again while reading, and is ready again when the reading ends', async () => {
    withSpeech([voice('Japanese', 'ja-JP')]);
    const user = userEvent.setup();
    draw(<SpeakButton text="カードを置いてください" lang="ja" />);

    await user.click(screen.getByRole('button', { name: 'Read aloud in Japanese' }));
    await user.click(screen.getByRole('button', { name: 'Stop reading aloud' }));
    expect(synthesis.cancel).toHaveBeenCalledTimes(1);
    expect(synthesis.spoken).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Read aloud in Japanese' }));
    expect(synthesis.spoken).toHaveLength(2);
    act(() => synthesis.finish());
    expect(screen.getByRole('button', { name: 'Read aloud in Japanese' })).toBeInTheDocument();
  });

  it('reads one text at a time: another button stops the first', async () => {
    withSpeech([voice('Japanese', 'ja-JP'), voice('Vietnamese', 'vi-VN')]);
    const user = userEvent.setup();
    draw(
      <>
        <SpeakButton text="カードを置いてください" lang="ja" />
        <SpeakButton text="Vui lòng đặt thẻ" lang="vi" />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Read aloud in Japanese' }));
    await user.click(screen.getByRole('button', { name: 'Read aloud in Vietnamese' }));
    expect(synthesis.cancel).toHaveBeenCalledTimes(1);
    expect(synthesis.spoken.map((spoken) => spoken.voice?.name)).toEqual(['Japanese', 'Vietnamese']);
    expect(screen.getAllByRole('button', { name: 'Stop reading aloud' })).toHaveLength(1);
  });

  it('says plainly that there is no Burmese voice, reads nothing with another voice, and keeps the text', async () => {
    withSpeech([voice('English', 'en-US'), voice('Thai', 'th-TH')]);
    const user = userEvent.setup();
    draw(
      <p>
        <span lang="my">ကတ်ကို ထားပါ</span>
        <SpeakButton text="ကတ်ကို ထားပါ" lang="my" />
      </p>,
    );
    await user.click(screen.getByRole('button', { name: 'Read aloud in Burmese' }));
    expect(synthesis.spoken).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No Burmese voice on this device. Please read the text.');
    expect(screen.getByText('ကတ်ကို ထားပါ')).toBeInTheDocument();
    // The button is still there to try again (a voice installed later is used).
    act(() => synthesis.arrive([voice('Burmese', 'my-MM')]));
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Read aloud in Burmese' }));
    expect(synthesis.spoken[0]?.voice?.name).toBe('Burmese');
  });

  it('says the missing voice in the visitor’s language', async () => {
    withSpeech([]);
    await loadLanguage('ja');
    useUiStore.getState().setLanguage('ja');
    const user = userEvent.setup();
    draw(<SpeakButton text="ကတ်ကို ထားပါ" lang="my" />);
    await user.click(screen.getByRole('button', { name: 'ミャンマー語で読み上げる' }));
    expect(screen.getByRole('status')).toHaveTextContent('この端末にはミャンマー語の音声がありません。');
  });
  it('names the language in English while the visitor’s language has no translation of the sentence yet', () => {
    withSpeech([]);
    useUiStore.getState().setLanguage('vi');
    // The Vietnamese file as it is, and as it would be without the sentence and with it.
    const file = structuredClone(i18n.getResourceBundle('vi', 'translation') as Record<string, unknown>);
    const ui = file.ui as Record<string, unknown>;
    try {
      i18n.addResourceBundle('vi', 'translation', { ...file, ui: { ...ui, speak: {} } }, false, true);
      const { unmount } = draw(<SpeakButton text="カード" lang="ja" />);
      expect(screen.getByRole('button', { name: 'Read aloud in Japanese' })).toBeInTheDocument();
      unmount();
      i18n.addResourceBundle('vi', 'translation', { ...file, ui: { ...ui, speak: { read: 'Đọc to bằng {{language}}' } } }, false, true);
      draw(<SpeakButton text="カード" lang="ja" />);
      expect(screen.getByRole('button', { name: /^Đọc to bằng tiếng Nhật$/i })).toBeInTheDocument();
    } finally {
      i18n.addResourceBundle('vi', 'translation', file, false, true);
    }
  });
});

describe('speaker buttons in the side panel', () => {
  it('read each prompt in the visitor’s language and in Japanese', async () => {
    withSpeech([voice('Japanese', 'ja-JP'), voice('Vietnamese', 'vi-VN')]);
    useUiStore.getState().setLanguage('vi');
    const user = userEvent.setup();
    draw(<PromptPanel />);
    const [first] = screen.getAllByRole('listitem');
    if (!first) throw new Error('no prompt');
    const buttons = within(first).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    await user.click(buttons[0] ?? first);
    await user.click(buttons[1] ?? first);
    const japanese = first.querySelector('[lang="ja"]')?.textContent;
    const vietnamese = first.querySelector('[lang="vi"]')?.textContent;
    expect(synthesis.spoken.map((spoken) => [spoken.voice?.name, spoken.text])).toEqual([
      ['Japanese', japanese],
      ['Vietnamese', vietnamese],
    ]);
  });

  it('are not drawn where the browser cannot speak, and the page says so once', () => {
    // jsdom, like some browsers, has no speechSynthesis at all.
    expect('speechSynthesis' in window).toBe(false);
    useUiStore.getState().setLanguage('vi');
    const { unmount } = draw(<PromptPanel />);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('button')).toEqual([]);
    unmount();
    draw(<PromptPanel />);
    expect(useUiStore.getState().notices.map((notice) => notice.key)).toEqual(['ui.speak.unavailable']);
    useUiStore.getState().dismiss(useUiStore.getState().notices[0]?.id ?? '');
    draw(<PromptPanel />);
    expect(useUiStore.getState().notices).toEqual([]);
  });
});
