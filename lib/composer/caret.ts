import { selectionOf } from './selection';

/** Remembers where the caret last was inside the composer, so a click in the sidebar can insert there. */
export function trackCaret(getComposer: () => HTMLElement | null, signal: AbortSignal): () => Range | null {
  let last: Range | null = null;
  document.addEventListener(
    'selectionchange',
    () => {
      const composer = getComposer();
      const selection = composer && selectionOf(composer);
      if (!selection || selection.rangeCount === 0 || !composer) return;
      const range = selection.getRangeAt(0);
      if (composer.contains(range.startContainer)) last = range.cloneRange();
    },
    { signal },
  );
  return () => last;
}

/**
 * Focuses the editor and puts the caret at `saved` (when it is still inside it) or at the end, then waits for the
 * `selectionchange` that editors such as Lexical use to sync their own selection.
 */
export async function placeCaret(el: HTMLElement, saved: Range | null): Promise<void> {
  el.focus({ preventScroll: true });
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    if (document.activeElement !== el) el.focus();
    return;
  }
  const selection = selectionOf(el);
  if (!selection) return;
  let range: Range;
  if (saved && el.contains(saved.startContainer) && saved.startContainer.isConnected) {
    range = saved;
  } else {
    range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
  }
  const changed = new Promise<void>((resolve) => {
    const done = () => resolve();
    document.addEventListener('selectionchange', done, { once: true });
    setTimeout(done, 50);
  });
  selection.removeAllRanges();
  selection.addRange(range);
  await changed;
}

/** Resolves once no IME composition is active in the editor (never insert mid-composition), or after `timeoutMs`. */
export function compositionSettled(el: HTMLElement, isComposing: () => boolean, timeoutMs = 2000): Promise<void> {
  if (!isComposing()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    el.addEventListener(
      'compositionend',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Tracks whether an IME composition is in progress anywhere in the page. */
export function trackComposition(signal: AbortSignal): () => boolean {
  let composing = false;
  document.addEventListener('compositionstart', () => (composing = true), { capture: true, signal });
  document.addEventListener('compositionend', () => (composing = false), { capture: true, signal });
  return () => composing;
}
