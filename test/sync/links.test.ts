import { expect } from '@open-wc/testing';
import { syncAttributesFromUrl } from '../../src/sync/attributes.js';
import { readToken } from '../../src/sync/token.js';

const encode = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('sync links and tokens in the browser', () => {
  it('reads the claims of a token without needing its secret', () => {
    const token = `${encode({ room: 'wijk-oost', role: 'partner', partner: 'zorg-ö', exp: 1900000000 })}.c2lnbmF0dXJl`;
    expect(readToken(token)).to.deep.equal({ room: 'wijk-oost', role: 'partner', partner: 'zorg-ö', exp: 1900000000 });
    expect(readToken(`${encode({ room: 'w', role: 'facilitator', exp: 1 })}.x`)).to.deep.equal({
      room: 'w',
      role: 'facilitator',
      exp: 1,
    });
  });

  it('reads nothing from what is not a token', () => {
    for (const bad of [
      undefined,
      '',
      'not a token',
      `${encode({ room: 'w', role: 'boss', exp: 1 })}.x`,
      `${encode({ room: 'w', role: 'partner', exp: 1 })}.x`,
      `${encode({ role: 'facilitator', exp: 1 })}.x`,
      `${encode('text')}.x`,
    ]) {
      expect(readToken(bad), String(bad)).to.equal(undefined);
    }
  });

  it('maps a link to the attributes of <netwerk-ambitie>, from the fragment or the query', () => {
    const params = 'workshop=wijk-oost&sync=wss%3A%2F%2Fsync.example%2F&token=abc.def';
    const expected = { 'workshop-id': 'wijk-oost', sync: 'wss://sync.example/', token: 'abc.def' };
    expect(syncAttributesFromUrl({ hash: `#${params}`, search: '' })).to.deep.equal(expected);
    expect(syncAttributesFromUrl({ hash: '', search: `?${params}` })).to.deep.equal(expected);
    expect(syncAttributesFromUrl({ hash: '#section-2', search: '?id=12' })).to.deep.equal({});
  });

  it('ignores a sync address that is not a WebSocket address', () => {
    expect(syncAttributesFromUrl({ hash: '#workshop=w&sync=javascript%3Aalert(1)', search: '' })).to.deep.equal({
      'workshop-id': 'w',
    });
  });
});
