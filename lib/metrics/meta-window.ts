const DAY = 86_400_000;

/** Where a thread is in Meta's reply windows (metrics.md), counted from the customer's last message. */
export type MetaWindow = 'standard' | 'human-agent' | 'closed';

/** 0–24 h after the customer's last message: open; 24 h–7 days: human agent replies only; after: closed. */
export function metaWindow(lastCustomerMessageAt: number, now: number): MetaWindow {
  const age = now - lastCustomerMessageAt;
  return age < DAY ? 'standard' : age < 7 * DAY ? 'human-agent' : 'closed';
}
