// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ja from '../../locales/ja.json';
import { initialState, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type ScreenId } from '../flow/types.ts';
import { describeScreen } from '../screens/registry.ts';
import { keysOf } from '../screens/screen-view.ts';
import { buildCatalog } from './catalog.ts';
import { matchScreen } from './match.ts';
import { foldForMatch } from './normalize.ts';

type Nested = { readonly [key: string]: string | Nested };
/** The reader's Japanese for a key, plural and count filled in. */
function japanese(key: string, count?: number): string {
  const path = key.split('.');
  const leaf = path.pop() ?? '';
  let node: Nested | string | undefined = ja;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  const value = typeof node === 'object' ? (node[leaf] ?? node[`${leaf}_other`]) : undefined;
  if (typeof value !== 'string') throw new Error(key);
  return value.replace('{{count}}', String(count ?? ''));
}

/** The lines a screen shows when a link opens it, as the simulator draws them. */
function linesOf(screen: ScreenId): string[] {
  const view = describeScreen(transition(initialState(), { type: 'LINK_OPENED', screen }));
  return keysOf(view).map((part) => japanese(part.key, typeof part.values?.count === 'number' ? part.values.count : undefined));
}

/** What Tesseract makes of Japanese: a space between most characters. */
const spaced = (line: string): string => Array.from(line).join(' ');

