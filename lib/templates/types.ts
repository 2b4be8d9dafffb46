import type { SurveyScale } from '../feedback/rating-scales';

/** What a template is for; drives suggestions and, for surveys, feedback logging. */
/** `away`: an automatic-style reply (out of hours); sending one never counts as answering the customer. */
export const TEMPLATE_KINDS = ['reply', 'greeting', 'promo', 'follow-up', 'survey', 'away'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** A template as a file or the user writes it, before it is stored. */
export interface TemplateDraft {
  title: string;
  body: string;
  shortcut?: string;
  tags: string[];
  kind: TemplateKind;
  survey?: SurveyScale;
  /** Only suggest it on these sites (none: everywhere). */
  platforms?: string[];
  /** The language it is written in, e.g. "en", "es-MX". */
  language?: string;
  /** Shared with the team (team sync): the team's library, not only this device's. */
  shared?: boolean;
  /** Fields this version does not know, kept so an export gives them back. */
  extra?: Record<string, unknown>;
}

/** A stored template. */
export interface Template extends TemplateDraft {
  id: number;
  createdAt: number;
  updatedAt: number;
  useCount: number;
  lastUsedAt?: number;
  /** A shared template's id in the team's database (set once it is shared; kept when it stops being shared). */
  teamId?: string;
  /**
   * Two members changed this shared template at the same time (offline): CouchDB kept both versions. The library
   * shows them side by side until someone keeps one; meanwhile CouchDB's own winner — the same on every device — is
   * the template.
   */
  teamConflict?: TeamConflict;
  /** A shared template's uses by each teammate (this member's own are `useCount`), from team sync. */
  teamUses?: Record<string, number>;
}

/** The versions of a shared template in conflict, the winner first. */
export interface TeamConflict {
  versions: { rev: string; by: string; title: string; body: string; updatedAt: number }[];
}
