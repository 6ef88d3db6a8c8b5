import { normalize } from './themes.js';

/**
 * The words of what partners write, as the analyses of the canvas compare
 * them: normalized, without the words that say nothing about a theme (in
 * Dutch and in English), and lightly stemmed so that plural and singular,
 * verb and noun meet. Whole words only: a shared part of a compound
 * (`wijk` in `wijkverpleging`) is no shared word. Pure functions, no DOM.
 */

/** Dutch function words: they never make a theme. */
const FUNCTION_NL = `
  aan af al alle alles als altijd andere ander anders ben bent bij binnen boven buiten daar daarbij daarom
  daarvoor dan dat de deze die dit doe doen doet door dus echter een eens eigen elk elke en enkele er erg ergens
  geen geeft geven gaan gaat ga goed heb hebben hebt heeft heel hem hen het hier hierbij hij hoe hun iedere ieder
  iedereen iemand iets ik in is je jij jou jouw jullie kan kon konden krijgen krijgt kunnen kunt laat laten later
  maakt maken maar mag me meer meest men met mij mijn minder moet moeten mogen na naar naast niet niemand niets
  nog nooit nu of om omdat onder ons onze ook op over per sinds soms staan staat te tegen toch toen tot tussen u
  uit uw van veel via voor vaak waar waarbij waarom wanneer want waren was wat we weer weinig wel welk welke werd
  wie wij wil willen wilt word worden wordt zal ze zelf zeer zich zij zijn zo zoals zodat zonder zou zouden zullen
  zo'n één een twee drie vier vijf zes tien honderd eerste tweede
`;

/**
 * Dutch words that are not function words but say nothing about what
 * partners share either: common verbs (with their forms, since stop words
 * are compared as written), vague adjectives and adverbs, and the workshop's
 * own vocabulary, which every card uses.
 */
const GENERIC_NL = `
  beeld beelden raken raakt raak raakte raakten geraakt
  lang lange langer langere langst langste zelfstandig zelfstandige zelfstandiger
  beter betere best beste goede nieuw nieuwe nieuwer groot grote groter grotere grootste klein kleine kleiner
  snel snelle sneller snellere vast vaste vroeg vroege eerder echt echte zeker mogelijk mogelijke mogelijkheid
  belangrijk belangrijke duidelijk duidelijke concreet concrete extra graag vooral steeds elkaar zowel verder
  terug weg straks juist juiste nodig samen dichtbij
  maak maakte gemaakt krijg kreeg kregen gekregen geef gaf gaven gegeven zie zien ziet zag zagen gezien
  kom komen komt kwam kwamen gekomen ging gingen gegaan gedaan deed deden had hadden gehad
  blijf blijven blijft bleef bleven gebleven sta stond stonden gestaan houd houden houdt hield gehouden
  neem nemen neemt nam namen genomen zet zetten zette gezet haal halen haalt haalde gehaald
  breng brengen brengt bracht gebracht weet weten wist geweten ken kennen kent vind vinden vindt vond gevonden
  zoek zoeken zoekt zocht gezocht help helpen helpt hielp geholpen werkt werken werkte gewerkt
  zorgen zorgt zorgde gezorgd bied bieden biedt bood geboden lukt lukken lukte gelukt
  versterken versterkt verbeteren verbetert vergroten vergroot verminderen vermindert
  ontwikkelen ontwikkelt inzetten zetten gebruiken gebruikt
  manier manieren mensen zaken ding dingen deel delen kant kanten vorm vormen jaar jaren keer punt punten
  geheel stuk stukken soort soorten
  samenwerking samenwerkingen samenwerken samenwerkt partner partners partij partijen netwerk netwerken
  organisatie organisaties belang belangen wens wensen eis eisen ambitie ambities bijdrage bijdragen thema themas
  doel doelen
`;

/** English function words. */
const FUNCTION_EN = `
  a about above after again all also am an and any are as at be been being both but by can could did do does
  doing done each every few for from get gets getting got had has have having he her here him his how i if in
  into is it its just less let lets make makes making many may me might more most much must my need needs no
  not now of off on once only or other others our out over own same shall she should so some still such than
  that the their them then there these they this those through to too under until up us very want wants was we
  were what when where which while who whom why will with would yes you your one two three four five first second
`;

