import { compositionSettled } from './caret';
import { copyToClipboard } from './clipboard';
import { insertIntoComposer, type Technique } from './insert';
import { t } from '../i18n/t';

export type Delivery =
  /** `sendReady: false` when the site's Send button, which confirms the editor took the text, never came on. */
  | { kind: 'inserted'; technique: Technique; sendReady?: boolean }
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
    /** Where the site's Send button confirms an insertion (lib/platforms/types.ts `sendReady`): is it ready now? */
    sendReady?: () => boolean | null;
  },
): Promise<Delivery> {
  text = text.replace(/\r\n?/g, '\n');
  let why: 'no-composer' | 'rejected' | 'mangled' = 'no-composer';
  if (target.composer) {
    await compositionSettled(target.composer, target.isComposing);
    const outcome = await insertIntoComposer(target.composer, text, { caret: target.caret });
    if (outcome.ok) {
      const ready = target.sendReady ? await sendComesOn(target.sendReady) : null;
      return { kind: 'inserted', technique: outcome.technique, ...(ready === null ? {} : { sendReady: ready }) };
    }
    if (outcome.reason === 'interrupted') return { kind: 'interrupted' };
    why = outcome.reason;
  }
  return (await copyToClipboard(text, target.clipboardHost)) ? { kind: 'copied', why } : { kind: 'failed', why };
}

/**
 * Waits for the site's Send button to come on after an insertion (the site re-renders it from its editor state, a
 * frame or two later): true once it is ready, false when it is still not after `timeoutMs`, null when the site gives
 * no such signal.
 */
export async function sendComesOn(sendReady: () => boolean | null, timeoutMs = 800): Promise<boolean | null> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const ready = sendReady();
    if (ready !== false || performance.now() >= deadline) return ready;
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** How the sidebar shows a delivery: done, worth a look, or failed. */
export function deliveryTone(delivery: Delivery): 'ok' | 'warn' | 'error' {
  if (delivery.kind === 'inserted') return delivery.sendReady === false ? 'warn' : 'ok';
  return delivery.kind === 'failed' ? 'error' : 'warn';
}

/** What the sidebar says about a delivery, in the user's words. */
export function describeDelivery(delivery: Delivery, title: string, isMac: boolean): string {
  const paste = isMac ? '⌘V' : 'Ctrl+V';
  if (delivery.kind === 'inserted' && delivery.sendReady === false) return t('delivery.notReady', { title });
  if (delivery.kind === 'inserted') return t('delivery.inserted', { title });
  if (delivery.kind === 'interrupted') return t('delivery.interrupted', { title });
  const reason =
    delivery.why === 'no-composer'
      ? t('delivery.noComposer')
      : delivery.why === 'mangled'
        ? t('delivery.mangled')
        : t('delivery.refused');
  if (delivery.kind === 'copied') return t('delivery.copied', { reason, title, key: paste });
  return t('delivery.failed', { reason });
}
