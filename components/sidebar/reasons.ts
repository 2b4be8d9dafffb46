import { formatNumber, locale, t, type MessageKey } from '../../lib/i18n/t';
import type { Reason } from '../../lib/suggest/suggest';
import { DAY_MS, HOUR_MS } from '../../lib/vocab/time';

/** Whole days, or whole hours under a day (at least one): how long ago a promo went, how long the seller has been silent. */
const span = (ms: number): [number, 'day' | 'hour'] =>
  ms >= DAY_MS ? [Math.floor(ms / DAY_MS), 'day'] : [Math.max(1, Math.floor(ms / HOUR_MS)), 'hour'];

/** Why a reply is suggested, in the interface's language: "asks about shipping", "promo sent 2 days ago". */
export function reasonText(reason: Reason): string {
  switch (reason.kind) {
    case 'intent':
      return t(`reason.intent.${reason.intent}` as MessageKey);
    case 'mentions':
      return t('reason.mentions', { word: reason.word });
    case 'new-customer':
      return t('reason.newCustomer');
    case 'tag':
      return t('reason.tag', { tag: reason.tag });
    case 'no-reply': {
      const [n, unit] = span(reason.ms);
      return t('reason.noReply', {
        duration: formatNumber(n, { style: 'unit', unit, unitDisplay: 'long' }),
      });
    }
    case 'promo-sent': {
      const [n, unit] = span(reason.ms);
      return t('reason.promoSent', { ago: new Intl.RelativeTimeFormat(locale(), { numeric: 'always' }).format(-n, unit) });
    }
  }
}
