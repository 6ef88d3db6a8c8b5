/** Adds `sheet` to the style sheets of `root` (the page or a shadow root), once. */
export function adoptSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Takes `sheet` out of the style sheets of `root` again. */
export function dropSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
}
