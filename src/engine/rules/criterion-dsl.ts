/**
 * The short rule language for people who write their own 评分标准 (docs/rules.md):
 *
 *   at-least [floor 60%] [from 90%]       at-most [linear|ratio] [from 5%]     equal [pro-rata]
 *   about [5%]                            range [LOW HIGH]                     growth
 *   qualitative [achieved 80%-100%] [partial 60%-80%] [unmet 0-60%]           manual
 *   binary [ge|le|eq]                     floor-target-cap 60%
 *   per-unit K/STEP[UNIT] [below|above|late] [from X] [floor X] [ceil|floor|exact] [max M]
 *        UNIT: pt (percentage point) % unit day month — e.g. per-unit 0.5/1pt, per-unit 1/1month late
 *   bands [actual|completion] MIN:SCORE …  MIN: 95% | 90 | >95% (exclusive) | * (everything below)
 *        SCORE: 8 (points) | 80%w (share of the weight) | full — e.g. bands 95%:full 90%:8 *:0
 *   veto [zero-total | zero-block [level 1|2] | cap N]
 *
 * Returns undefined when the text is not the DSL (it does not start with a kind name), null when it
 * is the DSL but wrong, else the spec (checked like a rule-set spec).
 */

import type { RuleSpec } from "./types";
import { getRuleKind } from "./registry";
import { checkSpec } from "./spec-check";

interface Num {
  value: number;
  percent: boolean;
}

const numberToken = /^([+-]?\d+(?:\.\d+)?)(%?)$/;

function num(token: string | undefined): Num | null {
  const m = token === undefined ? null : numberToken.exec(token);
  return m ? { value: m[2] ? Number(m[1]) / 100 : Number(m[1]), percent: m[2] === "%" } : null;
}

const stepToken = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(pt|%|unit|day|days|month|months)?$/;
const bandToken = /^(\*|>?[+-]?\d+(?:\.\d+)?%?):(full|\d+(?:\.\d+)?%w|\d+(?:\.\d+)?)$/;
const gradeRange = /^(\d+(?:\.\d+)?)%?-(\d+(?:\.\d+)?)%$/;

type Opts = Record<string, unknown>;

/** Reads the options after the kind; null when a token is not understood. */
function readOptions(kind: string, tokens: string[]): Opts | null {
  const spec: Opts = {};
  let i = 0;
  const next = (): string | undefined => tokens[i++];
  const threshold = (t: string | undefined, key: "threshold" | "floor"): boolean => {
    const n = num(t);
    if (!n) return false;
    spec[key] = n.value;
    if (n.percent) spec.thresholdUnit = "ratio";
    return true;
  };
  while (i < tokens.length) {
    const t = next() as string;
    switch (kind) {
      case "at-least":
        if (t === "floor") {
          const n = num(next());
          if (!n) return null;
          spec.floor = n.value;
        } else if (t === "from") {
          if (!threshold(next(), "threshold")) return null;
        } else return null;
        break;
      case "at-most":
        if (t === "linear" || t === "ratio") spec.variant = t;
        else if (t === "from") {
          if (!threshold(next(), "threshold")) return null;
        } else return null;
        break;
      case "equal":
        if (t !== "pro-rata") return null;
        spec.above = "pro-rata";
        break;
      case "about": {
        const n = num(t);
        if (!n) return null;
        spec.tolerance = n.value;
        break;
      }
      case "range": {
        const low = num(t);
        const high = num(next());
        if (!low || !high) return null;
        spec.low = low.value;
        spec.high = high.value;
        break;
      }
      case "binary":
        if (t !== "ge" && t !== "le" && t !== "eq") return null;
        spec.op = t;
        break;
      case "floor-target-cap": {
        const n = num(t);
        if (!n) return null;
        spec.floor = n.value;
        break;
      }
      case "qualitative": {
        const m = gradeRange.exec(next() ?? "");
        if (!m || (t !== "achieved" && t !== "partial" && t !== "unmet")) return null;
        const bands = (spec.bands as Opts | undefined) ?? {};
        bands[t] = [Number(m[1]) / 100, Number(m[2]) / 100];
        spec.bands = bands;
        break;
      }
      case "per-unit": {
        const m = stepToken.exec(t);
        if (m && spec.points === undefined) {
          spec.points = Number(m[1]);
          spec.step = Number(m[2]);
          const unit = m[3] ?? "unit";
          spec.stepUnit = unit.startsWith("day")
            ? "day"
            : unit.startsWith("month")
              ? "month"
              : unit;
        } else if (t === "below" || t === "above" || t === "late") spec.direction = t;
        else if (t === "ceil" || t === "floor" || t === "exact") {
          if (t === "floor" && num(tokens[i])) {
            if (!threshold(next(), "floor")) return null;
          } else spec.rounding = t;
        } else if (t === "from") {
          if (!threshold(next(), "threshold")) return null;
        } else if (t === "max") {
          const n = num(next());
          if (!n) return null;
          spec.maxDeduction = n.value;
        } else return null;
        break;
      }
      case "bands": {
        if (t === "actual" || t === "completion") {
          spec.basis = t;
          break;
        }
        const m = bandToken.exec(t);
        if (!m) return null;
        const band: Opts = {};
        if (m[1] !== "*") {
          const exclusive = m[1].startsWith(">");
          const n = num(exclusive ? m[1].slice(1) : m[1]);
          if (!n) return null;
          band.min = n.value;
          if (exclusive) band.exclusive = true;
          if (n.percent) spec.unit = "ratio";
        }
        if (m[2] === "full") band.fraction = 1;
        else if (m[2].endsWith("%w")) band.fraction = Number(m[2].slice(0, -2)) / 100;
        else band.points = Number(m[2]);
        const list = (spec.bands as Opts[] | undefined) ?? [];
        list.push(band);
        spec.bands = list;
        break;
      }
      case "veto":
        if (t === "zero-total" || t === "zero-block") spec.effect = t;
        else if (t === "level") {
          const n = num(next());
          if (!n) return null;
          spec.level = n.value;
        } else if (t === "cap") {
          const n = num(next());
          if (!n) return null;
          spec.effect = "cap-total";
          spec.cap = n.value;
        } else return null;
        break;
      default:
        return null; // growth, manual: no options
    }
  }
  return spec;
}

export function parseDsl(text: string): RuleSpec | null | undefined {
  const tokens = text.trim().split(/\s+/);
  const kind = tokens[0].toLowerCase();
  if (!getRuleKind(kind)) return undefined;
  const opts = readOptions(
    kind,
    tokens.slice(1).map((t) => t.toLowerCase())
  );
  if (!opts) return null;
  const spec: RuleSpec = { kind, ...opts };
  return checkSpec(spec, "").length === 0 ? spec : null;
}

/** A rule written as JSON in the 评分标准 cell: `{"kind":"per-unit","points":0.5,…}`. */
export function parseJsonSpec(text: string): RuleSpec | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return checkSpec(value, "").length === 0 ? (value as RuleSpec) : null;
}
