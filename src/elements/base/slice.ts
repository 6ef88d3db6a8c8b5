/** What an element shows of the workshop: values compared one by one, by identity. */
export type Slice = readonly unknown[];

/** Whether two slices hold the same values, in order. */
export const same = (a: Slice | undefined, b: Slice): boolean =>
  !!a && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
