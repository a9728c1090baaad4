import { expect, test } from '@playwright/test';
import { QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

test('a certificate still in its grace period gives eligibility only with the card, then reception completes', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();
  await reader.chooseScenario('Expired, up to the end of the 3rd month after the expiry month');

  await reader.placeCardAndMatchFace();
  await reader.expectScreen('querying');
  await reader.expectSays('資格確認中です', 'Checking your eligibility');

  // The eligibility query answers when the test lets its time pass, not when the machine does.
  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('eligibility-only');
  await reader.expectSays('有効期限切れ', 'Expired');
  await reader.expectSays('資格情報のみ当機関に提供します', 'only your insurance eligibility is given to this facility');
  await expect(reader.deviceButton('次に進む')).toContainText('Continue');

  // The help layer says whom the grace is for: the card, never a phone.
  await expect(page.getByText('This grace lasts up to the end of the third month after the month of expiry')).toBeVisible();

  await reader.press('次に進む');
  await reader.expectScreen('done');
  await reader.expectSays('受付が完了しました', 'Check-in is complete');
});
