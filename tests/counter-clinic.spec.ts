import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_22, violations } from './axe.ts';

/**
 * The clinic's settings at the counter: set once on the tablet, kept across reloads, shared as
 * a file; the patient's language never kept. No clock is held: the counter's home has no timer.
 */

/** The counter's home from the staff's bookmark (no language in it), once its Japanese is in. */
async function openCounter(page: Page) {
  await page.goto('/?mode=counter');
  await expect(page.getByRole('heading', { level: 2, name: /受付カウンター/ })).toBeVisible();
  await expect(page).toHaveURL(/\?mode=counter&lang=en$/);
}

/** The folded clinic settings, unfolded. */
async function openPanel(page: Page) {
  const panel = page.locator('details.clinic-panel');
  await panel.getByText('この医療機関の設定').click();
  await expect(panel).toHaveAttribute('open', '');
  return panel;
}

test('clinic settings are kept on the tablet, the patient’s language is not, and a broken file is refused with the reason', async ({ page }) => {
  await openCounter(page);
  let panel = await openPanel(page);
  await panel.getByRole('checkbox', { name: '手術' }).uncheck();
  await panel.getByRole('combobox', { name: /操作がないまま待つ時間/ }).selectOption({ label: '3 分' });
  // A patient comes: staff choose their language.
  await page.getByRole('button', { name: /^Tiếng Việt/ }).click();
  await expect(page.getByRole('button', { name: /^Tiếng Việt/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/lang=vi$/);
  // Nothing of the patient is kept on the tablet.
  expect(await page.evaluate(() => Object.values(localStorage).join('\n'))).not.toContain('"vi"');

  // The next day: the bookmark again.
  await openCounter(page);
  await expect(page.getByRole('button', { name: /^Tiếng Việt/ })).toHaveAttribute('aria-pressed', 'false');
  panel = await openPanel(page);
  await expect(panel.getByRole('checkbox', { name: '手術' })).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: '健診' })).toBeChecked();
  await expect(panel.getByRole('combobox', { name: /操作がないまま待つ時間/ })).toHaveValue('180');

  // A file that is not a clinic-settings file: refused, with the reason, and nothing changes.
  await panel.getByLabel('ファイルから読み込む').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"uketsuke": "clinic-settings", "version": 1, '),
  });
  await expect(panel.getByRole('alert')).toHaveText('「broken.json」は読み込めません。JSON形式として読めません。設定は変わっていません。');
  await expect(panel.getByRole('checkbox', { name: '手術' })).not.toBeChecked();
  await expect(panel.getByRole('combobox', { name: /操作がないまま待つ時間/ })).toHaveValue('180');

  // What another tablet would import: a file, made here, of what is set.
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'ファイルに書き出す' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('uketsuke-clinic-settings.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(exported).toMatchObject({
    uketsuke: 'clinic-settings',
    version: 2,
    idleSeconds: 180,
    facility: { consentTopics: ['treatment', 'medication', 'checkup'], software: 'since-2024-10' },
  });

  // A file another tablet exported before the software generation (version 1) still reads: its
  // limit-amount screen means the older software, its 診療・お薬 the two topics.
  await panel.getByLabel('ファイルから読み込む').setInputFiles({
    name: 'older.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        uketsuke: 'clinic-settings',
        version: 1,
        facility: { consentTopics: ['treatment'], consentForm: 'per-topic', ePrescription: true, smartphoneReader: true, cardEntry: 'tray', limitAmountScreen: true },
        idleSeconds: 180,
        staffCode: '',
      }),
    ),
  });
  await expect(panel.getByRole('radio', { name: /2024年10月7日より前/ })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: '診療' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'お薬' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: '健診' })).not.toBeChecked();
  // The older software knows no smartphones: the switch is shown, not offered.
  await expect(panel.getByRole('checkbox', { name: 'スマートフォン読み取り部あり' })).toBeDisabled();

  // The open panel, with a refused file and a refused staff code on show.
  await panel.getByRole('textbox', { name: /新しいスタッフコード/ }).fill('12');
  await panel.getByRole('button', { name: 'このコードにする' }).click();
  await expect(panel.getByText('数字4〜8桁で入力してください。')).toBeVisible();
  const found = await violations(page, { tags: WCAG_22, include: 'details.clinic-panel' });
  expect(found, `axe violations in the clinic settings:\n${found.join('\n')}`).toEqual([]);
});
