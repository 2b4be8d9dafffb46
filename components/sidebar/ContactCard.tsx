import { useState } from 'preact/hooks';
import { FIELD_NAME, type ContactProfile } from '../../lib/contacts/types';
import type { PageState } from '../../lib/page/page-state';
import { parseTags } from '../../lib/vocab/tags';

interface Props {
  page: PageState;
  /** The first name the page gives (before any override). */
  detectedFirstName: string | undefined;
  profile: ContactProfile | null;
  onSave: (profile: ContactProfile) => void;
}

/** Two profiles say the same (when they were saved aside). */
const sameContent = (a: ContactProfile | null, b: ContactProfile | null) =>
  JSON.stringify(a && { ...a, updatedAt: 0 }) === JSON.stringify(b && { ...b, updatedAt: 0 });

/** The open conversation's contact: name from the page, and the seller's own profile of them. */
export function ContactCard({ page, detectedFirstName, profile, onSave }: Props) {
  const [draft, setDraft] = useState(profile);
  const [tagText, setTagText] = useState(profile?.tags.join(', ') ?? '');
  const [fieldName, setFieldName] = useState('');
  const [fieldValue, setFieldValue] = useState('');
  // The draft follows the stored profile when another contact opens, or when the seller has not changed anything since
  // the last one shown; a profile arriving again (every stored message pushes the thread's details, and the contact's
  // name is kept in it) never overwrites what the seller is typing.
  const [shown, setShown] = useState(profile);
  if (profile !== shown) {
    const untouched = sameContent(draft, shown) && tagText === (shown?.tags.join(', ') ?? '');
    if (profile?.key !== shown?.key || untouched) {
      setDraft(profile);
      setTagText(profile?.tags.join(', ') ?? '');
    }
    setShown(profile);
  }
  if (!page.threadId) {
    return (
      <section class="contact" aria-label="Contact">
        <div class="contact-name muted" data-testid="contact-name" data-empty="true">
          No conversation open
        </div>
      </section>
    );
  }
  const save = (next: ContactProfile) => {
    setDraft(next);
    onSave(next);
  };
  const addField = () => {
    const name = fieldName.trim().toLowerCase().replace(/\s+/g, '_');
    if (!draft || !FIELD_NAME.test(name) || !fieldValue.trim()) return;
    save({ ...draft, fields: { ...draft.fields, [name]: fieldValue.trim() } });
    setFieldName('');
    setFieldValue('');
  };
  return (
    <section class="contact" aria-label="Contact">
      <div class="contact-name" data-testid="contact-name" dir="auto">
        {page.contact.displayName ?? page.contact.handle ?? 'Unknown contact'}
      </div>
      {page.contact.handle && page.contact.handle !== page.contact.displayName && (
        <div class="handle">@{page.contact.handle}</div>
      )}
      {page.contact.group && (
        <div class="handle" data-testid="group-note" dir="auto">
          Group chat — replies greet {page.latestSender ?? 'the latest sender'}
        </div>
      )}
      {page.lastFrom && (
        <div class={`last-from ${page.lastFrom}`} data-testid="last-from" data-direction={page.lastFrom}>
          {page.lastFrom === 'in' ? 'The customer wrote last: waiting for your reply' : 'You replied last'}
        </div>
      )}
      {draft && (
        <>
          <label class="field inline">
            <span>Greet as</span>
            <input
              data-testid="contact-first-name"
              value={draft.firstNameOverride}
              placeholder={detectedFirstName ?? 'first name'}
              maxLength={100}
              onInput={(e) => setDraft({ ...draft, firstNameOverride: e.currentTarget.value })}
              onChange={(e) => save({ ...draft, firstNameOverride: e.currentTarget.value.trim() })}
            />
          </label>
          <details class="profile">
            <summary>
              Profile{draft.tags.length ? ` · ${draft.tags.join(', ')}` : ''}
              {Object.keys(draft.fields).length ? ` · ${Object.keys(draft.fields).length} fields` : ''}
            </summary>
            <label class="field">
              <span>Tags</span>
              <input
                data-testid="contact-tags"
                value={tagText}
                placeholder="vip, wholesale"
                onInput={(e) => setTagText(e.currentTarget.value)}
                onChange={(e) => save({ ...draft, tags: parseTags(e.currentTarget.value).slice(0, 30) })}
              />
            </label>
            <label class="field">
              <span>Notes</span>
              <textarea
                data-testid="contact-notes"
                value={draft.notes}
                maxLength={5000}
                rows={3}
                onInput={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
                onChange={(e) => save({ ...draft, notes: e.currentTarget.value })}
              />
            </label>
            <div class="fields" aria-label="Custom fields">
              {Object.entries(draft.fields).map(([name, value]) => (
                <div class="field-row" key={name} data-testid="contact-field" data-name={name}>
                  <code>{`{{${name}}}`}</code>
                  <span class="value">{value}</span>
                  <button
                    type="button"
                    class="link"
                    aria-label={`Remove ${name}`}
                    onClick={() => {
                      const fields = { ...draft.fields };
                      delete fields[name];
                      save({ ...draft, fields });
                    }}
                  >
                    ×
                  </button>
                </div>
              ))}
              <div class="field-row add">
                <input
                  data-testid="contact-field-name"
                  placeholder="order_id"
                  value={fieldName}
                  onInput={(e) => setFieldName(e.currentTarget.value)}
                />
                <input
                  data-testid="contact-field-value"
                  placeholder="value"
                  value={fieldValue}
                  onInput={(e) => setFieldValue(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') addField();
                  }}
                />
                <button type="button" data-testid="contact-field-add" onClick={addField}>
                  Add
                </button>
              </div>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
