/** Text with the given inclusive [start, end] ranges marked. Text only: never parsed as HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>);
    at = end + 1;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** About `radius` characters around the first range, with the ranges moved to match. */
export function snippet(
  text: string,
  ranges: readonly [number, number][],
  radius = 50,
): { text: string; ranges: [number, number][] } {
  const first = ranges[0];
  if (!first || first[0] < radius) return { text, ranges: [...ranges] };
  const start = text.lastIndexOf(' ', first[0] - radius / 2) + 1;
  return {
    text: `…${text.slice(start)}`,
    ranges: ranges.filter(([a]) => a >= start).map(([a, b]) => [a - start + 1, b - start + 1]),
  };
}
