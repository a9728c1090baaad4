import { describe, expect, it, onTestFinished } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { chooseLanguage } from '../store/language-commands.ts';
import { i18n } from '../i18n/i18n.ts';
import { PhraseCards } from './phrase-card.tsx';

/** The card (list item) that holds this text. */
const cardOf = (text: string): HTMLElement => {
  const card = screen.getByText(text).closest('li');
  if (!card) throw new Error(`no card holds ${text}`);
  return card;
};

describe('PhraseCards', () => {
  it('shows the mask phrase on the face check in Japanese and, beneath it, in English', async () => {
    render(<PhraseCards screen="face-check" />);
    const japanese = await screen.findByText('マスクを外してください。');
    expect(japanese).toHaveAttribute('lang', 'ja');
    const card = cardOf('マスクを外してください。');
    expect(within(card).getByText('Please take off your mask.')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { name: 'Things staff may say here' })).toBeInTheDocument();
    // The screen's own phrases first, the ones for any screen last.
    const cards = screen.getAllByRole('listitem');
    expect(cards[0]).toBe(card);
    expect(cards.at(-1)).toHaveTextContent('ありがとうございます。');
  });

  it('shows English, marked as English, to a Burmese visitor while Burmese has no text for a phrase yet', async () => {
    await chooseLanguage('my');
    // A phrase added to the source and not yet translated into Burmese.
    const phrases = (i18n.getResourceBundle('my', 'translation') as { ui: { phrase: Record<string, string> } }).ui.phrase;
    const burmese = phrases.maskOff;
    delete phrases.maskOff;
    onTestFinished(() => {
      if (burmese !== undefined) phrases.maskOff = burmese;
    });
    render(<PhraseCards screen="face-check" />);
    await screen.findByText('マスクを外してください。');
    const english = within(cardOf('マスクを外してください。')).getByText('Please take off your mask.');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'ltr');
    // The heading around the cards is the visitor's language where it has it (here the English fallback).
    expect(screen.getByRole('region')).toHaveAttribute('lang', 'my');
  });

  it('draws the speaker control another part builds beside each phrase', async () => {
    render(<PhraseCards screen="querying" speaker={(phrase) => <button type="button">{`read ${phrase}`}</button>} />);
    await screen.findByText('しばらくお待ちください。');
    const card = cardOf('Please wait a moment while it checks.');
    expect(within(card).getByRole('button', { name: 'read ui.phrase.checking' })).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });
});
