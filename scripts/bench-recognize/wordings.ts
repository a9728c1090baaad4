/**
 * The benchmark's own wordings of the reader's strings, as other makers might word them. Written
 * apart from src/recognize/wordings.ts on purpose: the matcher has not seen most of these, so the
 * benchmark measures how it copes with wording it does not know, not how well it recalls its list.
 */
import type { DeviceKey } from '../../src/i18n/keys.ts';

export const BENCH_WORDINGS: Readonly<Partial<Record<DeviceKey, readonly string[]>>> = {
  'device.idle.titleTray': ['マイナンバーカードを読取部に置いてください', 'カードを所定の位置に置いてください'],
  'device.idle.titleSlot': ['カードを挿入口に入れてください'],
  'device.idle.body': ['ケースから取り出してください'],
  'device.card-unreadable.code': ['エラー001 カードを認識できません'],
  'device.card-not-my-number.code': ['エラー002 マイナンバーカードではありません'],
  'device.card-read-failed.title': ['カードの読み込みに失敗しました'],
  'device.card-read-failed.body': ['もう一度カードを置き直してください'],
  'device.method-select.title': ['確認方法を選んでください', '本人確認の方法を選択して下さい'],
  'device.method-select.face': ['顔で認証する'],
  'device.method-select.pin': ['暗証番号で認証する'],
  'device.face-check.title': ['顔認証を開始します'],
  'device.face-check.body': ['カメラの方を見てください', '枠内に顔が入るようにしてください'],
  'device.face-check.back': ['もどる'],
  'device.face-failed.title': ['顔認証ができませんでした'],
  'device.face-failed.retry': ['もう一度顔認証する'],
  'device.face-timeout.title': ['一定時間が経過しました'],
  'device.face-timeout.body': ['顔認証が完了しませんでした。もう一度お試し下さい'],
  'device.pin-entry.title': ['暗証番号4桁を入力して下さい', '暗証番号（4けた）を入力してください'],
  'device.pin-entry.clear': ['訂正する', 'やり直し'],
  'device.pin-entry.submit': ['決定'],
  'device.pin-wrong.title': ['暗証番号が一致しません'],
  'device.pin-wrong.retry': ['再入力'],
  'device.pin-locked.title': ['暗証番号がロックされています'],
  'device.pin-locked.body': ['お住まいの市区町村窓口で暗証番号の再設定をしてください'],
  'device.visual-check.title': ['職員が確認します'],
  'device.querying.title': ['確認中です。しばらくお待ち下さい', 'オンライン資格確認を行っています'],
  'device.registration.title': ['保険証利用登録'],
  'device.registration.body': ['マイナンバーカードを保険証として利用する登録をしますか'],
  'device.registration.agree': ['登録します'],
  'device.registration-declined.title': ['登録しませんでした'],
  'device.renewal-alert.body': ['市区町村の窓口で更新してください'],
  'device.renewal-alert.next': ['次に進む'],
  'device.eligibility-only.title': ['電子証明書の期限切れ'],
  'device.eligibility-only.next': ['次へ'],
  'device.error-006.title': ['電子証明書の有効期限切れ'],
  'device.not-found.title': ['資格情報を確認できませんでした'],
  'device.phone-select.title': ['スマートフォンの種類を選んでください'],
  'device.phone-iphone.title': ['iPhoneで認証してください'],
  'device.phone-hold.title': ['スマホを読み取り部にかざしてください'],
  'device.consent-all.title': ['過去の診療・薬剤・手術・健診情報の提供に同意しますか'],
  'device.consent-all.agree': ['まとめて同意'],
  'device.consent-all.individual': ['個別に選ぶ'],
  'device.consent-topic.questions.treatment': ['過去の診療・お薬の情報を当院に提供することに同意しますか'],
  'device.consent-topic.questions.surgery': ['過去の手術情報を当院に提供することに同意しますか'],
  'device.consent-topic.agree': ['同意します'],
  'device.consent-topic.decline': ['同意しません'],
  'device.limit-amount.title': ['限度額情報を提供しますか'],
  'device.prescription.title': ['処方箋の受け取り方を選んでください'],
  'device.prescription.electronic': ['電子処方箋を希望する'],
  'device.prescription.paper': ['紙の処方箋を希望する'],
  'device.done.title': ['受付が終わりました', '受付完了しました'],
};

/** Japanese screens and signs that are not the reader: none should be named as a reader screen. */
export interface NegativeScene {
  readonly name: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly buttons: readonly string[];
}

export const NEGATIVES: readonly NegativeScene[] = [
  { name: 'ticket-machine', title: '受付番号をお取りください', lines: ['該当するボタンを押してください'], buttons: ['初診の方', '再診の方', '予約の方', 'お見舞いの方'] },
  { name: 'payment-machine', title: '診察券を入れてください', lines: ['お支払い金額 3,420円', '領収書をお受け取りください'], buttons: ['現金', 'クレジットカード', '取消'] },
  { name: 'card-terminal', title: 'ご利用金額 ¥1,280', lines: ['カードを挿入してください', '暗証番号を入力後、確定キーを押してください'], buttons: ['取消', '確定'] },
  { name: 'poster-my-number', title: 'マイナ保険証をご利用ください', lines: ['マイナンバーカードが健康保険証として使えます', '詳しくは受付でおたずねください'], buttons: [] },
  { name: 'pharmacy-sign', title: '処方箋受付', lines: ['みどり調剤薬局', '営業時間 9:00〜18:00', '休業日 日曜・祝日'], buttons: [] },
  { name: 'station-ticket', title: '行き先を選んでください', lines: ['きっぷ・定期券', 'ICカードのチャージはこちら'], buttons: ['きっぷ', '定期', 'チャージ', '領収書'] },
  { name: 'flu-poster', title: 'インフルエンザ予防接種のお知らせ', lines: ['接種期間 10月1日から1月31日まで', 'ご希望の方は受付までお申し出ください'], buttons: [] },
  { name: 'call-display', title: '受付番号 125', lines: ['診察室2へお入りください', '次の番号 126 127 128'], buttons: [] },
  { name: 'parking', title: '駐車券を挿入してください', lines: ['駐車料金 300円', '診察を受けた方は2時間無料です'], buttons: ['精算', '取消'] },
  { name: 'notice', title: '院内ではマスクの着用をお願いします', lines: ['携帯電話はマナーモードに設定してください', '発熱のある方はお申し出ください'], buttons: [] },
];
