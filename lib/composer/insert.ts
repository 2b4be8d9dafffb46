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
 * Which techniques an editor accepts for this text, most reliable first (shared/platforms.md). Lexical reverts the
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
  { ok: true; technique: Technique; tried: Technique[] } | { ok: false; reason: 'rejected' | 'mangled'; tried: Technique[] };

/** Waits for the editor to show the insertion (editors reconcile asynchronously), up to `timeoutMs`. */
async function settle(el: HTMLElement, before: string, text: string, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let verdict = judgeInsertion(before, editorText(el), text);
  while (verdict !== 'inserted' && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 16));
    verdict = judgeInsertion(before, editorText(el), text);
  }
  return verdict;
}

/**
 * Inserts text at the caret (or at the end) of a DM composer, trying each technique its editor accepts and checking
 * the editor's own text after each. Stops at the first that works; stops early, without retrying, when an attempt
 * changed the editor wrongly (another would duplicate text). Never presses Enter or Send.
 */
export async function insertIntoComposer(
  el: HTMLElement,
  text: string,
  options: { caret?: Range | null; verifyTimeoutMs?: number } = {},
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
    if (verdict === 'mangled') return { ok: false, reason: 'mangled', tried };
  }
  return { ok: false, reason: 'rejected', tried };
}
