import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';

// A realistic vocabulary: the words partners in a care and housing network write,
// so that texts meet now and then (as in a real workshop) rather than all the time.
const WORDS = `
  eenzaamheid ouderen wijkverpleging huisarts mantelzorg vrijwilligers woningen huurders corporatie
  signalering schuldhulp armoede jongeren school stage studenten onderzoek lectoraat praktijk kennis
  deling gegevens privacy dashboard monitor financiering subsidie begroting capaciteit personeel werkdruk
  opleiding training coaching begeleiding dagbesteding sport bewegen voeding gezondheid preventie
  wachtlijst toegang loket buurtteam wijkteam politie veiligheid overlast leefbaarheid buurthuis
  ontmoeting cultuur bibliotheek taal digitalisering laaggeletterdheid inburgering statushouders werk
  uitkering reintegratie ondernemers winkels vervoer mobiliteit regiotaxi duurzaamheid energie isolatie
  groen speelplaats kinderen gezinnen opvoeding jeugdzorg ggz verslaving dakloosheid opvang crisis
  communicatie campagne bereik netwerkbijeenkomst overleg afspraken regie evaluatie kwaliteit innovatie
  pilot experiment budget ruimte locatie gebouw ervaring expertise methodiek protocol verwijzing
`
  .split(/\s+/)
  .filter(Boolean);
const FILLER = ['meer', 'betere', 'samen', 'in de wijk', 'voor', 'met', 'rond', 'door', 'van', 'sneller'];
const THEMES = WORDS.filter((_, i) => i % 4 === 0);

/** A small deterministic random source, so every run measures the same workshop. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** A filled workshop of `partners` partners, each with `interests` interests and `contributions` contributions. */
export function generateWorkshop(partners = 30, interests = 10, contributions = 10): WorkshopFile {
  const next = random(partners * 1000 + interests);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const sentence = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? pick(FILLER) : pick(WORDS))).join(' ');
  const file: WorkshopFile = { ...emptyWorkshop(), title: 'Benchmark', step: 3, revealed: true };
  for (let p = 0; p < partners; p++) {
    const partnerId = `p${p}`;
    file.partners.push({ id: partnerId, name: `Partner ${p + 1}`, aspirant: p % 7 === 0 });
    for (let i = 0; i < interests; i++)
      file.interests.push({
        id: `i${p}-${i}`,
        partnerId,
        scope: i % 3 === 0 ? 'shared' : 'organisation',
        kind: i % 4 === 0 ? 'demand' : 'wish',
        text: sentence(5 + (i % 5)),
        motivation: sentence(7),
        themes: next() < 0.4 ? [pick(THEMES)] : [],
      });
    for (let c = 0; c < contributions; c++)
      file.contributions.push({
        id: `c${p}-${c}`,
        partnerId,
        direction: c % 2 ? 'get' : 'bring',
        text: sentence(3 + (c % 4)),
        themes: next() < 0.3 ? [pick(THEMES)] : [],
      });
  }
  return file;
}
