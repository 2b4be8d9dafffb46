import { numberFormat } from '../i18n/intl';

/** A count of one unit as the locale writes it short: "12 min", "3 hr" (en), "3 h" (es), "2 dias" (pt-BR). */
const unit = (locale: string, n: number, name: 'second' | 'minute' | 'hour' | 'day') =>
  numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(n);

/**
 * Seconds as people read a reply time, in `locale` (BCP 47): "45 sec", "12 min", "3 hr 20 min", "2 days 4 hr" in
 * English; "—" when unknown.
 */
export function formatDuration(seconds: number | null | undefined, locale: string): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  // `+ 0` turns the -0 of a clock a moment behind into 0 (Intl writes "-0").
  if (seconds < 60) return unit(locale, Math.round(seconds) + 0, 'second');
  const min = Math.round(seconds / 60);
  if (min < 60) return unit(locale, min, 'minute');
  const h = Math.floor(min / 60);
  if (h < 48) return unit(locale, h, 'hour') + (min % 60 ? ` ${unit(locale, min % 60, 'minute')}` : '');
  return unit(locale, Math.floor(h / 24), 'day') + (h % 24 ? ` ${unit(locale, h % 24, 'hour')}` : '');
}

/** A 0–1 rate as a percentage in `locale` ("91%", "91 %" in Spanish); "—" when there is nothing to divide. */
export function formatRate(rate: number | null | undefined, locale: string): string {
  return rate === null || rate === undefined
    ? '—'
    : numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A chart's figure as its table of figures shows it: at most two decimals; "—" for a gap (no data that day). */
export function formatChartFigure(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}
