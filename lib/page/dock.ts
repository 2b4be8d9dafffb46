/** Width of the docked sidebar and of its collapsed tab, in CSS pixels. */
export const SIDEBAR_WIDTH = 320;
export const TAB_WIDTH = 28;

const STYLE_ID = 'dm-sidekick-dock';

/**
 * Which side the sidebar docks on: the right, beside a full-page thread; the left where the chat floats over the page
 * (chat pop-ups and overlay bubbles sit at the bottom right, fixed to the window, so narrowing the page cannot move
 * them out from under a right-hand sidebar).
 */
export type Edge = 'left' | 'right';

/**
 * Makes room for the sidebar on one side by narrowing the page, so it sits beside the thread rather than over the
 * composer and Send button. `width` 0 gives the room back.
 */
export function reserveEdge(edge: Edge, width: number): void {
  let style = document.getElementById(STYLE_ID);
  if (width <= 0) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    (document.head ?? document.documentElement).append(style);
  }
  // Rewriting the same rule would make the page recompute every style: only a change is written.
  const rule = `html{margin-${edge}:${width}px !important;width:auto !important;}`;
  if (style.textContent !== rule) style.textContent = rule;
}

/** True when two boxes share any area. */
export function boxesOverlap(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
