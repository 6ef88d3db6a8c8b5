/**
 * Registers `tag` unless it is taken. A second copy of the library on the
 * page (another version, another bundle) then leaves the first one working,
 * and a warning says so.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element)
    console.warn(`netwerkambitie: <${tag}> is already defined by another copy of the library; keeping that one.`);
}
