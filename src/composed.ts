/** `element` and every ancestor of it, through shadow roots up to `<html>`. */
export function composedAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  let node: Element | null = element;
  while (node) {
    chain.push(node);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return chain;
}
