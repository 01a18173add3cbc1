/**
 * Reads a normalised 评分标准 text with the phrase tables of criterion-vocabulary.ts: each match
 * becomes a feature and is blanked out. What is left must hold no figure and no 分, else the text is
 * not understood (null: never a guess). The features are then combined into one rule spec, with the
 * row's weight, target unit and direction where known; a feature the chosen rule does not use, or a
 * reading the row contradicts, also makes the text not understood.
 */

import type { RuleSpec } from "./types";
import { phraseTables, type Feature, type Match, type Score } from "./criterion-vocabulary";

/** What is known of the row a criterion belongs to. */
export interface CriterionContext {
  /** The row's weight (分值): "得N分" with N equal to it means full marks. */
  weight?: number | null;
  /** The dimension of the target's unit (ratio, count, money …), when the target was read. */
  unit?: string | null;
  /** More is better (≥ target) or less is better (≤ target), when the target's operator says so. */
  direction?: "up" | "down" | null;
}

/** Left after the features are blanked: only words may remain, no figure and no 分. */
const meaningful = /\d|分/;
/** Words that hold 分 without being a score (充分, 部分, 分配 …): removed before that check. */
const wordsWithFen =
  /充分|部分|分配|分期|分析|划分|区分|分类|分别|处分|分解|分管|分级|分批|分工|分布|分散|分档|分阶段/g;
const partialWord = /部分|基本(?:达成|完成|实现)/;

/** 位列前3名的得满分 / 排名第一: a score by rank, which only the evaluator can give. */
const rankWords =
  /(?:位列|位居|排名|名列|排在|排位|列)(?:全[省市县区])?(?:前|第)(?:\d+|[一二三四五六七八九十]+)(?:名|位)/;
/** An item of an additive checklist: "①…1分", "目标明确(1分)". */
const checklistItem = /(\d+(?:\.\d+)?)分/g;
/** Words that make a list of points something other than a checklist. */
const notChecklist = /扣|每|加|减|满分|%|以上|以下|-|分到|分至|低于|高于|超过|不足/;

/**
 * Texts scored by the evaluator, with the text shown: a rank, or an additive checklist whose items'
 * points add up to the weight (each item met or not is a person's call).
 */
export function manualReading(text: string, weight: number | null): boolean {
  if (rankWords.test(text)) return true;
  if (weight === null || notChecklist.test(text)) return false;
  const items = [...text.matchAll(checklistItem)].map((m) => Number(m[1]));
  if (items.length < 2 || items.some((p) => !(p > 0))) return false;
  const sum = items.reduce((a, b) => a + b, 0);
  return Math.abs(sum - weight) < 1e-9;
}

/** Features of a normalised text, or null when something with figures or 分 was not understood. */
export function features(text: string): Feature[] | null {
  const found: Feature[] = [];
  let rest = text;
  const qualGrades = partialWord.test(text);
  for (const table of phraseTables)
    for (const p of table) {
      p.re.lastIndex = 0;
      rest = rest.replace(p.re, (...groups: unknown[]) => {
        const m = groups.slice(0, -2) as unknown as Match;
        const f = p.make(m);
        if (!f) return groups[0] as string;
        // grade wordings (达成得满分) are qualitative only when a 部分达成 clause is present
        if (f.t === "qualBand" && !qualGrades) return groups[0] as string;
        found.push(f);
        return "§";
      });
    }
  return meaningful.test(rest.replace(wordsWithFen, "")) ? null : found;
}

