import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { textOf, until } from '../support/dom.js';
import { uniqueId } from '../support/example.js';
import { NETWORK, token } from '../support/sync-device.js';

// The service's page as the server sends it (its body, and a policy that allows
// no inline script or style) with the built dist/service.js, in an iframe.

type ServicePage = Window & { cspViolations: string[] };

async function servicePage(fragment = ''): Promise<{ frame: HTMLIFrameElement; win: ServicePage; main: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/service/service-page.html${fragment}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ServicePage;
  return { frame, win, main: win.document.getElementById('netwerkambitie')! };
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the workshop service page', () => {
  it('shows the start page without a workshop link, in the browser’s language, usable with the keyboard', async () => {
    const { frame, win, main } = await servicePage();
    const start = await until(
      () => main.querySelector('workshop-start')?.shadowRoot?.querySelector('form'),
      'the start page',
    );
    const root = start.getRootNode() as ShadowRoot;
    expect(win.document.documentElement.lang).to.match(/^(nl|en)$/);
    const headings = Array.from(root.querySelectorAll('h2')).map(textOf);
    expect(headings).to.have.length(2);

    frame.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('name'), 'the code field comes first').to.equal('code');
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(root.getElementById('join-error')) !== '', 'the code is refused');
    expect(root.querySelector('input[name="code"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('opens the workshop of a link, as the partner of its token, and keeps the token out of the address and the markup', async () => {
    const { url } = await executeServerCommand<{ url: string; port: number }, undefined>('sync-start');
    try {
      const room = uniqueId('dienst');
      const partnerToken = await token({ room, role: 'partner', partner: 'p1' });
      const fragment = `#${new URLSearchParams({ workshop: room, sync: url, token: partnerToken })}`;
      const { win, main } = await servicePage(fragment);
      const workshop = await until(() => main.querySelector<NetwerkAmbitie>('netwerk-ambitie'), 'the workshop');
      await workshop.ready;
      expect(workshop.workshopId).to.equal(room);
      expect(win.location.hash, 'the token leaves the address bar').to.equal('');
      expect(win.document.documentElement.outerHTML).to.not.contain(partnerToken);
      await until(() => workshop.store.session.connection === 'connected', 'connected to the service', NETWORK);
      expect(workshop.store.session).to.include({ role: 'partner', partner: 'p1' });
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      await executeServerCommand('sync-stop');
    }
  });
});
