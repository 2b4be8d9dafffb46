/** One dashboard figure: `data-value` carries the raw number (seconds for times, 0–1 for rates) for tests and tools. */
export function Kpi({
  name,
  label,
  value,
  shown,
  note,
}: {
  name: string;
  label: string;
  value: number | null;
  shown: string;
  note?: string;
}) {
  return (
    <div class="kpi" data-testid={`metric-${name}`} data-value={value ?? ''}>
      <div class="kpi-label">{label}</div>
      <div class="kpi-value">{shown}</div>
      {note && <div class="kpi-note">{note}</div>}
    </div>
  );
}
