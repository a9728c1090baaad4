import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '../flow/machine.ts';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import { useFlowStore } from '../store/flow-store.ts';
import { CLINIC_FILE_NAME, CLINIC_STORAGE_KEY, DEFAULT_CLINIC, clinicFileText, parseClinicFile, type ClinicSettings } from './clinic-settings.ts';
import { useClinicStore } from './clinic-store.ts';
import { CounterPage } from './counter-page.tsx';

const KEPT: ClinicSettings = {
  facility: { ...DEFAULT_SETTINGS, consentTopics: ['treatment', 'checkup'], cardEntry: 'slot' },
  idleSeconds: 120,
  staffCode: '',
};

const kept = (): unknown => JSON.parse(window.localStorage.getItem(CLINIC_STORAGE_KEY) ?? 'null');

/** The counter's home on a tablet that kept `stored`, with the clinic's settings unfolded. */
async function openPanel(stored: ClinicSettings | null = KEPT) {
  if (stored !== null) window.localStorage.setItem(CLINIC_STORAGE_KEY, JSON.stringify(stored));
  await loadLanguage('ja');
  render(
    <I18nextProvider i18n={i18n}>
      <CounterPage />
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByText('この医療機関の設定'));
  const panel = screen.getByText('この医療機関の設定').closest('details');
  if (panel === null) throw new Error('no clinic settings panel');
  expect(panel).toHaveAttribute('open');
  return { user, panel: within(panel) };
}

/** A paragraph that reads `text`, whatever elements (a file's name in <bdi>) it is made of. */
const saying = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

