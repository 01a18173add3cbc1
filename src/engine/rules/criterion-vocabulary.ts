/**
 * The controlled vocabulary of 评分标准 phrasings, as data: one phrase table per family of wordings
 * finance bureaus use. Each entry is a pattern over the normalised text (criterion-text.ts) and the
 * feature it stands for; criterion-phrases.ts scans the tables in the order of `phraseTables` and
 * combines the features into one rule spec.
 */

import type { RuleSpec } from "./types";

export type Score = { points: number } | { fraction: number };

export type Feature =
  | { t: "perUnit"; dir: "below" | "above" | "late"; step: number; unit: string; points: number }
  | { t: "max"; points: number | null }
  | { t: "ceil" }
  /** 以100%为标准: the figure a deduction is counted from. */
  | { t: "base"; value: number; percent: boolean }
  | { t: "qualBand"; grade: "achieved" | "partial" | "unmet"; lo: number; hi: number }
  | { t: "qual" }
  /** 基本健全的得6分 / 一般:1.5分: a worded tier between full marks and none. */
  | { t: "tier"; points: number }
  /** 不完成任务扣2分: what a miss scores, written as a deduction from the weight. */
  | { t: "missDeduct"; points: number }
  | { t: "veto"; spec: RuleSpec; specific: boolean }
  | { t: "manual" }
  | { t: "about"; tolerance: number | null }
  | { t: "range" }
  | { t: "growth" }
  | { t: "linear" }
  | { t: "equal" }
  | {
      t: "band";
      min?: number;
      exclusive: boolean;
      max?: number;
      /** "0-10%(含)": the upper figure belongs to the band. */
      maxIncluded?: boolean;
      percent: boolean;
      completion: boolean;
      score: Score;
    }
  | { t: "full" }
  | { t: "zero"; when: "unmet" | "above" }
  | { t: "prop"; dir: "up" | "down-linear" | "down-ratio" }
  | { t: "dir"; up: boolean }
  | { t: "ignore" }
  /** 预算调整率=0，计3分: the step at one exact value, the bottom of a lower-is-better scale. */
  | { t: "exactBand"; value: number; percent: boolean; score: Score };

export type Match = RegExpExecArray;

export interface Phrase {
  re: RegExp;
  make(m: Match): Feature | null;
}

const N = String.raw`(\d+(?:\.\d+)?)`;
const BELOW = "低于|低|少完成|少于|少|下降|降低|减少|差|不足|未完成";
const ABOVE = "超过|超出|超|高于|高|多于|多|增加|上升|增长|发生|出现|发现|有";
const LATE = "延迟|推迟|延期|逾期|滞后|延后|晚|迟交|迟报";
const UNIT =
  "个百分点|百分点|%|个月|月|周|工作日|天|日|年|小时|人次|个|项|人|次|家|宗|件|户|篇|条|份|座|台|套|场|起|例|处|名|所|万元|元";
const DEDUCT = "(?:扣|扣减|扣除|减)";
/** A subject before a threshold: 完成率, 满意度, 执行率 … (captured: 完成率-like means completion basis). */
const SUBJ = String.raw`((?:[\u4e00-\u9fa5]{0,8}?(?:完成率|达成率|完成比例|完成程度|执行率|满意度|满意率|合格率|覆盖率|知晓率|准确率|及时率|达标率|使用率|利用率|支出率|安排率|控制率|到位率|完成值|实际值|完成数|增长率|比率|比例))?)(?:在|为|达到?)?`;
/** A score, after an optional comma or colon ("≥90%,计5分" reads "≥90%,得5分"). */
const SCORE = String.raw`,?得(满分|${N}分|分值${N}%|${N}%分值)`;
const RANGE_PCT = String.raw`${N}%?-${N}%`;

const num = (s: string | undefined): number => Number(s);
const pct = (s: string | undefined, isPercent: boolean): number =>
  isPercent ? Number(s) / 100 : Number(s);

/** The score of a band from SCORE's groups (starting at index i). */
function scoreOf(m: Match, i: number): Score {
  if (m[i] === "满分") return { fraction: 1 };
  if (m[i + 1] !== undefined) return { points: num(m[i + 1]) };
  return { fraction: num(m[i + 2] ?? m[i + 3]) / 100 };
}

const completionSubject = /完成率|达成率|完成比例|完成程度/;

const lateWord = new RegExp(`^(?:${LATE})$`);
const belowWord = new RegExp(`^(?:${BELOW})$`);

