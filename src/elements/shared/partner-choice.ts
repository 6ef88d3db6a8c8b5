import { msg, str } from '@lit/localize';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { aspirantLabel } from '../../i18n/labels.js';
import { permissions } from '../../model/permissions.js';
import type { Session } from '../../model/store-api.js';
import type { Slice } from '../base/slice.js';
import type { Partner, WorkshopFile } from '../../model/types.js';

/** Which partner a partner-bound element (a card, a get-and-bring list) shows, and how. */
export type PartnerView =
  /** The workshop has no partners yet. */
  | { kind: 'no-partners' }
  /** The `partner` attribute names a partner that is not in the workshop. */
  | { kind: 'unknown'; id: string }
  /** No partner is given and none is chosen yet. */
  | { kind: 'choose' }
  /** One partner, editable on this device or read-only. */
  | { kind: 'partner'; partner: Partner; editable: boolean };

/** A partner's name, or a stand-in when the name is still empty (or the partner is gone). */
export const partnerName = (partner: Partner | undefined): string => partner?.name.trim() || msg('Partner zonder naam');

/** The partner this device belongs to, if it is in the workshop. */
export const devicePartner = (file: WorkshopFile, session: Session): Partner | undefined =>
  session.partner ? file.partners.find((p) => p.id === session.partner) : undefined;

/**
 * Works out whose work an element shows: the partner named by its `partner`
 * attribute, else the partner this device belongs to, else the partner the
 * user chose in the element's own select (remembered while the element lives).
 */
export class PartnerChoice {
  readonly #host: ReactiveControllerHost;
  #chosen?: string;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether the user is offered a choice: no `partner` attribute and no partner for this device. */
  offered(file: WorkshopFile, session: Session, attribute?: string): boolean {
    return !attribute && !devicePartner(file, session) && file.partners.length > 0;
  }

  view(file: WorkshopFile, session: Session, attribute?: string): PartnerView {
    const shown = (partner: Partner): PartnerView => ({
      kind: 'partner',
      partner,
      editable: permissions(session).editCard(partner.id),
    });
    if (attribute) {
      const partner = file.partners.find((p) => p.id === attribute);
      return partner ? shown(partner) : { kind: 'unknown', id: attribute };
    }
    if (!file.partners.length) return { kind: 'no-partners' };
    const partner = devicePartner(file, session) ?? file.partners.find((p) => p.id === this.#chosen);
    return partner ? shown(partner) : { kind: 'choose' };
  }

  /**
   * What a card of `partnerId` (the partner shown, or every partner when
   * none is) shows of the workshop besides `own`: an element's slice.
   */
  slice(file: WorkshopFile, session: Session, attribute: string | undefined, own: (id: string) => Slice): Slice {
    const view = this.view(file, session, attribute);
    return [file.partners, session, ...(view.kind === 'partner' ? own(view.partner.id) : [file])];
  }

  /** The labelled select of the workshop's partners. `id` must be unique in the shadow root. */
  render(file: WorkshopFile, label: string, id = 'partner-choice'): TemplateResult {
    const chosen = file.partners.some((p) => p.id === this.#chosen) ? this.#chosen : '';
    return html`<div class="partner-choice" part="partner-choice">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${this.#choose}>
        <option value="" .selected=${!chosen}>${msg('Kies een partner')}</option>
        ${file.partners.map(
          (partner) =>
            html`<option value=${partner.id} .selected=${partner.id === chosen}>
              ${partnerName(partner)}${partner.aspirant ? ` (${aspirantLabel()})` : ''}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #choose = (event: Event): void => {
    this.#chosen = (event.target as HTMLSelectElement).value || undefined;
    this.#host.requestUpdate();
  };
}

/**
 * The message shown instead of a partner's work when there is none to show.
 * `what` names the work, e.g. "belangenkaart".
 */
export function partnerMessage(view: Exclude<PartnerView, { kind: 'partner' }>, what: string): TemplateResult {
  const text =
    view.kind === 'no-partners'
      ? msg(
          str`Er zijn nog geen partners. Zet eerst de partners van de samenwerking in de workshop; daarna vult elke partner hier de ${what} in.`,
        )
      : view.kind === 'unknown'
        ? msg(str`Er is geen partner met de code ‘${view.id}’ in deze workshop.`)
        : msg(str`Kies hierboven de partner van wie je de ${what} wilt invullen of bekijken.`);
  return html`<p class="message" part="message">${text}</p>`;
}

/** The note on a card that this device may only read. */
export function readOnlyNote(file: WorkshopFile, session: Session, partner: Partner): TemplateResult {
  const own = devicePartner(file, session);
  const text = own
    ? msg(
        str`Je bekijkt het werk van ${partnerName(partner)}. Op dit apparaat kun je alleen het werk van ${partnerName(own)} aanpassen.`,
      )
    : msg(str`Je bekijkt het werk van ${partnerName(partner)}. Op dit apparaat kun je het alleen lezen.`);
  return html`<p class="note" part="note">${text}</p>`;
}
