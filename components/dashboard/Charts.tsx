import { useMemo } from 'preact/hooks';
import { BUCKETS, type Metrics } from '../../lib/metrics/compute';
import { TrendChart, type Series } from './TrendChart';
import { t } from '../../lib/i18n/t';

/** Per day: first response median against messages in and out; and the first response times in respond.io's buckets. */
export function Charts({ metrics }: { metrics: Metrics }) {
  const chart = useMemo(() => {
    const labels = metrics.daily.map((d) => d.day);
    const trend: Series[] = [
      {
        label: t('charts.frtMedianMin'),
        data: metrics.daily.map((d) => (d.firstResponseMedian === null ? null : d.firstResponseMedian / 60)),
        type: 'line',
        axis: 'left',
        color: '#2563eb',
      },
      {
        label: t('charts.messagesIn'),
        data: metrics.daily.map((d) => d.messagesIn),
        type: 'bar',
        axis: 'right',
        color: '#f59e0b',
      },
      {
        label: t('charts.messagesOut'),
        data: metrics.daily.map((d) => d.messagesOut),
        type: 'bar',
        axis: 'right',
        color: '#10b981',
      },
    ];
    const distribution: Series[] = [
      { label: t('charts.conversations'), data: metrics.distribution, type: 'bar', axis: 'left', color: '#6366f1' },
    ];
    // Made once per set of figures: a new labels array would rebuild the chart on every render.
    return { labels, trend, buckets: BUCKETS.map((b) => b.label), distribution };
  }, [metrics]);

  return (
    <section class="charts">
      <div>
        <h2>{t('charts.perDay')}</h2>
        <TrendChart
          title={t('charts.perDayTitle')}
          labelHeading={t('charts.day')}
          testId="trend-chart"
          labels={chart.labels}
          series={chart.trend}
          leftTitle={t('charts.minutes')}
          rightTitle={t('charts.messages')}
        />
      </div>
      <div>
        <h2>{t('charts.frt')}</h2>
        <TrendChart
          title={t('charts.frtTitle')}
          labelHeading={t('charts.frtLabel')}
          testId="distribution-chart"
          labels={chart.buckets}
          series={chart.distribution}
          leftTitle={t('charts.conversationsAxis')}
        />
      </div>
    </section>
  );
}
