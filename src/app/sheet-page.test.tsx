import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import decodeQR from 'qr/decode.js';
import { i18n } from '../i18n/i18n.ts';
import { openApp } from './open-app.test-support.tsx';

/** Opens the app from an address, as main.tsx does, and waits for the sheet (its own chunk). */
async function openSheet(search: string) {
  const user = await openApp(search);
  const sheet = await screen.findByRole('article', {}, { timeout: 5000 });
  return { sheet, user };
}

/** The step that starts with this screen's name, as the patient finds it on the sheet. */
const step = (sheet: HTMLElement, name: string): HTMLElement => {
  const heading = within(sheet).getByRole('heading', { level: 3, name: new RegExp(name) });
  const item = heading.closest('li');
  if (!item) throw new Error(`no step under ${name}`);
  return item;
};

/**
 * Reads the QR code as a phone would: the drawn modules, scaled up into a picture, through a
 * QR decoder (a different library from the one that drew it).
 */
function scan(svg: Element): string {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  const scale = 4;
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data.fill(0, at, at + 3);
      }
    }
  }
  return decodeQR({ width, height: width, data });
}

/** Text as the list says it (the small drawings beside it repeat it, hidden from screen readers). */
const said = (container: HTMLElement, text: string | RegExp): HTMLElement =>
  within(container).getByText(text, { ignore: '[aria-hidden="true"] *, script, style' });

