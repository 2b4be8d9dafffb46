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

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  data: (number | null)[];
  type: 'line' | 'bar';
  axis: 'left' | 'right';
  color: string;
}

/** A Chart.js chart of daily series; rebuilt when the data changes. */
export function TrendChart({
  labels,
  series,
  testId,
  leftTitle,
  rightTitle,
}: {
  labels: string[];
  series: Series[];
  testId: string;
  leftTitle: string;
  rightTitle?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
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
    return () => chart.destroy();
  }, [labels, series, leftTitle, rightTitle]);
  return (
    <div class="chart" data-testid={testId}>
      <canvas ref={canvas} />
    </div>
  );
}
