import { inflateSync } from 'node:zlib';

/**
 * A test-runner command that prints the test page to PDF the way a user's
 * "Print" would (print media, the page size the page's @page rules ask for)
 * and tells what came out: how many pages, and per page, in order, its size
 * in points (the MediaBox: A4 portrait is 595 × 842, A3 landscape 1191 × 842)
 * and how much it draws (runs of text shown, shapes painted). Use from a test:
 *   const { pages, sizes } = await executeServerCommand('pdf');
 */
export function pdfPlugin() {
  return {
    name: 'pdf',
    async executeCommand({ command, session }) {
      if (command !== 'pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const sizes = readPages(pdf);
      return { pages: sizes.length, bytes: pdf.length, sizes };
    },
  };
}

/**
 * The pages of a PDF as Chromium (Skia) writes it: page dictionaries and
 * the page tree in plain objects, content streams compressed with Flate.
 * Returns, in the order of the page tree, each page's width and height in
 * points and what its content draws.
 */
export function readPages(pdf) {
  const text = pdf.toString('latin1');
  const objects = new Map();
  for (const match of text.matchAll(/(?:^|\s)(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    objects.set(match[1], { start, body: text.slice(start, end) });
  }
  const dictionary = (id) => objects.get(id)?.body.split(/\bstream\r?\n/)[0] ?? '';
  const ref = (dict, key) => dict.match(new RegExp(`/${key}\\s+(\\d+) 0 R`))?.[1];
  const box = (dict) => dict.match(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/);

  const content = (id) => {
    const object = objects.get(id);
    if (!object) return '';
    const dict = dictionary(id);
    const head = object.body.match(/\bstream\r?\n/);
    if (!head) return '';
    const length = Number(dict.match(/\/Length\s+(\d+)/)?.[1] ?? 0);
    const from = object.start + head.index + head[0].length;
    const raw = pdf.subarray(from, from + length);
    return /\/FlateDecode/.test(dict) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
  };

  /** What each font's codes stand for, from its ToUnicode map. */
  const unicode = new Map();
  const codesOf = (fontId) => {
    if (unicode.has(fontId)) return unicode.get(fontId);
    const map = new Map();
    const hex = (h) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
    const cmap = content(ref(dictionary(fontId), 'ToUnicode'));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, text] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(code.toLowerCase(), hex(text));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, from, to, text] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        for (let code = parseInt(from, 16), n = 0; code <= parseInt(to, 16); code++, n++) {
          const start = parseInt(text, 16) + n;
          map.set(code.toString(16).padStart(from.length, '0'), String.fromCodePoint(start));
        }
    unicode.set(fontId, map);
    return map;
  };
  /** The text a content stream shows (a space between its text objects), with the fonts of `resources`. */
  const shown = (stream, resources) => {
    const fonts = new Map(
      [...(resources.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? '').matchAll(/\/(\S+?)\s+(\d+) 0 R/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const runs = [];
    let codes = new Map();
    const pattern = /(\bET\b)|\/(\S+)\s+[\d.]+\s+Tf|((?:<[0-9a-fA-F]*>|\[[^\]]*\])\s*T[jJ])/g;
    for (const [, end, font, show] of stream.matchAll(pattern)) {
      if (end) runs.push(' ');
      else if (font) codes = fonts.has(font) ? codesOf(fonts.get(font)) : new Map();
      else
        runs.push(
          [...show.matchAll(/<([0-9a-fA-F]*)>/g)]
            .map(([, h]) => (h.match(/.{4}/g) ?? []).map((c) => codes.get(c.toLowerCase()) ?? '').join(''))
            .join(''),
        );
    }
    return runs.join('').replace(/\s+/g, ' ').trim();
  };

  const pages = [];
  const visit = (id, inherited) => {
    const dict = dictionary(id);
    const own = box(dict) ?? inherited;
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = dict.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(kid[1], own);
      return;
    }
    const stream = content(ref(dict, 'Contents'));
    const resourcesId = ref(dict, 'Resources');
    const resources = resourcesId ? dictionary(resourcesId) : dict;
    pages.push({
      width: own ? Number(own[3]) - Number(own[1]) : 0,
      height: own ? Number(own[4]) - Number(own[2]) : 0,
      /** Runs of text shown (`Tj`, `TJ`). */
      texts: (stream.match(/(?:\)|\]|>)\s*T[jJ]\b/g) ?? []).length,
      /** Shapes filled or stroked, and images drawn. */
      shapes: (stream.match(/(?:^|\s)(?:f\*?|S|B\*?|b\*?|Do)(?=\s|$)/g) ?? []).length,
      /** The text it shows, its runs separated by spaces. */
      text: shown(stream, resources),
    });
  };
  const catalog = [...objects.keys()].find((id) => /\/Type\s*\/Catalog\b/.test(dictionary(id)));
  const root = catalog && ref(dictionary(catalog), 'Pages');
  if (root) visit(root, undefined);
  return pages;
}
