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
 * are, or null when there are none. A point is left out when its latitude or longitude lies
 * further than `k` robust spreads from the median (the spread: 1.4826 × the median absolute
 * deviation, at least `minSpan` degrees), so a few far-away places do not stretch the view;
 * with fewer than three points (by weight) none is left out. */
export function coreBounds(points, { minSpan = 4, k = 6 } = {}) {
  if (!points.length) return null;
  const weight = (p) => p[2] ?? 1;
  const median = (pairs) => weightedQuantile(pairs.sort((a, b) => a[0] - b[0]), 0.5);
  let kept = points;
  if (points.reduce((acc, p) => acc + weight(p), 0) >= 3) {
    const limits = [0, 1].map((axis) => {
      const mid = median(points.map((p) => [p[axis], weight(p)]));
      const mad = median(points.map((p) => [Math.abs(p[axis] - mid), weight(p)]));
      return [mid, k * Math.max(minSpan, 1.4826 * mad)];
    });
    kept = points.filter((p) => limits.every(([mid, reach], axis) => Math.abs(p[axis] - mid) <= reach));
    if (!kept.length) kept = points;
  }
  const lats = kept.map((p) => p[0]);
  const lons = kept.map((p) => p[1]);
  return [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]];
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
