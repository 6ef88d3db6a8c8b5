import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { composedAncestors } from '../../composed.js';
import type { Partner } from '../../model/types.js';
import {
  invitationsApi,
  serviceErrorMessage,
  serviceOrigin,
  type Invitation,
  type InvitationsApi,
} from '../../service/api.js';
import { NaElement } from '../base/na-element.js';
import type { NetwerkAmbitie } from '../netwerk-ambitie/netwerk-ambitie.js';
import { printAlone } from '../shared/print-alone.js';
import { styles } from './partner-uitnodigingen.styles.js';
import type { QrShape } from './qr.js';

/** The name to show for a partner, also when it has none yet. */
const nameOf = (partner: Partner, index: number): string => partner.name.trim() || msg(str`Partner ${index + 1}`);

/** The address people type on a phone: without `https://`, which browsers add themselves. */
const addressOf = (origin: string): string => origin.replace(/^https:\/\//, '');

/** The workshop service of the nearest `<netwerk-ambitie>` with a sync address and a token. */
interface Service {
  origin: string;
  api: InvitationsApi;
  /** What identifies it: the invitations are loaded again when it changes. */
  key: string;
}

/**
 * The facilitator invites the partners to a multi-device workshop: for each
 * partner, by name, a link made by the workshop service, shown with its QR
 * code and a short code to type on a phone, to copy, to mail, or to revoke
 * and make anew (a new link revokes the partner's previous one). A join sheet
 * prints one A4 page per invited partner with its name, QR code, short code
 * and the address to type.
 *
 * It talks to the workshop service of the nearest `<netwerk-ambitie>` (the
 * HTTP origin of its `sync` address) with that element's token, which must be
 * a facilitator's. Without `sync` it says that invitations need the service.
 *
 * @tag partner-uitnodigingen
 * @summary Invite the partners: a link, QR code and short code per partner, and a printable join sheet.
 *
 * @csspart base - The panel around everything.
 * @csspart heading - The heading "Partners uitnodigen".
 * @csspart empty - The message shown when there is no workshop service, no partner yet, or the invitations are loading.
 * @csspart error - What went wrong in the last call to the service, in words.
 * @csspart status - The message after an action (made, copied, revoked).
 * @csspart list - The list of partners.
 * @csspart partner - One partner with its invitation.
 * @csspart state - Whether the partner is invited, not yet, or its link was revoked, in words.
 * @csspart qr - A QR code of a partner's link (an SVG, black on white).
 * @csspart code - A partner's short code.
 * @csspart link - The field that shows a partner's link.
 * @csspart actions - The buttons of a partner: copy, mail, revoke, new link.
 * @csspart create - The button that makes a partner's (first or next) invitation.
 * @csspart mail - The link that opens a mail with the invitation.
 * @csspart print - The button that prints the join sheet.
 * @csspart sheet - One printed page of the join sheet (shown only in print).
 */
export class PartnerUitnodigingen extends NaElement {
  static override styles = styles;

  /** The invitations of the workshop; `undefined` until they have loaded. */
  @state() private invitations?: Invitation[];

  /** What the status line says after the last action. */
  @state() private message = '';

  /** What went wrong in the last call to the service. */
  @state() private error = '';

  /** The partner whose invitation is being made or revoked. */
  @state() private busy?: string;

  /** QR codes by link, made once the QR module has loaded. */
  @state() private codes = new Map<string, QrShape>();

  #loadedFor?: string;

  /** Finds the service of the nearest `<netwerk-ambitie>`; its token stays a property, out of the DOM. */
  get #service(): Service | undefined {
    const host = composedAncestors(this).find((el) => el.localName === 'netwerk-ambitie') as NetwerkAmbitie | undefined;
    const origin = host?.sync ? serviceOrigin(host.sync) : undefined;
    if (!host || !origin) return undefined;
    const token = host.token ?? '';
    return {
      origin,
      api: invitationsApi(origin, host.workshopId, token),
      key: `${origin} ${host.workshopId} ${token}`,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const service = this.#service;
    if (service?.key !== this.#loadedFor) {
      this.#loadedFor = service?.key;
      this.invitations = undefined;
      this.error = '';
      if (service) void this.#load(service);
    }
  }

  async #load(service: Service): Promise<void> {
    try {
      const invitations = await service.api.list();
      if (service.key !== this.#loadedFor) return;
      this.invitations = invitations;
      void this.#makeCodes();
    } catch (error) {
      if (service.key !== this.#loadedFor) return;
      this.invitations = [];
      this.error = this.say(() => serviceErrorMessage(error));
    }
  }

  /** Makes the QR codes of the links that have none yet; the QR library loads with the first. */
  async #makeCodes(): Promise<void> {
    const links = (this.invitations ?? []).filter((i) => !i.revoked && !this.codes.has(i.link)).map((i) => i.link);
    if (!links.length) return;
    const { qrShape } = await import('./qr.js');
    const codes = new Map(this.codes);
    for (const link of links) codes.set(link, qrShape(link));
    this.codes = codes;
  }

  /** The partner's invitation in force, or its last one (revoked), or none. */
  #latest(partner: string): Invitation | undefined {
    return this.invitations?.filter((i) => i.partner === partner).pop();
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #row = (id: string) => `li[data-partner="${CSS.escape(id)}"]`;

  /** Runs one call to the service for `partner`; on failure says why and changes nothing. */
  async #act(partner: string, work: (service: Service) => Promise<string>): Promise<void> {
    const service = this.#service;
    if (this.busy || !service) return;
    this.busy = partner;
    this.error = '';
    this.message = '';
    try {
      this.message = await work(service);
    } catch (error) {
      this.error = this.say(() => serviceErrorMessage(error));
    } finally {
      this.busy = undefined;
    }
  }

  #create(partner: Partner, name: string): Promise<void> {
    return this.#act(partner.id, async ({ api }) => {
      const made = await api.create(partner.id, name);
      this.invitations = [
        ...(this.invitations ?? []).map((i) => (i.partner === partner.id && !i.revoked ? { ...i, revoked: true } : i)),
        made,
      ];
      await this.#makeCodes();
      void this.#focus(`${this.#row(partner.id)} button[data-action="copy"]`);
      return this.say(() => msg(str`Uitnodiging voor ${name} gemaakt, met code ${made.code}.`));
    });
  }

  #revoke(invitation: Invitation, name: string): Promise<void> {
    return this.#act(invitation.partner, async ({ api }) => {
      await api.revoke(invitation.id);
      this.invitations = (this.invitations ?? []).map((i) => (i.id === invitation.id ? { ...i, revoked: true } : i));
      void this.#focus(`${this.#row(invitation.partner)} button[data-action="create"]`);
      return this.say(() => msg(str`De link en code van ${name} zijn ingetrokken en werken niet meer.`));
    });
  }

  async #copy(invitation: Invitation, name: string): Promise<void> {
    this.error = '';
    try {
      await navigator.clipboard.writeText(invitation.link);
      this.message = this.say(() => msg(str`De link voor ${name} is gekopieerd.`));
    } catch {
      const field = this.renderRoot.querySelector<HTMLInputElement>(`${this.#row(invitation.partner)} input`);
      field?.focus();
      field?.select();
      this.message = this.say(() =>
        msg(str`Kopiëren lukte niet. De link voor ${name} is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).`),
      );
    }
  }

  /** A `mailto:` address with the invitation as subject and body, in this element's language. */
  #mail(invitation: Invitation, name: string, origin: string): string {
    const title = this.workshop?.title.trim() || msg('Netwerkambitie');
    const subject = msg(str`Uitnodiging voor de workshop ${title}`);
    const body = [
      msg(str`Beste ${name},`),
      '',
      msg(str`Je bent uitgenodigd voor de workshop ${title}. Open deze link op je laptop of telefoon om mee te doen:`),
      invitation.link,
      '',
      msg(str`Of ga naar ${addressOf(origin)} en typ de code ${invitation.code}.`),
      msg('Deze link is alleen voor jouw organisatie; stuur hem niet door.'),
    ].join('\n');
    return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }

  #print(): void {
    printAlone(this);
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    const service = this.#service;
    const intro = html`<h2 id="heading" part="heading">${msg('Partners uitnodigen')}</h2>`;
    if (!file)
      return html`<p part="base" class="base panel">
        ${msg('Uitnodigingen werken alleen binnen een <netwerk-ambitie>-element.')}
      </p>`;
    if (!service || !this.may?.lead)
      return html`<section part="base" class="base panel" aria-labelledby="heading">
        ${intro}
        <p part="empty" class="empty">
          ${
            service
              ? msg('Alleen de begeleider nodigt partners uit.')
              : msg(
                  'Partners uitnodigen op hun eigen apparaat kan alleen met een workshopserver. Open de workshop met de link van de server.',
                )
          }
        </p>
      </section>`;
    const invited = file.partners.filter((p) => this.#latest(p.id)?.revoked === false);
    return html`
      <section part="base" class="base panel" aria-labelledby="heading">
        <div class="screen">
          ${intro}
          <p class="muted">
            ${msg(
              'Iedere partner krijgt een eigen link, met een QR-code en een korte code om op een telefoon te typen. Een nieuwe link maken trekt de vorige in.',
            )}
          </p>
          <p part="error" class="error" role="alert" ?hidden=${!this.error}>${this.error}</p>
          <p part="status" class="status" role="status">${this.message}</p>
          ${this.#list(file.partners, service.origin)}
          ${
            invited.length
              ? html`<div class="toolbar">
                  <button part="print" type="button" @click=${this.#print}>${msg('Deelnamebladen afdrukken')}</button>
                  <p class="muted">
                    ${
                      invited.length === file.partners.length
                        ? msg('Eén A4 per partner, met de QR-code en de code.')
                        : msg(
                            str`Eén A4 per uitgenodigde partner (${invited.length} van ${file.partners.length}), met de QR-code en de code.`,
                          )
                    }
                  </p>
                </div>`
              : nothing
          }
        </div>
        <div class="sheets">
          ${invited.map((p) => this.#sheet(nameOf(p, file.partners.indexOf(p)), this.#latest(p.id)!, service.origin))}
        </div>
      </section>
    `;
  }

  #list(partners: readonly Partner[], origin: string): TemplateResult {
    if (!this.invitations) return html`<p part="empty" class="empty">${msg('Uitnodigingen laden…')}</p>`;
    if (!partners.length)
      return html`<p part="empty" class="empty">
        ${msg('Nog geen partners. Voeg eerst de partners toe; nodig ze daarna uit.')}
      </p>`;
    return html`<ul part="list" class="list">
      ${repeat(
        partners,
        (p) => p.id,
        (p, i) => this.#partner(p, nameOf(p, i), origin),
      )}
    </ul>`;
  }

  #partner(partner: Partner, name: string, origin: string): TemplateResult {
    const invitation = this.#latest(partner.id);
    const active = invitation && !invitation.revoked ? invitation : undefined;
    const busy = this.busy === partner.id;
    const stateText = active
      ? msg(str`Uitgenodigd, code ${active.code}`)
      : invitation
        ? msg('Link ingetrokken: de vorige link en code werken niet meer.')
        : msg('Nog niet uitgenodigd.');
    return html`<li part="partner" class="partner" data-partner=${partner.id} aria-busy=${busy ? 'true' : 'false'}>
      <h3 class="name">${name}</h3>
      <p part="state" class="state">
        <span aria-hidden="true">${active ? '✓' : invitation ? '✕' : '○'}</span> ${stateText}
      </p>
      ${active ? this.#invitation(active, name, origin) : nothing}
      <div part="actions" class="actions">
        ${
          active
            ? html`
                <button type="button" data-action="copy" @click=${() => this.#copy(active, name)}>
                  ${msg('Link kopiëren')}<span class="visually-hidden"> (${name})</span>
                </button>
                <a part="mail" class="button" href=${this.#mail(active, name, origin)}>
                  ${msg('Mailen')}<span class="visually-hidden"> (${name})</span>
                </a>
                <button type="button" data-action="revoke" @click=${() => this.#revoke(active, name)}>
                  ${msg('Intrekken')}<span class="visually-hidden"> (${name})</span>
                </button>
              `
            : nothing
        }
        <button
          part="create"
          type="button"
          data-action="create"
          class=${active ? '' : 'primary'}
          @click=${() => this.#create(partner, name)}
        >
          ${active ? msg('Nieuwe link maken') : msg('Uitnodiging maken')}<span class="visually-hidden"> (${name})</span>
        </button>
      </div>
    </li>`;
  }

  #qr(link: string, label: string): TemplateResult {
    const shape = this.codes.get(link);
    if (!shape) return html`<p class="qr qr-waiting muted">${msg('QR-code wordt gemaakt…')}</p>`;
    const box = `-2 -2 ${shape.size + 4} ${shape.size + 4}`;
    return html`<svg part="qr" class="qr" viewBox=${box} role="img" aria-label=${label}>
      <rect x="-2" y="-2" width=${shape.size + 4} height=${shape.size + 4} fill="#fff"></rect>
      <path d=${shape.path} fill="#000"></path>
    </svg>`;
  }

  #invitation(invitation: Invitation, name: string, origin: string): TemplateResult {
    return html`<div class="invitation">
      ${this.#qr(invitation.link, msg(str`QR-code van de link voor ${name}`))}
      <div class="details">
        <p>
          ${msg('Code:')} <strong part="code" class="code">${invitation.code}</strong>
          <span class="muted">${msg(str`(te typen op ${addressOf(origin)})`)}</span>
        </p>
        <label class="field">
          <span class="field-label">${msg(str`Link voor ${name}`)}</span>
          <input part="link" type="text" readonly .value=${invitation.link} />
        </label>
      </div>
    </div>`;
  }

  #sheet(name: string, invitation: Invitation, origin: string): TemplateResult {
    const title = this.workshop?.title.trim();
    return html`<article part="sheet" class="sheet">
      ${title ? html`<p class="sheet-workshop">${title}</p>` : nothing}
      <h3 class="sheet-name">${name}</h3>
      <p>${msg('Doe mee op je eigen laptop of telefoon: scan deze QR-code met de camera.')}</p>
      ${this.#qr(invitation.link, msg(str`QR-code van de link voor ${name}`))}
      <p>${msg('Geen camera? Ga in de browser naar')}</p>
      <p class="sheet-address">${addressOf(origin)}</p>
      <p>${msg('en typ deze code:')}</p>
      <p class="sheet-code">${invitation.code}</p>
      <p class="muted">${msg('Deze code is alleen voor jouw organisatie.')}</p>
    </article>`;
  }
}
