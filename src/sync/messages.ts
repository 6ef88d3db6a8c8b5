import { msg, str } from '@lit/localize';
import type { Refusal } from '../model/rules.js';

/**
 * Why the sync server refused this device, as a short phrase to follow
 * "Geweigerd:", for a reason code of the server (see `connectSync`), or why
 * this page does not connect to the address it was given (`address-invalid`,
 * `address-not-allowed`).
 */
export function refusalReason(reason: string | undefined): string {
  switch (reason) {
    case 'token-missing':
      return msg('deze link bevat geen toegangscode');
    case 'token-expired':
      return msg('deze link is verlopen');
    case 'token-other-room':
      return msg('deze link hoort bij een andere workshop');
    case 'token-invalid':
      return msg('de toegangscode in deze link klopt niet');
    case 'token-revoked':
      return msg('deze link is ingetrokken');
    case 'server-only':
      return msg('alleen de server kan dit openen');
    case 'unreadable':
    case 'nesting':
      return msg('dit apparaat stuurde een wijziging die de server niet kan lezen');
    case 'address-invalid':
      return msg('dit is geen adres van een synchronisatieserver');
    case 'address-not-allowed':
      return msg('deze pagina staat die synchronisatieserver niet toe');
    default:
      return msg('de server weigert dit apparaat');
  }
}

/** The message shown and sent with `na-error` when the server refused this device. */
export function refusalMessage(reason: string | undefined): string {
  const why = refusalReason(reason);
  return reason?.startsWith('token-')
    ? msg(
        str`De synchronisatieserver weigert dit apparaat: ${why}. Je werk blijft op dit apparaat staan, maar wordt niet gedeeld. Vraag de begeleider om een nieuwe link.`,
      )
    : msg(
        str`De synchronisatieserver weigert dit apparaat: ${why}. Je werk blijft op dit apparaat staan, maar wordt niet meer gedeeld. Exporteer het workshopbestand en vraag de begeleider om hulp.`,
      );
}

/** What a refused change tried to change, as a phrase (see `Refusal` in the model's rules). */
function refusedPart(refusal: Refusal): string {
  switch (refusal) {
    case 'title':
      return msg('de titel');
    case 'step':
      return msg('de stap');
    case 'revealed':
      return msg('het tonen van de kaarten');
    case 'partners':
      return msg('de lijst met partners');
    case 'ambition':
      return msg('de ambitie');
    case 'drafts':
      return msg('de concepten');
    case 'consent':
      return msg('de reactie van een andere partner');
    case 'follow-up':
      return msg('de acties en notities');
    case 'tensions':
      return msg('de spanningen');
    case 'other-card':
      return msg('de kaart van een andere partner');
    case 'limits':
      return msg('meer dan een workshop kan bevatten');
    case 'schema':
    case 'nesting':
      return msg('gegevens in een vorm die de workshop niet kent');
  }
}

/**
 * The notice shown when the server refused a change of this device: what was
 * refused, and that it was undone here.
 */
export function refusedChangeMessage(refused: readonly Refusal[], language: string): string {
  const parts = new Intl.ListFormat(language, { type: 'conjunction' }).format(refused.map(refusedPart));
  return refused.every((r) => r === 'limits' || r === 'schema' || r === 'nesting')
    ? msg(str`De server nam een wijziging niet over: ${parts}. De wijziging is op dit apparaat teruggedraaid.`)
    : msg(
        str`De server nam een wijziging niet over: ${parts} mag alleen de begeleider of de partner zelf wijzigen. De wijziging is op dit apparaat teruggedraaid; de rest van je werk gaat gewoon door.`,
      );
}

/** An address as a message shows it: at most 80 characters. */
const shorten = (address: string) => (address.length > 80 ? `${address.slice(0, 80)}…` : address);

/** The message shown and sent with `na-error` when this page does not connect to the sync address `address`. */
export function addressMessage(reason: 'address-invalid' | 'address-not-allowed', address: string): string {
  const why = refusalReason(reason);
  return msg(
    str`Er is geen verbinding gemaakt met “${shorten(address)}”: ${why}. Je werk blijft op dit apparaat staan, maar wordt niet gedeeld.`,
  );
}

/** The message shown and sent with `na-error` while the sync server at `address` cannot be reached. */
export function unreachableMessage(address: string): string {
  return msg(
    str`De synchronisatieserver ${shorten(address)} is niet bereikbaar; er wordt opnieuw geprobeerd. Je werk blijft op dit apparaat staan.`,
  );
}
