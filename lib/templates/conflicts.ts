import { t } from '../i18n/words';
import { templateLabel } from './file-format';
import type { Template, TemplateDraft } from './types';

/**
 * Shortcut clashes between incoming templates and the library. An incoming template replaces the library's
 * template of the same title, so only a *different* template holding the shortcut is a clash.
 */
export function shortcutClashes(
  incoming: readonly TemplateDraft[],
  labels: readonly string[],
  library: readonly Template[],
): { problems: string[]; clashing: Set<number> } {
  const incomingTitles = new Set(incoming.map((d) => d.title.toLowerCase()));
  const owners = new Map<string, Template>();
  for (const t of library) {
    // A library template being replaced by one of the same title gives its shortcut up.
    if (t.shortcut && !incomingTitles.has(t.title.toLowerCase())) owners.set(t.shortcut, t);
  }
  const problems: string[] = [];
  const clashing = new Set<number>();
  incoming.forEach((d, i) => {
    const owner = d.shortcut ? owners.get(d.shortcut) : undefined;
    if (owner) {
      problems.push(
        t('fileCheck.shortcutYours', { where: labels[i] ?? templateLabel(i), shortcut: d.shortcut ?? '', title: owner.title }),
      );
      clashing.add(i);
    }
  });
  return { problems, clashing };
}

/** The shortcut clash for one template being saved from the editor, if any. */
export function shortcutOwner(draft: TemplateDraft, id: number | undefined, library: readonly Template[]): Template | undefined {
  if (!draft.shortcut) return undefined;
  return library.find((t) => t.shortcut === draft.shortcut && t.id !== id);
}
