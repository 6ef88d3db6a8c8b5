import { expect } from '@open-wc/testing';
import { agendaFor } from '../../src/model/agenda.js';

const minutes = (partners: number) => agendaFor(partners).steps.map((s) => s.minutes);

describe('the time plan', () => {
  it('takes half an hour for two partners or fewer, ten minutes more per extra partner, at most two hours', () => {
    expect([0, 1, 2, 3, 4, 11, 12, 50].map((n) => agendaFor(n).execution)).to.deep.equal([
      30, 30, 30, 40, 50, 120, 120, 120,
    ]);
  });

  it('splits the workshop over the five steps in blocks of five minutes that add up to it exactly', () => {
    for (let partners = 0; partners <= 14; partners++) {
      const { execution, steps } = agendaFor(partners);
      expect(
        steps.reduce((sum, s) => sum + s.minutes, 0),
        `${partners} partners`,
      ).to.equal(execution);
      for (const { minutes } of steps) expect(minutes % 5 === 0 && minutes >= 5, `${partners} partners`).to.equal(true);
    }
    expect(minutes(2)).to.deep.equal([5, 5, 10, 5, 5]);
    expect(minutes(4)).to.deep.equal([10, 5, 15, 15, 5]);
    expect(minutes(11)).to.deep.equal([25, 20, 35, 35, 5]);
  });
});
