import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import example from '../examples/wijknetwerk-gezond-oost.json';
import '../src/define.js';
import type { NetwerkAmbitie } from '../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../src/model/types.js';
import { parseWorkshopFile } from '../src/model/validate.js';

/** The example workshop: four partners, stopped in step 4, read as a workshop file is read. */
export const exampleFile: WorkshopFile = parseWorkshopFile(example);

let count = 0;

/**
 * Renders `content` inside a `<netwerk-ambitie>` that keeps nothing, filled
 * with `file` (as if imported), set up as `role` / `partner`, and then
 * given to `setUp` (to set the shared timer, say).
 */
export function inWorkshop(
  content: TemplateResult,
  {
    file,
    role = 'facilitator',
    partner,
    setUp,
  }: { file?: WorkshopFile; role?: string; partner?: string; setUp?: (provider: NetwerkAmbitie) => void } = {},
): TemplateResult {
  const fill = (provider: NetwerkAmbitie | undefined) => {
    if (provider && (file || setUp) && !provider.dataset.filled) {
      provider.dataset.filled = 'yes';
      if (file) provider.importWorkshop(file);
      setUp?.(provider);
    }
  };
  return html`<netwerk-ambitie
    storage="none"
    workshop-id=${`story-${++count}`}
    role=${role}
    partner=${partner ?? ''}
    ${refFill(fill)}
    >${content}</netwerk-ambitie
  >`;
}

const refFill = (fill: (el: NetwerkAmbitie | undefined) => void) => ref((el) => fill(el as NetwerkAmbitie | undefined));

/** Waits (up to two seconds) until `find` finds something, for play functions that act on a rendered story. */
export async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the story did not render what its play function needs');
}
