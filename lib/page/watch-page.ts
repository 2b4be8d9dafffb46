import type { PlatformAdapter } from '../platforms/types';
import { readPageState, samePageState, type PageState } from './page-state';

const DOM_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'href', 'contenteditable', 'role'],
};

/**
 * Calls `onChange` with the page's state now and whenever it changes: in-page navigation between threads, the
 * header or composer rendering late, the composer going away, a new message row. DOM changes are coalesced to one
 * read per frame, and the DOM is only watched inside the DM area (elsewhere, e.g. the Facebook feed, only navigation).
 */
export function watchPage(adapter: PlatformAdapter, signal: AbortSignal, onChange: (state: PageState) => void): void {
  const observer = new MutationObserver(() => schedule());
  let observing = false;
  let current = readPageState(adapter, new URL(location.href), document);
  const follow = (state: PageState) => {
    if (state.inDmArea && !observing) observer.observe(document.body, DOM_CHANGES);
    if (!state.inDmArea && observing) observer.disconnect();
    observing = state.inDmArea;
    onChange(state);
  };
  follow(current);

  let pending = false;
  const read = () => {
    if (!pending || signal.aborted) return;
    pending = false;
    const next = readPageState(adapter, new URL(location.href), document);
    if (!samePageState(current, next)) follow((current = next));
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(read);
    // Hidden tabs get no animation frames: still catch up, more slowly.
    setTimeout(read, 250);
  };
  signal.addEventListener('abort', () => observer.disconnect());
  window.addEventListener('popstate', schedule, { signal });
  // Single-page apps change the URL with pushState; the Navigation API reports it where the browser has one.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal });
  navigation?.addEventListener('navigate', () => setTimeout(schedule, 0), { signal });
}
