import type { BusinessSchedule } from '../../lib/metrics/business-hours';
import { DraftInput } from './DraftInput';
import { t, weekdayName } from '../../lib/i18n/t';

/** The week's short day names in the interface's language, Sunday first. */
const dayNames = () => Array.from({ length: 7 }, (_, i) => weekdayName(i, 'short'));
const toTime = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
const toMinutes = (text: string) => {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const zones = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

/** Business hours: which days are open, from when to when, in which time zone. */
export function ScheduleEditor({ schedule, onChange }: { schedule: BusinessSchedule; onChange: (s: BusinessSchedule) => void }) {
  const open = schedule.days.find((d) => d.length > 0)?.[0] ?? [540, 1020];
  const setDay = (day: number, on: boolean) =>
    onChange({ ...schedule, days: schedule.days.map((d, i) => (i === day ? (on ? [[open[0], open[1]]] : []) : d)) });
  const setHours = (from: number, to: number) => {
    if (from >= to) return;
    onChange({ ...schedule, days: schedule.days.map((d) => (d.length ? [[from, to]] : [])) });
  };
  return (
    <fieldset data-testid="schedule">
      <legend>{t('schedule.legend')}</legend>
      <div class="days">
        {dayNames().map((name, i) => (
          <label key={name} class="check">
            <input
              type="checkbox"
              data-testid={`schedule-day-${i}`}
              checked={(schedule.days[i]?.length ?? 0) > 0}
              onChange={(e) => setDay(i, e.currentTarget.checked)}
            />
            {name}
          </label>
        ))}
      </div>
      <label>
        {t('schedule.opens')}
        <DraftInput
          type="time"
          data-testid="schedule-open"
          value={toTime(open[0])}
          onCommit={(text) => setHours(toMinutes(text), open[1])}
        />
      </label>
      <label>
        {t('schedule.closes')}
        <DraftInput
          type="time"
          data-testid="schedule-close"
          value={toTime(open[1])}
          onCommit={(text) => setHours(open[0], toMinutes(text))}
        />
      </label>
      <label>
        {t('schedule.zone')}
        <DraftInput
          list="time-zones"
          data-testid="schedule-zone"
          value={schedule.timeZone}
          onCommit={(text) => {
            const zone = text.trim();
            // An unknown zone is not saved; the field shows the saved one again when it loses focus.
            if (zones.length === 0 || zones.includes(zone) || zone === 'UTC') onChange({ ...schedule, timeZone: zone });
          }}
        />
        <datalist id="time-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </label>
    </fieldset>
  );
}
