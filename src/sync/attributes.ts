/** The `<netwerk-ambitie>` attributes a sync link carries. */
export interface SyncAttributes {
  'workshop-id'?: string;
  sync?: string;
  token?: string;
}

/**
 * Why a page does not connect to a sync address: `invalid` when it is not a
 * WebSocket address (`ws://` or `wss://`), `not-allowed` when it is one on
 * another host than the page's that the page does not allow.
 */
export type SyncAddressProblem = 'invalid' | 'not-allowed';

/** The origins a `sync-allow` value lists (separated by spaces or commas); what is not an address is left out. */
export function allowedOrigins(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).flatMap((entry) => {
    try {
      const { origin } = new URL(entry);
      return origin === 'null' ? [] : [origin];
    } catch {
      return [];
    }
  });
}

/**
 * Whether a page on `page` may connect to the sync server at `address`: a
 * WebSocket address (`ws://`, `wss://`) on the page's own host (any port), or
 * on an origin that `allow` lists (e.g. `wss://sync.example`). `undefined`
 * when it may, else what is wrong. So a crafted link cannot send the
 * workshop to another server.
 */
export function syncAddressProblem(
  address: string,
  page: Pick<Location, 'hostname'>,
  allow: readonly string[] = [],
): SyncAddressProblem | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return 'invalid';
  return url.hostname === page.hostname || allow.includes(url.origin) ? undefined : 'not-allowed';
}

/**
 * Reads the values of a link made by `npm run sync-links` (`workshop`, `sync`
 * and `token`, in the fragment or the query string) as the attributes of
 * `<netwerk-ambitie>`. Values missing from the link are left out, so a host
 * can set what it finds. A `sync` address is kept only when the page may
 * connect to it (see `syncAddressProblem`): on the page's own host, or on an
 * origin in `allow` (the same list as the element's `sync-allow`):
 *
 * ```js
 * const attributes = syncAttributesFromUrl(location, ['wss://sync.example']);
 * for (const [name, value] of Object.entries(attributes)) workshop.setAttribute(name, value);
 * ```
 */
export function syncAttributesFromUrl(
  location: Pick<Location, 'search' | 'hash' | 'hostname'>,
  allow: readonly string[] = [],
): SyncAttributes {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const query = new URLSearchParams(location.search);
  const read = (name: string) => fragment.get(name) || query.get(name) || undefined;
  const out: SyncAttributes = {};
  const workshop = read('workshop');
  const sync = read('sync');
  const token = read('token');
  if (workshop) out['workshop-id'] = workshop;
  if (sync && !syncAddressProblem(sync, location, allowedOrigins(allow.join(' ')))) out.sync = sync;
  if (token) out.token = token;
  return out;
}
