import { msg, str } from '@lit/localize';
import type { FileProblem } from '../model/validate.js';

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Says what is wrong with a workshop file, in the current language. */
export function describeProblem(problem: FileProblem): string {
  switch (problem.code) {
    case 'not-json':
      return msg('Dit is geen workshopbestand: de inhoud is geen geldige JSON.');
    case 'not-object':
      return msg('Dit is geen workshopbestand: er staat geen object in.');
    case 'too-large':
      return msg(str`Het bestand is groter dan ${megabytes(problem.max)} MB.`);
    case 'wrong-format':
      return msg(str`Dit is geen Netwerkambitie-bestand (format is "${problem.found}").`);
    case 'newer-version':
      return msg(
        str`Dit bestand is gemaakt met een nieuwere versie (versie ${problem.found}); werk de Netwerkambitie bij om het te openen.`,
      );
    case 'missing':
      return msg(str`${problem.path} ontbreekt.`);
    case 'wrong-type':
      return msg(str`${problem.path} heeft het verkeerde type (verwacht: ${problem.expected}).`);
    case 'bad-value':
      return msg(str`${problem.path} heeft een onbekende waarde (toegestaan: ${problem.allowed.join(', ')}).`);
    case 'duplicate-id':
      return msg(str`${problem.path}: het id "${problem.id}" komt meer dan eens voor.`);
    case 'unknown-ref':
      return msg(str`${problem.path} verwijst naar "${problem.id}", maar dat bestaat niet.`);
    case 'too-long':
      return msg(str`${problem.path} is langer dan ${problem.max} tekens.`);
    case 'too-many-partners':
      return msg(str`Het bestand heeft meer dan ${problem.max} partners.`);
    case 'too-many-items':
      return msg(str`Partner "${problem.partner}" heeft meer dan ${problem.max} belangen en bijdragen.`);
  }
}
