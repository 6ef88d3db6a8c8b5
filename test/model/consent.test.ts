import { expect } from '@open-wc/testing';
import { consentStatus } from '../../src/model/consent.js';
import type { Draft, Partner } from '../../src/model/types.js';

const partners: Partner[] = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), aspirant: false }));
const draft = (consent: Draft['consent'], reasons?: Draft['reasons'], text = 'Samen sterk in de wijk'): Draft => ({
  id: 'd1',
  text,
  consent,
  ...(reasons ? { reasons } : {}),
});

describe('the consent rule', () => {
  it('is adoptable once every partner agrees or can live with it', () => {
    expect(consentStatus({ partners }, draft({ a: 'agree', b: 'can-live-with', c: 'agree' }))).to.deep.equal({
      missing: [],
      objecting: [],
      unexplained: [],
      adoptable: true,
    });
  });

  it('is blocked while a partner has not responded, and says who', () => {
    const status = consentStatus({ partners }, draft({ a: 'agree', c: 'can-live-with' }));
    expect(status).to.deep.include({ missing: ['b'], objecting: [], adoptable: false });
  });

  it('is blocked by one objection, and tells objections without a reason apart', () => {
    const status = consentStatus(
      { partners },
      draft({ a: 'object', b: 'agree', c: 'object' }, { a: 'Te vaag over de wijk', c: '  ' }),
    );
    expect(status).to.deep.equal({ missing: [], objecting: ['a', 'c'], unexplained: ['c'], adoptable: false });
  });

  it('is not adoptable without text or without partners', () => {
    expect(
      consentStatus({ partners }, draft({ a: 'agree', b: 'agree', c: 'agree' }, undefined, '  ')).adoptable,
    ).to.equal(false);
    expect(consentStatus({ partners: [] }, draft({})).adoptable).to.equal(false);
  });

  it('ignores responses of partners that are no longer in the workshop', () => {
    const status = consentStatus({ partners: partners.slice(0, 2) }, draft({ a: 'agree', b: 'agree', c: 'object' }));
    expect(status).to.deep.include({ objecting: [], adoptable: true });
  });
});
