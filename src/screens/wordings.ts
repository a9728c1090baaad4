import type { ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';

/**
 * Other wordings of the reader's strings: the same screen as other makers' readers and older
 * or newer software word it. The simulator draws one wording (locales/ja.json); a photo of a
 * real reader may show any of these, and staff at the counter may type any of them: the screen
 * recogniser (src/recognize) and the counter's search (screen-search.ts) both know them all.
 * Small differences (ください/下さい, 次へ/次に進む, a missing （4桁）) need no entry: folding and
 * the fuzzy match absorb them.
 *
 * These come from how the screens are described in public guides, not from the benchmark's
 * pictures; the benchmark words screens its own way too, to test wordings listed nowhere here.
 * Those quoted by a public source carry it in WORDING_SOURCES; none names the maker of its
 * reader, so the simulator has no "reader maker" setting to choose them by (docs/facts.md).
 */
export const WORDING_VARIANTS: Readonly<Partial<Record<DeviceKey, readonly string[]>>> = {
  'device.idle.titleTray': ['マイナンバーカードをセットしてください', 'カードを置いてください', '顔写真を上にしてカードを置いてください'],
  'device.idle.body': ['カバーから取り出してください'],
  'device.idle.titleSlot': ['マイナンバーカードを挿入してください', 'カードを差し込んでください'],
  'device.idle.phone': ['スマホで受付', 'スマートフォンで受付する'],
  'device.card-read-failed.title': ['カードを読み取れませんでした', 'カードの読み取りに失敗しました'],
  'device.method-select.title': ['認証方法の選択', '本人確認方法を選択してください', '認証方法を選択してください', '本人確認の方法を選んでください'],
  'device.method-select.face': ['顔認証を行う', '顔認証', '顔認証で確認'],
  'device.method-select.pin': ['暗証番号を入力する', '暗証番号', '暗証番号入力', '暗証番号で確認'],
  'device.face-check.title': ['顔認証中です', '顔の認証を行います'],
  'device.face-check.body': ['カメラの枠内に顔を合わせてください', 'カメラに顔を向けてください', '画面の枠に顔を合わせてください'],
  'device.face-check.hold': ['動かずにお待ちください'],
  'device.face-failed.title': ['顔認証に失敗しました', '本人確認ができませんでした', '認証できませんでした'],
  'device.face-failed.retry': ['再度顔認証', 'もう一度'],
  'device.face-timeout.title': ['タイムアウトしました', '時間切れです'],
  'device.pin-entry.title': ['4桁の暗証番号を入力してください', '暗証番号（数字4桁）を入力してください'],
  'device.pin-entry.clear': ['クリア', '取消', '消去'],
  'device.pin-entry.submit': ['OK', '決定'],
  'device.pin-wrong.title': ['暗証番号が正しくありません', '暗証番号に誤りがあります'],
  'device.pin-locked.title': ['暗証番号がロックされています', '暗証番号ロック'],
  'device.visual-check.title': ['目視確認', '職員による本人確認'],
  'device.visual-check.body': ['職員をお呼びください'],
  'device.querying.title': ['資格情報を確認しています', '確認中です'],
  'device.registration.title': ['健康保険証利用の申込', '健康保険証としての利用登録'],
  'device.registration.agree': ['申し込む', '登録します'],
  'device.registration.decline': ['申し込まない', '登録しません'],
  'device.renewal-alert.title': ['電子証明書の有効期限が近づいています', '電子証明書の更新時期が近づいています'],
  'device.eligibility-only.title': ['電子証明書の有効期限が切れています'],
  'device.error-006.title': ['電子証明書の有効期限が切れています', '利用者証明用電子証明書が失効しています'],
  'device.not-found.title': ['資格情報がありません', '資格が確認できませんでした'],
  'device.phone-select.title': ['スマートフォンの種類を選択してください', 'ご利用の端末を選択してください'],
  'device.phone-hold.title': ['スマートフォンをカードリーダーにかざしてください'],
  'device.consent-all.title': [
    '過去の診療・薬剤・手術・健診の情報を当機関に提供することに同意しますか',
    '診療・薬剤情報等の提供に同意しますか',
  ],
  'device.consent-all.agree': ['すべて同意する', '一括で同意する'],
  'device.consent-all.individual': ['個別に同意する', '個別に選ぶ'],
  'device.consent-topic.questions.treatment': ['過去の診療情報を当機関に提供することに同意しますか'],
  'device.consent-topic.questions.medication': ['過去のお薬情報を当機関に提供することに同意しますか'],
  'device.consent-topic.questions.checkup': ['過去の特定健診情報を当機関に提供することに同意しますか'],
  'device.consent-topic.topics.treatment': ['診療・薬剤情報'],
  'device.consent-topic.topics.medication': ['お薬の情報', '薬剤情報'],
  'device.consent-topic.topics.checkup': ['特定健診等情報', '健診情報'],
  'device.limit-amount.title': ['限度額適用認定証の情報提供', '高額療養費制度'],
  'device.limit-amount.body': ['限度額情報を当機関に提供することに同意しますか'],
  'device.prescription.title': ['処方せん発行方法', '処方箋の発行形態', '処方箋形式の選択', '処方箋の受取方法を選んでください', '処方箋の種類を選択してください'],
  'device.prescription.electronic': ['電子処方箋で受け取る'],
  'device.prescription.paper': ['紙で受け取る', '紙処方箋'],
  'device.done.title': ['受付完了', '受付が完了いたしました'],
  'device.done.card': ['カードをお取り忘れのないようご注意ください'],
};

/**
 * Where a listed wording was read: public pages that quote a reader's screen or name its step.
 * None is a maker's manual; each says what it is.
 */
export const WORDING_SOURCES: Readonly<Record<string, string>> = {
  認証方法の選択: 'https://faq.usen-almex.jp/faq/show/70299?category_id=601&site_domain=faq (Almex FAQ: the step after a card is placed)',
  顔認証を行う: 'https://dental-tanaka.net/news/2024/02/ (a dental clinic quoting its reader’s buttons, Feb 2024)',
  暗証番号を入力する: 'https://dental-tanaka.net/news/2024/02/ (a dental clinic quoting its reader’s buttons, Feb 2024)',
  顔認証: 'https://www.mhlw.go.jp/stf/newpage_45257.html (health ministry manual for care facilities: 本人確認方法選択画面で「顔認証」を選択)',
  処方せん発行方法: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/denshishohousen_kokumin_00013.html (health ministry: Step4 処方せん発行方法として電子処方せんを選択)',
  処方箋の発行形態: 'https://ahissupport.aits.jp/2024/02/28/densyoorder/ (a clinic-system vendor names the reader’s choice [処方箋の発行形態])',
  処方箋形式の選択: 'https://www.ainj.co.jp/pharmacy/online-e-checks.html (a pharmacy chain: 処方箋形式の選択画面)',
  カバーから取り出してください: 'https://uehara-cl.jp/medical-consultation-information/individual-number-card (a clinic walking through its reader’s screens)',
};

/**
 * What many readers show on every screen (a header, the product's name): found in a picture, it
 * is taken out before matching, so that オンライン資格確認 in a header does not read as
 * 資格確認中です. Times (10:24) go too.
 */
export const CHROME_PHRASES: readonly string[] = ['オンライン資格確認', '顔認証付きカードリーダー'];

/**
 * Lines some readers show that the simulator does not: counted for a screen when they are
 * seen, and not held against it when they are not.
 */
export const EXTRA_LINES: Readonly<Partial<Record<ScreenId, readonly string[]>>> = {
  'face-check': ['マスクや帽子を外してください', 'メガネは外さなくても大丈夫です'],
  'pin-entry': ['残り回数'],
  querying: ['オンラインで資格を確認しています'],
  'consent-all': ['同意しない場合も受診できます'],
  done: ['お呼びするまでお待ちください'],
};
