/** A copy of `set` with `value` added (`on`) or taken out: a new object, so a Lit state sees the change. */
export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): ReadonlySet<T> {
  const copy = new Set(set);
  if (on) copy.add(value);
  else copy.delete(value);
  return copy;
}
