/** 序时进度: the share of the year elapsed at an as-of date, counting the date itself (30 June 2020 → 182/366). */

export interface CalendarProgress {
  asOf: string; // YYYY-MM-DD
  elapsedDays: number;
  daysInYear: number;
  progress: number; // fraction, unrounded
}

const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The progress at `asOf`, or null when it is not a real date written YYYY-MM-DD. */
export function calendarProgress(asOf: string): CalendarProgress | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  const elapsedDays = Math.round((date - Date.UTC(year, 0, 1)) / DAY_MS) + 1;
  const daysInYear = isLeapYear(year) ? 366 : 365;
  return { asOf: m[0], elapsedDays, daysInYear, progress: elapsedDays / daysInYear };
}
