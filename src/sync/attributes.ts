/** The `<netwerk-ambitie>` attributes a sync link carries. */
export interface SyncAttributes {
  'workshop-id'?: string;
  sync?: string;
  token?: string;
}

/**
 * Reads the values of a link made by `npm run sync-links` (`workshop`, `sync`
 * and `token`, in the fragment or the query string) as the attributes of
 * `<netwerk-ambitie>`. Values missing from the link are left out, so a host
 * can set what it finds:
 *
 * ```js
 * const attributes = syncAttributesFromUrl(location);
 * for (const [name, value] of Object.entries(attributes)) workshop.setAttribute(name, value);
 * ```
 */
export function syncAttributesFromUrl(location: Pick<Location, 'search' | 'hash'>): SyncAttributes {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const query = new URLSearchParams(location.search);
  const read = (name: string) => fragment.get(name) || query.get(name) || undefined;
  const out: SyncAttributes = {};
  const workshop = read('workshop');
  const sync = read('sync');
  const token = read('token');
  if (workshop) out['workshop-id'] = workshop;
  if (sync && /^wss?:\/\//i.test(sync)) out.sync = sync;
  if (token) out.token = token;
  return out;
}
