import type { PageCheck as Check } from '../../lib/page/page-state';

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
  if (check.messages === 'missing')
    lines.push("Can't find the messages on this page — suggestions and reply timing are paused here. Replies still insert.");
  if (check.composer === 'missing')
    lines.push(
      `Can't find the message box on this page. Replies will be copied to your clipboard instead — paste with ${pasteKey}.`,
    );
  if (check.contact === 'missing')
    lines.push(`Can't read the contact's name here. Replies use their fallback wording (“Hi there”). Inserting still works.`);
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
      aria-label="Page check"
    >
      {lines.length === 0 ? (
        <p class="page-check-ok">Page read: contact, messages and message box found.</p>
      ) : (
        <ul role="status">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onSnapshot && (
        <button type="button" class="link" data-testid="page-snapshot" onClick={onSnapshot}>
          Save page structure for a bug report
        </button>
      )}
      {lines.length > 0 && (
        <p class="page-check-hint">
          {siteLabel} may have changed its page. The saved structure has no names or messages in it: attach it to a bug report.
        </p>
      )}
    </section>
  );
}
