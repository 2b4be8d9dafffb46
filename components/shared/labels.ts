import { t, type MessageKey } from '../../lib/i18n/t';
import type { TemplateKind } from '../../lib/templates/types';
import { STANDARD_VARIABLES, variableLabel } from '../../lib/templates/variables';

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

/** A variable's name for its input and preview hint: built-in ones in the interface's language, a custom field as named. */
export function variableName(name: string): string {
  return (STANDARD_VARIABLES as readonly string[]).includes(name) ? t(`variable.${name}` as MessageKey) : variableLabel(name);
}
