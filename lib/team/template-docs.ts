// A shared template as the team's database holds it, and back. Only the template itself travels: never its use count
// on this device, never who it was used with.
import type { Template, TemplateDraft } from '../templates/types';

export const TEMPLATE_PREFIX = 'template:';

export interface TemplateDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'template';
  title: string;
  body: string;
  shortcut?: string;
  tags: string[];
  kind: TemplateDraft['kind'];
  survey?: TemplateDraft['survey'];
  platforms?: string[];
  language?: string;
  /** The member who saved this version. */
  by: string;
  updatedAt: number;
}

export const templateDocId = (teamId: string): string => `${TEMPLATE_PREFIX}${teamId}`;
export const teamIdOf = (docId: string): string | null =>
  docId.startsWith(TEMPLATE_PREFIX) ? docId.slice(TEMPLATE_PREFIX.length) : null;

/** The team's copy of a shared template, saved by `member`. */
export function toTemplateDoc(t: Template & { teamId: string }, member: string): TemplateDoc {
  return {
    _id: templateDocId(t.teamId),
    type: 'template',
    title: t.title,
    body: t.body,
    ...(t.shortcut ? { shortcut: t.shortcut } : {}),
    tags: [...t.tags],
    kind: t.kind,
    ...(t.survey ? { survey: t.survey } : {}),
    ...(t.platforms?.length ? { platforms: [...t.platforms] } : {}),
    ...(t.language ? { language: t.language } : {}),
    by: member,
    updatedAt: t.updatedAt,
  };
}

/** True when the team's copy already says what the local template says (nothing to publish). */
export function sameContent(doc: TemplateDoc, t: Template): boolean {
  return (
    doc.title === t.title &&
    doc.body === t.body &&
    (doc.shortcut ?? '') === (t.shortcut ?? '') &&
    doc.tags.join('\u0000') === t.tags.join('\u0000') &&
    doc.kind === t.kind &&
    (doc.survey ?? '') === (t.survey ?? '') &&
    (doc.platforms ?? []).join(',') === (t.platforms ?? []).join(',') &&
    (doc.language ?? '') === (t.language ?? '')
  );
}

/** The template a team document describes, as a draft for the local library (checked like any import by the caller). */
export function draftFromDoc(doc: TemplateDoc): Record<string, unknown> {
  return {
    title: doc.title,
    body: doc.body,
    shortcut: doc.shortcut,
    tags: doc.tags,
    kind: doc.kind,
    survey: doc.survey,
    platforms: doc.platforms,
    language: doc.language,
  };
}
