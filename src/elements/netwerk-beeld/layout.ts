import type { NetworkLink } from '../../model/matches.js';
import type { Partner } from '../../model/types.js';

/*
 * Where the network picture draws what: the partners on a circle around the
 * ambition (in the workshop's order, clockwise from the top), their labels,
 * and per pair of partners a line for the matches people confirmed (with the
 * way what is brought goes) and one for the themes they share. Pure geometry
 * in the SVG's own units, no DOM.
 */

/** A point in the picture's units; the centre of the ambition is (0, 0). */
export interface Point {
  x: number;
  y: number;
}

/** One partner on the circle. */
export interface PlacedPartner {
  partner: Partner;
  at: Point;
  /** The lines of its label (its name, shortened where the picture is full). */
  label: string[];
  /** Whether the label is shortened: the full name is in the node's title. */
  shortened: boolean;
  /** Where the label starts, and how it is turned and anchored. */
  labelAt: Point;
  rotate: number;
  anchor: 'start' | 'middle' | 'end';
}

/** One line between two partners. */
export interface PlacedLine {
  kind: 'match' | 'theme';
  link: NetworkLink;
  /** The SVG path of the line. */
  path: string;
  /** The arrowheads (SVG paths): at a partner that comes to get what the other brings. */
  arrows: string[];
  /** Where the names of the shared themes go: along the line, at its middle; absent where the picture is too full for them. */
  label?: { at: Point; rotate: number };
}

export interface NetworkLayout {
  /** The SVG's view box: x, y, width, height. */
  viewBox: [number, number, number, number];
  /** The labels' font size, in the picture's units. */
  fontSize: number;
  /** The radius of a partner's node. */
  node: number;
  /** The radius of the ambition in the middle. */
  centre: number;
  partners: PlacedPartner[];
  lines: PlacedLine[];
}

/** Up to this many partners, labels are level and may take two lines; beyond, they point outwards on one. */
export const FEW = 12;

/** Up to this many lines of shared themes, the themes' names stand on them. */
export const NAMED_THEMES = 8;

/** About how wide a character is, in ems (a sans-serif font). */
const CHAR = 0.56;

/** `text` cut at a word to at most `max` characters, with an ellipsis when it was cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
}

/** The ambition's text in lines that fit in the middle of the picture. */
export const centreLines = (ambition: string): string[] => wrap(ambition, 20, 5);

/** `text` in lines of at most `width` characters, at most `count` of them; the last one ends in an ellipsis if text is left. */
export function wrap(text: string, width: number, count: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)) {
    const word = raw.length > width ? shorten(raw, width) : raw;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  kept[count - 1] = shorten(`${kept[count - 1]} ${lines[count]}`, width);
  return kept;
}

/**
 * Short labels for partners' names: the part before a comma or bracket
 * ("Gemeente (sociaal domein)" → "Gemeente"), at most `max` characters, with
 * a number the name ends in ("Buurthuis (stichting) 2" → "Buurthuis 2").
 * Where two labels would read the same, those partners keep as much of their
 * full name as fits; where that is still the same, a number in brackets.
 */
export function shortNames(names: readonly string[], max: number): string[] {
  const parts = names.map((name) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    const number = clean.match(/ (\d+)$/)?.[1];
    const rest = number ? clean.slice(0, -number.length - 1) : clean;
    const head = rest.split(/\s*[,(]/)[0].trim();
    return { rest, head: head.length >= 3 ? head : rest, number };
  });
  const label = (text: string, number: string | undefined) =>
    number ? `${shorten(text, max - number.length - 1)} ${number}` : shorten(text, max);
  const labels = parts.map((p) => label(p.head, p.number));
  const clashing = () => {
    const count = new Map<string, number>();
    for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
    return labels.map((l) => count.get(l)! > 1);
  };
  clashing().forEach((clash, i) => clash && (labels[i] = label(parts[i].rest, parts[i].number)));
  const seen = new Map<string, number>();
  const clash = clashing();
  return labels.map((l, i) => {
    if (!clash[i]) return l;
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return `${shorten(l, max - 4)} (${n})`;
  });
}

const round = (n: number) => Math.round(n * 10) / 10;
const pt = (p: Point) => `${round(p.x)} ${round(p.y)}`;
const length = (p: Point) => Math.hypot(p.x, p.y);
const minus = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const along = (from: Point, to: Point, distance: number): Point => {
  const d = minus(to, from);
  const l = length(d) || 1;
  return { x: from.x + (d.x / l) * distance, y: from.y + (d.y / l) * distance };
};

/** An arrowhead whose tip is at `tip`, pointing away from `from`. */
function arrowhead(tip: Point, from: Point, size: number): string {
  const d = minus(tip, from);
  const l = length(d) || 1;
  const u = { x: d.x / l, y: d.y / l };
  const base = { x: tip.x - u.x * size, y: tip.y - u.y * size };
  const side = { x: -u.y * size * 0.5, y: u.x * size * 0.5 };
  return `M${pt(tip)}L${pt({ x: base.x + side.x, y: base.y + side.y })}L${pt({ x: base.x - side.x, y: base.y - side.y })}Z`;
}

/**
 * The picture of `partners` and `links` around the ambition: a circle that
 * grows with the number of partners so that labels keep their size.
 */
