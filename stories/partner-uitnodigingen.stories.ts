import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { NetwerkAmbitie } from '../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { Invitation } from '../src/service/api.js';
import { exampleFile } from './support.js';

// The invitations come from the workshop service; here the service's answers are
// stand-ins (the tests use the real service), and its address reaches nothing.

const SERVICE = 'http://127.0.0.1:9';
const link = (partner: string) => `${SERVICE}/#workshop=story&sync=ws%3A%2F%2F127.0.0.1%3A9&token=${partner}.story`;
const invitation = (partner: string, code: string, revoked = false): Invitation => ({
  id: `${partner}-${code}`,
  partner,
  name: exampleFile.partners.find((p) => p.id === partner)?.name ?? partner,
  code,
  link: link(partner),
  created: '2026-11-27T10:00:00.000Z',
  revoked,
});

/** Answers the list of invitations with `status` and `body` while the story is shown. */
const answering = (status: number, body: unknown) => () => {
  const real = window.fetch;
  window.fetch = async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return () => void (window.fetch = real);
};

const fill = (el: Element | undefined) => {
  const provider = el as NetwerkAmbitie | undefined;
  if (provider && !provider.dataset.filled) {
    provider.dataset.filled = 'yes';
    provider.importWorkshop({ ...exampleFile, step: 1 });
  }
};

const render = () =>
  html`<netwerk-ambitie storage="none" workshop-id="story" .sync=${'ws://127.0.0.1:9'} .token=${'story'} ${ref(fill)}>
    <partner-uitnodigingen></partner-uitnodigingen>
  </netwerk-ambitie>`;

const meta: Meta = {
  title: 'Elements/partner-uitnodigingen',
  component: 'partner-uitnodigingen',
  tags: ['autodocs'],
  render,
  // The checks run once the service has answered.
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('partner-uitnodigingen')!;
    const answered = () => element.shadowRoot?.querySelector('[part="list"], [part="error"]:not([hidden])');
    for (let tries = 0; !answered(); tries++) {
      if (tries > 100) throw new Error('the invitations did not load');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },
};
export default meta;

/** No partner invited yet: one button per partner. */
export const NoInvitations: StoryObj = { beforeEach: answering(200, { invitations: [] }) };

/** Two partners invited, each with its QR code, code and link; the join sheet can be printed. */
export const SomeInvited: StoryObj = {
  beforeEach: answering(200, { invitations: [invitation('gemeente', 'ABCD-EFGH'), invitation('zorg', 'JKLM-NPQR')] }),
};

/** A partner's link was revoked: its code no longer works, and a new one can be made. */
export const Revoked: StoryObj = {
  beforeEach: answering(200, {
    invitations: [invitation('gemeente', 'ABCD-EFGH', true), invitation('zorg', 'JKLM-NPQR')],
  }),
};

/** The service refused the facilitator's token: said in words, nothing changed. */
export const Refused: StoryObj = { beforeEach: answering(401, { error: 'token-expired' }) };
