/** How many entries a long list of the canvas shows at first, and how many more each "more" adds. */
export const SHOWN = { cards: 12, items: 8 } as const;

export { firstOf } from '../shared/more.js';