describe('matchScreen', () => {
  it.each(SCREEN_IDS)('names %s from its own lines, surely', (screen) => {
    const { best } = matchScreen(linesOf(screen));
    expect(best?.screen).toBe(screen);
    expect(best?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('reads through OCR spacing, full- and half-width forms, lost voicing marks and look-alikes', () => {
    // 暗証番号（4桁）を入力してください with: spaces, a full-width ４, カ as 力, ー as 一, で as て.
    const noisy = ['暗 証 番 号 (４ 桁 ) を 入 力 し て く だ さ い', '訂 正 確 定', '戻 る'];
    expect(matchScreen(noisy).best?.screen).toBe('pin-entry');
    const halfWidth = ['ｶｰﾄﾞをお取りください', '受付が完了しました'];
    expect(matchScreen(halfWidth).best?.screen).toBe('done');
    const lookAlikes = ['マイナンバ一力一ドを置いてくたさい', 'カ一ドケ一スから出して置いてくたさい'];
    expect(matchScreen(lookAlikes).best?.screen).toBe('idle');
  });

  it('forgives a few characters misread or missing, as a photo gives them', () => {
    const lines = ['過去の診療・お薬・手術・健言の情報の提供に同音しますか', '医師・薬剤師か診療に活用します', 'まとめて同意する', '個別に選択する'].map(spaced);
    expect(matchScreen(lines).best?.screen).toBe('consent-all');
  });

  it('knows other makers’ wordings and small differences: 下さい, 次に進む, a missing （4桁）', () => {
    expect(matchScreen(['暗証番号を入力して下さい', 'クリア', 'OK']).best?.screen).toBe('pin-entry');
    expect(matchScreen(['電子証明書の有効期限が近づいています', 'お住まいの市区町村で更新の手続きを行って下さい', '次に進む']).best?.screen).toBe('renewal-alert');
    expect(matchScreen(['本人確認方法を選択してください', '顔認証', '暗証番号']).best?.screen).toBe('method-select');
  });

  it('scores whole screens: a lone 戻る is no screen, a title with its button is', () => {
    expect(matchScreen(['戻る']).best).toBeNull();
    expect(matchScreen(['顔認証を行います', '戻る']).best?.screen).toBe('face-check');
  });

  it('does not name one of several screens that share the only line seen, and lists them in the flow’s order', () => {
    const result = matchScreen(['暗証番号で本人確認']);
    expect(result.best).toBeNull();
    expect(result.runnersUp.map((match) => match.screen)).toEqual(['method-select', 'face-failed', 'face-timeout']);
  });

  it('tells a screen from one whose words it holds: the PIN screen from the smartphone PIN screen, and back', () => {
    const phone = matchScreen(linesOf('phone-android-pin'));
    expect(phone.best?.screen).toBe('phone-android-pin');
    expect(phone.runnersUp[0]?.screen).toBe('pin-entry');
    expect(matchScreen(linesOf('pin-entry')).best?.screen).toBe('pin-entry');
    // phone-iphone's body holds phone-hold's whole title.
    expect(matchScreen(linesOf('phone-iphone')).best?.screen).toBe('phone-iphone');
  });

  it('tells consent topics apart from consent at once, and each error screen by its own words', () => {
    expect(matchScreen(['手術', '過去の手術の情報を、当機関に提供することに同意しますか', '同意する', '同意しない']).best?.screen).toBe('consent-topic');
    expect(matchScreen(['マイナンバーカードが置かれているか確認してください', '【002:マイナンバーカード以外】']).best?.screen).toBe('card-not-my-number');
    expect(matchScreen(['電子証明書が失効しています', '【006:利用者証明用電子証明書の失効・有効期限切れ】']).best?.screen).toBe('error-006');
  });

  it('ignores a header every screen may carry: オンライン資格確認 is not 資格確認中です', () => {
    const result = matchScreen(['オンライン資格確認', '10:24', '顔認証を行います', 'カメラを見て、枠の中に顔を合わせてください']);
    expect(result.best?.screen).toBe('face-check');
    expect(result.runnersUp.map((match) => match.screen)).not.toContain('querying');
  });

  it.each([
    ['a ticket machine', ['受付番号をお取りください', '初診の方', '再診の方', '予約の方']],
    ['a poster', ['マイナ保険証をご利用ください', 'マイナンバーカードが健康保険証として使えます', '詳しくは受付でおたずねください']],
    ['a pharmacy sign', ['処方箋受付', 'みどり調剤薬局', '営業時間 9:00〜18:00']],
    ['a parking machine', ['駐車券を挿入してください', '駐車料金 300円', '精算', '取消']],
    ['OCR garbage', ['ー ラッ ィ ン', '語', '@ 胡', 'sc']],
    ['nothing', []],
  ])('names no screen for %s', (_, lines) => {
    expect(matchScreen(lines).best).toBeNull();
  });

  it('keeps scores and confidences within 0..1, the confidence never above the score', () => {
    for (const screen of SCREEN_IDS) {
      const half = linesOf(screen).slice(0, 1);
      for (const match of [matchScreen(half).best, ...matchScreen(half).runnersUp]) {
        if (match === null) continue;
        expect(match.score).toBeGreaterThan(0);
        expect(match.score).toBeLessThanOrEqual(1);
        expect(match.confidence).toBeLessThanOrEqual(match.score);
      }
    }
  });

  it('says which of the screen’s lines it found, with the wording that matched', () => {
    const { best } = matchScreen(['暗証番号を入力して下さい', 'クリア', 'OK']);
    expect(best?.found.map((line) => line.key)).toEqual(expect.arrayContaining(['device.pin-entry.title', 'device.pin-entry.clear', 'device.pin-entry.submit']));
    expect(best?.found.find((line) => line.key === 'device.pin-entry.clear')?.text).toBe('クリア');
  });
});

describe('the catalog', () => {
  it('holds every screen, with every Japanese device string it can show', () => {
    const catalog = buildCatalog();
    expect(new Set(catalog.entries.map((entry) => entry.screen))).toEqual(new Set(SCREEN_IDS));
    const keys = new Set(catalog.entries.flatMap((entry) => entry.lines.map((line) => line.key)));
    const deviceKeys = Object.entries(ja.device).flatMap(([screen, strings]) => Object.keys(strings).map((name) => `device.${screen}.${name.replace(/_(one|other)$/, '')}`));
    const nested = Object.entries(ja.device['consent-topic']).flatMap(([group, value]) =>
      typeof value === 'object' ? Object.keys(value).map((name) => `device.consent-topic.${group}.${name}`) : [],
    );
    for (const key of [...deviceKeys.filter((key) => !['device.consent-topic.questions', 'device.consent-topic.topics'].includes(key)), ...nested]) {
      expect(keys, key).toContain(key);
    }
  });

  it('weighs a rare title above a button found on many screens', () => {
    const faceCheck = buildCatalog().entries.find((entry) => entry.screen === 'face-check');
    const weight = (key: string) => faceCheck?.lines.find((line) => line.key === key)?.weight ?? 0;
    expect(weight('device.face-check.title')).toBeGreaterThan(10 * weight('device.face-check.back'));
  });
});

describe('foldForMatch', () => {
  it('folds width, spacing, punctuation, spellings and look-alikes the same on both sides', () => {
    expect(foldForMatch('暗証番号（４桁）を入力して下さい')).toBe(foldForMatch('暗 証 番 号 (4桁) を 入 カ し て く だ さ い'));
    expect(foldForMatch('ｶｰﾄﾞ')).toBe(foldForMatch('カード'));
    expect(foldForMatch('次に進む')).toBe(foldForMatch('次へ'));
    expect(foldForMatch('カード')).not.toBe(foldForMatch('ガード'));
  });
});