function dirOf(word: string): "below" | "above" | "late" {
  if (lateWord.test(word)) return "late";
  if (belowWord.test(word)) return "below";
  return "above";
}

function g(source: string): RegExp {
  return new RegExp(source, "g");
}

const perUnit = (
  dir: "below" | "above" | "late",
  step: string | undefined,
  unit: string | undefined,
  points: string
): Feature => ({
  t: "perUnit",
  dir,
  step: step === undefined ? 1 : num(step),
  unit: unit ?? "",
  points: num(points),
});

/** Words that restate the weight or the cap every rule has: they say nothing about the rule. */
const weightWords: Phrase[] = [
  {
    re: g(
      String.raw`(?:(?:本项|该项|本指标|该指标)(?:分值|满分|权重)?|分值|满分|权重|共)(?:为)?${N}分`
    ),
    make: () => ({ t: "ignore" }),
  },
  {
    re: g(
      String.raw`(?:最高|最多)?(?:不超过|不得超过|以)(?:该项|本项|该指标|本指标)?(?:分值|满分|基本分)(?:为限)?`
    ),
    make: () => ({ t: "ignore" }),
  },
  // 若实施方案没有该项建设任务的，不扣分: a row that does not apply, not a rule
  {
    re: g(String.raw`(?:若|如)[\u4e00-\u9fa5]{0,20}?没有[\u4e00-\u9fa5]{0,12}?,?不扣分`),
    make: () => ({ t: "ignore" }),
  },
];

/** Deductions per point, per step of k %, per item, per occurrence, per day/month/year late. */
const perUnitPhrases: Phrase[] = [
  // "三公经费>0，每超过…" / "不足85%时，每少4%…": the figure the deduction that follows counts
  // from (scanned before the deductions themselves: the lookahead needs their 每)
  {
    re: g(String.raw`(?:>|<|超过|高于|不足|低于|未达到?)${N}(%)?时?,?(?=每)`),
    make: (m) => ({ t: "base", value: pct(m[1], m[2] === "%"), percent: m[2] === "%" }),
  },
  // 每低1个百分点扣0.5分 / 每延迟1个月扣1分 / 每少1个扣1分 / 每相差…  / 每滞后一年扣2分
  {
    re: g(
      String.raw`(?:比目标|较目标|与目标相比)?每(${LATE}|${BELOW}|${ABOVE})(?:于)?(?:目标)?${N}?(${UNIT})?,?${DEDUCT}${N}分`
    ),
    make: (m) => perUnit(dirOf(m[1]), m[2], m[3], m[4]),
  },
  // 每有1项未完成扣2分 / 每小项不完成任务扣1分
  {
    re: g(
      String.raw`每(?:有)?${N}?小?(项|个)(?:指标|任务|工作|目标)?(?:未完成|未达标|未达到|不达标|不完成)(?:目标)?${DEDUCT}${N}分`
    ),
    make: (m) => perUnit("below", m[1], m[2], m[3]),
  },
  // 发生一起扣1分 / 每出现一例不符合要求的扣1分: each occurrence
  {
    re: g(
      String.raw`(?:每)?(?:发生|出现|发现)${N}?(起|例|次|处|宗|件)[\u4e00-\u9fa5]{0,8}?,?${DEDUCT}${N}分`
    ),
    make: (m) => perUnit("above", m[1], m[2], m[3]),
  },
  // 缺少的，每项扣1.2分 / 少一处扣1分: each item short
  {
    re: g(String.raw`(?:缺少|缺|少)(?:的)?,?每?${N}?(项|个|处)${DEDUCT}${N}分`),
    make: (m) => perUnit("below", m[1], m[2], m[3]),
  },
  // 未按程序办理的每件扣10分 / 每处扣1分 / 每次扣20分: each item counted against the row
  {
    re: g(String.raw`每(件|次|处|例|起|宗|条|篇|项)(?:\((?:次|件)\))?${DEDUCT}${N}分`),
    make: (m) => perUnit("above", undefined, m[1], m[2]),
  },
  {
    re: g(String.raw`(?:累计)?(?:最多|最高)(?:累计)?扣${N}分|扣分上限(?:为)?${N}分`),
    make: (m) => ({ t: "max", points: num(m[1] ?? m[2]) }),
  },
  { re: g("扣完为止"), make: () => ({ t: "max", points: null }) },
  {
    re: g(String.raw`不足${N}?(?:${UNIT})?按${N}?(?:${UNIT})?(?:计算|计)`),
    make: () => ({ t: "ceil" }),
  },
  {
    re: g(String.raw`以${N}(%)?为(?:标准|基准|基数)`),
    make: (m) => ({ t: "base", value: pct(m[1], m[2] === "%"), percent: m[2] === "%" }),
  },
];

