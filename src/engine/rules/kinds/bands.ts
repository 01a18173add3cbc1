import { num, type DslOptions } from "../dsl-tokens";
import { msg } from "../../i18n/render";
import { adoptUnit } from "../../quantity";
import type { Quantity, Unit } from "../../quantity/types";
import type { RuleSpec } from "../types";
import { actualFailure, convert, fail, numericPair, type PairResult } from "../compare";
import { fmtPctShort, showValue } from "../format";
import { args, defineKind, failed, points, strParam } from "../kind";

/** One step: from `min` up (strictly above it when `exclusive`), `points` or a `fraction` of the weight. */
export interface Band {
  min?: number; // absent: the catch-all at the bottom
  exclusive?: boolean;
  points?: number;
  fraction?: number;
}

const bases = ["auto", "actual", "completion"] as const;
const units = ["ratio", "plain"] as const;

const sortedCache = new WeakMap<RuleSpec, Band[]>();

/** The spec's bands, highest first, the catch-all last (sorted once per spec). */
function sorted(spec: RuleSpec): Band[] {
  let list = sortedCache.get(spec);
  if (!list) {
    const given = Array.isArray(spec.bands) ? (spec.bands as Band[]) : [];
    list = [...given].sort((x, y) => (y.min ?? -Infinity) - (x.min ?? -Infinity));
    sortedCache.set(spec, list);
  }
  return list;
}

const percent: Unit = { dimension: "ratio", symbol: "%" };

/** The actual read directly: as a ratio when the bands are in percent (a bare 92 against them is 92 %). */
function direct(given: Quantity, unit: "ratio" | "plain", ref: number): PairResult {
  if (given.kind !== "number" && given.kind !== "growth")
    return fail(actualFailure(given) ?? "actual-unreadable");
  const actual =
    unit === "ratio"
      ? adoptUnit(given, { kind: "number", op: "none", value: ref, unit: percent, raw: "" })
      : given;
  if (actual.kind !== "number" && actual.kind !== "growth") return fail("actual-unreadable");
  const v = actual.kind === "growth" && actual.direction === "down" ? -actual.value : actual.value;
  const b = unit === "ratio" ? convert(v, actual.unit, percent) : v;
  if (b === null) return fail("unit");
  return {
    ok: true,
    lo: 1,
    hi: 1,
    b,
    dim: unit === "ratio" ? "ratio" : actual.unit.dimension,
    op: "none",
    growth: null,
  };
}

/** "≥95%", ">90%", or for the bottom step "<90%" (below the step above it). */
function bandLabel(
  band: Band | undefined,
  above: Band | undefined,
  show: (v: number) => string
): string {
  if (band?.min !== undefined) return `${band.exclusive ? ">" : "≥"}${show(band.min)}`;
  return above?.min !== undefined ? `${above.exclusive ? "≤" : "<"}${show(above.min)}` : "*";
}

const bandToken = /^(\*|>?[+-]?\d+(?:\.\d+)?%?):(full|\d+(?:\.\d+)?%w|\d+(?:\.\d+)?)$/;

/**
 * Steps: ≥95% → 10, [90%, 95%) → 8, below → 0. The value is the actual (when the bands are in percent
 * and the actual is a percentage) or the completion B/A (basis "completion", or an actual in other units).
 */
