import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../support/dom.js';

// These tests load the built standalone file (dist/netwerkambitie.js, made by
// `npm run build`, which `npm test` runs first) into host pages in iframes.

type HostWindow = Window & {
  cspViolations?: string[];
  recorded?: { warnings: string[]; errors: string[] };
};

async function host(src: string): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  await win.customElements.whenDefined('netwerk-ambitie');
  await win.customElements.whenDefined('partner-lijst');
  return win;
}

describe('embedding the standalone file', () => {
  it('runs the preparation step under a strict Content-Security-Policy', async () => {
    const win = await host('/test/embed/csp-page.html');
    const provider = win.document.querySelector('netwerk-ambitie')!;
    const add = await until(
      () => [...deepAll(provider, 'button')].find((b) => b.textContent?.trim() === 'Partner toevoegen'),
      'the add button',
    );
    add.click();
    const name = await until(
      () => deepAll(provider, 'input.name').next().value as HTMLInputElement | undefined,
      'the name field',
    );
    expect((name.getRootNode() as ShadowRoot).activeElement, 'the new name field has focus').to.equal(name);
    await sendKeys({ type: 'Gemeente' });
    const file = (provider as unknown as { exportWorkshop(): { partners: { name: string }[] } }).exportWorkshop();
    expect(file.partners.map((p) => p.name)).to.deep.equal(['Gemeente']);
    const styled = getComputedStyle(add);
    expect(styled.minHeight, 'component styles apply under the CSP').to.equal('44px');
    expect(win.cspViolations).to.deep.equal([]);
    expect(() => (win as Window & { eval(code: string): unknown }).eval('1'), 'the policy is in force').to.throw();
  });

  it('survives a second copy of the library on the page: no error, a warning, the first copy keeps working', async () => {
    const win = await host('/test/embed/two-copies.html');
    await until(() => win.recorded!.warnings.length > 0, 'a warning');
    expect(win.recorded!.errors).to.deep.equal([]);
    expect(win.recorded!.warnings.join('\n')).to.match(/already defined by another copy/);
    const provider = win.document.querySelector('netwerk-ambitie') as unknown as {
      ready: Promise<void>;
      exportWorkshop(): { title: string };
      importWorkshop(data: unknown): void;
    };
    await provider.ready;
    provider.importWorkshop({ format: 'netwerkambitie', version: 1, title: 'Twee kopieën' });
    expect(provider.exportWorkshop().title).to.equal('Twee kopieën');
  });
});

function* deepAll(root: Element | ShadowRoot, selector: string): Generator<HTMLElement> {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    if (el.matches(selector)) yield el;
    if (el.shadowRoot) yield* deepAll(el.shadowRoot, selector);
  }
  // The host page is another realm: `instanceof Element` would be false there.
  const shadow = (root as Element).shadowRoot;
  if (shadow) yield* deepAll(shadow, selector);
}
