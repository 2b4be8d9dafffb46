import { placeCaret } from './caret';
import { editorKind, editorText, type EditorKind } from './editor-kind';
import { insertWithBeforeInput } from './techniques/before-input';
import { insertWithExecCommand } from './techniques/exec-command';
import { insertWithNativeSetter } from './techniques/native-setter';
import { insertWithPaste } from './techniques/paste';
import { insertWithTextInput } from './techniques/text-input';
import { judgeInsertion } from './verify';

export type Technique = 'execCommand' | 'paste' | 'beforeinput' | 'nativeSetter' | 'textInput';

const TECHNIQUES: Record<Technique, (el: HTMLElement, text: string) => void> = {
  execCommand: insertWithExecCommand,
  paste: insertWithPaste,
  beforeinput: insertWithBeforeInput,
  nativeSetter: insertWithNativeSetter,
  textInput: insertWithTextInput,
};

/**
 * Which techniques an editor accepts for this text, most reliable first (docs/platforms.md). Lexical reverts the
 * line breaks a native edit makes, so multi-line text goes in as a paste, which Lexical splits into lines itself.
 */
export function cascadeFor(kind: EditorKind, text: string): readonly Technique[] {
  switch (kind) {
    case 'lexical':
      return text.includes('\n') ? ['paste', 'beforeinput', 'execCommand'] : ['execCommand', 'paste', 'beforeinput'];
    case 'draft':
      // execCommand into an empty Draft.js editor crashes React: never use it there.
      return ['paste', 'textInput'];
    case 'textarea':
      return ['execCommand', 'nativeSetter'];
    case 'contenteditable':
      return ['execCommand', 'paste'];
  }
}

export type InsertOutcome =
  | { ok: true; technique: Technique; tried: Technique[] }
  | { ok: false; reason: 'rejected' | 'mangled' | 'interrupted'; tried: Technique[] };

/**
 * Waits for the editor to show the insertion, up to `timeoutMs`. Editors such as Lexical reconcile in a microtask,
 * so the first checks come before any other task (a key the user presses) can run.
 */
async function settle(el: HTMLElement, before: string, text: string, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let verdict = judgeInsertion(before, editorText(el), text);
  for (let i = 0; i < 3 && verdict !== 'inserted'; i++) {
    await Promise.resolve();
    verdict = judgeInsertion(before, editorText(el), text);
  }
  while (verdict !== 'inserted' && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 16));
    verdict = judgeInsertion(before, editorText(el), text);
  }
  return verdict;
}

type Options = { caret?: Range | null; verifyTimeoutMs?: number };

/**
 * Inserts text at the caret (or at the end) of a DM composer, trying each technique its editor accepts and checking
 * the editor's own text after each. Stops at the first that works; stops early, without retrying, when an attempt
 * changed the editor wrongly (another would duplicate text) or the user pressed a key meanwhile (Enter sends on
 * these sites, so the editor's text can no longer be judged). Never presses Enter or Send.
 */
export async function insertIntoComposer(el: HTMLElement, text: string, options: Options = {}): Promise<InsertOutcome> {
  let interrupted = false;
  const onKey = (e: KeyboardEvent) => {
    if (e.isTrusted) interrupted = true;
  };
  document.addEventListener('keydown', onKey, { capture: true });
  try {
    return await tryTechniques(el, text, options, () => interrupted);
  } finally {
    document.removeEventListener('keydown', onKey, { capture: true });
  }
}

async function tryTechniques(
  el: HTMLElement,
  text: string,
  options: Options,
  interrupted: () => boolean,
): Promise<InsertOutcome> {
  const tried: Technique[] = [];
  for (const technique of cascadeFor(editorKind(el), text)) {
    await placeCaret(el, options.caret ?? null);
    const before = editorText(el);
    tried.push(technique);
    try {
      TECHNIQUES[technique](el, text);
    } catch {
      // A technique that throws has done nothing we can see; the verdict below decides.
    }
    const verdict = await settle(el, before, text, options.verifyTimeoutMs ?? 400);
    if (verdict === 'inserted') return { ok: true, technique, tried };
    if (interrupted()) return { ok: false, reason: 'interrupted', tried };
    if (verdict === 'mangled') return { ok: false, reason: 'mangled', tried };
  }
  return { ok: false, reason: 'rejected', tried };
}
