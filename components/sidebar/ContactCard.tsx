import { useState } from 'preact/hooks';
import { FIELD_NAME, type ContactProfile } from '../../lib/contacts/types';
import type { PageState } from '../../lib/page/page-state';
import { parseTags } from '../../lib/vocab/tags';
import { t, tn } from '../../lib/i18n/t';

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
      <section class="contact" aria-label={t('contact.label')}>
        <div class="contact-name muted" data-testid="contact-name" data-empty="true">
          {t('contact.none')}
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
    <section class="contact" aria-label={t('contact.label')}>
      <div class="contact-name" data-testid="contact-name" dir="auto">
        {page.contact.displayName ?? page.contact.handle ?? t('contact.unknown')}
      </div>
      {page.contact.handle && page.contact.handle !== page.contact.displayName && (
        <div class="handle">@{page.contact.handle}</div>
      )}
      {page.contact.group && (
        <div class="handle" data-testid="group-note" dir="auto">
          {t('contact.group', { name: page.latestSender ?? t('contact.latestSender') })}
        </div>
      )}
      {page.lastFrom && (
        <div class={`last-from ${page.lastFrom}`} data-testid="last-from" data-direction={page.lastFrom}>
          {page.lastFrom === 'in' ? t('contact.customerLast') : t('contact.youLast')}
        </div>
      )}
      {draft && (
        <>
          <label class="field inline">
            <span>{t('contact.greetAs')}</span>
            <input
              data-testid="contact-first-name"
              value={draft.firstNameOverride}
              placeholder={detectedFirstName ?? t('contact.firstName')}
              maxLength={100}
              onInput={(e) => setDraft({ ...draft, firstNameOverride: e.currentTarget.value })}
              onChange={(e) => save({ ...draft, firstNameOverride: e.currentTarget.value.trim() })}
            />
          </label>
          <details class="profile">
            <summary>
              {t('contact.profile')}
              {draft.tags.length ? ` · ${draft.tags.join(', ')}` : ''}
              {Object.keys(draft.fields).length ? ` · ${tn('contact.fieldCount', Object.keys(draft.fields).length)}` : ''}
            </summary>
            <label class="field">
              <span>{t('contact.tags')}</span>
              <input
                data-testid="contact-tags"
                value={tagText}
                placeholder={t('contact.tagsExample')}
                onInput={(e) => setTagText(e.currentTarget.value)}
                onChange={(e) => save({ ...draft, tags: parseTags(e.currentTarget.value).slice(0, 30) })}
              />
            </label>
            <label class="field">
              <span>{t('contact.notes')}</span>
              <textarea
                data-testid="contact-notes"
                value={draft.notes}
                maxLength={5000}
                rows={3}
                onInput={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
                onChange={(e) => save({ ...draft, notes: e.currentTarget.value })}
              />
            </label>
            <div class="fields" aria-label={t('contact.fields')}>
              {Object.entries(draft.fields).map(([name, value]) => (
                <div class="field-row" key={name} data-testid="contact-field" data-name={name}>
                  <code>{`{{${name}}}`}</code>
                  <span class="value">{value}</span>
                  <button
                    type="button"
                    class="link"
                    aria-label={t('contact.remove', { name })}
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
                  placeholder={t('contact.fieldExample')}
                  value={fieldName}
                  onInput={(e) => setFieldName(e.currentTarget.value)}
                />
                <input
                  data-testid="contact-field-value"
                  placeholder={t('contact.value')}
                  value={fieldValue}
                  onInput={(e) => setFieldValue(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') addField();
                  }}
                />
                <button type="button" data-testid="contact-field-add" onClick={addField}>
                  {t('contact.add')}
                </button>
              </div>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
