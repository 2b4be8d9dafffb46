import { formatChartFigure } from '../../lib/metrics/format';
import type { Series } from './TrendChart';
import { locale } from '../../lib/i18n/t';

/**
 * A chart's text alternative: the same labels and series as a table, one row per label. Hidden from sight (the chart
 * shows it) but read by screen readers, and named after the chart.
 */
export function ChartTable({
  title,
  labelHeading,
  labels,
  series,
  testId,
}: {
  title: string;
  /** What the labels are (the first column's heading): "Day", "First response time". */
  labelHeading: string;
  labels: string[];
  series: Series[];
  testId: string;
}) {
  return (
    <table class="visually-hidden" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeading}</th>
          {series.map((s) => (
            <th key={s.label} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {series.map((s) => (
              <td key={s.label}>{formatChartFigure(s.data[i], locale())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
