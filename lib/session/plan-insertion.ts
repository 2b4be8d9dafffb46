import type { ContactProfile, TemplateUse } from '../contacts/types';
import { recentPromo } from '../suggest/suggest';
import { renderTemplate, valueMap, type TemplateValues } from '../templates/render';
import type { Template } from '../templates/types';
import { clockValues, missingVariables, STANDARD_VARIABLES, usableLocale } from '../templates/variables';

export interface InsertionInput {
  template: Template;
  /** Every value known for this contact (lib/templates/variables.ts `templateValues`). */
  values: TemplateValues;
  /** The interface's language: dates and times are written in it, unless the template has a language of its own. */
  locale: string;
  /** Values the seller typed in the fill-in form. */
  entered?: Readonly<Record<string, string>>;
  /** Template insertions in this thread, newest first. */
  uses: readonly TemplateUse[];
  now: number;
  promoCooldownDays: number;
  /** The seller already said "insert anyway" to the promo warning. */
  promoConfirmed?: boolean;
}

/** What clicking a reply (or typing its shortcut) leads to. */
export type InsertionPlan =
  | { step: 'insert'; text: string }
  /** A promo went to this contact within the cool-down: ask before sending another. */
  | { step: 'confirm-promo'; promoAt: number }
  /** Placeholders with no value and no fallback: ask for them first. */
  | { step: 'fill-in'; missing: string[] };

/**
 * The insertion policy, in order: the promo guard, then values that are missing, then the text. Pure: the page
 * session carries the plan out (lib/session/page-session.ts).
 */
export function planInsertion(input: InsertionInput): InsertionPlan {
  const { template } = input;
  if (template.kind === 'promo' && !input.promoConfirmed) {
    const promoAt = recentPromo(input.uses, input.now, input.promoCooldownDays);
    if (promoAt !== undefined) return { step: 'confirm-promo', promoAt };
  }
  // The clock at this insertion (the contact's values were worked out when the chat opened, maybe an hour ago), in
  // the reply's language; then what the seller typed, which wins.
  const clock = clockValues(new Date(input.now), usableLocale(template.language) ?? input.locale);
  const values = valueMap(
    [...Object.entries(input.values), ...Object.entries(clock), ...Object.entries(input.entered ?? {})].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const missing = missingVariables(template.body, values);
  if (missing.length > 0) return { step: 'fill-in', missing };
  return { step: 'insert', text: renderTemplate(template.body, values) };
}

/** Names whose value comes from the page or the settings: typed values for them are never kept in a profile. */
const NOT_KEPT = new Set<string>(STANDARD_VARIABLES.filter((name) => name !== 'first_name'));

/**
 * The profile with the values the seller typed in the fill-in form and asked to remember: a first name becomes the
 * first-name override, a custom field is kept; page and settings values (date, my_name…) are not.
 */
export function rememberEntered(profile: ContactProfile, entered: Readonly<Record<string, string>>): ContactProfile {
  const fields = { ...profile.fields };
  let firstNameOverride = profile.firstNameOverride;
  for (const [name, value] of Object.entries(entered)) {
    if (name === 'first_name') firstNameOverride = value.trim();
    else if (!NOT_KEPT.has(name)) fields[name] = value.trim();
  }
  return { ...profile, fields, firstNameOverride };
}
