import { expect } from '@open-wc/testing';
import { allowedOrigins, syncAddressProblem, syncAttributesFromUrl } from '../../src/sync/attributes.js';
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
    const page = { hostname: 'sync.example' };
    expect(syncAttributesFromUrl({ ...page, hash: `#${params}`, search: '' })).to.deep.equal(expected);
    expect(syncAttributesFromUrl({ ...page, hash: '', search: `?${params}` })).to.deep.equal(expected);
    expect(syncAttributesFromUrl({ ...page, hash: '#section-2', search: '?id=12' })).to.deep.equal({});
  });

  it('ignores a sync address that is not a WebSocket address', () => {
    const page = { hostname: 'intranet.example', search: '' };
    expect(syncAttributesFromUrl({ ...page, hash: '#workshop=w&sync=javascript%3Aalert(1)' })).to.deep.equal({
      'workshop-id': 'w',
    });
    for (const address of ['garbage', 'https://intranet.example/', 'ws://', 'wss://[oops'])
      expect(syncAddressProblem(address, page), address).to.equal('invalid');
  });

  it('keeps a sync address only on the page’s own host, or on an origin the page allows', () => {
    const page = { hostname: 'intranet.example', search: '' };
    const link = (sync: string) => `#workshop=w&token=t&sync=${encodeURIComponent(sync)}`;
    expect(syncAttributesFromUrl({ ...page, hash: link('wss://intranet.example/sync') }).sync).to.equal(
      'wss://intranet.example/sync',
    );
    expect(syncAttributesFromUrl({ ...page, hash: link('ws://intranet.example:1234') }).sync).to.equal(
      'ws://intranet.example:1234',
    );
    // A crafted link to another server: the workshop and token stay, the address does not.
    expect(syncAttributesFromUrl({ ...page, hash: link('wss://evil.example') })).to.deep.equal({
      'workshop-id': 'w',
      token: 't',
    });
    expect(syncAttributesFromUrl({ ...page, hash: link('wss://intranet.example.evil.example') }).sync).to.equal(
      undefined,
    );
    const allow = ['wss://sync.example', 'wss://backup.example:8443/'];
    expect(syncAttributesFromUrl({ ...page, hash: link('wss://sync.example/room') }, allow).sync).to.equal(
      'wss://sync.example/room',
    );
    expect(syncAttributesFromUrl({ ...page, hash: link('wss://backup.example:8443') }, allow).sync).to.equal(
      'wss://backup.example:8443',
    );
    // The allowed origin is scheme, host and port: none other.
    for (const other of ['ws://sync.example', 'wss://sync.example:444', 'wss://backup.example'])
      expect(syncAddressProblem(other, page, allowedOrigins(allow.join(' '))), other).to.equal('not-allowed');
    expect(allowedOrigins('wss://a.example, wss://b.example:1 niet-een-adres')).to.deep.equal([
      'wss://a.example',
      'wss://b.example:1',
    ]);
  });
});
