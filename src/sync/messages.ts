import { msg, str } from '@lit/localize';

/**
 * Why the sync server refused this device, as a short phrase to follow
 * "Geweigerd:", for a reason code of the server (see `connectSync`).
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
    case 'facilitator-only':
      return msg('alleen de begeleider kan de stap wijzigen of de kaarten tonen');
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
