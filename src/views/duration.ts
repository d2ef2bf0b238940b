// ISO 8601 durations and calendar dates in days, the unit every retention rule compares in.

const DAY_MS = 86_400_000;

/** Days in an ISO 8601 duration (a year is 365 days, a month a twelfth of that, so P36M = P3Y); null for 'permanent'. */
export function durationDays(duration: string): number | null {
  if (duration === 'permanent') return null;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return n(1) * 365 + (n(2) * 365) / 12 + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86400;
}

const parsedDates = new Map<string, number>();

/** Milliseconds of a YYYY-MM-DD date at 00:00 UTC, memoised: exports repeat a few thousand dates. */
export function parseDate(date: string): number {
  let ms = parsedDates.get(date);
  if (ms === undefined) {
    ms = Date.parse(`${date}T00:00:00Z`);
    if (parsedDates.size < 100_000) parsedDates.set(date, ms);
  }
  return ms;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((parseDate(to) - parseDate(from)) / DAY_MS);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
