import type { BusinessSchedule } from '../../lib/metrics/business-hours';
import { DraftInput } from './DraftInput';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
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
      <legend>Business hours</legend>
      <div class="days">
        {DAYS.map((name, i) => (
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
        Opens
        <DraftInput
          type="time"
          data-testid="schedule-open"
          value={toTime(open[0])}
          onCommit={(text) => setHours(toMinutes(text), open[1])}
        />
      </label>
      <label>
        Closes
        <DraftInput
          type="time"
          data-testid="schedule-close"
          value={toTime(open[1])}
          onCommit={(text) => setHours(open[0], toMinutes(text))}
        />
      </label>
      <label>
        Time zone
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
