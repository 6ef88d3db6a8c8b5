/**
 * What a device remembers of how its user likes to work (large text, the
 * section shown in a step, a sound at the end of the timer), kept in the
 * browser where it can be; where it cannot, for as long as the page is open.
 */

const PREFIX = 'netwerkambitie:';
const meanwhile = new Map<string, string>();

/** What this device remembers under `key`. */
export function recall(key: string): string | undefined {
  try {
    return localStorage.getItem(PREFIX + key) ?? undefined;
  } catch {
    return meanwhile.get(key);
  }
}

/** Remembers `value` under `key` on this device; `undefined` forgets it. */
export function remember(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    if (value === undefined) meanwhile.delete(key);
    else meanwhile.set(key, value);
  }
}
