import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { ChartTable } from './ChartTable';
import { t } from '../../lib/i18n/t';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  data: (number | null)[];
  type: 'line' | 'bar';
  axis: 'left' | 'right';
  color: string;
}

/**
 * A Chart.js chart of daily series; rebuilt when the data changes. Its text alternative is a table of the same figures
 * beside it, and the wrapper carries the data the chart itself holds (`data-chart`), so a test can compare the two.
 */
export function TrendChart({
  title,
  labelHeading,
  labels,
  series,
  testId,
  leftTitle,
  rightTitle,
}: {
  /** The chart's name, for screen readers and the table's caption. */
  title: string;
  labelHeading: string;
  labels: string[];
  series: Series[];
  testId: string;
  leftTitle: string;
  rightTitle?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      data: {
        labels,
        datasets: series.map((s) => ({
          type: s.type,
          label: s.label,
          data: s.data,
          yAxisID: s.axis,
          borderColor: s.color,
          backgroundColor: s.type === 'bar' ? `${s.color}99` : s.color,
          spanGaps: true,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          left: { type: 'linear', position: 'left', title: { display: true, text: leftTitle }, beginAtZero: true },
          ...(rightTitle
            ? {
                right: {
                  type: 'linear' as const,
                  position: 'right' as const,
                  title: { display: true, text: rightTitle },
                  beginAtZero: true,
                  grid: { drawOnChartArea: false },
                },
              }
            : {}),
        },
      },
    });
    wrapper.current?.setAttribute(
      'data-chart',
      JSON.stringify({ labels: chart.data.labels, datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })) }),
    );
    return () => chart.destroy();
  }, [labels, series, leftTitle, rightTitle]);
  return (
    <>
      <div class="chart" data-testid={testId} ref={wrapper}>
        <canvas ref={canvas} role="img" aria-label={t('chart.alt', { title })} />
      </div>
      <ChartTable title={title} labelHeading={labelHeading} labels={labels} series={series} testId={`${testId}-table`} />
    </>
  );
}
