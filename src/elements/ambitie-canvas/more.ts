/**
 * How many entries a long list of the canvas shows at first, and how many
 * more each "more" adds; of the bringers that meet a get, the best few (the
 * rest all at once on request).
 */
export const SHOWN = { cards: 12, items: 8, matches: 3 } as const;

export { firstOf } from '../shared/more.js';
