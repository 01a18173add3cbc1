/** Number to text: thousands separators and a bounded number of decimals. */

import { shift10 } from "./numbers";

function group(intDigits: string): string {
  let out = "";
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += ",";
    out += intDigits[i];
  }
  return out;
}

/** Rounds half away from zero on the decimal digits (1.005 → 1.01, not toFixed's 1.00). */
export function roundTo(n: number, decimals: number): number {
  // From 2^53 on a double has no fractional digits left to round.
  if (!Number.isFinite(n) || n === 0 || Math.abs(n) >= 9007199254740992) return n;
  const shifted = Math.round(shift10(Math.abs(n), decimals));
  return Math.sign(n) * shift10(shifted, -decimals);
}

/** Fixed decimals with thousands separators: formatFixed(14600, 2) → "14,600.00". */
export function formatFixed(n: number, decimals: number, grouping = true): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  const d = Math.max(0, Math.min(20, Math.floor(decimals)));
  const r = roundTo(n, d);
  const negative = r < 0;
  let body: string;
  if (Math.abs(r) >= 1e21) {
    body = BigInt(Math.round(Math.abs(r))).toString() + (d > 0 ? "." + "0".repeat(d) : "");
  } else {
    body = Math.abs(r).toFixed(d);
  }
  const dot = body.indexOf(".");
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot);
  const text = (grouping ? group(intPart) : intPart) + frac;
  return negative && /[1-9]/.test(text) ? "-" + text : text;
}

/**
 * Thousands separators, at most `decimals` decimals (default 6), trailing zeros trimmed:
 * formatNumber(14600) → "14,600", formatNumber(0.65 * 100) → "65", formatNumber(-1.50) → "-1.5".
 */
export function formatNumber(n: number, decimals = 6): string {
  const text = formatFixed(n, decimals);
  if (text.indexOf(".") < 0) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}
