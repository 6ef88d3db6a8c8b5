/** `text` on one line, shortened to `max` characters: how buttons and messages name what people wrote. */
export function shortText(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