/** 达成 / 部分达成 / 未达成 with their shares of the weight, and texts judged by a person. */
const qualitativePhrases: Phrase[] = [
  {
    re: g(
      String.raw`(?:部分|基本)(?:达成|完成|实现)(?:目标)?(?:得|计)?(?:分值)?(?:${RANGE_PCT}|${N}%)`
    ),
    make: (m) => ({
      t: "qualBand",
      grade: "partial",
      lo: num(m[1] ?? m[3]) / 100,
      hi: num(m[2] ?? m[3]) / 100,
    }),
  },
  {
    re: g(
      String.raw`(?:未|没有)(?:达成|完成|实现)(?:目标)?(?:(?:得|计)?(?:分值)?(?:${RANGE_PCT}|${N}%)|得0分)`
    ),
    make: (m) =>
      m[1] === undefined && m[3] === undefined
        ? { t: "qualBand", grade: "unmet", lo: 0, hi: 0 }
        : {
            t: "qualBand",
            grade: "unmet",
            lo: num(m[1] ?? m[3]) / 100,
            hi: num(m[2] ?? m[3]) / 100,
          },
  },
  {
    re: g(
      String.raw`(?:完全|全部)?(?:达成|完成|实现)(?:目标)?(?:得|计)?(?:分值)?(?:(满分)|${RANGE_PCT})`
    ),
    make: (m) =>
      m[1]
        ? { t: "qualBand", grade: "achieved", lo: 1, hi: 1 }
        : { t: "qualBand", grade: "achieved", lo: num(m[2]) / 100, hi: num(m[3]) / 100 },
  },
  {
    re: g(
      String.raw`定性指标|定性评价|定性考核|酌情(?:扣分|计分|给分|评分|扣减|打分)?|视(?:具体)?情况(?:扣分|计分|评分)?|根据(?:实际)?(?:完成|工作)?(?:情况|质量|效果)(?:综合)?(?:评分|打分|计分|扣分|评定|评价)|综合评[定判价](?:得分)?|专家评[分议定审]`
    ),
    make: () => ({ t: "qual" }),
  },
  {
    re: g(
      String.raw`人工评分|人工打分|手工评分|自行评分|由[\u4e00-\u9fa5]{1,10}?(?:评分|打分|评定)`
    ),
    make: () => ({ t: "manual" }),
  },
];

const vetoPhrases: Phrase[] = [
  {
    re: g(String.raw`(?:本项及)?(?:所属|所在|对应)?(一|二|1|2)级指标(?:均|全部)?得0分`),
    make: (m) => ({
      t: "veto",
      spec: { kind: "veto", effect: "zero-block", level: m[1] === "二" || m[1] === "2" ? 2 : 1 },
      specific: true,
    }),
  },
  {
    re: g(String.raw`总分(?:不超过|最高为?|不得超过|上限为?|封顶)${N}分`),
    make: (m) => ({
      t: "veto",
      spec: { kind: "veto", effect: "cap-total", cap: num(m[1]) },
      specific: true,
    }),
  },
  {
    re: g(String.raw`总分(?:为|计)?得?0分`),
    make: () => ({ t: "veto", spec: { kind: "veto", effect: "zero-total" }, specific: true }),
  },
  {
    re: g("一票否决(?:制)?"),
    make: () => ({ t: "veto", spec: { kind: "veto", effect: "zero-total" }, specific: false }),
  },
];

/** Around a target, inside a range, equal to it, by growth rate, linear between two figures. */
const targetShapePhrases: Phrase[] = [
  {
    re: g(
      String.raw`(?:上下)?(?:浮动|偏差|误差|偏离)(?:幅度)?(?:在|不超过|不大于|小于|控制在)?±?${N}%(?:以内|范围内|之内|内)?(?:得满分)?|±${N}%(?:以内|范围内|之内|内)?(?:得满分)?`
    ),
    make: (m) => ({ t: "about", tolerance: num(m[1] ?? m[2]) / 100 }),
  },
  {
    re: g(String.raw`(?:在)?(?:目标)?(?:区间|范围)(?:内|之内)(?:得满分)?`),
    make: () => ({ t: "range" }),
  },
  {
    re: g(
      String.raw`按(?:实际)?(?:增长率|增幅)(?:计分|计算|折算)|\(1\+实际增长率\)[/÷]\(1\+目标增长率\)`
    ),
    make: () => ({ t: "growth" }),
  },
  {
    re: g(String.raw`(?:${RANGE_PCT}|${N}%以上)?(?:按)?线性(?:计分|插值|得分|折算)?`),
    make: () => ({ t: "linear" }),
  },
  {
    re: g(String.raw`(?:等于目标|与目标一致|与目标相符|与目标相同)(?:得满分)?`),
    make: () => ({ t: "equal" }),
  },
];

