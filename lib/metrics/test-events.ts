// Test data only (imported by unit tests): one message event with everything a test does not care about filled in.
import { parseContactKey } from '../platforms/thread-links';
import { SITES } from '../platforms/sites';
import { threadIdOf } from '../vocab/contact-key';
import type { MessageEvent } from './types';

/** An event seen live in `contactKey`'s thread; `extra` overrides any field. */
export function testEvent(
  key: string,
  contactKey: string,
  direction: 'in' | 'out',
  at: number,
  extra: Partial<MessageEvent> = {},
): MessageEvent {
  return {
    key,
    // The site the key names (the first registered site for a key of none).
    platform: parseContactKey(contactKey)?.platform ?? SITES[0].id,
    threadId: threadIdOf(contactKey),
    contactKey,
    direction,
    at,
    source: 'observed',
    precisionMs: 1000,
    observedAt: at,
    history: false,
    ...extra,
  };
}
