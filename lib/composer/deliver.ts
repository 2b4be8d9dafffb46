import { compositionSettled } from './caret';
import { copyToClipboard } from './clipboard';
import { insertIntoComposer, type Technique } from './insert';

export type Delivery =
  | { kind: 'inserted'; technique: Technique }
  | { kind: 'interrupted' }
  | { kind: 'copied'; why: 'no-composer' | 'rejected' | 'mangled' }
  | { kind: 'failed'; why: 'no-composer' | 'rejected' | 'mangled' };

/**
 * Puts a reply where the user can send it: into the composer when there is one and it accepts the text, otherwise
 * onto the clipboard. The user always presses Send themselves.
 */
export async function deliverText(
  text: string,
  target: {
    composer: HTMLElement | null;
    caret: Range | null;
    isComposing: () => boolean;
    clipboardHost: Node & ParentNode;
  },
): Promise<Delivery> {
  text = text.replace(/\r\n?/g, '\n');
  let why: 'no-composer' | 'rejected' | 'mangled' = 'no-composer';
  if (target.composer) {
    await compositionSettled(target.composer, target.isComposing);
    const outcome = await insertIntoComposer(target.composer, text, { caret: target.caret });
    if (outcome.ok) return { kind: 'inserted', technique: outcome.technique };
    if (outcome.reason === 'interrupted') return { kind: 'interrupted' };
    why = outcome.reason;
  }
  return (await copyToClipboard(text, target.clipboardHost)) ? { kind: 'copied', why } : { kind: 'failed', why };
}

/** What the sidebar says about a delivery, in the user's words. */
export function describeDelivery(delivery: Delivery, title: string, isMac: boolean): string {
  const paste = isMac ? '⌘V' : 'Ctrl+V';
  if (delivery.kind === 'inserted') return `Inserted “${title}”. Check it, then press Send.`;
  if (delivery.kind === 'interrupted') return `You typed while “${title}” was going in: check the message box before sending.`;
  const reason =
    delivery.why === 'no-composer'
      ? 'No message box found on this page'
      : delivery.why === 'mangled'
        ? 'The message box changed the text unexpectedly'
        : 'The message box did not accept the text';
  if (delivery.kind === 'copied')
    return `${reason}. “${title}” is copied to your clipboard: click the message box and press ${paste}.`;
  return `${reason}, and copying failed too. Select the text below and copy it.`;
}
