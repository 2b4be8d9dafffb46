import { useEffect, useRef, useState } from 'preact/hooks';
import { valueMap, valueOf } from '../../lib/templates/render';
import { t } from '../../lib/i18n/t';
import { variableName } from '../shared/labels';

interface Props {
  title: string;
  missing: readonly string[];
  prefill: Readonly<Record<string, string>>;
  onInsert: (values: Record<string, string>, remember: boolean) => void;
  onCancel: () => void;
}

/** Asks for the values a template needs and the page cannot supply. Enter inserts; Esc cancels. */
export function FillInForm({ title, missing, prefill, onInsert, onCancel }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    valueMap(missing.map((m) => [m, valueOf(prefill, m) ?? ''])),
  );
  const [remember, setRemember] = useState(true);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const complete = missing.every((m) => valueOf(values, m)?.trim());
  return (
    <form
      class="panel fill-in"
      data-testid="fill-in"
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onInsert(values, remember);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p class="panel-title">{t('fillIn.needs', { title })}</p>
      {missing.map((name, i) => (
        <label key={name} class="field">
          <span>{variableName(name)}</span>
          <input
            ref={i === 0 ? first : undefined}
            name={name}
            value={valueOf(values, name) ?? ''}
            autocomplete="off"
            onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })}
          />
        </label>
      ))}
      <label class="check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} /> {t('fillIn.remember')}
      </label>
      <div class="actions">
        <button type="submit" data-testid="fill-in-insert" disabled={!complete}>
          {t('common.insert')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
