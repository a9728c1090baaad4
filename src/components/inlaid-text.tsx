import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence that names the reader's buttons in Japanese: the sentence is translated
 * around stand-ins (so every language keeps its own word order), then each stand-in is drawn as
 * the label it stands for. The stand-ins are private-use characters, never in a locale string.
 */
export const inlayMark = (index: number): string => `\uE000${String(index)}\uE001`;

export interface InlaidTextProps {
  /** The translated sentence, with `inlayMark(n)` where label n goes. */
  readonly text: string;
  /** Draws label n. */
  readonly inlay: (index: number) => ReactNode;
  /** Draws the sentence's own words (e.g. with furigana); as they are by default. */
  readonly plain?: (piece: string) => ReactNode;
}

export function InlaidText({ text, inlay, plain = (piece) => piece }: InlaidTextProps) {
  return (
    <>
      {/* Split on the marks: every odd piece is the number of a label. */}
      {text.split(/\uE000(\d+)\uE001/).map((piece, index) => (
        <Fragment key={index}>{index % 2 === 1 ? inlay(Number(piece)) : plain(piece)}</Fragment>
      ))}
    </>
  );
}
