import type { TemplateDraft } from './types';

/** Seeded on first install so a new user has useful replies on day one. Every placeholder has a fallback. */
export const STARTER_PACK: readonly TemplateDraft[] = [
  {
    title: 'Greeting',
    body: 'Hi {{first_name|there}}! Thanks for getting in touch. How can I help you today?',
    shortcut: 'hi',
    tags: ['welcome'],
    kind: 'greeting',
  },
  {
    title: 'Price question',
    body: 'Hi {{first_name|there}}! Thanks for asking. The price is [price], and that includes [what is included]. Would you like me to reserve one for you?',
    shortcut: 'price',
    tags: ['price', 'cost'],
    kind: 'reply',
  },
  {
    title: 'Shipping time',
    body: 'Hi {{first_name|there}}! Orders ship within 1–2 business days, and delivery usually takes 3–5 business days after that. I will send you the tracking number as soon as it ships.',
    shortcut: 'ship',
    tags: ['shipping', 'delivery'],
    kind: 'reply',
  },
  {
    title: 'Order details',
    body: 'Happy to help, {{first_name|there}}! To place your order, could you send me:\n1. The item and size or colour\n2. Your full name and shipping address\n3. A phone number for the courier',
    shortcut: 'order',
    tags: ['order'],
    kind: 'reply',
  },
  {
    title: 'Resolving a complaint',
    body: "I'm really sorry about this, {{first_name|there}}. That's not the experience we want for you. Could you send me your order number and a photo of the problem? I'll make it right as quickly as I can.",
    shortcut: 'sorry',
    tags: ['complaint', 'refund', 'problem'],
    kind: 'reply',
  },
  {
    title: 'Review request',
    body: "Thanks again for your order, {{first_name|there}}! If you're happy with it, a short review would mean a lot to a small business like ours.",
    shortcut: 'review',
    tags: ['review', 'thanks'],
    kind: 'follow-up',
  },
  {
    title: 'Satisfaction survey',
    body: 'Hi {{first_name|there}}! Quick question: how would you rate your order, from 1 (poor) to 5 (excellent)? Just reply with a number.',
    shortcut: 'rate',
    tags: ['survey', 'feedback'],
    kind: 'survey',
    survey: 'csat',
  },
  {
    title: 'Promotion',
    body: 'Hi {{first_name|there}}! This week only, you get [discount] off everything in the shop. Want me to set something aside for you?',
    shortcut: 'promo',
    tags: ['promo', 'sale'],
    kind: 'promo',
  },
  {
    title: 'Follow-up',
    body: 'Hi {{first_name|there}}, just checking in on my last message. Do you have any other questions I can help with?',
    shortcut: 'follow',
    tags: ['follow-up'],
    kind: 'follow-up',
  },
  {
    title: 'Away message',
    body: "Hi {{first_name|there}}, thanks for your message! We're away right now and will reply as soon as we're back during business hours.",
    shortcut: 'away',
    tags: ['away', 'hours'],
    kind: 'away',
  },
];
