import type { Metrics } from '../../lib/metrics/compute';
import { formatRate } from '../../lib/metrics/format';
import type { Template } from '../../lib/templates/types';
import { locale, t } from '../../lib/i18n/t';

/** Each template sent in the range: how often, and the conversions that followed within 14 days. */
export function TemplateSends({ sends, templates }: { sends: Metrics['templates']; templates: Template[] }) {
  const title = (id: number) => templates.find((t) => t.id === id)?.title ?? t('sends.deleted', { id: String(id) });
  return (
    <section>
      <h2>{t('sends.heading')}</h2>
      {sends.length === 0 ? (
        <p class="muted">{t('sends.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('sends.template')}</th>
              <th>{t('sends.sent')}</th>
              <th>{t('sends.conversions')}</th>
              <th>{t('sends.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {sends.map((t) => (
              <tr key={t.id} data-testid="template-row">
                <td>{title(t.id)}</td>
                <td>{t.sent}</td>
                <td>{t.conversions}</td>
                <td>{formatRate(t.sent ? t.conversions / t.sent : null, locale())}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