export const bands = defineKind({
  name: "bands",
  label: {
    "zh-CN": "分档计分：按完成值或完成率所在档次得分",
    "en-US": "bands: a score per step of the actual or the completion",
  },
  params: {
    bands: {
      "zh-CN":
        '档次，如 [{"min":0.95,"fraction":1},{"min":0.9,"points":8},{"points":0}]；min 缺省为最低档，exclusive 为不含下限',
      "en-US":
        'steps, e.g. [{"min":0.95,"fraction":1},{"min":0.9,"points":8},{"points":0}]; no min = the bottom step; exclusive = above min',
      type: { type: "bands" },
      required: true,
    },
    basis: {
      "zh-CN":
        "比较对象：actual 完成值，completion 完成率（B/A），auto 百分比档对百分比完成值、否则完成率（缺省）",
      "en-US":
        "what is banded: actual, completion (B/A), or auto: a percentage actual against percent bands, else the completion (default)",
      type: { type: "enum", values: bases },
    },
    unit: {
      "zh-CN": "档次数值单位：ratio 百分比（小数），plain 与完成值同单位（缺省）",
      "en-US": "unit of the bounds: ratio (fractions) or plain, the actual's unit (default)",
      type: { type: "enum", values: units },
    },
  },
  /**
   * DSL: bands [actual|completion] MIN:SCORE …, MIN 95% | 90 | >95% (exclusive) | * (everything below),
   * SCORE 8 (points) | 80%w (share of the weight) | full — e.g. bands 95%:full 90%:8 *:0
   */
  dsl(t, _tokens, spec) {
    if (t === "actual" || t === "completion") {
      spec.basis = t;
      return true;
    }
    const m = bandToken.exec(t);
    if (!m) return false;
    const band: DslOptions = {};
    if (m[1] !== "*") {
      const exclusive = m[1].startsWith(">");
      const n = num(exclusive ? m[1].slice(1) : m[1]);
      if (!n) return false;
      band.min = n.value;
      if (exclusive) band.exclusive = true;
      if (n.percent) spec.unit = "ratio";
    }
    if (m[2] === "full") band.fraction = 1;
    else if (m[2].endsWith("%w")) band.fraction = Number(m[2].slice(0, -2)) / 100;
    else band.points = Number(m[2]);
    const list = (spec.bands as DslOptions[] | undefined) ?? [];
    list.push(band);
    spec.bands = list;
    return true;
  },
  validate(spec) {
    const list = Array.isArray(spec.bands) ? (spec.bands as Band[]) : [];
    return list.filter((b) => b.min === undefined).length > 1
      ? ["bands: at most one step without min"]
      : [];
  },
  run(spec, input) {
    const unit = strParam(spec, "unit", units) ?? "plain";
    const basisParam = strParam(spec, "basis", bases) ?? "auto";
    const a = input.actual;
    const percentActual =
      a.kind === "number" &&
      (a.unit.dimension === "ratio" ||
        a.unit.dimension === "points" ||
        (a.unit.dimension === "plain" && unit === "ratio"));
    const basis =
      basisParam === "auto"
        ? unit === "plain" || percentActual || a.kind === "growth"
          ? "actual"
          : "completion"
        : basisParam;

    const pair = numericPair(input.target, input.actual);
    const completion = pair.ok && pair.lo > 0 ? pair.b / pair.lo : null;
    let value: number;
    let show: (v: number) => string;
    if (basis === "completion") {
      if (!pair.ok) return failed(input, pair.failure);
      if (completion === null) return failed(input, "target-unreadable");
      value = completion;
      show = (v) => fmtPctShort(v);
    } else {
      const d = direct(input.actual, unit, sorted(spec)[0]?.min ?? 1);
      if (!d.ok) return failed(input, d.failure);
      value = d.b;
      const symbol = a.kind === "number" || a.kind === "growth" ? a.unit.symbol : "";
      show = (v) => showValue(v, d.dim, symbol);
    }

    const list = sorted(spec);
    const i = list.findIndex(
      (b) => b.min === undefined || (b.exclusive ? value > b.min : value >= b.min - 1e-12)
    );
    const band = i >= 0 ? list[i] : undefined;
    const raw =
      band === undefined
        ? 0
        : band.fraction !== undefined
          ? band.fraction * input.weight
          : (band.points ?? 0);
    const s = points(raw, input);
    const label = band
      ? bandLabel(band, list[i - 1], show)
      : bandLabel(undefined, list[list.length - 1], show);
    const extra = { value: show(value), band: label };
    return {
      score: s,
      completion,
      met: s >= input.weight - 1e-9,
      actualToTarget: completion,
      explanation: msg(
        basis === "completion" ? "rule.bands.completion" : "rule.bands.actual",
        args(input, s, extra)
      ),
    };
  },
});
