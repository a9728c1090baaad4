import { describe, expect, it } from 'vitest';
import type { FoundLine } from '../recognize/match.ts';
import type { OcrLine } from '../recognize/ocr.ts';
import { placeLines } from './line-map.ts';

const line = (text: string, x: number, y: number, w = 300, h = 40): OcrLine => ({ text, confidence: 0.9, box: { x, y, w, h } });
const FOUND: readonly FoundLine[] = [
  { key: 'device.pin-entry.title', text: '暗証番号（4桁）を入力してください', quality: 1 },
  { key: 'device.pin-entry.clear', text: '訂正', quality: 1 },
  { key: 'device.pin-entry.submit', text: '確定', quality: 1 },
  { key: 'device.pin-entry.back', text: '戻る', quality: 0.8 },
  { key: null, text: '暗証番号を入力後、確定を押してください', quality: 0.7 },
];

describe('placing what OCR read on the lines of the screen found', () => {
  it('labels each line read with the reader line it is, as OCR spaces and misreads it', () => {
    const placed = placeLines([line('暗 証 番号 ( 4 桁 ) を 入力 し て くだ さい', 40, 60, 500), line('訂 正', 100, 500, 80), line('確定', 300, 500, 80), line('戻る', 200, 600, 80)], FOUND);
    expect(placed.map((p) => p.key)).toEqual(['device.pin-entry.title', 'device.pin-entry.clear', 'device.pin-entry.submit', 'device.pin-entry.back']);
    expect(placed[0]?.box).toEqual({ x: 40, y: 60, w: 500, h: 40 });
  });

  it('gives a wrapped line one box, and the same line read twice (two passes) one label', () => {
    const placed = placeLines([line('暗証番号(4桁)', 40, 60, 300), line('を入力してください', 45, 105, 360), line('暗証番号(4桁)を入力', 42, 62, 320)], FOUND);
    expect(placed).toHaveLength(1);
    expect(placed[0]?.box).toEqual({ x: 40, y: 60, w: 365, h: 85 });
  });

  it('leaves noise, other text and lines of no device string unlabelled rather than mislabelled', () => {
    const placed = placeLines([line('ー', 0, 0), line('練習用の暗証番号は1234です', 0, 100), line('〇 OO 〇', 0, 200), line('確', 0, 300)], FOUND);
    expect(placed).toEqual([]);
  });
});
