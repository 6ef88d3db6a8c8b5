import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';

const words = ['kennis', 'zorg', 'wonen', 'data', 'signalen', 'wijk', 'studenten', 'tijd', 'geld', 'netwerk'];

/** A filled workshop of `partners` partners, each with `interests` interests and `contributions` contributions. */
export function generateWorkshop(partners = 30, interests = 10, contributions = 10): WorkshopFile {
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
        text: `Meer ${words[(p + i) % words.length]} delen in de ${words[(p * i) % words.length]}`,
        motivation: `Omdat ${words[i % words.length]} ertoe doet`,
        themes: [words[(p + i) % words.length]],
      });
    for (let c = 0; c < contributions; c++)
      file.contributions.push({
        id: `c${p}-${c}`,
        partnerId,
        direction: c % 2 ? 'get' : 'bring',
        text: `${words[(p + c) % words.length]} en ${words[(c * 3) % words.length]}`,
        themes: [words[(p + c) % words.length]],
      });
  }
  return file;
}
