import { msg } from '@lit/localize';
import type { Step } from '../../model/types.js';

/** What the guidance says for one step. */
export interface StepGuidance {
  /** What happens in this step, as the facilitator leads it. */
  todo: string[];
  /** The attitude asked of the participants in this step. */
  participants: string[];
  /** The attitude asked of the facilitator in this step. */
  facilitator: string[];
}

// The guidance of the workshop in one place. The attitudes come from the
// instrument card, told in this tool's own words and placed at the step
// where they matter most. Each entry is a function, so the texts are made in
// the language of the element that shows them.

export const guidance: Record<Step, () => StepGuidance> = {
  1: () => ({
    todo: [
      msg('Laat iedere partner voor zich de belangenkaart invullen; bespreken komt in stap 3.'),
      msg(
        'Vraag naar twee soorten belang: wat de samenwerking de eigen organisatie oplevert, en wat de samenwerking als geheel moet bereiken.',
      ),
      msg('Laat bij elk belang aangeven of het een wens of een eis is, en waarom het ertoe doet.'),
    ],
    participants: [
      msg(
        'Wees eerlijk over je eigen belang. Een belang dat je nu verzwijgt, komt later toch op tafel, en dan lastiger.',
      ),
    ],
    facilitator: [
      msg('Help partners hun belangen zo concreet mogelijk op te schrijven: waaraan merk je dat het gelukt is?'),
      msg('Vraag om uitleg zodra je vermoedt dat iets voor anderen niet helder is.'),
      msg('Houd je commentaar opbouwend: het gaat om helderheid, niet om een oordeel.'),
    ],
  }),
  2: () => ({
    todo: [
      msg('Laat iedere partner opschrijven wat hij uit de samenwerking komt halen en wat hij erin komt brengen.'),
      msg('Denk bij brengen aan mensen, tijd, geld, kennis, gegevens, ruimte of een netwerk.'),
    ],
    participants: [
      msg('Zeg open wat je komt halen: halen is even gewoon als brengen, zolang het bekend is.'),
      msg('Beloof alleen wat je organisatie ook echt kan brengen.'),
    ],
    facilitator: [
      msg('Houd het concreet: hoeveel uur, welke gegevens, welke ruimte, vanaf wanneer?'),
      msg('Zorg dat iedere partner zijn kaart invult, ook wie zich stil houdt.'),
      msg('Vraag door als iets vaag blijft, zonder het te beoordelen.'),
    ],
  }),
  3: () => ({
    todo: [
      msg('Leg de kaarten van alle partners tegelijk open, zodat niemand zich aanpast aan wat een ander schreef.'),
      msg('Laat iedere partner kort zijn belangen en zijn halen en brengen toelichten.'),
      msg('Noteer vervolgvragen en antwoorden bij het punt waar ze over gaan.'),
      msg('Markeer belangen die met elkaar schuren, zonder ze nu al op te lossen.'),
    ],
    participants: [
      msg(
        'Luister onbevangen en probeer aan te voelen wat voor de ander echt belangrijk is, ook als je het er niet mee eens bent.',
      ),
      msg('Vraag door naar de motivatie achter een belang: waarom is dit voor jullie zo belangrijk?'),
    ],
    facilitator: [
      msg('Bewaak de veiligheid: laat niet toe dat mensen geprikkeld of cynisch op elkaar reageren.'),
      msg('Stimuleer de dialoog (naar elkaar luisteren) en vermijd de discussie (elkaar willen overtuigen).'),
      msg('Respecteer ieders mening en voorkom een sfeer waarin geoordeeld wordt.'),
      msg('Loopt de emotie hoog op? Benoem wat je ziet en breng het gesprek rustig terug naar de belangen.'),
      msg('Lees boosheid als betrokkenheid: wie boos wordt, vindt het belangrijk. Zeg dat ook.'),
      msg('Betrek iedereen: geef ook de stillere partners het woord.'),
    ],
  }),
  4: () => ({
    todo: [
      msg('Zoek samen naar gemeenschappelijke thema’s, en naar wat de een komt halen dat een ander komt brengen.'),
      msg(
        'Bespreek eerst de eisen en de open spanningen: een ambitie die een eis van een partner raakt, draagt die partner niet.',
      ),
      msg(
        'Beschrijf samen het gedeelde probleem, de duurzame oplossing, de kansen en de beoogde vorm van samenwerking.',
      ),
      msg('Schrijf een concept van de ambitie en vraag iedere partner: eens, kan ermee leven, of bezwaar?'),
    ],
    participants: [
      msg(
        'Wees flexibel: zoek hoe je eigen belang past in het gezamenlijke belang, in plaats van het er helemaal in terug te willen zien.',
      ),
      msg('Blijf luisteren: de ambitie moet voor iedere partner herkenbaar zijn.'),
    ],
    facilitator: [
      msg(
        'Blijf inhoudelijk zoveel mogelijk buiten de ambitie: jij bewaakt het proces, de partners bepalen de inhoud.',
      ),
      msg('Wees ondersteunend: help de partners hun woorden te vinden, zonder die woorden voor hen te kiezen.'),
      msg('Bewaak juist nu de veiligheid en de dialoog, nu belangen op elkaar botsen.'),
      msg('Breng een bezwaar terug als vraag aan de groep: wat is er nodig zodat ook deze partner ermee verder kan?'),
    ],
  }),
  5: () => ({
    todo: [
      msg('Leg de ambitie, het overzicht van belangen en de afspraken vast in het verslag.'),
      msg('Spreek vervolgacties af: wie doet wat, en wanneer?'),
      msg('Deel het verslag met alle partners en ga na of iedereen zich in de ambitie herkent.'),
      msg('Maak de samenwerking daarna concreet met de partnerschapskaart.'),
    ],
    participants: [msg('Kijk of je je eigen belang en de gemaakte afspraken terugziet in het verslag.')],
    facilitator: [
      msg('Vraag om verduidelijking als een afspraak nog vaag is: wie, wat, wanneer?'),
      msg('Zorg dat iedere partner betrokken blijft, met een actie of een rol.'),
      msg('Reken op een half uur nazorg om het verslag af te maken en rond te sturen.'),
    ],
  }),
};

/**
 * The preparation, before the workshop (shown with step 1, when the
 * facilitator sets up the partner list): who to invite, what to print and
 * where to meet, as the instrument card lists them.
 */
export const preparation = (): string[] => [
  msg(
    'Nodig alle partners uit, ook de aspirant-partners: wie straks mee kan doen, hoort er vanaf het begin bij. Zet ze allemaal in de lijst met partners.',
  ),
  msg(
    'Print voor iedere partner een belangenkaart op A4 (met ‘Lege kaarten afdrukken’ in stap 1, de naam al ingevuld), ook als partners op hun eigen apparaat werken: op papier denkt het soms makkelijker.',
  ),
  msg(
    'Een gewone vergaderruimte is genoeg, met een scherm dat iedereen kan zien. Wil je de ambitie ook op papier uitwerken, zet er dan een flip-over met grote vellen bij.',
  ),
  msg('Neem vooraf een half uur om het instrument zelf eigen te maken, en een half uur voor de voorbereiding.'),
];

/** The card's tip for step 1: tell a wish from a demand. */
export const wishOrDemandTip = (): string[] => [
  msg('Maak bij elk belang onderscheid tussen wat een partner wenst en wat hij eist.'),
  msg(
    'Over een wens valt te praten: die is onderhandelbaar. Een eis is dat niet: zonder die eis doet de partner niet mee.',
  ),
  msg('Vraag bij een eis door: waarom kan het niet anders? Soms blijkt een eis een wens met een sterke reden.'),
];
