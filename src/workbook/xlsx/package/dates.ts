/**
 * Dates as a workbook stores them: a serial number of days shown through a date number format. The grid
 * takes them as ISO text (YYYY-MM-DD), the day the spreadsheet shows.
 */

/**
 * Does a number format show a date or time? Its date and time letters (y m d h s, b for the Buddhist
 * year) outside quoted text, bracketed sections ([Red], [$-804], [DBNum1]; elapsed [h] still leaves its
 * :mm), escaped characters (\x) and the fill and space markers (*x, _x).
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*]|\\.|[_*]./g, "");
  return /[ymdhsb]/i.test(bare);
}

const DAY_MS = 24 * 3600 * 1000;
/** Serial day of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH = 25569;
/** Days between the 1900 and the 1904 date systems' day 0 (1904-01-01 is day 0 of the latter, 1462 of the former). */
const DAYS_1904 = 1462;
/** The last day a spreadsheet shows, 9999-12-31, in the 1900 system. */
const LAST_SERIAL = 2958465;

/**
 * The day a serial number stands for, as YYYY-MM-DD (the time of day dropped); null when a spreadsheet
 * shows no date for it (negative, beyond 9999-12-31, not a number).
 *
 * The 1900 system counts 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel):
 * serial 60 is shown as 1900-02-29, and serials before it stand one day later than counting back from
 * 1970 gives.
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (serial >= LAST_SERIAL + 1 - (date1904 ? DAYS_1904 : 0)) return null;
  let days = serial - UNIX_EPOCH;
  if (date1904) days += DAYS_1904;
  else if (serial < 60) days += 1;
  else if (serial < 61) return "1900-02-29";
  return new Date(Math.round(days * DAY_MS)).toISOString().slice(0, 10);
}
