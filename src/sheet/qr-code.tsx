import { useMemo } from 'react';
import { encode } from 'uqr';

export interface QrCodeProps {
  /** What the code holds (the sheet's own address). */
  readonly text: string;
  /** Its accessible name. */
  readonly label: string;
  readonly className?: string;
}

/** The light margin round the code that scanners need, in modules (the standard asks for 4). */
const QUIET = 4;

/**
 * A QR code drawn here, as one SVG path: nothing is fetched, and it prints sharp at any size.
 * Error correction M (15%) survives a crease or a smudge on a printed page and still keeps a
 * short address at a small version.
 */
export function QrCode({ text, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const code = encode(text, { ecc: 'M', border: 0 });
    let d = '';
    code.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
      });
    });
    return { size: code.size + 2 * QUIET, path: d };
  }, [text]);
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
