import { expect } from '@open-wc/testing';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';

/**
 * Opens a tab of this browser (a window of its own, with its own copy of the
 * library) and puts a `<netwerk-ambitie>` with `attributes` in it, once the
 * element is defined there. `before` runs in the tab first (to set its clock, say).
 */
export async function openTab(
  attributes: Record<string, string>,
  before: (tab: Window) => void = () => {},
): Promise<{ tab: Window; element: NetwerkAmbitie }> {
  const loaded = new Promise<void>((resolve) => {
    const heard = (event: MessageEvent) => {
      if (event.source !== tab || event.data !== 'tab loaded') return;
      window.removeEventListener('message', heard);
      resolve();
    };
    window.addEventListener('message', heard);
  });
  const tab = window.open('/test/support/tab.html', '_blank')!;
  expect(tab, 'the browser opened a tab').to.not.equal(null);
  await loaded;
  before(tab);
  const element = tab.document.createElement('netwerk-ambitie') as NetwerkAmbitie;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  tab.document.body.append(element);
  await element.ready;
  return { tab, element };
}
