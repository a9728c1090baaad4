import { expect, test, type Page } from '@playwright/test';
import { QUERY_MS } from '../src/flow/machine.ts';
import type { ScreenId } from '../src/flow/types.ts';
import { TerminalPage } from './terminal-page.ts';

/**
 * A first-time patient on a 390 × 844 phone (the phone project). On every step, the bar that
 * says what happens next is in view together with the reader: nobody scrolls to find how to go on.
 */
class Patient extends TerminalPage {
  readonly bar = this.page.locator('.guide-bar');

  /** The reader shows this screen, and the next-step bar is in the viewport with it. */
  async at(screen: ScreenId): Promise<void> {
    await this.expectScreen(screen);
    await expect(this.bar).toBeInViewport();
    await expect(this.terminal).toBeInViewport();
  }

  /** A choice the world outside the device makes, offered in the bar. */
  async outside(name: string): Promise<void> {
    await this.bar.getByRole('button', { name, exact: true }).click();
  }

  async practise(name: string): Promise<void> {
    const escaped = name.replace(/[()]/g, '\\$&');
    await this.page.locator('.practice-list').getByRole('button', { name: new RegExp(`^${escaped}`) }).click();
    await expect(this.bar).toContainText(`Practising: ${name}`);
    await this.at('idle');
  }

  /** From the query to the end: agree, choose the paper prescription, take the card back. */
  async finish({ consent = 'agree' }: { consent?: 'agree' | 'decline' } = {}): Promise<void> {
    await this.at('querying');
    await this.letTimePass(QUERY_MS);
    await this.at('consent-all');
    if (consent === 'agree') {
      await this.press('まとめて同意する');
    } else {
      await expect(this.page.locator('.consent-help')).toContainText('To say no: tap 個別に選択する, then 同意しない for each topic.');
      await expect(this.page.locator('.consent-help')).toContainText('Saying no is fine.');
      await this.press('個別に選択する');
      // One screen per topic the default clinic asks about: 診療, お薬, 手術, 健診.
      for (let topic = 0; topic < 4; topic += 1) {
        await this.at('consent-topic');
        await expect(this.page.locator('.consent-help')).toContainText('To say no to this topic: tap 同意しない.');
        await this.press('同意しない');
      }
    }
    await this.at('prescription');
    await this.press('紙の処方箋');
    await this.at('done');
    await this.outside('Take the card out');
    await this.at('idle');
  }
}

async function openAsPatient(page: Page): Promise<Patient> {
  const patient = new Patient(page);
  await patient.open();
  await patient.at('idle');
  return patient;
}

test.describe('a browser set to Nepali', () => {
  test.use({ locale: 'ne-NP' });

  test('opens the app in Nepali', async ({ page }) => {
    const patient = new Patient(page);
    await patient.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ne');
    await expect(patient.terminal.locator('.screen-title .overlay-chip')).toHaveAttribute('lang', 'ne');
    await expect(patient.languageButton).toContainText('नेपाली');
    await expect(patient.bar).toHaveAttribute('lang', 'ne');
  });
});

test.describe('a browser in a language Uketsuke does not have', () => {
  test.use({ locale: 'ar-EG' });

  test('asks for the language first, with each one named in its own script', async ({ page }) => {
    await page.goto('/');
    const list = page.locator('.language-list');
    await expect(list.getByRole('heading', { name: 'Choose your language' })).toBeVisible();
    await expect(page.locator('.terminal')).toHaveCount(0);
    await list.getByRole('button', { name: /^Tiếng Việt/ }).click();
    await expect(page.locator('.terminal .screen-title .overlay-chip')).toHaveAttribute('lang', 'vi');
    await expect(page).toHaveURL(/lang=vi/);
  });
});

test('the face path to done keeps the next step in view, and the drawn card can be tapped', async ({ page }) => {
  const patient = await openAsPatient(page);
  await expect(patient.bar).toContainText('Put your My Number Card on the reader');
  // The card drawn on the screen puts the card on the tray, as the tray itself does.
  await patient.terminal.locator('.widget-card').click();
  await patient.at('method-select');
  await patient.press('顔認証で本人確認');
  await patient.at('face-check');
  await expect(patient.bar).toContainText('Look at the camera above the screen');
  await patient.outside('The face matches');
  await patient.finish();
});

test('saying no to sharing is shown, step by step, and the visit goes on', async ({ page }) => {
  const patient = await openAsPatient(page);
  await patient.practise('I want to say no to sharing');
  await patient.outside('Place the card on the reader');
  await patient.at('method-select');
  await patient.press('顔認証で本人確認');
  await patient.at('face-check');
  await patient.outside('The face matches');
  await patient.finish({ consent: 'decline' });
});

test.describe('each practice situation, from the card to the end', () => {
  test('My first time (face)', async ({ page }) => {
    const patient = await openAsPatient(page);
    await patient.practise('My first time (face)');
    await patient.outside('Place the card on the reader');
    await patient.press('顔認証で本人確認');
    await patient.at('face-check');
    await patient.outside('The face matches');
    await patient.finish();
  });

  test('I use my PIN', async ({ page }) => {
    const patient = await openAsPatient(page);
    await patient.practise('I use my PIN');
    await patient.outside('Place the card on the reader');
    await patient.press('暗証番号で本人確認');
    await patient.at('pin-entry');
    // The practice PIN is laid over the screen right above the keypad, in view while typing.
    await expect(patient.terminal.locator('.practice-pin')).toContainText('The practice PIN is 1234.');
    await expect(patient.terminal.locator('.practice-pin')).toBeInViewport();
    await patient.enterPin('1234');
    await patient.finish();
  });

  test('I forgot my PIN', async ({ page }) => {
    const patient = await openAsPatient(page);
    await patient.practise('I forgot my PIN');
    await patient.outside('Place the card on the reader');
    await patient.press('暗証番号で本人確認');
    await patient.enterPin('9999');
    await patient.at('pin-wrong');
    await expect(patient.bar).toContainText("The PIN didn't match.");
    await patient.press('顔認証で本人確認');
    await patient.at('face-check');
    await patient.outside('The face matches');
    await patient.finish();
  });

  test("The camera doesn't recognise me", async ({ page }) => {
    const patient = await openAsPatient(page);
    await patient.practise("The camera doesn't recognise me");
    await patient.outside('Place the card on the reader');
    await patient.press('顔認証で本人確認');
    // The rehearsal's own next step comes first in the bar.
    await expect(patient.bar.locator('.guide-choice').first()).toHaveText('The face does not match ▸');
    await patient.outside('The face does not match');
    await patient.at('face-failed');
    await expect(patient.bar.locator('.guide-choice').first()).toHaveText('Staff start a visual check ▸');
    await patient.outside('Staff start a visual check');
    await patient.at('visual-check');
    await patient.outside('Staff confirm with the facility password');
    await patient.finish();
  });

  test("My card's certificate has expired", async ({ page }) => {
    const patient = await openAsPatient(page);
    await patient.practise("My card's certificate has expired");
    await patient.outside('Place the card on the reader');
    await patient.press('顔認証で本人確認');
    await patient.outside('The face matches');
    await patient.at('querying');
    await patient.letTimePass(QUERY_MS);
    await patient.at('eligibility-only');
    await expect(patient.bar).toContainText('only your insurance details are shared today');
    // Only eligibility is shared: no consent is asked, and reception completes.
    await patient.press('次に進む');
    await patient.at('done');
    await patient.outside('Take the card out');
    await patient.at('idle');
  });
});
