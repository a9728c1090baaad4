import { expect, test } from '@playwright/test';
import { QUERY_MS } from '../src/flow/machine.ts';
import { TerminalPage } from './terminal-page.ts';

test('a patient checks in by face, agrees to share, picks an e-prescription and takes the card back', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();

  await reader.expectScreen('idle');
  await reader.expectSays('マイナンバーカードを置いてください', 'Please place your My Number Card');

  await reader.placeCard();
  await reader.expectScreen('method-select');
  await reader.expectSays('本人確認の方法を選択してください', 'Choose how to confirm your identity');
  await expect(reader.deviceButton('顔認証で本人確認')).toContainText('Confirm by facial recognition');

  await reader.press('顔認証で本人確認');
  await reader.expectScreen('face-check');
  await reader.expectSays('顔認証を行います', 'Facial recognition in progress');

  await reader.simulate('The face matches');
  await reader.expectScreen('querying');
  await reader.expectSays('資格確認中です', 'Checking your eligibility');
  await expect(page.getByText('This moves on by itself…')).toBeVisible();

  // The simulated eligibility query answers by itself after 1.5 s, with no one touching anything.
  await reader.letTimePass(QUERY_MS - 100);
  await reader.expectScreen('querying');
  await reader.letTimePass(100);
  await reader.expectScreen('consent-all');
  // The question names the topics this clinic asks about: all four at the default clinic.
  await reader.expectSays(
    '過去の診療・お薬・手術・健診の情報を、当機関に提供することに同意しますか',
    'Do you agree to share information on your past treatment, medicines, surgery, and health check-ups with this facility?',
  );
  await expect(reader.deviceButton('まとめて同意する')).toContainText('Agree to all');

  await reader.press('まとめて同意する');
  await reader.expectScreen('prescription');
  await reader.expectSays('処方箋の発行方法を選択してください', 'Choose how your prescription is issued');

  await reader.press('電子処方箋');
  await reader.expectScreen('done');
  await reader.expectSays('受付が完了しました', 'Check-in is complete');
  await reader.expectSays('カードをお取りください', 'Please take your card');

  await reader.takeCardOut();
  await reader.expectScreen('idle');
  await reader.expectSays('マイナンバーカードを置いてください', 'Please place your My Number Card');
  await expect(reader.cardTray).toHaveAccessibleName(/Place the card on the reader/);
});

test('at a clinic whose reader uses PMH, a patient with a subsidy certificate is asked about it, reads it in English and goes on by 利用する', async ({ page }) => {
  const reader = new TerminalPage(page);
  await reader.open();
  await reader.openMore();
  await page.getByText("This clinic's terminal").click();
  await page.getByRole('checkbox', { name: 'Reads subsidy certificates (PMH)' }).check();
  await page.getByRole('checkbox', { name: 'Has a medical subsidy certificate (受給者証)' }).check();

  await reader.placeCardAndMatchFace();
  await reader.letTimePass(QUERY_MS);
  await reader.expectScreen('public-expense');
  await reader.expectSays('医療費助成の各種受給者証を利用しますか', 'Use your medical subsidy certificates?');
  await expect(reader.deviceButton('利用しない')).toContainText('Do not use');
  await expect(page.getByText('you pay the subsidised amount', { exact: false })).toBeVisible();
  await expect(page.getByText('Bring the paper certificate too', { exact: false })).toBeVisible();

  await reader.press('利用する');
  await reader.expectScreen('consent-all');
});
