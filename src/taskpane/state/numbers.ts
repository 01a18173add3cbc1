// Numbers and times as the screens print them.

/** A score with two decimals, as the sheets print them: 79.59, 9.24, 22.50, 10.00. */
export function formatScore(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

/** A weight as the sheet states it, up to two decimals without trailing zeros: 50, 2.5. */
export function formatWeight(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A signed difference with two decimals: +0.50, −1.20, 0.00. */
export function formatDifference(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return "0.00";
  return `${rounded > 0 ? "+" : "\u2212"}${Math.abs(rounded).toFixed(2)}`;
}

/** An amount in 万元 with thousands separators and two decimals: 14,871.77. */
export function formatAmount(value: number): string {
  const fixed = (Math.round(Math.abs(value) * 100) / 100).toFixed(2);
  const [whole = "0", decimals = "00"] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "\u2212" : ""}${grouped}.${decimals}`;
}

/** A fraction as a percentage with two decimals: 0.9238 → "92.38%". */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}

/** A date as local "YYYY-MM-DD HH:mm:ss", as a person reads it in 复核清单 (the offset in minutes, as getTimezoneOffset gives it). */
export function localTimestamp(date: Date, offsetMinutes = date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() - offsetMinutes * 60_000);
  return local.toISOString().slice(0, 19).replace("T", " ");
}

/** An ISO time as local "YYYY-MM-DD HH:mm"; a local time already written so, or other text, is shown as it is. */
export function formatTime(iso: string, offsetMinutes?: number): string {
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(ms)) return iso;
  const offset = offsetMinutes ?? new Date(ms).getTimezoneOffset();
  const local = new Date(ms - offset * 60_000);
  return local.toISOString().slice(0, 16).replace("T", " ");
}
