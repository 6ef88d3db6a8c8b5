import { emptyWorkshop, type Contribution, type Interest, type WorkshopFile } from '../../src/model/types.js';

/**
 * Four partners whose cards use the words that made noise on the flip-over:
 * ouderen that `raken uit beeld`, huurders that live `langer zelfstandig`,
 * and a get (`financiering voor wijkverpleging`) that shares only part of a
 * word with a bring (`een ruimte in de wijk`). Stopped in step 4, one open tension.
 */
export function issueWorkshop(): WorkshopFile {
  const interest = (id: string, partnerId: string, scope: Interest['scope'], text: string, motivation?: string) =>
    ({ id, partnerId, scope, text, kind: 'wish', ...(motivation ? { motivation } : {}) }) as Interest;
  const contribution = (id: string, partnerId: string, direction: Contribution['direction'], text: string) =>
    ({ id, partnerId, direction, text }) as Contribution;
  return {
    ...emptyWorkshop(),
    title: 'Ouder worden in Oost',
    step: 4,
    revealed: true,
    partners: [
      { id: 'gemeente', name: 'Gemeente', aspirant: false },
      { id: 'zorg', name: 'Wijkverpleging', aspirant: false },
      { id: 'wonen', name: 'Woningcorporatie', aspirant: false },
      { id: 'hogeschool', name: 'Hogeschool', aspirant: true },
    ],
    interests: [
      interest(
        'i-gem-1',
        'gemeente',
        'organisation',
        'Kwetsbare ouderen raken niet langer uit beeld',
        'Eenzaamheid blijft nu te lang onzichtbaar',
      ),
      interest('i-gem-2', 'gemeente', 'shared', 'Inwoners wonen langer zelfstandig in hun eigen buurt'),
      interest('i-zorg-1', 'zorg', 'organisation', 'Ouderen langer zelfstandig thuis laten wonen'),
      interest('i-zorg-2', 'zorg', 'shared', 'Niemand raakt uit beeld', 'Eenzaamheid zien we pas laat'),
      interest('i-wonen-1', 'wonen', 'organisation', 'Huurders langer zelfstandig laten wonen'),
      interest('i-wonen-2', 'wonen', 'shared', 'Een beter beeld van wat huurders nodig hebben'),
      interest('i-hs-1', 'hogeschool', 'organisation', 'Praktijkplekken voor studenten'),
      interest('i-hs-2', 'hogeschool', 'shared', 'Onderzoek naar wat werkt tegen eenzaamheid'),
    ],
    contributions: [
      contribution('c-gem-get', 'gemeente', 'get', 'Eerder zicht op eenzaamheid'),
      contribution('c-gem-bring', 'gemeente', 'bring', 'Budget voor een wijkcoördinator'),
      contribution('c-zorg-get', 'zorg', 'get', 'Structurele financiering voor wijkverpleging'),
      contribution('c-zorg-bring', 'zorg', 'bring', 'Signalen over eenzaamheid bij ouderen'),
      contribution('c-wonen-get', 'wonen', 'get', 'Signalen van eenzaamheid onder huurders'),
      contribution('c-wonen-bring', 'wonen', 'bring', 'Een ruimte in de wijk voor een wekelijks spreekuur'),
      contribution('c-hs-get', 'hogeschool', 'get', 'Toegang tot de praktijk'),
      contribution('c-hs-bring', 'hogeschool', 'bring', 'Studenten die meelopen'),
    ],
    tensions: [
      {
        id: 't-1',
        itemIds: ['i-wonen-1', 'i-gem-2'],
        text: 'Wie betaalt de aanpassingen in de woning?',
        resolved: false,
      },
    ],
    ambition: {
      drafts: [
        {
          id: 'd-1',
          text: 'Geen oudere in Oost raakt uit beeld.',
          consent: { gemeente: 'agree', zorg: 'agree', wonen: 'can-live-with', hogeschool: 'agree' },
        },
      ],
    },
  };
}