/**
 * A band between two figures; `at` gives the groups of the lower figure, its %, the upper figure, its
 * %, and the first group of the score (the subject is group 1).
 */
function between(
  m: Match,
  at: [number, number, number, number, number],
  exclusive: boolean
): Feature {
  const [lo, loPct, hi, hiPct, score] = at;
  const percent = m[loPct] === "%" || m[hiPct] === "%";
  return {
    t: "band",
    min: pct(m[lo], percent),
    exclusive,
    max: pct(m[hi], percent),
    percent,
    completion: completionSubject.test(m[1]),
    score: scoreOf(m, score),
  };
}

/** Score bands: 90%(含)-95%得8分 / ≥95%得满分 / 低于90%得0分 / 100%:5分 … */
const bandPhrases: Phrase[] = [
  // "预算调整率=0，计3分": a step at one exact value
  {
    re: g(String.raw`(?<!得分)=${N}(%)?${SCORE}`),
    make: (m) => ({
      t: "exactBand",
      value: pct(m[1], m[2] === "%"),
      percent: m[2] === "%",
      score: scoreOf(m, 3),
    }),
  },
  {
    re: g(
      String.raw`${SUBJ},?${N}(%)?(\(含\)|\(不含\))?(?:以上)?-${N}(%)?(\(含\)|\(不含\))?(?:之间|区间)?(?:的)?${SCORE}`
    ),
    make: (m) => ({
      ...between(m, [2, 3, 5, 6, 8], m[4] === "(不含)"),
      maxIncluded: m[7] === "(含)",
    }),
  },
  {
    re: g(String.raw`${SUBJ},?(≥|>)${N}(%)?(?:且|,)?(?:<|≤)${N}(%)?${SCORE}`),
    make: (m) => between(m, [3, 4, 5, 6, 7], m[2] === ">"),
  },
  {
    re: g(
      String.raw`${SUBJ},?(?:(?:<|≤|低于|小于|不足|不到|未达到|未达|少于)${N}(%)?(?:\(含\))?(?:以下)?|${N}(%)?(?:\(含\))?(?:以下|以内))(?:的)?${SCORE}`
    ),
    make: (m) => {
      const percent = (m[3] ?? m[5]) === "%";
      return {
        t: "band",
        max: pct(m[2] ?? m[4], percent),
        exclusive: false,
        percent,
        completion: completionSubject.test(m[1]),
        score: scoreOf(m, 6),
      };
    },
  },
  {
    re: g(
      String.raw`${SUBJ},?(≥|>|不低于|不少于|大于|高于|达到|超过|达)?${N}(%)?(\(含\))?(及以上|以上|或以上|及其以上)?(?:的)?${SCORE}`
    ),
    make: (m) => {
      const percent = m[4] === "%";
      return {
        t: "band",
        min: pct(m[3], percent),
        exclusive: m[2] === ">" || m[2] === "大于" || m[2] === "高于" || m[2] === "超过",
        percent,
        completion: completionSubject.test(m[1]),
        score: scoreOf(m, 7),
      };
    },
  },
];

