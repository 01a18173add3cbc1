import { num, thresholdOption } from "../dsl-tokens";
import { msg } from "../../i18n/render";
import type { RuleSpec, ScoreInput } from "../types";
import { numericPair } from "../compare";
import { deadline } from "../deadline";
import { fmtNum, showValue, spaced } from "../format";
import {
  args,
  defineKind,
  failed,
  full,
  numParam,
  points,
  strParam,
  thresholdParams,
  withThreshold,
  type Outcome,
} from "../kind";

const stepUnits = ["pt", "%", "unit", "day", "month"] as const;
const directions = ["below", "above", "late"] as const;
const roundings = ["exact", "ceil", "floor"] as const;
type StepUnit = (typeof stepUnits)[number];
type Direction = (typeof directions)[number];

function symbolOf(input: ScoreInput): string {
  const t = input.target;
  return t.kind === "number" || t.kind === "range" || t.kind === "growth" ? t.unit.symbol : "";
}

/** How many steps the gap is, after the spec's rounding (a hair of float noise is forgiven). */
function steps(gap: number, step: number, rounding: string | undefined): number {
  const n = gap / step;
  if (rounding === "ceil") return Math.ceil(n - 1e-9);
  if (rounding === "floor") return Math.floor(n + 1e-9);
  return n;
}

type StepWords = { gap: string; gapEn: string; step: string; stepEn: string };

/** The gap and the step in words, both languages. */
function words(unit: StepUnit, gap: number, step: number, symbol: string): StepWords {
  switch (unit) {
    case "pt":
      return {
        gap: `${fmtNum(gap)}个百分点`,
        gapEn: `${fmtNum(gap)} percentage points`,
        step: `${fmtNum(step)}个百分点`,
        stepEn: `${fmtNum(step)} percentage point(s)`,
      };
    case "%":
      return {
        gap: `${fmtNum(gap)}%`,
        gapEn: `${fmtNum(gap)}%`,
        step: `${fmtNum(step)}%`,
        stepEn: `${fmtNum(step)}%`,
      };
    case "day":
      return {
        gap: `${fmtNum(gap)}天`,
        gapEn: `${fmtNum(gap)} days`,
        step: `${fmtNum(step)}天`,
        stepEn: `${fmtNum(step)} day(s)`,
      };
    case "month":
      return {
        gap: `${fmtNum(gap)}个月`,
        gapEn: `${fmtNum(gap)} months`,
        step: `${fmtNum(step)}个月`,
        stepEn: `${fmtNum(step)} month(s)`,
      };
    default:
      return {
        gap: `${fmtNum(gap, 4)}${symbol}`,
        gapEn: spaced(`${fmtNum(gap, 4)}${symbol}`),
        step: `${fmtNum(step, 4)}${symbol}`,
        stepEn: spaced(`${fmtNum(step, 4)}${symbol}`),
      };
  }
}

function deduct(
  spec: RuleSpec,
  input: ScoreInput,
  direction: Direction,
  n: number,
  shown: StepWords,
  completion: number | null
): Outcome {
  const k = numParam(spec, "points") ?? 0;
  const cap = numParam(spec, "maxDeduction");
  const deduction = Math.min(k * n, cap ?? Infinity);
  const s = points(input.weight - deduction, input);
  const ratio = direction === "below" ? completion : null;
  return {
    score: s,
    completion,
    met: false,
    actualToTarget: ratio,
    explanation: msg(`rule.perUnit.${direction}`, args(input, s, { ...shown, points: fmtNum(k) })),
  };
}

const stepToken = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(pt|%|unit|day|days|month|months)?$/;

/**
 * 每低1个百分点扣0.5分，扣完为止: s = clamp(w − k·(gap ÷ step), 0, w). The gap is below the target
 * (or the spec's threshold), above it, or the delay past a date target.
 */
