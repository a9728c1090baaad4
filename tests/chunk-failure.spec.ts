import { expect, test } from '@playwright/test';

// The routes below stand for the network. A service worker would answer from its cache without
// asking them (and the workbench would load): this test is about a page with no worker to help.
test.use({ serviceWorkers: 'block' });

test('a workbench that cannot be fetched says so, keeps the page, and loads on trying again', async ({ page }) => {
  // The workbench's own chunk is unreachable: offline, or removed by a newer version.
  await page.route('**/assets/workbench-page-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/?lang=en&view=workbench');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This part could not be shown');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The way back leaves the failed part for the practice page.
  await alert.getByRole('button', { name: 'Back to the card reader practice' }).click();
  await expect(page.locator('.terminal[data-screen]')).toBeVisible();
  await expect(page).not.toHaveURL(/view=workbench/);

  // Once the chunk can be had again, trying again brings the workbench.
  await page.getByRole('button', { name: "Translators' workbench" }).click();
  await expect(page.getByRole('alert')).toContainText('This part could not be shown');
  await page.unroute('**/assets/workbench-page-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: "Translators' workbench", level: 2 })).toBeVisible();
});

test('a sheet that cannot be fetched says so, and the way back leads to the practice', async ({ page }) => {
  await page.route('**/assets/sheet-page-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/?view=sheet&lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This part could not be shown');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await alert.getByRole('button', { name: 'Back to the card reader practice' }).click();
  await expect(page.locator('.terminal[data-screen]')).toBeVisible();
  await expect(page).toHaveURL(/\?screen=idle&lang=en$/);
});
