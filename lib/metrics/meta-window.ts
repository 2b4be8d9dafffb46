import { DAY_MS } from '../vocab/time';

/** Where a thread is in Meta's reply windows (docs/metrics.md), counted from the customer's last message. */
export type MetaWindow = 'standard' | 'human-agent' | 'closed';

/** How long after the customer's last message the standard window stays open: 24 h. */
export const STANDARD_WINDOW_MS = DAY_MS;

/** 0–24 h after the customer's last message: open; 24 h–7 days: human agent replies only; after: closed. */
export function metaWindow(lastCustomerMessageAt: number, now: number): MetaWindow {
  const age = now - lastCustomerMessageAt;
  return age < STANDARD_WINDOW_MS ? 'standard' : age < 7 * DAY_MS ? 'human-agent' : 'closed';
}
