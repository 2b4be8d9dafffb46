import type { PageCheck as Check } from '../../lib/page/page-state';
import { t } from '../../lib/i18n/t';

interface Props {
  check: Check;
  siteLabel: string;
  pasteKey: string;
  /** Saves the anonymised page structure; absent where the page cannot be saved. */
  onSnapshot?: () => void;
}

/** What each missing part means for the seller, in their words. */
export function pageCheckLines(check: Check, pasteKey: string): string[] {
  const lines: string[] = [];
  if (check.messages === 'missing') lines.push(t('pageCheck.noMessages'));
  if (check.composer === 'missing') lines.push(t('pageCheck.noComposer', { key: pasteKey }));
  if (check.contact === 'missing') lines.push(t('pageCheck.noContact'));
  return lines;
}

/** The page check: what the sidebar found on this page and what still works, plus the bug-report snapshot. */
export function PageCheck({ check, siteLabel, pasteKey, onSnapshot }: Props) {
  const lines = pageCheckLines(check, pasteKey);
  return (
    <section
      class={`page-check ${lines.length ? 'warn' : 'ok'}`}
      data-testid="page-check"
      data-contact={check.contact}
      data-messages={check.messages}
      data-composer={check.composer}
      aria-label={t('pageCheck.label')}
    >
      {lines.length === 0 ? (
        <p class="page-check-ok">{t('pageCheck.ok')}</p>
      ) : (
        <ul role="status">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onSnapshot && (
        <button type="button" class="link" data-testid="page-snapshot" onClick={onSnapshot}>
          {t('pageCheck.snapshot')}
        </button>
      )}
      {lines.length > 0 && <p class="page-check-hint">{t('pageCheck.hint', { site: siteLabel })}</p>}
    </section>
  );
}
