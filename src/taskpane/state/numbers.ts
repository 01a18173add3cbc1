// Numbers as the screens print them.

/** Up to two decimals, without trailing zeros: 79.59, 9.24, 10, 2.5. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A fraction as a percentage with two decimals: 0.9238 → "92.38%". */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}

/** An ISO time as local "YYYY-MM-DD HH:mm"; text that is not a time is shown as it is. */
export function formatTime(iso: string, offsetMinutes?: number): string {
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(ms)) return iso;
  const offset = offsetMinutes ?? new Date(ms).getTimezoneOffset();
  const local = new Date(ms - offset * 60_000);
  return local.toISOString().slice(0, 16).replace("T", " ");
}
