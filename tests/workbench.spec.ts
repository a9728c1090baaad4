import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { violations } from './axe.ts';

const row = (page: Page, key: string) => page.locator(`.workbench-row[data-key="${key}"]`);
const field = (page: Page, key: string) => row(page, key).getByRole('textbox');

/** Opens the workbench (the help layer in English) on a language to edit. */
async function openWorkbench(page: Page, language: string): Promise<void> {
  await page.goto('/?lang=en&view=workbench');
  await page.getByLabel('Language to edit').selectOption(language);
  await expect(field(page, 'device.idle.titleTray')).not.toHaveValue('');
}

// The workbench draws every string of a language (some 700 rows) at each load, and these journeys
// load it several times: on two cores shared with other work that takes longer than one screen.
test.describe.configure({ timeout: 60_000 });

// Volunteers translate on their phones too: these journeys run at the phone project's 390×844.
test.describe('on a phone', () => {
  test('a volunteer fixes a Vietnamese string, sees it live, keeps it over a reload, and exports the file', async ({ page }) => {
    await openWorkbench(page, 'vi');

    const title = field(page, 'device.idle.titleTray');
    await title.fill('Vui lòng đặt thẻ My Number lên máy (sửa)');
    await expect(row(page, 'device.idle.titleTray')).toContainText('No problems');
    await expect(row(page, 'device.idle.titleTray')).toContainText('40 / 90');
    // The preview of the idle screen, right under the row, shows the edit at once.
    await expect(row(page, 'device.idle.titleTray').getByRole('region', { name: 'Preview' })).toContainText(
      'Vui lòng đặt thẻ My Number lên máy (sửa)',
    );

    // Problems are flagged as the volunteer types.
    const tries = field(page, 'device.pin-wrong.body_other');
    await tries.fill('Sai mã PIN');
    await expect(row(page, 'device.pin-wrong.body_other')).toContainText('Missing placeholder {{count}}');
    await tries.fill('Nhập sai thêm {{count}} lần nữa, mã PIN sẽ bị khóa. '.repeat(8));
    await expect(row(page, 'device.pin-wrong.body_other')).toContainText('Too long for its place');
    await row(page, 'device.pin-wrong.body_other').getByRole('button', { name: 'Undo my edit' }).click();
    await expect(row(page, 'device.pin-wrong.body_other')).toContainText('No problems');

    // "See it on the screen" brings the preview into view and moves focus there.
    await row(page, 'device.consent-topic.questions.surgery').getByRole('button', { name: 'See it on the screen' }).click();
    const preview = row(page, 'device.consent-topic.questions.surgery').getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: 'Preview' })).toBeFocused();
    await expect(preview.getByRole('heading', { name: 'Preview' })).toBeInViewport();
    // The drawing itself comes up too, not just the heading at the bottom edge.
    await expect(preview.locator('.terminal')).toBeInViewport({ ratio: 0.5 });
    await expect(preview).toContainText('過去の手術の情報を、当機関に提供することに同意しますか');

    // The edit survives a reload and shows on the simulator in Vietnamese.
    await page.reload();
    await page.getByLabel('Language to edit').selectOption('vi');
    await expect(field(page, 'device.idle.titleTray')).toHaveValue('Vui lòng đặt thẻ My Number lên máy (sửa)');
    await expect(page.getByRole('status').filter({ hasText: 'edit not yet exported' })).toContainText('1 edit');
    await page.getByRole('button', { name: 'Card reader practice' }).click();
    await page.getByRole('banner').locator('.language-button').click();
    await page.locator('.language-list').getByRole('button', { name: /^Tiếng Việt/ }).click();
    await expect(page.locator('.terminal')).toContainText('Vui lòng đặt thẻ My Number lên máy (sửa)');

    // Export gives a complete, ready-to-commit locale file with the edit in it, and says where to send it.
    await openWorkbench(page, 'vi');
    await expect(field(page, 'device.idle.titleTray')).toHaveValue('Vui lòng đặt thẻ My Number lên máy (sửa)');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('vi.json');
    const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as { device: { idle: { titleTray: string } } };
    expect(exported.device.idle.titleTray).toBe('Vui lòng đặt thẻ My Number lên máy (sửa)');
    await expect(page.getByRole('status').filter({ hasText: 'vi.json is in your downloads' })).toContainText(
      'Send it to the project by e-mail or as an attachment to an issue, or upload it on GitHub',
    );
  });

  test('an imported file is previewed first, and a broken, deep, foreign-encoded or huge one is refused with the reason', async ({ page }) => {
    await openWorkbench(page, 'vi');
    const before = await field(page, 'device.idle.titleTray').inputValue();
    const input = page.getByLabel('Import a file');
    const refused = page.getByRole('alert');

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"device": {"idle": ') });
    await expect(refused).toContainText('Could not import “broken.json”: it is not valid JSON');

    await input.setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from('{"device": {"idle": {"titelTray": "x"}}}') });
    await expect(refused).toContainText('device.idle.titelTray');

    const deep = `${'{"a":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`;
    await input.setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
    await expect(refused).toContainText('Could not import “deep.json”: it is nested more than 8 levels deep');

    // {"device":{"idle":{"titleTray":"練習"}}} saved as Shift_JIS.
    const shiftJis = Buffer.concat([Buffer.from('{"device":{"idle":{"titleTray":"'), Buffer.from([0x97, 0xfb, 0x8f, 0x4b]), Buffer.from('"}}}')]);
    await input.setInputFiles({ name: 'sjis.json', mimeType: 'application/json', buffer: shiftJis });
    await expect(refused).toContainText('it is not UTF-8 text. Save it as UTF-8');

    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 0x20) });
    await expect(refused).toContainText('it is 2 MB, and a locale file is never larger than 1 MB');
    await expect(field(page, 'device.idle.titleTray')).toHaveValue(before);

    const good = { device: { idle: { titleTray: 'Đặt thẻ My Number vào đây' } } };
    await input.setInputFiles({ name: 'vi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect(page.getByRole('region', { name: 'Import preview' })).toContainText('1 translations would change (from vi.json)');
    await expect(field(page, 'device.idle.titleTray')).toHaveValue(before);
    await page.getByRole('button', { name: 'Apply the import' }).click();
    await expect(field(page, 'device.idle.titleTray')).toHaveValue('Đặt thẻ My Number vào đây');
  });

  test('a Korean file brought to Vietnamese is imported only once confirmed, and can be undone after a reload', async ({ page }) => {
    await openWorkbench(page, 'vi');
    await field(page, 'ui.app.tagline').fill('Luyện tập trước khi đi khám (sửa tay)');

    await page.getByLabel('Import a file').setInputFiles({ name: 'ko.json', mimeType: 'application/json', buffer: await readFile('locales/ko.json') });
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview.getByRole('alert')).toContainText("The file's name says it is for 한국어, but you are editing Tiếng Việt.");
    await expect(preview.getByRole('alert')).toContainText('Its text is mostly in Hangul script, but Tiếng Việt is written in Latin script.');
    await expect(preview.getByRole('button', { name: 'Apply the import' })).toBeDisabled();
    await preview.getByRole('checkbox', { name: 'Yes, this file is for Tiếng Việt: import it anyway' }).check();
    await preview.getByRole('button', { name: 'Apply the import' }).click();
    await expect(field(page, 'ui.app.tagline')).not.toHaveValue('Luyện tập trước khi đi khám (sửa tay)');

    // The manual edit the import replaced is not lost, even over a reload.
    await page.reload();
    await page.getByLabel('Language to edit').selectOption('vi');
    await page.getByRole('status').filter({ hasText: 'imported from ko.json' }).getByRole('button', { name: 'Undo the import' }).click();
    await expect(field(page, 'ui.app.tagline')).toHaveValue('Luyện tập trước khi đi khám (sửa tay)');
  });

  test('the workbench fits a 320 px screen without scrolling sideways, in English and in Burmese', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const language of ['en', 'my']) {
      // The workbench opens on the language the visitor reads.
      await page.goto(`/?lang=${language}&view=workbench`);
      await expect(field(page, 'device.idle.titleTray')).not.toHaveValue('');
      await row(page, 'device.pin-wrong.body_other').locator('.row-actions button').first().click();
      await expect(row(page, 'device.pin-wrong.body_other').locator('.terminal')).toBeVisible();
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(widths.scroll, language).toBeLessThanOrEqual(widths.window);
    }
  });
});

