/**
 * Text a visitor brought with them (a screen or language name in a link) that the page says
 * back. It is cut to a readable length on grapheme boundaries, so an emoji, a flag or a Thai
 * cluster is never split into broken halves.
 */
export function cutGraphemes(text: string, max: number): string {
  const segments = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment);
  return segments.length <= max ? text : `${segments.slice(0, max).join('')}…`;
}