export function networkLayout(partners: readonly Partner[], links: readonly NetworkLink[]): NetworkLayout {
  const n = partners.length;
  const few = n <= FEW;
  const fontSize = few ? 24 : 18;
  const node = few ? 13 : 9;
  // The spacing along the circle leaves a label's height (and then some) per partner.
  const radius = Math.max(few ? 290 : 320, (n * fontSize * 1.5) / (2 * Math.PI));
  const centre = Math.min(150, radius * 0.45);
  const maxChars = few ? 18 : 16;
  const short = shortNames(
    partners.map((p) => p.name),
    maxChars,
  );
  const gap = node + 10;

  const placed = partners.map((partner, i): PlacedPartner => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const at = { x: radius * cos, y: radius * sin };
    if (few) {
      const label = wrap(partner.name, maxChars, 2);
      const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
      // Level labels: beside a partner on the sides, above or below it at the top and bottom.
      const lines = label.length;
      const dy = anchor === 'middle' ? (sin < 0 ? -gap - (lines - 1) * fontSize * 1.15 : gap + fontSize * 0.8) : 0;
      return {
        partner,
        at,
        label,
        shortened: label.join(' ') !== partner.name.replace(/\s+/g, ' ').trim(),
        labelAt: { x: at.x + (anchor === 'middle' ? 0 : cos * gap), y: at.y + dy },
        rotate: 0,
        anchor,
      };
    }
    const label = [short[i]];
    const left = cos < 0;
    const degrees = (angle * 180) / Math.PI;
    return {
      partner,
      at,
      label,
      shortened: short[i] !== partner.name,
      labelAt: { x: at.x + cos * gap, y: at.y + sin * gap },
      // Pointing outwards, and never upside down.
      rotate: round(left ? degrees + 180 : degrees),
      anchor: left ? 'end' : 'start',
    };
  });

  const position = new Map(placed.map((p) => [p.partner.id, p.at]));
  const lines: (PlacedLine & { label: NonNullable<PlacedLine['label']> })[] = [];
  for (const link of links) {
    const [a, b] = link.partnerIds.map((id) => position.get(id));
    if (!a || !b) continue;
    const kinds: PlacedLine['kind'][] = [];
    if (link.matches.length) kinds.push('match');
    if (link.themes.length) kinds.push('theme');
    for (const kind of kinds) {
      const control = controlPoint(a, b, centre + 18, kind === 'theme' && kinds.length === 2);
      const start = along(a, control, node + 4);
      const end = along(b, control, node + 4);
      const arrows: string[] = [];
      if (kind === 'match') {
        const [first, second] = link.partnerIds;
        // What is brought goes to the partner that comes to get it: the arrow points there.
        if (link.matches.some((m) => m.get.partnerId === first))
          arrows.push(arrowhead(start, control, fontSize * 0.75));
        if (link.matches.some((m) => m.get.partnerId === second)) arrows.push(arrowhead(end, control, fontSize * 0.75));
      }
      // Halfway, a quadratic curve runs parallel to the line between its ends: the names follow it, never upside down.
      const middle = { x: (start.x + 2 * control.x + end.x) / 4, y: (start.y + 2 * control.y + end.y) / 4 };
      const degrees = (Math.atan2(end.y - start.y, end.x - start.x) * 180) / Math.PI;
      const rotate = round(degrees > 90 ? degrees - 180 : degrees < -90 ? degrees + 180 : degrees);
      const label = { at: { x: round(middle.x), y: round(middle.y) }, rotate };
      lines.push({ kind, link, path: `M${pt(start)}Q${pt(control)} ${pt(end)}`, arrows, label });
    }
  }
  // The themes' names stand on their lines while there are few enough to read them.
  const themeLines = lines.filter((l) => l.kind === 'theme');
  const named = few && themeLines.length <= NAMED_THEMES;

  // Room for the labels around the circle: level ones on two lines, or one line pointing outwards.
  const labelWidth = maxChars * fontSize * CHAR;
  const across = radius + gap + (few ? labelWidth : labelWidth + fontSize);
  const down = radius + gap + (few ? fontSize * 2.6 : labelWidth + fontSize);
  return {
    viewBox: [round(-across), round(-down), round(across * 2), round(down * 2)],
    fontSize,
    node,
    centre,
    partners: placed,
    lines: lines.map(({ label, ...line }) => (named && line.kind === 'theme' ? { ...line, label } : line)),
  };
}

/**
 * The control point of a line from `a` to `b`: straight where it passes the
 * ambition at `clear` or further, bent around it where it would cross it.
 * A `second` line between the same partners bends away from the first: in
 * towards the ambition where the first is straight, further out where the
 * first bends around it.
 */
function controlPoint(a: Point, b: Point, clear: number, second: boolean): Point {
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const distance = length(middle);
  // The side to bend to: away from the middle, or (for partners opposite each other) to the left of a → b.
  const normal =
    distance > 1
      ? { x: middle.x / distance, y: middle.y / distance }
      : (() => {
          const d = minus(b, a);
          const l = length(d) || 1;
          return { x: d.y / l, y: -d.x / l };
        })();
  const SECOND = 30;
  const straight = distance >= clear;
  const reach = !second
    ? Math.max(distance, clear)
    : straight && distance - SECOND >= clear
      ? distance - SECOND
      : Math.max(distance, clear) + SECOND;
  if (reach === distance) return middle;
  // A quadratic curve passes halfway between its middle and its control point.
  return { x: 2 * reach * normal.x - middle.x, y: 2 * reach * normal.y - middle.y };
}
