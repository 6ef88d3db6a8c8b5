import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ambitie-stappen/define.js';
import type { AmbitieStappen } from '../../src/elements/ambitie-stappen/ambitie-stappen.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { buttonNamed, expectFitsIn320, nameOf, squash } from '../support/dom.js';
import { fakeClock } from '../support/clock.js';
import { exampleWorkshop } from '../support/example.js';
import { loadLanguage } from '../../src/i18n/locale.js';
import { deepQuery, deepQueryAll, workshop } from '../support/fixtures.js';

const stappen = html`<ambitie-stappen></ambitie-stappen>`;

const element = (root: Element) => deepQuery<AmbitieStappen>(root, 'ambitie-stappen')!;
const text = (root: Element) => squash(element(root).shadowRoot!.textContent);
const status = (root: Element) => squash(deepQuery(element(root), '[role="status"]')!.textContent);
const focused = (root: Element) => element(root).shadowRoot!.activeElement as HTMLElement | null;
const button = (root: Element, name: string) => buttonNamed(element(root), name);
const face = (root: Element) => squash(deepQuery(element(root), '[part="timer-time"]')!.textContent);

describe('<ambitie-stappen>', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  it('shows the five steps, marks the current one, and says how far each step is', async () => {
    file.interests = file.interests.filter((i) => !(i.partnerId === 'hogeschool' && i.scope === 'shared'));
    const { provider } = await workshop(stappen, { file });
    const items = deepQueryAll(element(provider), 'li.step');
    expect(items.map((li) => squash(li.querySelector('.label')!.textContent))).to.deep.equal([
      'Belangen',
      'Halen en brengen',
      'Uitwisselen',
      'Gedeelde ambitie',
      'Vastleggen en vervolg',
    ]);
    const current = deepQueryAll(element(provider), '[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0].getAttribute('aria-current')).to.equal('step');
    expect(squash(current[0].textContent)).to.equal('Stap 4 Gedeelde ambitie');
    expect(squash(items[3].textContent)).to.contain('Nu bezig');
    expect(squash(items[0].textContent)).to.contain('3 van 4 partners klaar');
    expect(squash(items[1].textContent)).to.contain('4 van 4 partners klaar');
    expect(squash(items[2].textContent)).to.contain('2 van 2 vragen beantwoord');
    expect(squash(items[3].textContent)).to.contain('3 van 4 partners hebben gereageerd');
    await expect(element(provider)).to.be.accessible();
  });

  it('says how far a workshop of one partner is in the singular', async () => {
    const only = file.partners[0];
    const one = {
      ...file,
      partners: [only],
      interests: file.interests.filter((i) => i.partnerId === only.id),
      contributions: file.contributions.filter((c) => c.partnerId === only.id),
      questions: [],
      tensions: [],
      matches: [],
      dismissedThemes: [],
      ambition: { ...file.ambition, drafts: [] },
    };
    const { provider } = await workshop(stappen, { file: one });
    const items = deepQueryAll(element(provider), 'li.step');
    expect(squash(items[0].textContent)).to.match(/[01] van 1 partner klaar/);
    expect(squash(items[0].textContent)).not.to.contain('partners');
  });

  it('computes the agenda from the number of partners', async () => {
    const { provider, settle } = await workshop(stappen, { file });
    const minutes = deepQueryAll(element(provider), '[part="step-progress"]').map((meta) =>
      squash(meta.firstElementChild!.textContent),
    );
    expect(minutes).to.deep.equal(['10 minuten', '5 minuten', '15 minuten', '15 minuten', '5 minuten']);
    const agenda = squash(deepQuery(element(provider), '[part="agenda"]')!.textContent);
    expect(agenda).to.contain('Tijdsplanning voor 4 partners');
    expect(agenda).to.contain('Voorbereiding: 30 minuten');
    expect(agenda).to.contain('Workshop: 50 minuten');
    expect(agenda).to.contain('Nazorg: 30 minuten');

    for (let i = 0; i < 8; i++) provider.store.addPartner({ name: `Extra ${i}` });
    await settle();
    expect(squash(deepQuery(element(provider), '[part="agenda"]')!.textContent)).to.contain('Workshop: 2 uur');
  });

  it('lets the facilitator move the workshop to another step, keeping focus on the step', async () => {
    const { provider, settle } = await workshop(stappen, { file });
    const step3 = button(provider, 'Stap 3 Uitwisselen');
    step3.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(provider.exportWorkshop().step).to.equal(3);
    expect(step3.getAttribute('aria-current')).to.equal('step');
    expect(button(provider, 'Stap 4 Gedeelde ambitie').hasAttribute('aria-current')).to.equal(false);
    expect(focused(provider)).to.equal(step3);
    expect(status(provider)).to.equal('De workshop is nu bij stap 3: Uitwisselen.');

    // Choosing the step the workshop is already at changes nothing.
    const before = provider.exportWorkshop();
    step3.click();
    await settle();
    expect(provider.exportWorkshop()).to.deep.equal(before);
  });

  it('does not take the focus when the step is changed elsewhere', async () => {
    const { provider, settle } = await workshop(
      html`<input aria-label="Elders" /><ambitie-stappen></ambitie-stappen>`,
      { file },
    );
    const elsewhere = provider.querySelector('input')!;
    elsewhere.focus();
    provider.store.setStep(2);
    await settle();
    expect(document.activeElement).to.equal(elsewhere);
    expect(status(provider)).to.equal('De workshop is nu bij stap 2: Halen en brengen.');
  });

  it('shows the steps on a partner device without letting it move them', async () => {
    const { provider } = await workshop(stappen, { file, role: 'partner', partner: 'zorg' });
    expect(deepQueryAll(element(provider), 'button')).to.have.length(0);
    const current = deepQuery(element(provider), '[aria-current="step"]')!;
    expect(squash(current.textContent)).to.equal('Stap 4 Gedeelde ambitie');
    expect(text(provider)).to.contain('De facilitator bepaalt welke stap aan de beurt is');
    // The timer shows, without its controls.
    expect(face(provider)).to.equal('15:00');
    expect(deepQueryAll(element(provider), '[part="timer-button"]')).to.have.length(0);
    await expect(element(provider)).to.be.accessible();
  });

  it('runs a timebox timer for the current step: start, minute marks, pause, resume, time up, reset', async () => {
    const { provider, settle } = await workshop(stappen, { file: { ...file, step: 1 } });
    const clock = fakeClock();
    element(provider).clock = clock;
    const said: string[] = [];
    new MutationObserver(() => said.push(status(provider))).observe(deepQuery(element(provider), '[role="status"]')!, {
      subtree: true,
      characterData: true,
      childList: true,
    });
    const face = () => squash(deepQuery(element(provider), '[part="timer-time"]')!.textContent);
    const timer = () => squash(deepQuery(element(provider), '[part="timer"]')!.textContent);
    expect(timer()).to.contain('Timer stap 1: Belangen');
    expect(face()).to.equal('10:00');
    expect(button(provider, 'Terugzetten').disabled).to.equal(true);

    button(provider, 'Start').click();
    await settle();
    expect(status(provider)).to.equal('Timer gestart: 10 minuten voor stap 1.');
    clock.advance(30_000);
    await settle();
    expect(face()).to.equal('09:30');
    clock.advance(30_000);
    await settle();
    expect(face()).to.equal('09:00');
    expect(status(provider)).to.equal('Nog 9 minuten.');
    await expect(element(provider)).to.be.accessible();

    button(provider, 'Pauzeer').click();
    await settle();
    expect(status(provider)).to.equal('Timer gepauzeerd, nog 9 minuten.');
    expect(clock.ticking).to.equal(false);
    clock.advance(120_000);
    await settle();
    expect(face()).to.equal('09:00');
    expect(timer()).to.contain('gepauzeerd');

    button(provider, 'Hervat').click();
    await settle();
    expect(status(provider)).to.equal('Timer loopt weer, nog 9 minuten.');
    for (let minute = 0; minute < 9; minute++) {
      clock.advance(60_000);
      await settle();
    }
    expect(face()).to.equal('00:00');
    expect(status(provider)).to.equal('De tijd voor stap 1, Belangen, is om. De timer telt de extra tijd.');
    // Past its time it counts the time over, in figures and in words.
    clock.advance(83_000);
    await settle();
    expect(face()).to.equal('+01:23');
    expect(timer()).to.contain('over tijd');
    expect(squash(deepQuery(element(provider), '[part="timer"] .face')!.textContent)).to.contain('Over tijd:');
    expect(clock.ticking).to.equal(true);
    await expect(element(provider)).to.be.accessible();
    button(provider, 'Pauzeer').click();
    await settle();
    expect(status(provider)).to.equal('Timer gepauzeerd, 1 minuut en 23 seconden over tijd.');
    expect(clock.ticking).to.equal(false);

    // Announced at start, each minute, pause, resume and once when time is up; not every second.
    expect(said.filter((s) => s.includes('is om.'))).to.have.length(1);
    expect(said.filter((s) => s.startsWith('Nog '))).to.deep.equal([
      'Nog 9 minuten.',
      'Nog 8 minuten.',
      'Nog 7 minuten.',
      'Nog 6 minuten.',
      'Nog 5 minuten.',
      'Nog 4 minuten.',
      'Nog 3 minuten.',
      'Nog 2 minuten.',
      'Nog 1 minuut.',
    ]);

    button(provider, 'Terugzetten').click();
    await settle();
    expect(face()).to.equal('10:00');
    expect(status(provider)).to.equal('Timer teruggezet op 10 minuten.');
    expect(button(provider, 'Start').disabled).to.equal(false);
  });

  it('speaks times with singular and plural words, in Dutch and in English', async () => {
    const { provider, settle } = await workshop(stappen, { file: { ...file, step: 1 } });
    const clock = fakeClock();
    element(provider).clock = clock;
    button(provider, 'Start').click();
    clock.advance(539_000);
    await settle();
    button(provider, 'Pauzeer').click();
    await settle();
    expect(face(provider)).to.equal('01:01');
    expect(status(provider)).to.equal('Timer gepauzeerd, nog 1 minuut en 1 seconde.');

    provider.setAttribute('lang', 'en');
    await loadLanguage('en');
    await settle();
    button(provider, 'Resume').click();
    await settle();
    expect(status(provider)).to.equal('Timer running again, 1 minute and 1 second left.');
    clock.advance(59_000);
    await settle();
    button(provider, 'Pause').click();
    await settle();
    expect(status(provider)).to.equal('Timer paused, 2 seconds left.');
  });

  it('keeps a timer per step: moving on pauses it, coming back shows its time', async () => {
    const { provider, settle } = await workshop(stappen, { file: { ...file, step: 1 } });
    const clock = fakeClock();
    element(provider).clock = clock;
    const face = () => squash(deepQuery(element(provider), '[part="timer-time"]')!.textContent);
    button(provider, 'Start').click();
    clock.advance(90_000);
    await settle();
    expect(face()).to.equal('08:30');

    button(provider, 'Stap 3 Uitwisselen').click();
    await settle();
    expect(face()).to.equal('15:00');
    clock.advance(60_000);
    button(provider, 'Stap 1 Belangen').click();
    await settle();
    expect(face()).to.equal('08:30');
    expect(button(provider, 'Hervat').disabled).to.equal(false);
  });

  it('starts the timer with every step the facilitator moves to, when so set', async () => {
    const { provider, settle } = await workshop(stappen, { file: { ...file, step: 1 } });
    const clock = fakeClock();
    element(provider).clock = clock;
    const settings = deepQuery<HTMLDetailsElement>(element(provider), '[part="timer-settings"]')!;
    settings.open = true;
    const auto = deepQueryAll<HTMLInputElement>(element(provider), 'input[type="checkbox"]').find((box) =>
      squash(box.parentElement!.textContent).startsWith('Start bij elke stap'),
    )!;
    auto.click();
    await settle();
    expect(provider.store.timer?.auto).to.equal(true);
    button(provider, 'Stap 2 Halen en brengen').click();
    await settle();
    expect(status(provider)).to.equal(
      'De workshop is nu bij stap 2: Halen en brengen. Timer gestart: 5 minuten voor stap 2.',
    );
    clock.advance(60_000);
    await settle();
    expect(face(provider)).to.equal('04:00');
    expect(button(provider, 'Pauzeer').disabled).to.equal(false);
    // Undoing the move takes the step back; the timer is not part of the workshop's history.
    provider.store.undo();
    await settle();
    expect(provider.exportWorkshop().step).to.equal(1);
    expect(face(provider)).to.equal('10:00');
  });

  it('plays a short sound when time is up, only where it was switched on', async () => {
    const tones: number[] = [];
    const Native = window.AudioContext;
    class Recording {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({
        gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
        connect: (next: unknown) => next,
      });
      createOscillator = () => ({
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: (at: number) => tones.push(at),
        stop() {},
      });
    }
    window.AudioContext = Recording as unknown as typeof AudioContext;
    try {
      const { provider, settle } = await workshop(stappen, { file: { ...file, step: 5 } });
      const clock = fakeClock();
      element(provider).clock = clock;
      const sound = () =>
        deepQueryAll<HTMLInputElement>(element(provider), 'input[type="checkbox"]').find((box) =>
          squash(box.parentElement!.textContent).startsWith('Geluid als de tijd om is'),
        )!;
      expect(sound().checked, 'off at first').to.equal(false);
      button(provider, 'Start').click();
      await settle();
      clock.advance(5 * 60_000);
      await settle();
      expect(status(provider)).to.contain('is om');
      expect(tones, 'no sound while it is off').to.deep.equal([]);

      button(provider, 'Terugzetten').click();
      await settle();
      sound().click();
      await settle();
      expect(sound().checked).to.equal(true);
      button(provider, 'Start').click();
      await settle();
      clock.advance(5 * 60_000 + 1000);
      await settle();
      expect(tones, 'two tones, once').to.have.length(2);
      clock.advance(60_000);
      expect(tones).to.have.length(2);
      sound().click();
    } finally {
      window.AudioContext = Native;
    }
  });

  it('folds into one compact bar, with the same names for screen readers', async () => {
    const { provider } = await workshop(html`<ambitie-stappen compact></ambitie-stappen>`, { file });
    const bar = element(provider);
    expect(deepQueryAll(bar, '[part~="step-button"]').map((b) => nameOf(b))).to.deep.equal([
      'Stap 1 Belangen',
      'Stap 2 Halen en brengen',
      'Stap 3 Uitwisselen',
      'Stap 4 Gedeelde ambitie',
      'Stap 5 Vastleggen en vervolg',
    ]);
    // How far a step is: short on screen, in words for screen readers.
    const progress = deepQueryAll(bar, '[part~="step-progress"]')[2];
    expect(squash(progress.querySelector('[aria-hidden="true"]')?.textContent)).to.equal('2/2');
    expect(squash(progress.querySelector('.visually-hidden')?.textContent)).to.equal('2 van 2 vragen beantwoord');
    expect(button(provider, 'Laatste wijziging ongedaan maken').getAttribute('aria-keyshortcuts')).to.equal(
      'Control+Z Meta+Z',
    );
    button(provider, 'Opnieuw doen');
    button(provider, 'Terugzetten');
    expect(squash(deepQuery(bar, '[part="agenda"] summary')?.textContent)).to.equal('Tijdsplanning voor 4 partners');
    await expect(bar).to.be.accessible();
  });

  it('undoes and redoes the facilitator’s changes', async () => {
    const { provider, settle } = await workshop(stappen);
    const undo = button(provider, 'Laatste wijziging ongedaan maken');
    const redo = button(provider, 'Opnieuw doen');
    expect(undo.disabled && redo.disabled).to.equal(true);
    provider.store.addPartner({ name: 'Bibliotheek' });
    await settle();
    expect(undo.disabled).to.equal(false);
    undo.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(provider.exportWorkshop().partners).to.have.length(0);
    expect(undo.disabled).to.equal(true);
    expect(focused(provider)).to.equal(redo);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(provider.exportWorkshop().partners.map((p) => p.name)).to.deep.equal(['Bibliotheek']);
    expect(focused(provider)).to.equal(undo);
  });

  it('fits in 320 CSS pixels without scrolling sideways, each step’s number and name on one line', async () => {
    const fixture = await workshop(stappen, { file });
    await expectFitsIn320(fixture, element(fixture.provider));
    const steps = deepQueryAll(element(fixture.provider), '[part~="step"]');
    expect(steps).to.have.length(5);
    for (const step of steps) {
      const [number, label] = [step.querySelector('.number')!, step.querySelector('.label')!];
      expect(number.getBoundingClientRect().top, squash(step.textContent)).to.be.closeTo(
        label.getBoundingClientRect().top,
        4,
      );
    }
  });

  it('fits the compact bar in 320 CSS pixels without scrolling sideways', async () => {
    const fixture = await workshop(html`<ambitie-stappen compact></ambitie-stappen>`, { file });
    await expectFitsIn320(fixture, element(fixture.provider));
  });

  it('says what it needs outside a <netwerk-ambitie>', async () => {
    const el = await fixture<AmbitieStappen>(html`<ambitie-stappen></ambitie-stappen>`);
    expect(el.shadowRoot!.textContent).to.contain('werken alleen binnen');
  });
});
