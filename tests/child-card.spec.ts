import { expect, test, type Page } from '@playwright/test';
import { QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

const NO_PHOTO = 'Card without a photo (child under 1): PIN only';

/** A child's card without a photo, placed on the reader. */
async function placeChildCard(page: Page): Promise<TerminalPage> {
  const reader = new TerminalPage(page);
  await reader.open();
  await reader.chooseScenario(NO_PHOTO);
  await reader.placeCard();
  return reader;
}

test('a child’s card without a photo is confirmed by the PIN a parent types: no face recognition, no staff check by eye', async ({ page }) => {
  const reader = await placeChildCard(page);
  await reader.expectScreen('method-select');
  await reader.expectSays('このカードは暗証番号で本人確認を行います', 'This card confirms identity by PIN');
  await expect(reader.deviceButton('顔認証で本人確認')).toHaveCount(0);
  await expect(page.getByText('This card has no photo (a child under one): confirm with the 4-digit PIN a parent set.', { exact: false })).toBeVisible();
  await expect(page.getByText("For a child's card, a parent or guardian may type the child's PIN.", { exact: false })).toBeVisible();
  // Staff cannot check a face against a photo the card does not have.
  await expect(reader.simControl('Staff start a visual check')).toHaveCount(0);

  await reader.press('暗証番号で本人確認');
  await reader.expectScreen('pin-entry');
  await expect(page.getByText('Clinic staff will not ask for your PIN or type it for you.', { exact: false })).toBeVisible();
  await expect(page.getByText('they can check your face against the card', { exact: false })).toHaveCount(0);
  await reader.enterPin('1234');
  await reader.expectScreen('querying');
  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('consent-all');
});

test('three wrong PINs on a card without a photo leave no other way on: take the card to reception', async ({ page }) => {
  const reader = await placeChildCard(page);
  await reader.press('暗証番号で本人確認');
  for (const left of [2, 1]) {
    await reader.enterPin('9999');
    await reader.expectScreen('pin-wrong');
    await expect(page.getByText('after three wrong tries in a row it locks, and this card has no other way to confirm', { exact: false })).toBeVisible();
    await reader.expectSays(`あと${left}回間違えるとロックされます`, `If you get it wrong ${left} more time`);
    await reader.press('もう一度入力');
  }
  await reader.enterPin('9999');
  await reader.expectScreen('pin-locked');
  await expect(reader.deviceButton('顔認証で本人確認')).toHaveCount(0);
  await expect(page.getByText('A parent resets the PIN at the city office.', { exact: false })).toBeVisible();
  // No store reset for a child: under-15s have no signature password.
  await expect(page.getByText('JPKI暗証番号リセット', { exact: false })).toHaveCount(0);
});
