import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/keys.ts';
import { useUiStore } from '../store/ui-store.ts';
import { applyStoredEdits, useEditsStore } from './edits.ts';
import { serveWithout } from './partial-file.test-support.ts';

const stored = (language: string): unknown => JSON.parse(window.localStorage.getItem(`uketsuke:edits:v1:${language}`) ?? 'null');
const vietnamese = (key: MessageKey): string => i18n.getFixedT('vi')(key);
const english = (key: MessageKey): string => i18n.getFixedT('en')(key);
const vietnameseHas = (key: string): boolean => i18n.exists(key, { lng: 'vi', fallbackLng: false });
const store = () => useEditsStore.getState();

/** A reload, as far as edits go: the store starts empty and the kept edits are laid over the files again. */
function reload(): void {
  useEditsStore.setState(useEditsStore.getInitialState(), true);
  applyStoredEdits('vi', i18n);
  applyStoredEdits('en', i18n);
}

// A partial Vietnamese file that lacks this one (the case the old undo wrote '' for).
const MISSING = 'ui.workbench.filterTooLong';
const PRESENT = 'ui.app.tagline';

beforeAll(() => {
  serveWithout('vi', [MISSING]);
});

beforeEach(async () => {
  await loadLanguage('vi');
  // Storage is empty before each test: this lays each file over i18next again, without edits.
  reload();
});

describe('the edits store', () => {
  it('keeps an edit in storage and shows it wherever i18next is read', () => {
    expect(store().edit('vi', PRESENT, 'Tập dùng máy đọc thẻ')).toBe(true);
    expect(stored('vi')).toEqual({ [PRESENT]: 'Tập dùng máy đọc thẻ' });
    expect(vietnamese(PRESENT)).toBe('Tập dùng máy đọc thẻ');
    reload();
    expect(store().byLanguage.vi).toEqual({ [PRESENT]: 'Tập dùng máy đọc thẻ' });
    expect(vietnamese(PRESENT)).toBe('Tập dùng máy đọc thẻ');
  });

  it('never keeps an empty text, or the file’s own text, as an edit', () => {
    const file = vietnamese(PRESENT);
    store().edit('vi', PRESENT, 'Khác');
    store().edit('vi', PRESENT, '');
    expect(stored('vi')).toEqual({});
    expect(vietnamese(PRESENT)).toBe(file);
    store().edit('vi', PRESENT, '   ');
    store().edit('vi', MISSING, '');
    store().edit('vi', PRESENT, file);
    expect(stored('vi')).toEqual({});
    expect(vietnameseHas(MISSING)).toBe(false);
  });

  it('refuses text with a line break or another control character', () => {
    expect(store().edit('vi', PRESENT, 'hai\ndòng')).toBe(false);
    expect(store().edit('vi', PRESENT, '\u0001$t(ui.app.name)\u0001')).toBe(false);
    expect(stored('vi')).toBeNull();
  });

  it('undoes an edit back to the file’s own text', () => {
    const file = vietnamese(PRESENT);
    store().edit('vi', PRESENT, 'Khác');
    store().undo('vi', PRESENT);
    expect(vietnamese(PRESENT)).toBe(file);
    expect(stored('vi')).toEqual({});
  });

  it('undoes an edit of a string the file lacks by removing it, so English shows rather than a blank', () => {
    store().edit('vi', MISSING, 'Chỉ các chuỗi quá dài');
    expect(vietnamese(MISSING)).toBe('Chỉ các chuỗi quá dài');
    store().undo('vi', MISSING);
    expect(vietnameseHas(MISSING)).toBe(false);
    expect(vietnamese(MISSING)).toBe(english(MISSING));
    expect(vietnamese(MISSING)).not.toBe('');
  });

  it('discards every edit: the file’s texts come back, and English where the file has none', () => {
    const file = vietnamese(PRESENT);
    store().edit('vi', PRESENT, 'Khác');
    store().edit('vi', MISSING, 'Chỉ các chuỗi quá dài');
    store().discardAll('vi');
    expect(vietnamese(PRESENT)).toBe(file);
    expect(vietnameseHas(MISSING)).toBe(false);
    expect(stored('vi')).toEqual({});
  });

  it('imports a file over the edits, and brings the replaced edits back on “undo the import”, also after a reload', () => {
    store().edit('vi', PRESENT, 'Sửa tay, chưa xuất');
    store().applyImport('vi', 'vi.json', new Map([[PRESENT, 'Từ tệp'], [MISSING, 'Quá dài'], ['ui.app.name', '']]));
    expect(vietnamese(PRESENT)).toBe('Từ tệp');
    expect(store().importUndo.vi).toMatchObject({ file: 'vi.json', count: 2 });
    // Blank strings in a file are no translation: nothing stored for them.
    expect(stored('vi')).toEqual({ [PRESENT]: 'Từ tệp', [MISSING]: 'Quá dài' });

    reload();
    expect(store().importUndo.vi?.file).toBe('vi.json');
    store().undoImport('vi');
    expect(vietnamese(PRESENT)).toBe('Sửa tay, chưa xuất');
    expect(vietnameseHas(MISSING)).toBe(false);
    expect(store().importUndo.vi).toBeUndefined();
  });

  it('forgets how to undo an import at the next change', () => {
    store().applyImport('vi', 'vi.json', new Map([[PRESENT, 'Từ tệp']]));
    store().edit('vi', MISSING, 'Quá dài');
    expect(store().importUndo.vi).toBeUndefined();
    reload();
    expect(store().importUndo.vi).toBeUndefined();
  });

  it('says when the browser cannot keep edits', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'QuotaExceededError');
    });
    store().edit('vi', PRESENT, 'Khác');
    expect(store().storageWorks).toBe(false);
    expect(vietnamese(PRESENT)).toBe('Khác');
    vi.restoreAllMocks();
  });
});

describe('kept edits, checked as they are laid over a language', () => {
  it('drops what cannot be an edit of the language, rewrites storage, and says so', () => {
    window.localStorage.setItem(
      'uketsuke:edits:v1:en',
      JSON.stringify({
        ui: 'x',
        'ui.app.name': 'Uketsuke!',
        'ui.app.tagline': 5,
        'ui.nav.label': '',
        'ui.sim.heading': 'Next\u0001',
        'ui.workbench.editCount_many': 'many',
        'not.a.key': 'y',
      }),
    );
    applyStoredEdits('en', i18n);
    expect(store().byLanguage.en).toEqual({ 'ui.app.name': 'Uketsuke!' });
    expect(stored('en')).toEqual({ 'ui.app.name': 'Uketsuke!' });
    // Labels are themselves, not raw keys.
    expect(english('ui.nav.label')).toBe('Pages');
    expect(english('ui.sim.heading')).toBe('What happens next');
    expect(useUiStore.getState().notices).toContainEqual(expect.objectContaining({ key: 'ui.notice.editsDropped', value: 'English' }));
  });

  it('drops a kept value that is not an object of edits at all', () => {
    window.localStorage.setItem('uketsuke:edits:v1:vi', JSON.stringify(['x']));
    reload();
    expect(store().byLanguage.vi).toEqual({});
    expect(stored('vi')).toEqual({});
  });

  it('leaves sound edits alone, without a notice', () => {
    window.localStorage.setItem('uketsuke:edits:v1:vi', JSON.stringify({ [PRESENT]: 'Khác' }));
    reload();
    expect(vietnamese(PRESENT)).toBe('Khác');
    expect(useUiStore.getState().notices).toEqual([]);
  });
});