/** Proportional formulas: 未完成按比例计分 / 按完成率计分 / 完成率×分值 / 超出部分按比例扣分 … */
const proportionalPhrases: Phrase[] = [
  {
    re: g(String.raw`(?:超过|超出|高于)目标(?:部分)?(?:按|根据)(?:超出|超过)?比例(?:扣分|扣减)`),
    make: () => ({ t: "prop", dir: "down-linear" }),
  },
  {
    re: g(
      String.raw`(?:得分=)?目标[/÷](?:实际|完成)(?:值|数)?×(?:该指标|本项|该项|指标)?(?:分值|权重|满分)`
    ),
    make: () => ({ t: "prop", dir: "down-ratio" }),
  },
  // 按照经批准的实施方案确定的实现程度赋分
  {
    re: g(String.raw`按照?[\u4e00-\u9fa5]{0,20}?(?:实现|完成)程度(?:赋分|计分|得分)`),
    make: () => ({ t: "prop", dir: "up" }),
  },
  {
    re: g(
      String.raw`(?:未(?:全部)?(?:完成|达到|达成|实现)(?:目标)?|完不成(?:目标)?|低于目标|否则|其余|其他|其它|未达标)?(?:按|根据|依据|以)(?:实际)?(?:完成|达成|实现|执行)?(?:比例|率|程度|进度)(?:计算得分|计分|得分|扣分|减分|计算|给分|折算|计)`
    ),
    make: () => ({ t: "prop", dir: "up" }),
  },
  {
    re: g(
      String.raw`(?:[\u4e00-\u9fa5]{0,6}得分=)?(?:(?:实际)?完成率|达成率|执行率|[\u4e00-\u9fa5]{0,14}?(?:到位率|比例)|(?:实际)?(?:完成)?(?:值|数|量)?[/÷]目标(?:比值|值)?)×(?:该项指标|该指标|本项|该项|指标)?(?:分值|权重|满分)|(?:分值|权重|满分)×(?:实际)?(?:完成率|达成率|执行率)`
    ),
    make: () => ({ t: "prop", dir: "up" }),
  },
];

/** Met or not: 完成得满分 / 未完成不得分 / 不完成任务扣2分, and the generic forms of both. */
const metPhrases: Phrase[] = [
  {
    re: g(String.raw`(?:超过|超出|高于|大于)目标(?:值)?得0分`),
    make: () => ({ t: "zero", when: "above" }),
  },
  {
    re: g(
      String.raw`(?:未|没有|不能|未能|未按时|未按期|未全部|不)(?:完成|达到|达成|实现|满足|达标|符合)(?:目标|要求|标准)?得0分|(?:低于|少于|小于)目标得0分|(?:否则|否|无|逾期(?:完成)?)得0分`
    ),
    make: () => ({ t: "zero", when: "unmet" }),
  },
  {
    re: g(String.raw`(?:不|未)完成(?:目标)?扣${N}分`),
    make: (m) => ({ t: "missDeduct", points: num(m[1]) }),
  },
  {
    re: g(
      String.raw`(?:全部|全面|按时|按期|如期|足额|按要求|按目标|已|均)?(?:完成或超额完成|超额完成|完成|达到|达成|实现|满足|符合|超过|达标)(?:或超过|或超额完成)?(?:目标|要求|标准)?(?:要求)?(?:得(?:满分|分)|按满分(?:计算|计))|(?:是|有)得满分|(?:未发生|没有发生)[一-龥]{0,8}?得满分|(?:实际)?(?:完成值|实际值)?(?:≥|不低于|达到|大于等于)目标得满分`
    ),
    make: () => ({ t: "full" }),
  },
];

/** The generic forms, scanned after everything specific: a worded condition and what it scores. */
const tierPhrases: Phrase[] = [
  // 台账资料齐全的得2分 (the weight) / 充分:3分 → a condition that scores full marks
  { re: g(String.raw`[\u4e00-\u9fa5()]{1,16}?,?得满分`), make: () => ({ t: "full" }) },
  // 不齐全的得0分 / 没有:0分 / 结余超过上年结转，不得分
  {
    re: g(String.raw`[\u4e00-\u9fa5()]{1,16}?,?得0分`),
    make: () => ({ t: "zero", when: "unmet" }),
  },
  // 基本健全的得6分 / 一般:1.5分: a worded middle tier (每项得0.5分 is points per item, not a tier)
  {
    re: g(String.raw`(?<=^|[,;。§])(?:(?!每|各)[\u4e00-\u9fa5]){1,12}?,?得${N}分`),
    make: (m) => ({ t: "tier", points: num(m[1]) }),
  },
];

const directionPhrases: Phrase[] = [
  { re: g("正向指标|正向|越高越好|越大越好|越多越好"), make: () => ({ t: "dir", up: true }) },
  {
    re: g("反向指标|逆向指标|反向|逆向|越低越好|越小越好|越少越好"),
    make: () => ({ t: "dir", up: false }),
  },
];

/** The tables in the order they are scanned: a matched phrase is blanked before the next table runs. */
export const phraseTables: readonly (readonly Phrase[])[] = [
  weightWords,
  perUnitPhrases,
  qualitativePhrases,
  vetoPhrases,
  targetShapePhrases,
  bandPhrases,
  proportionalPhrases,
  metPhrases,
  directionPhrases,
  tierPhrases,
];
