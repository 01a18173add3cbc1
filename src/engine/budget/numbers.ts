/** Rounding and display of budget figures: money in 万元 to 2 decimals, rates as fractions to 4. */

import { formatFixed, roundTo } from "../quantity";

export const MONEY_DECIMALS = 2;
export const RATE_DECIMALS = 4;

/** Half-up rounding free of binary noise (1.005 → 1.01), never −0. */
export function round(x: number, decimals: number): number {
  return roundTo(x, decimals) + 0;
}

export const roundMoney = (x: number): number => round(x, MONEY_DECIMALS);
export const roundRate = (x: number): number => round(x, RATE_DECIMALS);

/** Decimal places in the shortest writing of a number (99.41 → 2, 10 → 0). */
export function decimalsOf(x: number): number {
  const text = String(Number(Math.abs(x).toPrecision(12)));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return 0;
  const frac = m[2]?.length ?? 0;
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  return Math.max(0, frac - exp);
}

/** 14871.77 → "14,871.77"; always the given number of decimals. */
export function fmtNumber(x: number, decimals: number = MONEY_DECIMALS): string {
  return formatFixed(x, decimals);
}

/** 0.92382 → "92.38%". */
export function fmtPercent(fraction: number, decimals = 2): string {
  return `${round(fraction * 100, decimals).toFixed(decimals)}%`;
}

/** 0.8968 → "+89.68%", −0.0027 → "-0.27%". */
export function fmtSignedPercent(fraction: number, decimals = 2): string {
  const text = fmtPercent(fraction, decimals);
  return fraction > 0 && Number(text.slice(0, -1)) !== 0 ? `+${text}` : text;
}

/** A score or a count of points, without trailing zeros: 9.24, 10, 0.5. */
export function fmtPoints(x: number, decimals = 2): string {
  return String(round(x, decimals));
}
