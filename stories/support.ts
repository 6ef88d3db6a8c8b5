import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import example from '../examples/wijknetwerk-gezond-oost.json';
import '../src/define.js';
import type { NetwerkAmbitie } from '../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../src/model/types.js';

/** The example workshop: four partners, stopped in step 4. */
export const exampleFile = example as WorkshopFile;

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
