// A deterministic template library for search tests and the bench: realistic target replies hidden among
// generated filler, plus the query set (misspellings, partial words, tag words, body words) with the expected hit.
import { STARTER_PACK } from '../../lib/templates/starter-pack';
import type { Template, TemplateDraft } from '../../lib/templates/types';
import { seededRandom } from '../shared/seeded-random';

const WORDS = `order item product colour size stock week today tomorrow please thanks message reply customer team store
shop online offer new collection summer winter spring autumn linen cotton leather bag tote scarf ring necklace candle mug
print poster sticker card box gift wrap note photo picture video link page post story live sale price discount code
coupon voucher points member club loyal friend family weekend holiday event market fair studio workshop class booking
appointment slot time date hour minute morning evening night address city country postcode street phone number email
account login password app website update news info detail question answer help support service quality material
fabric handmade custom personal design pattern style fit wear wash care clean repair warranty guarantee receipt invoice
bill pay paid payment card cash transfer bank fee cost total amount tax free fast slow quick soon later early late`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'ze',
  'pa',
  'do',
  'fi',
  'gu',
  'ha',
  'je',
  'ko',
  'li',
  'mu',
  'no',
  'pe',
];
const TAGS = ['promo', 'order', 'stock', 'care', 'events', 'wholesale', 'studio', 'gifts', 'loyalty', 'misc', 'faq', 'vip'];

/** Replies a real seller would look for; each query below targets one of them by title. */
export const TARGETS: TemplateDraft[] = [
  ...STARTER_PACK,
  {
    title: 'Return policy',
    body: 'You can return any unworn item within 30 days for a full refund. Send it back with the slip inside the parcel.',
    shortcut: 'returns',
    tags: ['returns', 'refund'],
    kind: 'reply',
  },
  {
    title: 'Size guide',
    body: 'Our sizes run small: if you are between two sizes, pick the larger one. Measurements for each size are in the photos.',
    shortcut: 'size',
    tags: ['sizing', 'fit'],
    kind: 'reply',
  },
  {
    title: 'Gift wrapping',
    body: 'We can gift wrap your order with a handwritten note for free. Just tell me what the note should say.',
    shortcut: 'gift',
    tags: ['gifts'],
    kind: 'reply',
  },
  {
    title: 'Wholesale pricing',
    body: 'For orders of 20 pieces or more we offer wholesale prices. I can send you our trade catalogue and minimums.',
    shortcut: 'trade',
    tags: ['wholesale', 'b2b'],
    kind: 'reply',
  },
  {
    title: 'International shipping',
    body: 'We ship worldwide. Customs duties and import taxes are paid by the recipient on delivery.',
    shortcut: 'intl',
    tags: ['shipping', 'customs'],
    kind: 'reply',
  },
  {
    title: 'Payment methods',
    body: 'You can pay by card, PayPal, bank transfer or MB Way. The payment link is valid for 24 hours.',
    shortcut: 'pay',
    tags: ['payment'],
    kind: 'reply',
  },
  {
    title: 'Tracking number',
    body: 'Here is your tracking number: {{tracking}}. It can take a day before the courier shows the first scan.',
    shortcut: 'track',
    tags: ['shipping', 'tracking'],
    kind: 'reply',
  },
  {
    title: 'Cancel order',
    body: 'No problem, I have cancelled your order and the refund is on its way; banks take 3 to 5 days to show it.',
    shortcut: 'cancel',
    tags: ['order', 'refund'],
    kind: 'reply',
  },
  {
    title: 'Restock notification',
    body: 'That one is sold out right now, but a restock is coming. Want me to message you the moment it is back?',
    shortcut: 'restock',
    tags: ['stock'],
    kind: 'reply',
  },
  {
    title: 'Custom engraving',
    body: 'We can engrave up to 12 characters on the inside of the ring. Engraving adds two working days.',
    shortcut: 'engrave',
    tags: ['custom', 'personalisation'],
    kind: 'reply',
  },
  {
    title: 'Store opening hours',
    body: 'Our studio shop is open Tuesday to Saturday, 10:00 to 18:00. Sundays and Mondays by appointment.',
    shortcut: 'hours',
    tags: ['studio', 'opening'],
    kind: 'reply',
  },
  {
    title: 'Discount code expired',
    body: 'Sorry, that discount code expired last week. Here is a new one for 10% off: WELCOME10.',
    shortcut: 'expired',
    tags: ['promo', 'discount'],
    kind: 'promo',
  },
];

/** Queries as sellers type them, each with the title it should find. */
export const QUERIES: [query: string, expected: string][] = [
  ['return', 'Return policy'],
  ['retrun polcy', 'Return policy'],
  ['refund unworn', 'Return policy'],
  ['size', 'Size guide'],
  ['sise gide', 'Size guide'],
  ['measurements', 'Size guide'],
  ['gift wrap', 'Gift wrapping'],
  ['giftwrap', 'Gift wrapping'],
  ['handwritten note', 'Gift wrapping'],
  ['wholesale', 'Wholesale pricing'],
  ['wholsale', 'Wholesale pricing'],
  ['trade catalogue', 'Wholesale pricing'],
  ['internat', 'International shipping'],
  ['customs duties', 'International shipping'],
  ['worldwide', 'International shipping'],
  ['paypal', 'Payment methods'],
  ['payment', 'Payment methods'],
  ['tracking', 'Tracking number'],
  ['trackng numbr', 'Tracking number'],
  ['courier scan', 'Tracking number'],
  ['cancel', 'Cancel order'],
  ['cancell order', 'Cancel order'],
  ['restock', 'Restock notification'],
  ['sold out', 'Restock notification'],
  ['engraving', 'Custom engraving'],
  ['engrave ring', 'Custom engraving'],
  ['opening hours', 'Store opening hours'],
  ['openng', 'Store opening hours'],
  ['expired code', 'Discount code expired'],
  ['shiping', 'Shipping time'],
  ['ship', 'Shipping time'],
  ['complant', 'Resolving a complaint'],
  ['damaged sorry', 'Resolving a complaint'],
  ['review', 'Review request'],
  ['away', 'Away message'],
  ['satisfaction', 'Satisfaction survey'],
  ['rate 1 to 5', 'Satisfaction survey'],
  ['greeting', 'Greeting'],
  ['price', 'Price question'],
  ['checking in', 'Follow-up'],
];

/** `size` templates: the targets spread among generated filler, ids from 1. */
export function corpus(size: number, seed = 42): Template[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const word = () => (random() < 0.8 ? pick(WORDS) : `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const drafts: TemplateDraft[] = [];
  for (let i = 0; drafts.length < size - TARGETS.length; i++) {
    const title = sentence(2 + Math.floor(random() * 3));
    drafts.push({
      title: title[0]!.toUpperCase() + title.slice(1) + ` ${i}`,
      body: `Hi {{first_name|there}}! ${sentence(20 + Math.floor(random() * 50))}.`,
      shortcut: `r${i}`,
      tags: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TAGS)),
      kind: random() < 0.1 ? 'promo' : 'reply',
    });
  }
  TARGETS.forEach((t, i) => drafts.splice(Math.floor(((i + 1) * drafts.length) / (TARGETS.length + 1)), 0, t));
  return drafts
    .slice(0, size)
    .map((d, i) => ({ ...d, tags: [...d.tags], id: i + 1, createdAt: 0, updatedAt: 0, useCount: Math.floor(random() * 5) }));
}
