import { test } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

test('a card the reader cannot recognise shows error 001 and asks for the card back', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();
  await reader.chooseScenario('Card that cannot be read (error 001)');

  await reader.placeCard();
  await reader.expectScreen('card-unreadable');
  await reader.expectSays('【001:マイナンバーカードの認識不可】', '【001: My Number Card not recognised】');
  await reader.expectSays('カードをお取りください', 'Please take your card');

  await reader.takeCardOut();
  await reader.expectScreen('idle');
});