/** English words that say nothing about a theme, as `GENERIC_NL`. */
const GENERIC_EN = `
  image images picture reach reaches reached reaching long longer longest independent independently
  better best good great new newer big bigger small smaller quick quicker quickly fast faster early earlier real
  really sure possible possibly important clear clearly together extra especially again back further
  made give gives gave given take takes took taken see sees saw seen come comes came going goes went gone
  stay stays stayed keep keeps kept find finds found help helps helped helping works worked working use uses used using
  share shares shared sharing
  ensure ensures improve improves improved strengthen increase increases reduce reduces develop develops
  way ways people things thing part parts kind kinds year years time times point points
  partnership partnerships partner partners party parties network networks collaboration cooperation
  organisation organisations organization organizations interest interests wish wishes demand demands
  ambition ambitions contribution contributions theme themes goal goals
`;

/** The words of `text`, normalized, in order. */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Dutch and English stop words (normalized): words that never make a theme.
 * Compared as written, not by stem, so that `zorgen` (to see to it) is a stop
 * word and `zorg` (care) is not.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  words(`${FUNCTION_NL} ${GENERIC_NL} ${FUNCTION_EN} ${GENERIC_EN}`),
);

/** Whether `word` is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normalize(word));
}

const VOWELS = 'aeiouy';
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);
const notAfter = (chars: string) => (base: string) => !chars.includes(base.at(-1) ?? '');

/** Suffixes taken off by `stem`: the first that fits, leaving at least `min` characters. */
const SUFFIXES: ReadonlyArray<{ suffix: string; min: number; when?: (base: string) => boolean; add?: string }> = [
  { suffix: 'heden', min: 3 },
  { suffix: 'heid', min: 3 },
  { suffix: 'eringen', min: 4 },
  { suffix: 'ering', min: 4 },
  { suffix: 'eren', min: 5 },
  { suffix: 'ingen', min: 3 },
  { suffix: 'ings', min: 3 },
  { suffix: 'ing', min: 3 },
  { suffix: 'ies', min: 3, add: 'i' },
  { suffix: 'es', min: 4, when: (base) => !isVowel(base.at(-1)) },
  { suffix: 'ed', min: 3, when: (base) => !isVowel(base.at(-1)) },
  { suffix: 'en', min: 3 },
  { suffix: 's', min: 4, when: notAfter('suij') },
  { suffix: 'e', min: 3 },
];

/** `fn` with its answers kept: words repeat across a workshop, and stemming is the hot path. */
function remembered(fn: (word: string) => string): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) known.set(word, (answer = fn(word)));
    return answer;
  };
}

/**
 * A light stem for Dutch and English: plural and singular, verb and noun meet
 * (`signalen`, `signaal`, `signaleren` → `signal`; `delen`, `deling`, `deel`
 * → `del`; `sharing`, `shares`, `share` → `shar`). Not a linguist's stemmer:
 * only good for telling whether two texts use the same word.
 */
export const stem = remembered((word: string): string => {
  let base = normalize(word);
  if (base.length <= 3) return base;
  for (const { suffix, min, when, add = '' } of SUFFIXES) {
    if (!base.endsWith(suffix)) continue;
    const rest = base.slice(0, -suffix.length);
    if (rest.length < min || (when && !when(rest))) continue;
    base = rest + add;
    // huizen → huis, reizen → reis
    if (base.endsWith('z') && isVowel(base.at(-2))) base = `${base.slice(0, -1)}s`;
    break;
  }
  // loketten → lokett → loket
  base = base.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  // signaal → signal, deel → del, kwetsbaar → kwetsbar (an open syllable in the plural)
  base = base.replace(/(aa|ee|oo|uu)([b-df-hj-np-tv-z])$/, (_, vowels: string, consonant: string) => {
    return vowels[0] + consonant;
  });
  return base;
});

/** The content words of `text`: normalized, without stop words, numbers and words under three letters. */
export function tokenize(text: string): string[] {
  return words(text).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w));
}

/** One content word of a text, with its stem. */
export interface Term {
  stem: string;
  word: string;
}

/** The terms of `text`: every content word with its stem, in order. */
export function terms(text: string): Term[] {
  return tokenize(text).map((word) => ({ stem: stem(word), word }));
}

/**
 * The key a theme name is known by whatever its form: the stems of its
 * content words (`Studenten` and `student` are one key). A name of stop
 * words only keys as itself, normalized.
 */
export function stemKey(name: string): string {
  const stems = terms(name).map((t) => t.stem);
  return stems.length ? stems.join(' ') : normalize(name).trim().replace(/\s+/g, ' ');
}
