import type { BusinessSchedule } from '../../lib/metrics/business-hours';

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
        <input
          type="time"
          data-testid="schedule-open"
          value={toTime(open[0])}
          onChange={(e) => setHours(toMinutes(e.currentTarget.value), open[1])}
        />
      </label>
      <label>
        Closes
        <input
          type="time"
          data-testid="schedule-close"
          value={toTime(open[1])}
          onChange={(e) => setHours(open[0], toMinutes(e.currentTarget.value))}
        />
      </label>
      <label>
        Time zone
        <input
          list="time-zones"
          data-testid="schedule-zone"
          value={schedule.timeZone}
          onChange={(e) => {
            const zone = e.currentTarget.value.trim();
            if (zones.length === 0 || zones.includes(zone) || zone === 'UTC') onChange({ ...schedule, timeZone: zone });
            else e.currentTarget.value = schedule.timeZone;
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
