import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

test('three wrong PINs lock the PIN and leave face recognition as the way on', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();
  await reader.placeCard();
  await reader.press('暗証番号で本人確認');
  await reader.expectScreen('pin-entry');

  await reader.enterPin('9999');
  await reader.expectScreen('pin-wrong');
  await reader.expectSays('暗証番号が違います', 'The PIN is wrong');
  await reader.expectSays('あと2回間違えるとロックされます', 'If you get it wrong 2 more times, the PIN will be locked');

  await reader.press('もう一度入力');
  await reader.expectScreen('pin-entry');
  await reader.enterPin('9999');
  await reader.expectScreen('pin-wrong');
  await reader.expectSays('あと1回間違えるとロックされます', 'If you get it wrong 1 more time, the PIN will be locked');

  await reader.press('もう一度入力');
  await reader.expectScreen('pin-entry');
  await reader.enterPin('9999');
  await reader.expectScreen('pin-locked');
  await reader.expectSays('暗証番号がロックされました', 'The PIN is locked');
  await expect(reader.deviceButton('顔認証で本人確認')).toContainText('Confirm by facial recognition');
  await expect(reader.deviceButton('暗証番号で本人確認')).toHaveCount(0);

  // The lock is on the card: taking it out and placing it again does not offer the PIN.
  await reader.takeCardOut();
  await reader.expectScreen('idle');
  await reader.placeCard();
  await reader.expectScreen('method-select');
  await expect(reader.deviceButton('顔認証で本人確認')).toBeVisible();
  await expect(reader.deviceButton('暗証番号で本人確認')).toHaveCount(0);
});
