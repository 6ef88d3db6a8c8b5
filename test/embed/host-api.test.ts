import { expect } from '@open-wc/testing';

// The runnable host example (demo/host.html): the host saves the workshop file
// it receives with na-change, and restores it with importWorkshop on load.

type Provider = HTMLElement & {
  ready: Promise<void>;
  exportWorkshop(): { title: string; partners: unknown[] };
  store: { setTitle(title: string): void };
};

async function open(): Promise<{ frame: HTMLIFrameElement; win: Window; provider: Provider }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/host.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('netwerk-ambitie');
  const provider = win.document.querySelector('netwerk-ambitie') as Provider;
  await provider.ready;
  return { frame, win, provider };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a host that keeps the workshop itself (demo/host.html)', () => {
  before(() => localStorage.removeItem('host-demo-workshop'));
  after(() => localStorage.removeItem('host-demo-workshop'));

  it('saves what na-change delivers and restores it with importWorkshop after a reload', async () => {
    const first = await open();
    (first.win.document.querySelector('#example') as HTMLButtonElement).click();
    await until(() => first.provider.exportWorkshop().partners.length === 4, 'the example');
    // A change on the device (as typing the title does) reaches the host as na-change.
    first.provider.store.setTitle('Wijknetwerk Gezond Oost 2027');
    const saved = JSON.parse(localStorage.getItem('host-demo-workshop')!);
    expect(saved.title).to.equal('Wijknetwerk Gezond Oost 2027');
    expect(saved.partners).to.have.length(4);
    first.frame.remove();

    const second = await open();
    const log = second.win.document.querySelector('#host-log')!;
    await until(() => log.textContent === 'Bewaarde workshop teruggezet.', 'the restore');
    expect(second.provider.exportWorkshop()).to.deep.equal(saved);
    second.frame.remove();
  });
});
