import { shortcutBeforeCaret, type TypedShortcut } from '../composer/shortcut';
import type { ShortcutTrigger } from '../settings/preferences';
import type { Template } from '../templates/types';

export interface ShortcutCapture {
  doc: Document;
  signal: AbortSignal;
  composer: () => HTMLElement | null;
  trigger: () => ShortcutTrigger;
  /** The saved reply with this shortcut, if any. */
  template: (name: string) => Template | undefined;
  insert: (template: Template, typed: TypedShortcut) => void;
}

/**
 * Slash shortcuts typed in the site's message box: "/ship" then Tab (or Space, per the settings) becomes the reply.
 * Listens in the capture phase so the site never sees a key that expanded a shortcut; any other key does what it
 * always does.
 */
export function captureShortcuts({ doc, signal, composer, trigger, template, insert }: ShortcutCapture): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
      const when = trigger();
      const tab = e.key === 'Tab' && !e.shiftKey && when !== 'space';
      const space = e.key === ' ' && when !== 'tab';
      if (!tab && !space) return;
      const box = composer();
      // The first node of the event's path: a key in a shadow root's box reaches the document retargeted to the host.
      const target = e.composedPath()[0];
      if (!box || !(target instanceof Node) || !box.contains(target)) return;
      const typed = shortcutBeforeCaret(box);
      const saved = typed && template(typed.name);
      if (!saved) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      insert(saved, typed);
    },
    { capture: true, signal },
  );
}
