import { expect, test } from '@playwright/test';
import { QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

test('a patient checks in with the practice PIN typed on the keypad', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();

  await reader.placeCard();
  await reader.expectScreen('method-select');
  await expect(reader.deviceButton('暗証番号で本人確認')).toContainText('Confirm by PIN');

  await reader.press('暗証番号で本人確認');
  await reader.expectScreen('pin-entry');
  await reader.expectSays('暗証番号（4桁）を入力してください', 'Enter your PIN (4 digits)');
  await expect(page.getByText('The practice PIN is 1234.')).toBeVisible();
  await expect(reader.deviceButton('確定')).toBeDisabled();

  await reader.enterPin('1234');
  await reader.expectScreen('querying');
  await reader.expectSays('資格確認中です', 'Checking your eligibility');
  // The PIN itself never reaches the address bar.
  expect(page.url()).not.toContain('1234');

  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('consent-all');
  await reader.press('まとめて同意する');
  await reader.expectScreen('prescription');
  await reader.press('電子処方箋');

  await reader.expectScreen('done');
  await reader.expectSays('受付が完了しました', 'Check-in is complete');
  await reader.takeCardOut();
  await reader.expectScreen('idle');
});
