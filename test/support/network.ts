import type { Contribution, Match, Partner, WorkshopFile } from '../../src/model/types.js';

const ORGANISATIONS = [
  'Gemeente',
  'Wijkverpleging',
  'Woningcorporatie',
  'Hogeschool, lectoraat Zorg in de wijk',
  'Bibliotheek',
  'Huisartsenpraktijk',
  'Welzijnsorganisatie',
  'GGD',
  'Sportvereniging',
  'Jeugdzorg',
  'Voedselbank',
  'Buurthuis (stichting)',
  'Thuiszorg',
  'Politie, wijkagent',
  'Basisschool',
];
const THEMES = ['vroegsignalering', 'eenzaamheid', 'wonen', 'leren', 'gezondheid', 'werk', 'veiligheid', 'jeugd'];

/**
 * A workshop of `count` partners for the network picture: each partner comes
 * to get one thing and brings one, with a theme that every eighth partner
 * shares; with `matches`, the facilitator confirmed that every partner brings
 * what the partner three places on comes to get (and dismissed one match, which
 * the picture leaves out).
 */
export function networkWorkshop(count: number, { matches = true } = {}): WorkshopFile {
  const partners: Partner[] = Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    name: `${ORGANISATIONS[i % ORGANISATIONS.length]}${i >= ORGANISATIONS.length ? ` ${Math.floor(i / ORGANISATIONS.length) + 1}` : ''}`,
    aspirant: i % 7 === 6,
  }));
  const contributions: Contribution[] = partners.flatMap((p, i) => [
    { id: `${p.id}-get`, partnerId: p.id, direction: 'get', text: `Wat ${p.name} komt halen`, themes: [THEMES[i % 8]] },
    { id: `${p.id}-bring`, partnerId: p.id, direction: 'bring', text: `Wat ${p.name} brengt`, themes: [] },
  ]);
  const confirmed: Match[] =
    matches && count > 1
      ? partners.map((p, i) => ({
          id: `m${i + 1}`,
          getId: `${partners[(i + 3) % count].id}-get`,
          bringId: `${p.id}-bring`,
          verdict: i === 0 ? 'dismissed' : 'confirmed',
        }))
      : [];
  return {
    format: 'netwerkambitie',
    version: 1,
    title: `Netwerk van ${count} partners`,
    step: 4,
    revealed: true,
    partners,
    interests: [],
    contributions,
    questions: [],
    tensions: [],
    matches: confirmed.filter((m) => m.getId !== m.bringId.replace('-bring', '-get')),
    dismissedThemes: [],
    ambition: {
      problem: '',
      solution: '',
      opportunities: '',
      form: '',
      drafts: [],
      statement: 'Samen zorgen we dat iedereen in de wijk op tijd de juiste hulp vindt.',
    },
    followUp: { notes: '', actions: [] },
  } as WorkshopFile;
}
