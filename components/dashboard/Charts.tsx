import { useMemo } from 'preact/hooks';
import { BUCKETS, type Metrics } from '../../lib/metrics/compute';
import { TrendChart, type Series } from './TrendChart';

/** Per day: first response median against messages in and out; and the first response times in respond.io's buckets. */
export function Charts({ metrics }: { metrics: Metrics }) {
  const chart = useMemo(() => {
    const labels = metrics.daily.map((d) => d.day);
    const trend: Series[] = [
      {
        label: 'First response, median (min)',
        data: metrics.daily.map((d) => (d.firstResponseMedian === null ? null : d.firstResponseMedian / 60)),
        type: 'line',
        axis: 'left',
        color: '#2563eb',
      },
      { label: 'Messages in', data: metrics.daily.map((d) => d.messagesIn), type: 'bar', axis: 'right', color: '#f59e0b' },
      { label: 'Messages out', data: metrics.daily.map((d) => d.messagesOut), type: 'bar', axis: 'right', color: '#10b981' },
    ];
    const distribution: Series[] = [
      { label: 'Conversations', data: metrics.distribution, type: 'bar', axis: 'left', color: '#6366f1' },
    ];
    // Made once per set of figures: a new labels array would rebuild the chart on every render.
    return { labels, trend, buckets: BUCKETS.map((b) => b.label), distribution };
  }, [metrics]);

  return (
    <section class="charts">
      <div>
        <h2>Per day</h2>
        <TrendChart
          title="Per day: first response median and messages"
          labelHeading="Day"
          testId="trend-chart"
          labels={chart.labels}
          series={chart.trend}
          leftTitle="minutes"
          rightTitle="messages"
        />
      </div>
      <div>
        <h2>First response times</h2>
        <TrendChart
          title="First response times: conversations per range"
          labelHeading="First response time"
          testId="distribution-chart"
          labels={chart.buckets}
          series={chart.distribution}
          leftTitle="conversations"
        />
      </div>
    </section>
  );
}
