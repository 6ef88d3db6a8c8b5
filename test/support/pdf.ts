import { executeServerCommand } from '@web/test-runner-commands';

/** One printed page: its size in points, and what it shows. */
export interface PdfPage {
  width: number;
  height: number;
  /** Runs of text shown. */
  texts: number;
  /** Shapes filled or stroked, and images drawn. */
  shapes: number;
  /** Its text, a space between text objects. */
  text: string;
}

/** Page sizes in points (1/72 inch), as Chromium writes them (to the pixel). */
export const PAPER = {
  a4: { width: 595, height: 842 },
  a3Landscape: { width: 1191, height: 842 },
};

/** Prints the test page to PDF as the browser's Print does (see scripts/wtr-pdf-plugin.mjs) and reads its pages. */
export async function printToPdf(): Promise<{ pages: number; bytes: number; sizes: PdfPage[] }> {
  return executeServerCommand<{ pages: number; bytes: number; sizes: PdfPage[] }, undefined>('pdf');
}

/** A page's size rounded to whole points, as `[width, height]`. */
export const sizeOf = (page: PdfPage): [number, number] => [Math.round(page.width), Math.round(page.height)];
