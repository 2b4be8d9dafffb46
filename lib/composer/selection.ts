/**
 * The selection as seen from inside `node`'s own tree. Chromium's `document.getSelection()` stops at a shadow host (its
 * nodes are the host's, never the box inside), while `ShadowRoot.getSelection()` — Chromium only — sees inside; Firefox
 * has no such method and its document selection already holds the nodes inside. So: the shadow root's where it has one.
 */
export function selectionOf(node: Node): Selection | null {
  const root = node.getRootNode() as Node & { getSelection?: () => Selection | null };
  return root !== node.ownerDocument && typeof root.getSelection === 'function'
    ? root.getSelection()
    : (node.ownerDocument ?? document).getSelection();
}
