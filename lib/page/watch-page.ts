import type { ChatRoot, MessageRow } from '../platforms/types';
import { samePageState, type PageReader, type PageState } from './page-state';

/** Outside the DM area, on a site whose chats open over any page: only elements coming and going (a chat opening). */
const FLOATING_CHANGES: MutationObserverInit = { childList: true, subtree: true };

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
 * read per frame, and the DOM is only watched inside the DM area; elsewhere (e.g. the Facebook feed) only navigation,
 * and — on a site whose chats open over any page — elements coming and going where those chats open.
 */
export function watchPage(
  reader: PageReader,
  signal: AbortSignal,
  onChange: (state: PageState) => void,
  /** Called on every read, changed or not, with the rendered rows (the message recorder needs each new row). */
  onRead?: (state: PageState, rows: MessageRow[], order: number[]) => void,
): void {
  const changes: MutationObserverInit = {
    ...DOM_CHANGES,
    attributeFilter: [...DOM_CHANGES.attributeFilter!, ...(reader.site.adapter.watchedAttributes ?? [])],
  };
  // A chat in a shadow root is not seen by an observer of the document: each such root is observed too.
  let observedRoots = new WeakSet<ShadowRoot>();
  const observeChat = (chat: ChatRoot | null) => {
    // The chat may be a shadow root, or an element inside one (an overlay bubble).
    const root = chat instanceof ShadowRoot ? chat : chat?.getRootNode();
    if (!(root instanceof ShadowRoot) || observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, changes);
  };
  // Typing in the message box changes nothing the page state holds: those mutations are not worth a read.
  const observer = new MutationObserver((records) => {
    const box = reader.lastComposer();
    if (box && records.every((r) => box.contains(r.target))) return;
    // Rows that changed inside are read again; added rows are new anyway.
    reader.changed(records.map((r) => r.target));
    schedule();
  });
  let observing = false;
  let floatingRoots = new WeakSet<Node>();
  const floating = reader.site.floatingChats;
  /** Outside the DM area: watch where floating chats open (the roots can appear later, e.g. a shadow host). */
  const watchFloating = () => {
    if (observing || !floating) return;
    for (const root of floating(document)) {
      if (floatingRoots.has(root)) continue;
      floatingRoots.add(root);
      observer.observe(root, FLOATING_CHANGES);
    }
  };
  const first = reader.read();
  let current = first.state;
  const follow = (state: PageState) => {
    if (state.inDmArea !== observing) {
      observer.disconnect();
      observedRoots = new WeakSet();
      floatingRoots = new WeakSet();
      if (state.inDmArea) observer.observe(document.body, changes);
    }
    observing = state.inDmArea;
    watchFloating();
    onChange(state);
  };
  follow(current);
  if (observing) observeChat(first.chat);
  onRead?.(current, first.rows, first.order);

  let pending = false;
  const read = () => {
    if (!pending || signal.aborted) return;
    pending = false;
    const { state: next, rows, order, chat } = reader.read();
    if (!samePageState(current, next)) follow((current = next));
    // A chat's shadow root can appear (or be replaced) with no change the state shows yet.
    if (observing) observeChat(chat);
    else watchFloating();
    onRead?.(current, rows, order);
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
  // Focusing another chat's message box (pop-ups, overlays) changes which chat is active.
  document.addEventListener('focusin', schedule, { capture: true, signal });
  reader.onChatFocus(schedule);
  // Single-page apps change the URL with pushState; the Navigation API reports it where the browser has one.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal });
  navigation?.addEventListener('navigate', () => setTimeout(schedule, 0), { signal });
}