export const perUnit = defineKind({
  name: "per-unit",
  label: {
    "zh-CN": "按单位扣分：每低/超/延迟一个单位扣k分，扣完为止",
    "en-US": "per-unit deduction: k points per unit short, over or late, down to 0",
  },
  params: {
    points: {
      "zh-CN": "每个单位扣的分数 k",
      "en-US": "points deducted per step, k",
      type: { type: "number", min: 0, exclusiveMin: true },
      required: true,
    },
    step: {
      "zh-CN": "单位步长（如 1 个百分点写 1）",
      "en-US": "the step size (1 for one percentage point)",
      type: { type: "number", min: 0, exclusiveMin: true },
      required: true,
    },
    stepUnit: {
      "zh-CN":
        "步长单位：pt 百分点，% 指标值的百分比（比率指标同百分点），unit 指标值的单位，day 天，month 月",
      "en-US":
        "unit of the step: pt percentage point, % of the target (a point on ratio targets), unit the target's unit, day, month",
      type: { type: "enum", values: stepUnits },
      required: true,
    },
    direction: {
      "zh-CN": "below 低于指标值扣分（缺省），above 超出扣分，late 延迟扣分（日期指标的缺省）",
      "en-US": "below the target (default), above it, or late (default for date targets)",
      type: { type: "enum", values: directions },
    },
    rounding: {
      "zh-CN": "不足一个单位时：exact 按实际比例（缺省），ceil 按一个单位计，floor 不计",
      "en-US":
        "a part step: exact pro rata (default), ceil counts as a whole step, floor is ignored",
      type: { type: "enum", values: roundings },
    },
    maxDeduction: {
      "zh-CN": "最多扣的分数，可选",
      "en-US": "the most that can be deducted; optional",
      type: { type: "number", min: 0 },
    },
    floor: {
      "zh-CN": "低于此值得0分（与 threshold 同单位），可选",
      "en-US": "below this value the score is 0 (in threshold's unit); optional",
      type: { type: "number" },
    },
    ...thresholdParams,
  },
  /**
   * DSL: per-unit K/STEP[UNIT] [below|above|late] [from X] [floor X] [ceil|floor|exact] [max M], UNIT pt
   * (percentage point) % unit day month — e.g. per-unit 0.5/1pt, per-unit 1/1month late
   */
  dsl(t, tokens, spec) {
    const m = stepToken.exec(t);
    if (m && spec.points === undefined) {
      spec.points = Number(m[1]);
      spec.step = Number(m[2]);
      const unit = m[3] ?? "unit";
      spec.stepUnit = unit.startsWith("day") ? "day" : unit.startsWith("month") ? "month" : unit;
      return true;
    }
    if (t === "below" || t === "above" || t === "late") {
      spec.direction = t;
      return true;
    }
    if (t === "ceil" || t === "floor" || t === "exact") {
      if (t === "floor" && num(tokens.peek())) return thresholdOption(tokens.next(), "floor", spec);
      spec.rounding = t;
      return true;
    }
    if (t === "from") return thresholdOption(tokens.next(), "threshold", spec);
    if (t !== "max") return false;
    const n = num(tokens.next());
    if (!n) return false;
    spec.maxDeduction = n.value;
    return true;
  },
  validate(spec) {
    const unit = spec.stepUnit;
    const dir = spec.direction;
    if (dir === "late" && unit !== "day" && unit !== "month")
      return ["stepUnit: must be day or month when direction is late"];
    if (dir !== "late" && dir !== undefined && (unit === "day" || unit === "month"))
      return ["direction: must be late when stepUnit is day or month"];
    return [];
  },
  run(spec, given) {
    const unit = strParam(spec, "stepUnit", stepUnits) ?? "unit";
    const step = numParam(spec, "step") ?? 1;
    const rounding = strParam(spec, "rounding", roundings);
    const direction =
      strParam(spec, "direction", directions) ??
      (given.target.kind === "date" || unit === "day" || unit === "month" ? "late" : "below");

    if (direction === "late") {
      const d = deadline(given.target, given.actual);
      if (!d.ok) return failed(given, d.failure);
      if (d.lateDays === 0) return full(given, null);
      const gap = unit === "month" ? d.lateMonths : d.lateDays;
      return deduct(
        spec,
        given,
        direction,
        steps(gap, step, rounding),
        words(unit === "month" ? "month" : "day", gap, step, ""),
        null
      );
    }

    const input = withThreshold(spec, given, direction === "below" ? "ge" : "le");
    const p = numericPair(input.target, input.actual);
    if (!p.ok) return failed(input, p.failure);
    const a = direction === "below" ? p.lo : p.hi;
    const b = p.b;
    const completion = direction === "below" ? (a > 0 ? b / a : null) : b > 0 ? a / b : null;
    const floor = numParam(spec, "floor");
    if (floor !== undefined && b < floor) {
      const shownFloor = showValue(floor, p.dim, symbolOf(input));
      return {
        score: 0,
        completion,
        met: false,
        actualToTarget: direction === "below" ? completion : null,
        explanation: msg("rule.perUnit.floor", args(input, 0, { floor: shownFloor })),
      };
    }
    const gap = direction === "below" ? a - b : b - a;
    if (gap <= 1e-12 * Math.max(1, Math.abs(a)))
      return full(input, completion, direction === "below" ? completion : null);

    // the step in the target's base unit, and the gap in the step's unit for the explanation
    let base: number;
    let shownGap: number;
    const percentLike = p.dim === "ratio" || p.dim === "points";
    const perPoint = p.dim === "ratio" ? 0.01 : 1;
    if (unit === "pt" || (unit === "%" && percentLike)) {
      if (!percentLike) return failed(input, "unit");
      base = step * perPoint;
      shownGap = gap / perPoint;
    } else if (unit === "%") {
      if (a === 0) return failed(input, "target-unreadable");
      base = step * 0.01 * Math.abs(a);
      shownGap = (gap / Math.abs(a)) * 100;
    } else if (unit === "unit") {
      base = step;
      shownGap = gap;
    } else {
      return failed(input, "unit");
    }
    return deduct(
      spec,
      input,
      direction,
      steps(gap, base, rounding),
      words(unit === "%" && percentLike ? "pt" : unit, shownGap, step, symbolOf(input)),
      completion
    );
  },
});
