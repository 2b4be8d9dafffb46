import { t, type MessageKey } from '../../lib/i18n/t';
import type { TemplateKind } from '../../lib/templates/types';

const KINDS: Record<TemplateKind, MessageKey> = {
  reply: 'kind.reply',
  greeting: 'kind.greeting',
  promo: 'kind.promo',
  'follow-up': 'kind.followUp',
  survey: 'kind.survey',
  away: 'kind.away',
};

/** A template kind in the interface's language. */
export const kindLabel = (kind: TemplateKind): string => t(KINDS[kind]);
