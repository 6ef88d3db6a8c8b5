import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/netwerk-ambitie/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { uniqueId } from './example.js';

export interface WorkshopFixture {
  provider: NetwerkAmbitie;
  /** Waits until every element inside has rendered the latest change. */
  settle(): Promise<void>;
}

/**
 * A `<netwerk-ambitie>` that keeps nothing (storage="none"), optionally filled
 * with `file`, with `content` inside it. Attributes from `attrs` are set first.
 */
export async function workshop(
  content: TemplateResult | undefined,
  {
    file,
    lang = 'nl',
    role = 'facilitator',
    partner,
  }: { file?: WorkshopFile; lang?: string; role?: string; partner?: string } = {},
): Promise<WorkshopFixture> {
  const provider = await fixture<NetwerkAmbitie>(html`
    <netwerk-ambitie storage="none" workshop-id=${uniqueId()} lang=${lang} role=${role} partner=${partner ?? ''}>
      ${content}
    </netwerk-ambitie>
  `);
  await provider.ready;
  if (file) provider.importWorkshop(file);
  const settle = () => settleBelow(provider);
  await settle();
  return { provider, settle };
}

/** Waits until `root` and every element inside it (through shadow roots) have rendered the latest change. */
export async function settleBelow(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all = [root, ...deepElements(root)] as Array<Element & { updateComplete?: Promise<unknown> }>;
    await Promise.all(all.map((el) => el.updateComplete));
  }
}

/** Every element below `root`, through shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  // Not `instanceof Element`: `root` may be an element of another window (a tab).
  if ('shadowRoot' in root && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The first element matching `selector` anywhere below `root`, through shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return (deepElements(root).find((el) => el.matches(selector)) as T | undefined) ?? null;
}

/** Every element matching `selector` below `root`, through shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return deepElements(root).filter((el) => el.matches(selector)) as T[];
}

/** Counts the renders of the Lit element `el` from now on: `n` goes up with each update. */
export function countRenders(el: Element): { n: number } {
  const counted = { n: 0 };
  const own = el as unknown as { update(changed: unknown): void };
  const update = own.update.bind(el);
  own.update = (changed) => {
    counted.n++;
    update(changed);
  };
  return counted;
}
