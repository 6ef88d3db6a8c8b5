import { msg, str } from '@lit/localize';

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

/** An address as a message shows it: at most 80 characters. */
export const shorten = (address: string) => (address.length > 80 ? `${address.slice(0, 80)}…` : address);

/** The message shown and sent with `na-error` when this page does not connect to the sync address `address`. */
export function addressMessage(reason: 'address-invalid' | 'address-not-allowed', address: string): string {
  const why = refusalReason(reason);
  return msg(
    str`Er is geen verbinding gemaakt met “${shorten(address)}”: ${why}. Je werk blijft op dit apparaat staan, maar wordt niet gedeeld.`,
  );
}