const file = (text: string, name = 'clinic.json') => new File([text], name, { type: 'application/json' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the clinic settings at the counter', { timeout: 20_000 }, () => {
  it('start as the tablet kept them, and the reader follows them', async () => {
    const { panel } = await openPanel();
    expect(panel.getByRole('checkbox', { name: '手術' })).not.toBeChecked();
    expect(panel.getByRole('radio', { name: '差し込む（スロット）' })).toBeChecked();
    expect(panel.getByRole('combobox', { name: '患者さん用の画面で、操作がないまま待つ時間' })).toHaveDisplayValue('2 分');
    expect(useFlowStore.getState().flow.settings).toEqual(KEPT.facility);
  });

  it('keep each change on the tablet at once, and the reader follows', async () => {
    const { user, panel } = await openPanel(null);
    await user.click(panel.getByRole('checkbox', { name: '健診' }));
    await user.selectOptions(panel.getByRole('combobox', { name: /操作がないまま待つ時間/ }), '90 秒');
    expect(kept()).toEqual({ ...DEFAULT_CLINIC, facility: { ...DEFAULT_SETTINGS, consentTopics: ['treatment', 'medication', 'surgery'] }, idleSeconds: 90 });
    expect(useFlowStore.getState().flow.settings.consentTopics).toEqual(['treatment', 'medication', 'surgery']);
    expect(useClinicStore.getState().clinic.idleSeconds).toBe(90);
  });

  it('refuse a file that is not JSON, with the reason, and change nothing', async () => {
    const { user, panel } = await openPanel();
    await user.upload(panel.getByLabelText('ファイルから読み込む'), file('{"uketsuke": "clinic-settings", "version": 1,'));
    expect(panel.getByRole('alert')).toHaveTextContent('「clinic.json」は読み込めません。JSON形式として読めません。設定は変わっていません。');
    expect(kept()).toEqual(KEPT);
    expect(panel.getByRole('radio', { name: '差し込む（スロット）' })).toBeChecked();
    expect(useFlowStore.getState().flow.settings).toEqual(KEPT.facility);
  });

  it('refuse a foreign file and a file with a wrong field, each with its reason, and change nothing', async () => {
    const { user, panel } = await openPanel();
    await user.upload(panel.getByLabelText('ファイルから読み込む'), file('{"ui": {"app": {"name": "x"}}}', 'vi.json'));
    expect(panel.getByRole('alert')).toHaveTextContent('「vi.json」は読み込めません。Uketsukeの医療機関設定ファイルではありません。');

    const wrong = JSON.parse(clinicFileText({ ...KEPT, idleSeconds: 300 })) as Record<string, unknown>;
    await user.upload(panel.getByLabelText('ファイルから読み込む'), file(JSON.stringify({ ...wrong, staffCode: '12' })));
    expect(panel.getByRole('alert')).toHaveTextContent('「staffCode」がないか、値が正しくありません。設定は変わっていません。');

    await user.upload(panel.getByLabelText('ファイルから読み込む'), file(JSON.stringify({ ...wrong, version: 7 })));
    expect(panel.getByRole('alert')).toHaveTextContent('新しい版（7）のファイルです。');
    expect(kept()).toEqual(KEPT);
    expect(panel.getByRole('combobox', { name: /操作がないまま待つ時間/ })).toHaveDisplayValue('2 分');
  });

  it('apply a good file, keep it, and say so', async () => {
    const { user, panel } = await openPanel();
    const brought: ClinicSettings = { facility: { ...DEFAULT_SETTINGS, ePrescription: false }, idleSeconds: 45, staffCode: '4321' };
    await user.upload(panel.getByLabelText('ファイルから読み込む'), file(clinicFileText(brought), 'reception-2.json'));
    expect(panel.getByText(saying('「reception-2.json」の設定にしました。'))).toBeInTheDocument();
    expect(panel.queryByRole('alert')).toBeNull();
    expect(kept()).toEqual(brought);
    expect(useFlowStore.getState().flow.settings).toEqual(brought.facility);
    expect(panel.getByRole('checkbox', { name: '電子処方箋に対応' })).not.toBeChecked();
    expect(panel.getByRole('radio', { name: '置く（トレイ）' })).toBeChecked();
    // A time the list does not offer is shown as it came.
    expect(panel.getByRole('combobox', { name: /操作がないまま待つ時間/ })).toHaveDisplayValue('45 秒');
    expect(panel.getByText(/^設定されています。/)).toBeInTheDocument();
  });

  it('export a file that reads back as the settings', async () => {
    const created = vi.fn<(blob: Blob) => string>(() => 'blob:clinic');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user, panel } = await openPanel({ ...KEPT, staffCode: '2580' });
    await user.click(panel.getByRole('button', { name: 'ファイルに書き出す' }));

    expect(clicked.map((link) => link.download)).toEqual([CLINIC_FILE_NAME]);
    const blob = created.mock.calls[0]?.[0];
    expect(parseClinicFile(await (blob as Blob).text())).toEqual({ ok: true, clinic: { ...KEPT, staffCode: '2580' } });
    expect(panel.getByText(saying(`「${CLINIC_FILE_NAME}」を書き出しました。`))).toBeInTheDocument();
  });

  it('set a staff code typed in full-width digits, refuse one too short, and remove it', async () => {
    const { user, panel } = await openPanel();
    const code = panel.getByRole('textbox', { name: '新しいスタッフコード（数字4〜8桁）' });
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(panel.getByText(/^設定されていません。/)).toBeInTheDocument();

    await user.type(code, '12');
    await user.click(panel.getByRole('button', { name: 'このコードにする' }));
    expect(panel.getByRole('alert')).toHaveTextContent('数字4〜8桁で入力してください。');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(kept()).toEqual(KEPT);

    await user.clear(code);
    await user.type(code, '２５８０');
    await user.click(panel.getByRole('button', { name: 'このコードにする' }));
    expect(panel.queryByRole('alert')).toBeNull();
    expect(panel.getByText(/^スタッフコードを設定しました。 設定されています。/)).toBeInTheDocument();
    expect(code).toHaveValue('');
    expect(kept()).toEqual({ ...KEPT, staffCode: '2580' });
    expect(useClinicStore.getState().clinic.staffCode).toBe('2580');

    await user.click(panel.getByRole('button', { name: 'コードをなくす' }));
    expect(kept()).toEqual(KEPT);
    expect(panel.getByText(/^設定されていません。/)).toBeInTheDocument();
    expect(document.activeElement).toBe(code);
  });

  it('say plainly when the tablet refuses to keep them, and work for as long as the page is open', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user, panel } = await openPanel(null);
    expect(panel.getByText(/このブラウザーでは保存できないため、設定はこのページを閉じるまで使えます。/)).toBeInTheDocument();
    await user.click(panel.getByRole('radio', { name: '差し込む（スロット）' }));
    expect(useFlowStore.getState().flow.settings.cardEntry).toBe('slot');
    expect(panel.getByRole('radio', { name: '差し込む（スロット）' })).toBeChecked();
  });

  it('are folded away at first, after the index', async () => {
    await loadLanguage('ja');
    render(
      <I18nextProvider i18n={i18n}>
        <CounterPage />
      </I18nextProvider>,
    );
    const panel = screen.getByText('この医療機関の設定').closest('details');
    expect(panel).not.toHaveAttribute('open');
    const index = screen.getByRole('region', { name: '患者さんが止まっている画面' });
    expect(index.compareDocumentPosition(panel as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