/** The rule the features describe, or null when they do not add up to one rule. */
export function combine(fs: Feature[], context: CriterionContext = {}): RuleSpec | null {
  const weight = context.weight ?? null;
  const used = new Set<Feature>();
  const all = <T extends Feature["t"]>(t: T): Extract<Feature, { t: T }>[] =>
    fs.filter((f): f is Extract<Feature, { t: T }> => f.t === t);
  const one = <T extends Feature["t"]>(t: T): Extract<Feature, { t: T }> | undefined => all(t)[0];
  const use = <F extends Feature>(f: F | undefined): F | undefined => {
    if (f) used.add(f);
    return f;
  };
  const useAll = (t: Feature["t"]): void => all(t).forEach((f) => used.add(f));

  const spec = pick();
  if (!spec || contradicts(spec)) return null;
  // anything the rule did not use (other than harmless wording) means the text says more than we read
  const harmless = new Set<Feature["t"]>(["full", "dir", "ignore"]);
  for (const f of fs) if (!used.has(f) && !harmless.has(f.t) && !capOfWeight(f)) return null;
  return spec;

  /** 扣完为止 or 扣完N分为止 with N at least the weight: every rule stops at 0 anyway. */
  function capOfWeight(f: Feature): boolean {
    return f.t === "max" && (f.points === null || (weight !== null && f.points >= weight));
  }

  /**
   * A reading the row itself contradicts: a rule for "more is better" on a row whose target says
   * less is better (按完成比例计分 on 结转结余率), or a step in percentage points on a target that is
   * not a percentage. The text is then not understood rather than read the wrong way round.
   */
  function contradicts(r: RuleSpec): boolean {
    const down = context.direction === "down";
    const up = context.direction === "up";
    if (r.kind === "bands") return descending(r) ? up : down;
    if (r.kind === "at-least" || r.kind === "floor-target-cap") return down;
    if (r.kind === "at-most") return up;
    if (r.kind === "per-unit") {
      if ((r.direction === "below" && down) || (r.direction === "above" && up)) return true;
      const pointStep = r.stepUnit === "pt";
      const unit = context.unit;
      // a bare number takes the other side's unit (≤0 against 4%), so it does not contradict
      const percentLike = unit === "ratio" || unit === "points" || unit === "plain";
      return pointStep && unit !== undefined && unit !== null && !percentLike;
    }
    return false;
  }

  function pick(): RuleSpec | null {
    if (use(one("manual"))) return { kind: "manual" };

    const vetoes = all("veto");
    if (vetoes.length > 0) {
      useAll("veto");
      useAll("zero");
      const chosen = vetoes.find((v) => v.specific) ?? vetoes[0];
      return chosen.spec;
    }

    const per = use(one("perUnit"));
    if (per) return perUnitSpec(per);

    const tiers = all("tier");
    if (tiers.length > 0 && !one("qual") && all("qualBand").length === 0) return tiersSpec(tiers);

    const grades = all("qualBand");
    if (grades.length > 0 || one("qual")) {
      useAll("qualBand");
      useAll("qual");
      if (grades.length === 0) return { kind: "qualitative" };
      const bands: Record<string, [number, number]> = {};
      for (const q of grades) bands[q.grade] = [q.lo, q.hi];
      return { kind: "qualitative", bands };
    }

    const about = use(one("about"));
    if (about) {
      useAll("prop"); // 超出按比例扣分: outside the band the score is proportional anyway
      return about.tolerance === null
        ? { kind: "about" }
        : { kind: "about", tolerance: about.tolerance };
    }
    if (use(one("range"))) return { kind: "range" };
    if (use(one("growth"))) return { kind: "growth" };

    const bandFs = all("band");
    const linear = use(one("linear"));
    if (linear) {
      // 完成率低于60%不得分，60%-100%线性计分: a floor, then linear up to the target
      const floor = bandFs.length === 1 ? bandFs[0] : undefined;
      if (
        !floor ||
        floor.max === undefined ||
        floor.min !== undefined ||
        !("points" in floor.score) ||
        floor.score.points !== 0 ||
        !floor.percent
      )
        return null;
      useAll("band");
      return { kind: "floor-target-cap", floor: floor.max };
    }
    if (bandFs.length > 0) return bandsSpec(bandFs);

    if (use(one("equal"))) return { kind: "equal" };

    const props = all("prop");
    // the same proportional reading said twice (按实现程度赋分，即得分=完成量/目标×分值) is one reading
    const prop = props.every((p) => p.dir === props[0].dir) ? props[0] : undefined;
    if (prop) useAll("prop");
    if (prop) {
      if (one("zero")) return null; // "未完成不得分" and "按比例" contradict each other
      if (prop.dir === "down-linear") return { kind: "at-most", variant: "linear" };
      if (prop.dir === "down-ratio") return { kind: "at-most", variant: "ratio" };
      const dir = use(one("dir"));
      return dir && !dir.up ? { kind: "at-most", variant: "ratio" } : { kind: "at-least" };
    }

    const miss = use(one("missDeduct"));
    if (miss) {
      // 完成任务计10分，不完成任务扣2分: full from the target, w − 2 below it
      if (
        !one("full") ||
        weight === null ||
        miss.points <= 0 ||
        miss.points >= weight ||
        one("zero")
      )
        return null;
      return {
        kind: "bands",
        basis: "completion",
        bands: [{ min: 1, fraction: 1 }, { points: round(weight - miss.points) }],
      };
    }

    const zero = use(one("zero"));
    if (zero) return zero.when === "above" ? { kind: "binary", op: "le" } : { kind: "binary" };

    const dir = use(one("dir"));
    if (dir) return dir.up ? { kind: "at-least" } : { kind: "at-most" };
    return null;
  }

  /**
   * Worded tiers with their points (台账完整的得5分，较完整的得3分，不完整的不得分): the evaluator
   * judges which tier applies, as with 达成 / 部分达成 / 未达成, and each tier's points are its band.
   * Only three tiers (full, one middle, none) map onto those grades; the weight must be known.
   */
  function tiersSpec(tiers: Extract<Feature, { t: "tier" }>[]): RuleSpec | null {
    const top = one("full");
    const bottom = one("zero");
    if (tiers.length !== 1 || !top || !bottom || bottom.when !== "unmet" || weight === null)
      return null;
    const mid = tiers[0].points;
    if (!(mid > 0 && mid < weight)) return null;
    useAll("tier");
    use(bottom);
    const share = mid / weight;
    return {
      kind: "qualitative",
      bands: { achieved: [1, 1], partial: [share, share], unmet: [0, 0] },
    };
  }

  /**
   * A lower-is-better scale: 预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分.
   * Written as bands whose steps start just above each lower figure (the upper one belongs to the
   * step), the exact value at the bottom, and the open step at the top; each step must meet the
   * next, and score less than the one below it.
   */
  function descendingSpec(bandFs: Extract<Feature, { t: "band" }>[]): RuleSpec | null {
    const exact = all("exactBand");
    if (exact.length !== 1) return null;
    useAll("exactBand");
    const two = bandFs.filter((b) => b.min !== undefined && b.max !== undefined);
    const tops = bandFs.filter((b) => b.min !== undefined && b.max === undefined);
    if (two.length + tops.length !== bandFs.length || tops.length !== 1 || two.length === 0)
      return null;
    if (!two.every((b) => b.maxIncluded) || !tops[0].exclusive) return null;
    const percent = exact[0].percent || bandFs.some((b) => b.percent);
    two.sort((x, y) => (x.min as number) - (y.min as number));
    const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
    if (!near(two[0].min as number, exact[0].value)) return null;
    for (let i = 1; i < two.length; i++)
      if (!near(two[i].min as number, two[i - 1].max as number)) return null;
    if (!near(tops[0].min as number, two[two.length - 1].max as number)) return null;
    // scores from the bottom (the exact value) up must fall step by step
    const w = weight ?? null;
    const value = (sc: Score): number | null =>
      "points" in sc
        ? sc.points
        : w === null
          ? sc.fraction === 1
            ? Infinity
            : null
          : sc.fraction * w;
    const scores = [exact[0].score, ...two.map((b) => b.score), tops[0].score].map(value);
    for (let i = 1; i < scores.length; i++) {
      const lo = scores[i - 1];
      const hi = scores[i];
      if (lo === null || hi === null || !(hi < lo)) return null;
    }
    const bands: Record<string, unknown>[] = [tops[0], ...[...two].reverse()].map((b) => ({
      min: b.min,
      exclusive: true,
      ...b.score,
    }));
    bands.push({ ...exact[0].score });
    const spec: RuleSpec = { kind: "bands", bands };
    if (percent) spec.unit = "ratio";
    return spec;
  }

  function perUnitSpec(per: Extract<Feature, { t: "perUnit" }>): RuleSpec | null {
    const spec: RuleSpec = {
      kind: "per-unit",
      points: per.points,
      step: per.step,
      stepUnit: "unit",
      direction: per.dir,
    };
    const u = per.unit;
    if (u === "个百分点" || u === "百分点") spec.stepUnit = "pt";
    else if (u === "%") spec.stepUnit = "%";
    else if (u === "个月" || u === "月") spec.stepUnit = "month";
    else if (u === "天" || u === "日" || u === "工作日") spec.stepUnit = "day";
    else if (u === "周") Object.assign(spec, { stepUnit: "day", step: per.step * 7 });
    else if (u === "年") Object.assign(spec, { stepUnit: "month", step: per.step * 12 });
    else if (u === "小时" && per.dir === "late")
      Object.assign(spec, { stepUnit: "day", step: per.step / 24 });
    // 每超1小时 on a target in hours or days (base unit 天): the step in the target's own unit
    else if (u === "小时" && context.unit === "duration") spec.step = per.step / 24;
    else if (u === "小时") return null;
    else if (u === "元") spec.step = per.step / 10000; // base unit of money is 万元
    if (per.dir === "late" && spec.stepUnit !== "month" && spec.stepUnit !== "day") return null;
    if (per.dir !== "late" && (spec.stepUnit === "month" || spec.stepUnit === "day")) return null;
    // 满意度≥90%得满分 sets the figure the gap is measured from (控制率≤100%得满分 for a deduction
    // above it, 以100%为标准 either way); 低于60%不得分 a floor
    let percent: boolean | null = null;
    const setThreshold = (value: number): boolean => {
      if (spec.threshold !== undefined && Math.abs((spec.threshold as number) - value) > 1e-9)
        return false;
      spec.threshold = value;
      return true;
    };
    for (const b of all("band")) {
      used.add(b);
      const fullMarks = "fraction" in b.score && b.score.fraction === 1;
      if (b.min !== undefined && b.max === undefined && fullMarks && per.dir !== "above") {
        if (!setThreshold(b.min)) return null;
      } else if (b.max !== undefined && b.min === undefined && fullMarks && per.dir === "above") {
        if (!setThreshold(b.max)) return null;
      } else if (
        b.max !== undefined &&
        b.min === undefined &&
        "points" in b.score &&
        b.score.points === 0
      )
        spec.floor = b.max;
      else return null;
      if (percent !== null && percent !== b.percent) return null;
      percent = b.percent;
    }
    for (const b of all("base")) {
      used.add(b);
      if (per.dir === "late" || !setThreshold(b.value)) return null;
      if (percent !== null && percent !== b.percent) return null;
      percent = b.percent;
    }
    if (percent) spec.thresholdUnit = "ratio";
    const max = all("max").find((m) => m.points !== null);
    if (max) spec.maxDeduction = max.points;
    useAll("max");
    if (use(one("ceil"))) spec.rounding = "ceil";
    useAll("full");
    return spec;
  }

  function bandsSpec(bandFs: Extract<Feature, { t: "band" }>[]): RuleSpec | null {
    useAll("band");
    if (one("exactBand")) return descendingSpec(bandFs);
    // 完成得满分 beside bands with no full-marks band: the top step is not said in figures
    if (one("full") && !bandFs.some((b) => "fraction" in b.score && b.score.fraction === 1))
      return null;
    const percent = bandFs.some((b) => b.percent);
    if (bandFs.some((b) => !b.percent && (b.min ?? b.max ?? 0) !== 0 && percent)) return null; // mixed units
    const bands: { min?: number; exclusive?: boolean; points?: number; fraction?: number }[] = [];
    let bottom: { max: number; score: Score } | null = null;
    for (const b of bandFs) {
      if (b.min === undefined) {
        if (bottom || b.max === undefined) return null;
        bottom = { max: b.max, score: b.score };
        continue;
      }
      const band: { min?: number; exclusive?: boolean; points?: number; fraction?: number } = {
        min: b.min,
        ...b.score,
      };
      if (b.exclusive) band.exclusive = true;
      bands.push(band);
    }
    bands.sort((x, y) => (y.min ?? 0) - (x.min ?? 0));
    // each stated upper bound must meet the step above it
    for (const b of bandFs) {
      if (b.min === undefined || b.max === undefined) continue;
      const above = bands.filter((x) => x.min !== undefined && x.min > (b.min as number)).pop(); // the nearest step above
      if (above && Math.abs((above.min as number) - b.max) > 1e-9) return null;
      // the top step with an upper bound leaves what scores above it unsaid
      if (!above) return null;
    }
    if (!ascending(bands)) return null;
    const lowest = bands[bands.length - 1];
    if (bottom) {
      if (!lowest || Math.abs((lowest.min as number) - bottom.max) > 1e-9) return null;
      bands.push({ ...bottom.score });
    } else {
      const zero = use(one("zero"));
      if (zero?.when === "unmet") bands.push({ points: 0 });
      else if (bands.length < 2) {
        // a lone "≥X得满分" says nothing about what scores below X, unless it pairs with 按比例
        const prop = use(one("prop"));
        const only = bands[0];
        if (
          prop?.dir === "up" &&
          only &&
          "fraction" in only &&
          only.fraction === 1 &&
          !only.exclusive
        ) {
          return percent
            ? { kind: "at-least", threshold: only.min, thresholdUnit: "ratio" }
            : { kind: "at-least", threshold: only.min };
        }
        return null;
      }
    }
    const spec: RuleSpec = { kind: "bands", bands };
    if (bandFs.some((b) => b.completion)) spec.basis = "completion";
    if (percent) spec.unit = "ratio";
    useAll("full");
    return spec;
  }
}

