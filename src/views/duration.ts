// ISO 8601 durations and calendar dates in days, the unit every retention rule compares in.

const DAY_MS = 86_400_000;
const LAST_DATE_MS = Date.UTC(9999, 11, 31);

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

/**
 * The date (YYYY-MM-DD) an ISO 8601 duration after `date` ends, in calendar years and months (a
 * month ending past the month's last day ends on that last day: 2020-02-29 plus P1Y is
 * 2021-02-28), then weeks, days and time; 9999-12-31 for one ending later; null for 'permanent',
 * a duration or a date it cannot read.
 */
export function dateAfter(date: string, duration: string): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  const start = parseDate(date);
  if (!m || duration === 'P' || Number.isNaN(start)) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  const from = new Date(start);
  const months = from.getUTCFullYear() * 12 + from.getUTCMonth() + n(1) * 12 + n(2);
  const year = Math.floor(months / 12);
  const month = months % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const calendar = Date.UTC(year, month, Math.min(from.getUTCDate(), lastDay));
  const ms = calendar + (n(3) * 7 + n(4)) * DAY_MS + (n(5) * 3600 + n(6) * 60 + n(7)) * 1000;
  // A period running past the year 9999 (P9999Y) ends after any date an audit speaks for.
  if (!Number.isFinite(ms) || ms >= LAST_DATE_MS) return '9999-12-31';
  return new Date(ms).toISOString().slice(0, 10);
}