/** The line of a screen's list that gives this Japanese (and its meaning). */
const line = (container: HTMLElement, japanese: string): HTMLElement => {
  const found = within(container)
    .getAllByRole('listitem')
    .find((item) => item.querySelector('li') === null && item.querySelector('[lang="ja"]')?.textContent.includes(japanese));
  if (!found) throw new Error(`no line for ${japanese}`);
  return found;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the sheet to take to the clinic', () => {
  it('shows each step in the reader’s Japanese with its Vietnamese meaning, and what to tap', async () => {
    const { sheet } = await openSheet('?view=sheet&lang=vi');
    expect(sheet).toHaveAttribute('lang', 'vi');

    const method = step(sheet, 'Chọn cách xác minh danh tính');
    expect(said(method, '本人確認の方法を選択してください').closest('[lang]')).toHaveAttribute('lang', 'ja');
    expect(within(method).getByText('Hãy chọn cách xác minh danh tính').closest('[lang]')).toHaveAttribute('lang', 'vi');
    expect(within(method).getByText('Xác minh bằng nhận diện khuôn mặt')).toBeInTheDocument();
    // The buttons to tap are marked ☞ beside their Japanese.
    expect(line(method, '顔認証で本人確認')).toHaveTextContent(/^☞ 顔認証で本人確認Xác minh bằng nhận diện khuôn mặt$/);
    expect(line(method, '本人確認の方法を選択してください')).not.toHaveTextContent('☞');

    // What to do, in the patient's words, with the buttons' Japanese laid in where the sentence names them.
    const todo = method.querySelector('.sheet-todo');
    expect(todo).toHaveAttribute('lang', 'vi');
    expect(todo?.textContent).toContain(i18n.getFixedT('vi')('ui.sheet.todo'));
    expect(within(todo as HTMLElement).getByText('暗証番号で本人確認')).toHaveAttribute('lang', 'ja');
    expect(within(todo as HTMLElement).getByText('顔認証で本人確認')).toHaveAttribute('lang', 'ja');
    expect(todo?.textContent).not.toMatch(/\{\{|\}\}/);
  });

  it('lists the main path and the common problems in order, saying no to consent topic by topic', async () => {
    const { sheet } = await openSheet('?view=sheet&lang=vi');
    const names = within(sheet)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(names).toEqual([
      '1Chờ thẻ',
      '2Chọn cách xác minh danh tính',
      '3Nhận diện khuôn mặt',
      '4Nhập mã PIN',
      '5Sai mã PIN',
      '6Mã PIN bị khóa',
      '7Nhận diện khuôn mặt thất bại',
      // Not yet in Vietnamese: English stands in.
      '8Giấy chứng nhận hỗ trợ chi phí y tế (PMH)',
      '9Đồng ý tất cả một lần',
      '10Đồng ý từng mục',
      '11Chọn loại đơn thuốc',
      '12Làm thủ tục xong',
      '13Chứng thư hết hạn: chỉ tư cách bảo hiểm',
      'Chứng thư không hợp lệ (lỗi 006)',
      '14Không đọc được thẻ (lỗi 001)',
      'Không phải thẻ My Number (lỗi 002)',
      'Đọc thẻ thất bại',
    ]);
    const no = step(sheet, 'Đồng ý từng mục');
    for (const question of [
      '過去の診療の情報を、当機関に提供することに同意しますか',
      '過去のお薬の情報を、当機関に提供することに同意しますか',
      '過去の手術の情報を、当機関に提供することに同意しますか',
      '過去の健診の情報を、当機関に提供することに同意しますか',
    ]) {
      expect(said(no, question)).toBeInTheDocument();
    }
    expect(line(no, '同意しない')).toHaveTextContent(/^☞ 同意しないKhông đồng ý$/);
    expect(line(step(sheet, 'Đồng ý tất cả một lần'), '個別に選択する')).toHaveTextContent(/^☞ 個別に選択するChọn từng mục$/);
  });

  it('carries its own short address, written out and as a QR code that scans to it', async () => {
    const { sheet } = await openSheet('?view=sheet&lang=vi');
    const address = `${window.location.origin}/?view=sheet&lang=vi`;
    expect(within(sheet).getByRole('link', { name: address })).toHaveAttribute('href', address);
    const qr = within(sheet).getByRole('img', { name: i18n.getFixedT('vi')('ui.sheet.qr') });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(scan(qr)).toBe(address);
  });

  it('prints from a button, and leads back to the practice in the same language', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { sheet, user } = await openSheet('?view=sheet&lang=vi');
    expect(window.location.search).toBe('?view=sheet&lang=vi');
    await user.click(within(sheet).getByRole('button', { name: i18n.getFixedT('vi')('ui.sheet.print') }));
    expect(print).toHaveBeenCalledTimes(1);

    const back = within(sheet).getByRole('link', { name: i18n.getFixedT('vi')('ui.sheet.back') });
    expect(back).toHaveAttribute('href', '?lang=vi');
    await user.click(back);
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('region', { name: 'Màn hình máy đọc thẻ (tiếng Nhật)' })).toBeInTheDocument();
    expect(window.location.search).toBe('?screen=idle&lang=vi');
  });

  it('is in Japanese alone for a Japanese reader: no second copy of each line', async () => {
    const { sheet } = await openSheet('?view=sheet&lang=ja');
    const method = step(sheet, '本人確認の方法');
    const title = said(method, '本人確認の方法を選択してください').closest('li');
    expect(title).toHaveTextContent(/^本人確認の方法を選択してください$/);
    expect(said(method, /を押します。/).closest('p')).toHaveAttribute('lang', 'ja');
  });
});

describe('the link to the sheet in the header', () => {
  it('opens the sheet in the language the visitor reads', async () => {
    const user = await openApp('?lang=en');
    const link = within(screen.getByRole('banner')).getByRole('link', { name: 'Sheet to take to the clinic' });
    expect(link).toHaveAttribute('href', '?view=sheet&lang=en');
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('button', { name: /^Tiếng Việt/ }));
    const vietnamese = await within(screen.getByRole('banner')).findByRole('link', { name: i18n.getFixedT('vi')('ui.sheet.link') });
    await vi.waitFor(() => expect(vietnamese).toHaveAttribute('href', '?view=sheet&lang=vi'));
    await user.click(vietnamese);
    expect(await screen.findByRole('article', {}, { timeout: 5000 })).toHaveAttribute('lang', 'vi');
    expect(window.location.search).toBe('?view=sheet&lang=vi');
  });
});