/** Bands whose catch-all at the bottom scores more than the top step: a lower-is-better scale. */
function descending(spec: RuleSpec): boolean {
  type B = { min?: number; points?: number; fraction?: number };
  const bands = Array.isArray(spec.bands) ? (spec.bands as B[]) : [];
  const score = (b: B | undefined): number | null =>
    b === undefined ? null : b.fraction === 1 ? Infinity : (b.points ?? null);
  const bottom = score(bands.find((b) => b.min === undefined));
  const top = score(bands.find((b) => b.min !== undefined));
  return bottom !== null && top !== null && bottom > top;
}

/**
 * Steps ordered highest first must be distinct and score no less than the steps below them: a list
 * that scores more for less (0-5%得3分, 5%-10%得2分 on 预算调整率) is a descending scale of a
 * lower-is-better rate, which these bands do not describe.
 */
function ascending(bands: { min?: number; points?: number; fraction?: number }[]): boolean {
  for (let i = 1; i < bands.length; i++) {
    const hi = bands[i - 1];
    const lo = bands[i];
    if (hi.min !== undefined && lo.min !== undefined && Math.abs(hi.min - lo.min) < 1e-12)
      return false;
    if (lo.fraction === 1 && hi.fraction !== 1) return false;
    if (hi.points !== undefined && lo.points !== undefined && lo.points > hi.points) return false;
  }
  return true;
}

/** Points worked out from the weight, free of binary noise (10 − 0.3 is 9.7). */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
