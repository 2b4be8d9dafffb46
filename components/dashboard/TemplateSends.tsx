import type { Metrics } from '../../lib/metrics/compute';
import { formatRate } from '../../lib/metrics/format';
import type { Template } from '../../lib/templates/types';
import { locale } from '../../lib/i18n/t';

/** Each template sent in the range: how often, and the conversions that followed within 14 days. */
export function TemplateSends({ sends, templates }: { sends: Metrics['templates']; templates: Template[] }) {
  const title = (id: number) => templates.find((t) => t.id === id)?.title ?? `Template ${id} (deleted)`;
  return (
    <section>
      <h2>Templates</h2>
      {sends.length === 0 ? (
        <p class="muted">No template was sent in this range.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Template</th>
              <th>Sent</th>
              <th>Conversions within 14 days</th>
              <th>Rate</th>
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
