import { toSvgPath } from 'lean-qr/extras/svg';
import { correction, generate } from 'lean-qr/nano';

/** A QR code as the outline of its dark modules, in a square of `size` modules. */
export interface QrShape {
  size: number;
  /** The `d` of one SVG path. */
  path: string;
}

/**
 * The QR code of `text` (medium error correction, so a printed or projected
 * code still scans when part of it is smudged or glares). This module, with
 * the QR library, loads only when an invitation is shown.
 */
export function qrShape(text: string): QrShape {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, path: toSvgPath(code) };
}
