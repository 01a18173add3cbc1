/** Number and value formatting for explanations and flag messages (language-neutral strings). */

import type { Quantity } from "../quantity/types";

const powers = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** |value| scaled to an integer count of 10^-decimals, rounded half away from zero, without binary noise. */
function scaled(value: number, decimals: number): number {
  const f = powers[decimals] ?? Math.pow(10, decimals);
  const v = Math.abs(value) * f;
  return Math.round(v + v * Number.EPSILON * 4);
}

/** Rounds half away from zero to `decimals` places, tolerant of binary noise (2.675 → 2.68). */
export function roundTo(value: number, decimals: number): number {
  const r = scaled(value, decimals) / (powers[decimals] ?? Math.pow(10, decimals));
  return value < 0 ? -r : r;
}

/** An integer count of 10^-decimals as text: fixed decimals, or trailing zeros dropped. Integers only: no float printing. */
function digits(units: number, negative: boolean, decimals: number, fixed: boolean): string {
  const sign = negative && units !== 0 ? "-" : "";
  if (decimals === 0) return sign + units;
  const f = powers[decimals] ?? Math.pow(10, decimals);
  const whole = Math.floor(units / f);
  let frac = units - whole * f;
  let width = decimals;
  if (!fixed) {
    if (frac === 0) return sign + whole;
    while (frac % 10 === 0) {
      frac /= 10;
      width--;
    }
  }
  let text = String(frac);
  while (text.length < width) text = "0" + text;
  return `${sign}${whole}.${text}`;
}

/** A score or plain figure: rounded, trailing zeros dropped (10 → "10", 2.5 → "2.5", 2.75 → "2.75"). */
export function fmtNum(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return digits(scaled(value, decimals), value < 0, decimals, false);
}

/** A fraction as a percentage with fixed decimals (0.275 → "27.50%"). */
export function fmtPct(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return `${fraction}%`;
  return `${digits(scaled(fraction * 100, decimals), fraction < 0, decimals, true)}%`;
}

/** A fraction as a percentage without trailing zeros (0.9 → "90%", 0.955 → "95.5%"). */
export function fmtPctShort(fraction: number, decimals = 2): string {
  return `${fmtNum(fraction * 100, decimals)}%`;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

const spacedCache = new Map<string, string>();

/**
 * A value text with a space between a number and a Chinese unit, for English sentences ("80宗" → "80 宗").
 * Cached: each value is shown in a row's explanation and again in its flags.
 */
export function spaced(text: string): string {
  const hit = spacedCache.get(text);
  if (hit !== undefined) return hit;
  let out: string | null = null;
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (isDigit(text.charCodeAt(i)) && isCjk(text.charCodeAt(i + 1))) {
      out = (out ?? "") + text.slice(from, i + 1) + " ";
      from = i + 1;
    }
  }
  const result = out === null ? text : out + text.slice(from);
  if (spacedCache.size >= 20000) spacedCache.clear();
  spacedCache.set(text, result);
  return result;
}

/** The value as the sheet shows it (its raw text), or a compact rendering when there is none. */
export function showQuantity(q: Quantity): string {
  const raw = q.raw.trim();
  if (raw !== "") return raw;
  switch (q.kind) {
    case "number":
      return q.unit.dimension === "ratio"
        ? fmtPct(q.value)
        : `${fmtNum(q.value, 4)}${q.unit.symbol}`;
    case "range":
      return `${fmtNum(q.low, 4)}-${fmtNum(q.high, 4)}${q.unit.symbol}`;
    case "date":
      return q.date;
    default:
      return "—";
  }
}

/** Message args for a target and an actual, in both spellings. */
/** A row's target and actual as the messages quote them: as written, and spaced for English. */
export type ValueArgs = {
  target: string;
  actual: string;
  targetEn: string;
  actualEn: string;
};

export function valueArgs(target: Quantity, actual: Quantity): ValueArgs {
  const t = showQuantity(target);
  const a = showQuantity(actual);
  return { target: t, actual: a, targetEn: spaced(t), actualEn: spaced(a) };
}

/** A value in a target's unit: ratios as percentages, others with the unit symbol. */
export function showValue(value: number, dimension: string, symbol: string): string {
  return dimension === "ratio" ? fmtPctShort(value) : `${fmtNum(value, 4)}${symbol}`;
}
