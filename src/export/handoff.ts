import { msg } from '@lit/localize';

/** What the next instrument, the partnerschapskaart, is for, in a few sentences. */
export const handoffIntro = (): string =>
  msg(
    'Met de gedeelde ambitie helder is de volgende stap de partnerschapskaart: daarmee maken de partners de samenwerking concreet. De kaart heeft vijf kolommen die je van rechts naar links invult, te beginnen bij de waarden en eindigend bij de acties. De ambitie, de partners en de afgesproken acties uit deze workshop zijn het vertrekpunt.',
  );

/** The five columns of the partnerschapskaart, in the order they are filled in. */
export const handoffColumns = (): readonly { name: string; question: string }[] => [
  { name: msg('Waarden'), question: msg('Waar staan we samen voor; wat vinden we belangrijk?') },
  { name: msg('Relaties'), question: msg('Hoe gaan we met elkaar om; wie heeft welke rol?') },
  { name: msg('Handelen'), question: msg('Wat doen we samen, en hoe?') },
  { name: msg('Randvoorwaarden'), question: msg('Wat is nodig: tijd, geld, mensen, afspraken?') },
  { name: msg('Acties'), question: msg('Wie doet wat, en wanneer?') },
];
