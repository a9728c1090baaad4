import { expect, test } from '@playwright/test';
import { END_SCREEN_MS, QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

const GRACE = 'Expired, up to the end of the 3rd month after the expiry month';

test('a smartphone has no grace period: with the card’s certificate expired, the phone stops at error 006, and the card itself still works', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();
  await reader.chooseScenario(GRACE);

  // Android: the PIN of the phone's certificate is typed on the reader before the phone is held.
  await reader.press('スマートフォンで受付');
  await reader.expectScreen('phone-select');
  await reader.press('Android');
  await reader.expectScreen('phone-android-pin');
  await reader.enterPin('1234');
  await reader.expectScreen('phone-hold');
  await reader.expectSays('スマートフォンを読み取り部にかざしてください', 'Hold your smartphone over the reader');
  await page.getByRole('button', { name: 'Smartphone reader' }).click();
  await reader.expectScreen('querying');

  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('error-006');
  await reader.expectSays('電子証明書が失効しています', 'Your electronic certificate is no longer valid');
  // No card is in the reader, so the screen does not ask for it back, and the tray offers nothing to take.
  await expect(reader.terminal.getByText('カードをお取りください')).toHaveCount(0);
  await expect(reader.terminal.getByRole('button', { name: /Place the card on the reader/ })).toBeDisabled();
  await expect(page.getByText("The phone cannot be used: its certificate stops when the card's certificate expires", { exact: false })).toBeVisible();

  // With no card to take, the screen goes back to the start by itself.
  await reader.letTimePass(END_SCREEN_MS);
  await reader.expectScreen('idle');

  // The card itself, in its grace period, still confirms the insurance (eligibility only).
  await reader.placeCardAndMatchFace();
  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('eligibility-only');
  await reader.expectSays('有効期限切れ', 'Expired');
});
