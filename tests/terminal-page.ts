import { expect, type Locator, type Page } from '@playwright/test';
import type { ScreenId } from '../src/flow/types.ts';

export interface TerminalPageOptions {
  /**
   * Whose clock the page runs on. 'test' (the default): the page's clock is paused from the
   * start, and time passes only when the test says (`letTimePass`), so no journey races a timer.
   * 'page': the page's own timers run, as axe needs for its scan; use it only on screens opened
   * from a link, which wait for the visitor instead of moving on (the flow's tests hold that).
   */
  readonly clock?: 'test' | 'page';
}

/**
 * The simulator as a user meets it: the drawn terminal (Japanese, with English chips laid over
 * it), the card tray under it, and the simulator controls beside it. Everything is found by
 * role and visible name, except the terminal itself, which tells its screen in `data-screen`.
 */
export class TerminalPage {
  readonly page: Page;
  private readonly clock: 'test' | 'page';
  private clockHeld = false;
  /** The drawn device: its screen, its buttons and the card tray. */
  readonly terminal: Locator;
  /** The card tray (or slot) under the screen: one button that places or takes the card. */
  readonly cardTray: Locator;
  readonly notices: Locator;

  constructor(page: Page, options: TerminalPageOptions = {}) {
    this.page = page;
    this.clock = options.clock ?? 'test';
    this.terminal = page.locator('.terminal[data-screen]');
    this.cardTray = this.terminal.getByRole('button', { name: /Place the card on the reader|Take the card out/ });
    this.notices = page.getByRole('status');
  }

  /**
   * Stops the page's clock before the app opens, so screens that move on by themselves (the
   * eligibility query, end screens) stay put until `letTimePass` says otherwise.
   */
  private async holdTime(): Promise<void> {
    if (this.clockHeld) return;
    const start = new Date('2025-01-06T09:00:00+09:00').getTime();
    await this.page.clock.install({ time: start });
    // The installed clock already runs; pausing needs a moment ahead of it. No page is open
    // yet, so no timer can fire on the way there.
    await this.page.clock.pauseAt(start + 60_000);
    this.clockHeld = true;
  }

  /** Moves the page's paused clock on, firing the timers that fall due on the way. */
  async letTimePass(ms: number): Promise<void> {
    if (!this.clockHeld) throw new Error('letTimePass needs the test clock (new TerminalPage(page), the default)');
    await this.page.clock.runFor(ms);
  }

  /**
   * Opens the app; `query` is the part after `?`, as a link would carry it. A plain first visit
   * shows the terminal before the app has taken the page over (it is built into the page), so
   * this waits, as a user would, until the address bar names the screen: the app is running.
   */
  async open(query = ''): Promise<void> {
    if (this.clock === 'test') await this.holdTime();
    await this.page.goto(query === '' ? '/' : `/?${query}`);
    await expect(this.page).toHaveURL(/[?&]screen=/);
    await expect(this.terminal).toBeVisible();
  }

  /** The terminal shows this screen and the address bar says so. */
  async expectScreen(screen: ScreenId): Promise<void> {
    await expect(this.terminal).toHaveAttribute('data-screen', screen);
    await expect(this.page).toHaveURL(new RegExp(`[?&]screen=${screen}(&|$)`));
  }

  /** A piece of the device's Japanese and its English translation, both visible on the terminal. */
  async expectSays(japanese: string, english: string): Promise<void> {
    await expect(this.terminal.getByText(japanese).first()).toBeVisible();
    await expect(this.terminal.getByText(english).first()).toBeVisible();
  }

  /** A button on the device's screen, by its Japanese (the English chip is part of its name). */
  deviceButton(japanese: string): Locator {
    return this.terminal.getByRole('button', { name: japanese });
  }

  async press(japanese: string): Promise<void> {
    await this.deviceButton(japanese).click();
  }

  async placeCard(): Promise<void> {
    await expect(this.cardTray).toHaveAccessibleName(/Place the card on the reader/);
    await this.cardTray.click();
  }

  async takeCardOut(): Promise<void> {
    await expect(this.cardTray).toHaveAccessibleName(/Take the card out/);
    await this.cardTray.click();
  }

  /** A simulator control outside the device, such as "The face matches". */
  simControl(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async simulate(name: string): Promise<void> {
    await this.simControl(name).click();
  }

  /** The one control that unfolds the side panel, scenario, clinic settings and display options. */
  get moreToggle(): Locator {
    return this.page.locator('.more-toggle');
  }

  /** Unfolds them (a chunk fetched when first asked for) and waits until they are drawn. */
  async openMore(): Promise<void> {
    if ((await this.moreToggle.getAttribute('aria-expanded')) !== 'true') await this.moreToggle.click();
    await expect(this.page.locator('.prompt-panel')).toBeVisible();
  }

  /** The header's language button: it opens the list of languages, each in its own script. */
  get languageButton(): Locator {
    return this.page.getByRole('banner').locator('.language-button');
  }

  /** Chooses a language from the list by its own name (e.g. 'Tiếng Việt'). */
  async chooseLanguage(ownName: string): Promise<void> {
    await this.languageButton.click();
    await this.page.locator('.language-list').getByRole('button', { name: new RegExp(`^${ownName}`) }).click();
  }

  /** The reading aid picker (among the display options, unfolded first). */
  async readingAid(): Promise<Locator> {
    await this.openMore();
    return this.page.locator('.display-panel select').nth(1);
  }

  /** Picks what the simulated card or certificate will turn out to be. */
  async chooseScenario(label: string): Promise<void> {
    await this.openMore();
    const radio = this.page.getByRole('radio', { name: label, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }

  /** Types digits on the terminal's keypad and presses 確定. */
  async enterPin(pin: string): Promise<void> {
    const keypad = this.terminal.getByRole('group', { name: 'PIN keypad' });
    for (const digit of pin) {
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    }
    await expect(keypad.getByText(new RegExp(`^${pin.length} digits? entered$`))).toBeAttached();
    await keypad.getByRole('button', { name: /確定/ }).click();
  }

  /** The standard start of a visit: card on the tray, then identity by face. */
  async placeCardAndMatchFace(): Promise<void> {
    await this.placeCard();
    await this.expectScreen('method-select');
    await this.press('顔認証で本人確認');
    await this.expectScreen('face-check');
    await this.simulate('The face matches');
  }
}
