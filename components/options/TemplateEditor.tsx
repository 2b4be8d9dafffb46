import { useMemo, useState } from 'preact/hooks';
import type { Template } from '../../lib/templates/types';
import { rangeLabel, SURVEY_SCALES } from '../../lib/feedback/rating-scales';
import { TEMPLATE_KINDS } from '../../lib/templates/types';
import { renderTemplate } from '../../lib/templates/render';
import { missingVariables, templateValues, unknownVariables, usableLocale } from '../../lib/templates/variables';
import { PLATFORM_IDS, SITES } from '../../lib/platforms/sites';
import { locale, t, tn } from '../../lib/i18n/t';
import { kindLabel, variableName } from '../shared/labels';

/** The sample contact the live preview renders for. */
const SAMPLE = { displayName: 'Jane Doe', handle: 'jane.doe_shop', fields: { order_id: 'A-1001' } };

interface Props {
  template: Partial<Template> | null;
  knownFields: readonly string[];
  myName: string;
  business: string;
  onSave: (entry: Record<string, unknown>) => Promise<string | null>;
  onCancel: () => void;
}

/** Create or edit one template, with a live preview for a sample contact and unknown variables flagged. */
export function TemplateEditor({ template, knownFields, myName, business, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(template?.title ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [shortcut, setShortcut] = useState(template?.shortcut ?? '');
  const [tags, setTags] = useState(template?.tags?.join(', ') ?? '');
  const [kind, setKind] = useState(template?.kind ?? 'reply');
  const [survey, setSurvey] = useState(template?.survey ?? 'csat');
  const [platforms, setPlatforms] = useState<string[]>(template?.platforms ?? []);
  const [shared, setShared] = useState(Boolean(template?.shared));
  const [language, setLanguage] = useState(template?.language ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const values = useMemo(
    () =>
      templateValues({
        ...SAMPLE,
        platformLabel: SITES[0].label,
        myName: myName || undefined,
        business: business || undefined,
        now: new Date(),
        // The preview writes dates as the reply will: in the template's language, else the interface's.
        locale: usableLocale(language) ?? locale(),
      }),
    [myName, business, language],
  );
  const unknown = unknownVariables(body, [...knownFields, ...Object.keys(SAMPLE.fields)]);
  const missing = missingVariables(body, values);
  const preview = renderTemplate(body, {
    ...values,
    ...Object.fromEntries(missing.map((m) => [m, `[${variableName(m).toLowerCase()}]`])),
  });

  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const entry: Record<string, unknown> = {
      ...(template?.extra ?? {}),
      title,
      body,
      shortcut,
      tags,
      kind,
      platforms,
      language,
      shared,
    };
    if (kind === 'survey') entry.survey = survey;
    const problem = await onSave(entry);
    setSaving(false);
    setError(problem);
  };

  return (
    <form class="editor" data-testid="template-editor" onSubmit={(e) => void save(e)}>
      <h3>{template?.id ? t('editor.editTitle', { title: template.title ?? '' }) : t('library.new')}</h3>
      <div class="grid">
        <label>
          {t('editor.title')}
          <input
            data-testid="editor-title"
            value={title}
            maxLength={200}
            required
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('editor.shortcut')}
          <input
            data-testid="editor-shortcut"
            value={shortcut}
            placeholder={t('editor.shortcutExample')}
            maxLength={33}
            onInput={(e) => setShortcut(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('editor.kind')}
          <select data-testid="editor-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'survey' && (
          <label>
            {t('editor.scale')}
            <select
              data-testid="editor-survey"
              value={survey}
              onChange={(e) => setSurvey(e.currentTarget.value as typeof survey)}
            >
              {SURVEY_SCALES.map((s) => (
                <option key={s} value={s}>
                  {s === 'csat' ? `CSAT (${rangeLabel(s)})` : s === 'nps' ? `NPS (${rangeLabel(s)})` : t('editor.freeText')}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('editor.tags')}
          <input
            data-testid="editor-tags"
            value={tags}
            placeholder={t('editor.tagsExample')}
            onInput={(e) => setTags(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('editor.language')}
          <input
            data-testid="editor-language"
            value={language}
            placeholder={t('editor.languageExample')}
            maxLength={20}
            onInput={(e) => setLanguage(e.currentTarget.value)}
          />
        </label>
        <fieldset>
          <legend>{t('editor.suggestOn')}</legend>
          {SITES.map(({ id: p, label }) => (
            <label key={p} class="check">
              <input
                type="checkbox"
                checked={platforms.length === 0 || platforms.includes(p)}
                onChange={(e) => {
                  const all = platforms.length === 0 ? [...PLATFORM_IDS] : platforms;
                  const next = e.currentTarget.checked ? [...new Set([...all, p])] : all.filter((x) => x !== p);
                  // Every registered site ticked is stored as "all sites", so a site added later is included.
                  setPlatforms(PLATFORM_IDS.every((id) => next.includes(id)) ? [] : next);
                }}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            role="switch"
            data-testid="template-shared"
            checked={shared}
            onChange={(e) => setShared(e.currentTarget.checked)}
          />{' '}
          {t('editor.shared')} <span class="hint">{t('editor.sharedHint')}</span>
        </label>
      </div>
      <label>
        {t('editor.reply')}
        <textarea
          data-testid="editor-body"
          value={body}
          rows={6}
          maxLength={10000}
          required
          onInput={(e) => setBody(e.currentTarget.value)}
        />
      </label>
      <p class="hint">
        {t('editor.variables')} <code>{'{{first_name}}'}</code> <code>{'{{last_name}}'}</code> <code>{'{{name}}'}</code>{' '}
        <code>{'{{handle}}'}</code> <code>{'{{platform}}'}</code> <code>{'{{my_name}}'}</code> <code>{'{{business}}'}</code>{' '}
        <code>{'{{date}}'}</code> <code>{'{{time}}'}</code> <code>{'{{weekday}}'}</code>
        {t('editor.anyField')} <code>{'{{order_id}}'}</code>
        {t('editor.andFallbacks')} <code>{'{{first_name|there}}'}</code>.
      </p>
      {unknown.length > 0 && (
        <p class="warning" data-testid="unknown-variables">
          {tn('editor.unknown', unknown.length, { names: unknown.map((u) => `{{${u}}}`).join(', ') })}
        </p>
      )}
      <div class="preview" data-testid="editor-preview" role="group" aria-label={t('editor.previewLabel')}>
        <span class="muted">{t('editor.previewFor', { name: SAMPLE.displayName })}</span>
        <div class="bubble">{preview}</div>
      </div>
      {error && (
        <p class="error" data-testid="editor-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" data-testid="editor-save" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
