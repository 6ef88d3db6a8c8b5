/**
 * Reads CSV strictly as RFC 4180 says, as a spreadsheet would: a quote only
 * opens a cell at its start, quoted cells may hold separators, doubled quotes
 * and line breaks, and every row ends with CRLF (a last row without one fails).
 * Cells are separated by `separator` (`,`; a Dutch spreadsheet takes `;`).
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) throw new Error('the last row has no line end');
  return rows;
}