test.describe('on the counter tablet', () => {
  test.use({ viewport: { width: 1180, height: 820 } });

  test('a volunteer edits a help-layer string and sees it marked in its panel beside the list', async ({ page }) => {
    await openWorkbench(page, 'vi');
    await field(page, 'ui.sim.STAFF_CONFIRMED').fill('Nhân viên xác nhận bằng mật khẩu (sửa)');
    const preview = page.getByRole('complementary').getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Where it appears: What happens next');
    await expect(preview.locator('[data-edited]')).toContainText('Nhân viên xác nhận bằng mật khẩu (sửa)');
    // The string's own field keeps the focus while it is previewed.
    await expect(field(page, 'ui.sim.STAFF_CONFIRMED')).toBeFocused();
  });

  test('the workbench has no WCAG 2.1 A/AA violations axe can find', async ({ page }) => {
    await openWorkbench(page, 'vi');
    // The list is one row drawn some 700 times, which takes axe most of a minute. Its own search
    // narrows it to the strings about the PIN: some fifty rows of every kind (a plural, a note, a
    // count, a limit) under sixteen places, with the page's controls and the preview around them.
    await page.getByRole('searchbox', { name: 'Search' }).fill('pin');
    await expect(row(page, 'device.idle.titleTray')).toHaveCount(0);
    await row(page, 'device.pin-wrong.body_other').getByRole('button', { name: 'See it on the screen' }).click();
    await expect(page.getByRole('complementary').locator('[data-edited]')).toBeVisible();
    const found = await violations(page);
    expect(found, `axe violations on the workbench:\n${found.join('\n')}`).toEqual([]);
  });
});
