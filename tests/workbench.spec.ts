import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1180, height: 820 } });

const row = (page: Page, key: string) => page.locator(`.workbench-row[data-key="${key}"]`);
const field = (page: Page, key: string) => row(page, key).getByRole('textbox');

test('a volunteer fixes a Vietnamese string, sees it live, keeps it over a reload, and exports the file', async ({ page }) => {
  await page.goto('/?lang=en&view=workbench');
  await page.getByLabel('Language to edit').selectOption('vi');

  const title = field(page, 'device.idle.titleTray');
  await expect(title).not.toHaveValue('');
  await title.fill('Vui lòng đặt thẻ My Number lên máy (sửa)');
  await expect(row(page, 'device.idle.titleTray')).toContainText('No problems');
  // The preview of the idle screen shows the edit at once.
  await expect(page.locator('.workbench-preview')).toContainText('Vui lòng đặt thẻ My Number lên máy (sửa)');

  // Problems are flagged as the volunteer types.
  const tries = field(page, 'device.pin-wrong.body_other');
  await tries.fill('Sai mã PIN');
  await expect(row(page, 'device.pin-wrong.body_other')).toContainText('Missing placeholder {{count}}');
  await tries.fill('Nhập sai thêm {{count}} lần nữa, mã PIN sẽ bị khóa. '.repeat(8));
  await expect(row(page, 'device.pin-wrong.body_other')).toContainText('Too long for its place');
  await row(page, 'device.pin-wrong.body_other').getByRole('button', { name: 'Undo my edit' }).click();
  await expect(row(page, 'device.pin-wrong.body_other')).toContainText('No problems');
  const sameAsEnglish = field(page, 'device.face-check.back');
  await sameAsEnglish.fill('Back');
  await expect(row(page, 'device.face-check.back')).toContainText('Same as the English');
  await row(page, 'device.face-check.back').getByRole('button', { name: 'Undo my edit' }).click();

  // The edit survives a reload and shows on the simulator in Vietnamese.
  await page.reload();
  await page.getByLabel('Language to edit').selectOption('vi');
  await expect(field(page, 'device.idle.titleTray')).toHaveValue('Vui lòng đặt thẻ My Number lên máy (sửa)');
  await expect(page.getByRole('status').filter({ hasText: 'edit not yet exported' })).toContainText('1 edit');
  await page.getByRole('button', { name: 'Card reader practice' }).click();
  await page.getByLabel('Your language').selectOption('vi');
  await expect(page.locator('.terminal')).toContainText('Vui lòng đặt thẻ My Number lên máy (sửa)');

  // Export gives a complete, ready-to-commit locale file with the edit in it.
  await page.goto('/?lang=en&view=workbench');
  await page.getByLabel('Language to edit').selectOption('vi');
  await expect(field(page, 'device.idle.titleTray')).toHaveValue('Vui lòng đặt thẻ My Number lên máy (sửa)');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('vi.json');
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as { device: { idle: { titleTray: string } } };
  expect(exported.device.idle.titleTray).toBe('Vui lòng đặt thẻ My Number lên máy (sửa)');
});

test('an imported file is previewed first, and a malformed one is refused with the reason', async ({ page }) => {
  await page.goto('/?lang=en&view=workbench');
  await page.getByLabel('Language to edit').selectOption('vi');
  await expect(field(page, 'device.idle.titleTray')).not.toHaveValue('');
  const before = await field(page, 'device.idle.titleTray').inputValue();
  const input = page.locator('input[type="file"]');

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"device": {"idle": ') });
  await expect(page.getByRole('alert')).toContainText('Could not import “broken.json”: it is not valid JSON');

  await input.setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from('{"device": {"idle": {"titelTray": "x"}}}') });
  await expect(page.getByRole('alert')).toContainText('device.idle.titelTray');
  await expect(field(page, 'device.idle.titleTray')).toHaveValue(before);

  const good = { device: { idle: { titleTray: 'Đặt thẻ My Number vào đây' } } };
  await input.setInputFiles({ name: 'vi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText('1 translations would change (from vi.json)');
  await expect(field(page, 'device.idle.titleTray')).toHaveValue(before);
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await expect(field(page, 'device.idle.titleTray')).toHaveValue('Đặt thẻ My Number vào đây');
});

test('the workbench has no WCAG 2.1 A/AA violations axe can find', async ({ page }) => {
  // Every key of a language is on the page at once: axe needs longer than for one screen.
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto('/?lang=en&view=workbench');
  await expect(field(page, 'device.idle.titleTray')).not.toHaveValue('');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`)).toEqual([]);
});
