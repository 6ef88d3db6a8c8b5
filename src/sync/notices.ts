import { msg, str } from '@lit/localize';
import type { Refusal } from '../model/rules.js';
import { shorten } from './messages.js';

// What the sync connection tells the user once it runs; loaded with the sync
// client, so pages without a server never download these texts.

/** What a refused change tried to change, as a phrase (see `Refusal` in the model's rules). */
function refusedPart(refusal: Refusal): string {
  switch (refusal) {
    case 'title':
      return msg('de titel');
    case 'step':
      return msg('de stap');
    case 'revealed':
      return msg('het tonen van de kaarten');
    case 'timer':
      return msg('de timer');
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
    case 'common-ground':
      return msg('de koppelingen van halen en brengen en de voorgestelde thema’s');
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

/** The message shown and sent with `na-error` while the sync server at `address` cannot be reached. */
export function unreachableMessage(address: string): string {
  return msg(
    str`De synchronisatieserver ${shorten(address)} is niet bereikbaar; er wordt opnieuw geprobeerd. Je werk blijft op dit apparaat staan.`,
  );
}

/**
 * The notice shown when this device carried changes of other devices that the
 * server no longer holds (after a restart or a restored backup), and followed the server again.
 */
export function behindMessage(): string {
  return msg(
    'De server had wijzigingen van andere apparaten niet meer (na een herstart of een teruggezette back-up). Dit apparaat volgt weer de stand van de server; wat je hier zelf invulde, blijft staan.',
  );
}
