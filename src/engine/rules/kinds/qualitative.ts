import type { DslOptions } from "../dsl-tokens";
import { msg } from "../../i18n/render";
import type { Grade, Quantity } from "../../quantity/types";
import type { RuleSpec, ScoreInput } from "../types";
import { fmtNum } from "../format";
import { args, defineKind, type Outcome } from "../kind";

/** A band as fractions of the weight; `closed` says whether the upper end belongs to it. */
interface Band {
  lo: number;
  hi: number;
  closed: boolean;
}

const gradeNames: Record<Grade, { zh: string; en: string }> = {
  achieved: { zh: "达成", en: "achieved" },
  partial: { zh: "部分达成", en: "partly achieved" },
  unmet: { zh: "未达成", en: "not achieved" },
};

/** The grade the actual shows: a graded word, or yes/no. */
function gradeOf(actual: Quantity): Grade | null {
  if (actual.kind === "grade") return actual.grade;
  if (actual.kind === "boolean") return actual.value ? "achieved" : "unmet";
  return null;
}

/** The band of a grade: the spec's closed [lo, hi] if given, else the rule set's half-open bands. */
function bandOf(spec: RuleSpec, grade: Grade, input: ScoreInput): Band {
  const given = spec.bands as Partial<Record<Grade, [number, number]>> | undefined;
  const pair = given?.[grade];
  if (Array.isArray(pair)) return { lo: pair[0], hi: pair[1], closed: true };
  const { achieved, partial } = input.ruleSet.qualitativeBands;
  if (grade === "achieved") return { lo: achieved, hi: 1, closed: true };
  if (grade === "partial") return { lo: partial, hi: achieved, closed: false };
  return { lo: 0, hi: partial, closed: false };
}

function inside(s: number, band: Band, w: number): boolean {
  const eps = 1e-9 * Math.max(1, w);
  if (s < band.lo * w - eps) return false;
  return band.closed ? s <= band.hi * w + eps : s < band.hi * w - eps;
}

const gradeRange = /^(\d+(?:\.\d+)?)%?-(\d+(?:\.\d+)?)%$/;

/**
 * 定性: the evaluator scores within the band of the actual's grade (达成 [0.8w, w], 部分达成 [0.6w, 0.8w),
 * 未达成 [0, 0.6w)). The engine checks the band and never invents a score: inside → the stated score;
 * outside → no score and QUAL_OUT_OF_BAND; nothing stated → no score.
 */
export const qualitative = defineKind({
  name: "qualitative",
  label: {
    "zh-CN": "定性指标：按完成等级的分数区间核对自评分",
    "en-US": "qualitative: the stated score is checked against its grade's band",
  },
  params: {
    bands: {
      "zh-CN":
        '各等级得分区间（分值的比例），如 {"achieved":[1,1],"partial":[0.6,0.8],"unmet":[0,0.6]}；缺省取规则集',
      "en-US":
        'score band per grade as fractions of the weight, e.g. {"achieved":[1,1],"partial":[0.6,0.8],"unmet":[0,0.6]}; default: the rule set\'s',
      type: { type: "qualitativeBands" },
    },
  },
  /** DSL: qualitative [achieved 80%-100%] [partial 60%-80%] [unmet 0-60%] */
  dsl(t, tokens, spec) {
    const m = gradeRange.exec(tokens.next() ?? "");
    if (!m || (t !== "achieved" && t !== "partial" && t !== "unmet")) return false;
    const bands = (spec.bands as DslOptions | undefined) ?? {};
    bands[t] = [Number(m[1]) / 100, Number(m[2]) / 100];
    spec.bands = bands;
    return true;
  },
  run(spec, input): Outcome {
    const w = input.weight;
    const stated = input.stated;
    const grade = gradeOf(input.actual);
    if (grade === null) {
      const usable = stated !== null && stated >= 0 && stated <= w;
      const a = args(input, usable ? stated : null, {
        stated: stated === null ? "—" : fmtNum(stated),
      });
      return {
        score: usable ? stated : null,
        completion: null,
        met: null,
        explanation: msg(stated === null ? "rule.qual.noGradeNoStated" : "rule.qual.noGrade", a),
      };
    }
    const band = bandOf(spec, grade, input);
    const range = `[${fmtNum(band.lo * w)}, ${fmtNum(band.hi * w)}${band.closed ? "]" : ")"}`;
    const names = gradeNames[grade];
    const met = grade === "achieved";
    const extra = {
      grade: names.zh,
      gradeEn: names.en,
      band: range,
      stated: stated === null ? "—" : fmtNum(stated),
    };
    if (stated === null)
      return {
        score: null,
        completion: null,
        met,
        explanation: msg("rule.qual.noStated", args(input, null, extra)),
      };
    if (inside(stated, band, w))
      return {
        score: stated,
        completion: null,
        met,
        explanation: msg("rule.qual.inBand", args(input, stated, extra)),
      };
    const a = args(input, null, extra);
    return {
      score: null,
      completion: null,
      met,
      findings: [
        { code: "QUAL_OUT_OF_BAND", field: "score", message: msg("flag.QUAL_OUT_OF_BAND", a) },
      ],
      explanation: msg("rule.qual.outOfBand", a),
    };
  },
});
