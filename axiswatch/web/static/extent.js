// Where the bulk of the data is: the central part of a set of points or dated counts,
// so that a few far-away places or old background events do not set the initial view.

/** The value at quantile `q` (0..1) of ascending `[value, weight]` pairs, by cumulative weight. */
export function weightedQuantile(sorted, q) {
  const total = sorted.reduce((acc, [, w]) => acc + w, 0);
  if (!total) return null;
  const target = q * total;
  let acc = 0;
  for (const [value, w] of sorted) {
    acc += w;
    if (acc >= target - 1e-9) return value;
  }
  return sorted[sorted.length - 1][0];
}

/** The bounds [[south, west], [north, east]] of where most of `points` ([lat, lon, weight])
 * are, or null when there are none. Per axis, the core is the range between the 10th and
 * 90th percentiles; points further than one core width (at least `minSpan` degrees) beyond
 * it are left out, so a few far-away places do not stretch the view. */
export function coreBounds(points, { minSpan = 4 } = {}) {
  if (!points.length) return null;
  const axis = (index) => {
    const sorted = points.map((p) => [p[index], p[2] ?? 1]).sort((a, b) => a[0] - b[0]);
    const lo = weightedQuantile(sorted, 0.1);
    const hi = -weightedQuantile(sorted.map(([v, w]) => [-v, w]).reverse(), 0.1);
    const width = Math.max(hi - lo, minSpan);
    const kept = sorted.filter(([v]) => v >= lo - width && v <= hi + width);
    return [kept[0][0], kept[kept.length - 1][0]];
  };
  const [south, north] = axis(0);
  const [west, east] = axis(1);
  return [[south, west], [north, east]];
}

/** The focused date domain [fromMs, lastMs] of per-day totals `[[dayMs, count]]` sorted by
 * day, or null when empty: from the `quantile` (5th percentile) day to the last day; when a
 * gap longer than a tenth of that span (at least `minDays`) is followed by `keep` (80%) of
 * all events, the domain starts after the gap. It is widened to at least `minDays` days,
 * never before the first day. */
export function coreDomain(perDay, { quantile = 0.05, minDays = 30, keep = 0.8 } = {}) {
  if (!perDay.length) return null;
  const DAY = 86400000;
  const total = perDay.reduce((acc, [, n]) => acc + n, 0);
  const first = perDay[0][0];
  const p = weightedQuantile(perDay, quantile) ?? first;
  const days = perDay.filter(([d]) => d >= p);
  const last = days[days.length - 1][0];
  const maxGap = Math.max(minDays * DAY, (last - days[0][0]) / 10);
  let from = days[0][0];
  let later = 0;
  for (let i = days.length - 1; i > 0; i -= 1) {
    later += days[i][1];
    if (days[i][0] - days[i - 1][0] > maxGap && later >= keep * total) { from = days[i][0]; break; }
  }
  from = Math.min(from, last - minDays * DAY);
  return [Math.max(first, from), last];
}
