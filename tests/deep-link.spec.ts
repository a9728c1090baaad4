import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page.ts';

test('a link to the PIN screen opens it directly, in English', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=pin-entry&lang=en');
  await reader.expectScreen('pin-entry');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await reader.expectSays('暗証番号（4桁）を入力してください', 'Enter your PIN (4 digits)');
  await expect(reader.terminal.getByRole('group', { name: 'PIN keypad' })).toBeVisible();
});

test('a link to a screen that does not exist lands on the first screen and says so politely', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=nonsense');
  await reader.expectScreen('idle');
  await expect(reader.notices.getByText(/nonsense/)).toBeVisible();
  await expect(reader.notices).toContainText('which we do not have, so you are at the first screen');

  await reader.notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reader.notices.getByText(/nonsense/)).toHaveCount(0);
});

test('a link asking for a language we do not have says so and keeps English', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('lang=xx');
  await expect(reader.notices).toContainText('The link asked for the language “xx”, which we do not have yet');
  await reader.expectScreen('idle');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await reader.expectSays('マイナンバーカードを置いてください', 'Please place your My Number Card');
});

test('a link to the checking screen keeps it in place until the visitor moves it on', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open('screen=querying&lang=en');
  await reader.expectSays('資格確認中です', 'Checking your eligibility');
  await expect(page.getByText('Opened from a link, this screen waits for you.', { exact: false })).toBeVisible();

  // A minute of the test's clock: on a visit this screen would long have moved on.
  await reader.letTimePass(60_000);
  await reader.expectScreen('querying');

  await reader.simulate('Go on to the next screen');
  await reader.expectScreen('consent-all');
});
