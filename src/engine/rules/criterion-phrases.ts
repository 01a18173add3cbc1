/**
 * The controlled vocabulary of 评分标准 phrasings. A normalised text is scanned by an ordered list of
 * patterns; each match becomes a feature and is blanked out. What is left must hold no figure and no
 * 分, else the text is not understood (null: never a guess). The features are then combined into one
 * rule spec, and a feature the chosen rule does not use also makes the text not understood.
 */

import type { RuleSpec } from "../ruleset/types";

type Score = { points: number } | { fraction: number };

type Feature =
  | { t: "perUnit"; dir: "below" | "above" | "late"; step: number; unit: string; points: number }
  | { t: "max"; points: number | null }
  | { t: "ceil" }
  | { t: "qualBand"; grade: "achieved" | "partial" | "unmet"; lo: number; hi: number }
  | { t: "qual" }
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
      percent: boolean;
      completion: boolean;
      score: Score;
    }
  | { t: "full" }
  | { t: "zero"; when: "unmet" | "above" }
  | { t: "prop"; dir: "up" | "down-linear" | "down-ratio" }
  | { t: "dir"; up: boolean }
  | { t: "ignore" };

type Match = RegExpExecArray;

interface Pattern {
  re: RegExp;
  make(m: Match): Feature | null;
}

const N = String.raw`(\d+(?:\.\d+)?)`;
const BELOW = "低于|低|少完成|少于|少|下降|降低|减少|差|不足|未完成";
const ABOVE = "超过|超出|超|高于|高|多于|多|增加|上升|增长|发生|出现|发现|有";
const LATE = "延迟|推迟|延期|逾期|滞后|延后|晚";
const UNIT =
  "个百分点|百分点|%|个月|月|周|工作日|天|日|人次|个|项|人|次|家|宗|件|户|篇|份|座|台|套|场|起|例|处|名|所|万元|元";
/** A subject before a threshold: 完成率, 满意度, 执行率 … (captured: 完成率-like means completion basis). */
const SUBJ = String.raw`((?:[\u4e00-\u9fa5]{0,8}?(?:完成率|达成率|完成比例|完成程度|执行率|满意度|满意率|合格率|覆盖率|知晓率|准确率|及时率|达标率|使用率|利用率|支出率|完成值|实际值|完成数|增长率|比率|比例))?)(?:在|为|达到?)?`;
const SCORE = String.raw`得(满分|${N}分|分值${N}%|${N}%分值)`;
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

const patterns: Pattern[] = [
  // weights stated inside the criterion ("本项10分") say nothing about the rule
  {
    re: g(
      String.raw`(?:(?:本项|该项|本指标|该指标)(?:分值|满分|权重)?|分值|满分|权重|共)(?:为)?${N}分`
    ),
    make: () => ({ t: "ignore" }),
  },
  // "never above the weight" is what every rule does anyway
  {
    re: g(
      String.raw`(?:最高|最多)?(?:不超过|不得超过|以)(?:该项|本项|该指标|本指标)?(?:分值|满分)(?:为限)?`
    ),
    make: () => ({ t: "ignore" }),
  },
  // 每低1个百分点扣0.5分 / 每延迟1个月扣1分 / 每少1个扣1分 / 每发生1起扣2分
  {
    re: g(
      String.raw`(?:比目标|较目标|与目标相比)?每(${LATE}|${BELOW}|${ABOVE})(?:于)?(?:目标)?${N}?(${UNIT})?(?:扣|扣减|扣除|减)${N}分`
    ),
    make: (m) => ({
      t: "perUnit",
      dir: dirOf(m[1]),
      step: m[2] === undefined ? 1 : num(m[2]),
      unit: m[3] ?? "",
      points: num(m[4]),
    }),
  },
  // 每有1项未完成扣2分
  {
    re: g(
      String.raw`每(?:有)?${N}?(项|个)(?:指标|任务|工作|目标)?(?:未完成|未达标|未达到|不达标)(?:扣|扣减|扣除|减)${N}分`
    ),
    make: (m) => ({
      t: "perUnit",
      dir: "below",
      step: m[1] === undefined ? 1 : num(m[1]),
      unit: m[2],
      points: num(m[3]),
    }),
  },
  // 发生一起扣1分: each occurrence
  {
    re: g(String.raw`(?:每)?(?:发生|出现|发现)${N}?(起|例|次|处|宗|件)(?:扣|扣减|扣除|减)${N}分`),
    make: (m) => ({
      t: "perUnit",
      dir: "above",
      step: m[1] === undefined ? 1 : num(m[1]),
      unit: m[2],
      points: num(m[3]),
    }),
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
  // qualitative grades with their bands: 部分达成得60%-80%
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
      String.raw`定性指标|定性评价|定性考核|酌情(?:扣分|计分|给分|评分|扣减|打分)?|视情况(?:扣分|计分|评分)?|根据(?:实际)?(?:完成|工作)?(?:情况|质量|效果)(?:综合)?(?:评分|打分|计分|扣分|评定|评价)|综合评[定判价](?:得分)?|专家评[分议定审]`
    ),
    make: () => ({ t: "qual" }),
  },
  {
    re: g(
      String.raw`人工评分|人工打分|手工评分|自行评分|由[\u4e00-\u9fa5]{1,10}?(?:评分|打分|评定)`
    ),
    make: () => ({ t: "manual" }),
  },
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
  // bands: 90%(含)-95%得8分 / ≥95%得满分 / 低于90%得0分
  {
    re: g(
      String.raw`${SUBJ}${N}(%)?(\(含\)|\(不含\))?(?:以上)?-${N}(%)?(\(含\)|\(不含\))?(?:之间|区间)?(?:的)?${SCORE}`
    ),
    make: (m) => {
      const percent = m[3] === "%" || m[6] === "%";
      return {
        t: "band",
        min: pct(m[2], percent),
        exclusive: m[4] === "(不含)",
        max: pct(m[5], percent),
        percent,
        completion: completionSubject.test(m[1]),
        score: scoreOf(m, 8),
      };
    },
  },
  {
    re: g(String.raw`${SUBJ}(≥|>)${N}(%)?(?:且|,)?(?:<|≤)${N}(%)?${SCORE}`),
    make: (m) => {
      const percent = m[4] === "%" || m[6] === "%";
      return {
        t: "band",
        min: pct(m[3], percent),
        exclusive: m[2] === ">",
        max: pct(m[5], percent),
        percent,
        completion: completionSubject.test(m[1]),
        score: scoreOf(m, 7),
      };
    },
  },
  {
    re: g(
      String.raw`${SUBJ}(?:(?:<|≤|低于|小于|不足|不到|未达到|未达|少于)${N}(%)?(?:\(含\))?(?:以下)?|${N}(%)?(?:\(含\))?(?:以下|以内))(?:的)?${SCORE}`
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
      String.raw`${SUBJ}(≥|>|不低于|不少于|大于|高于|达到|超过|达)?${N}(%)?(\(含\))?(及以上|以上|或以上|及其以上)?(?:的)?${SCORE}`
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
  // proportional: 未完成按比例计分 / 按完成率计分 / 完成率×分值 / 超出部分按比例扣分
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
  {
    re: g(
      String.raw`(?:未(?:全部)?(?:完成|达到|达成|实现)(?:目标)?|低于目标|否则|其余|其他|其它|未达标)?(?:按|根据|依据|以)(?:实际)?(?:完成|达成|实现|执行)?(?:比例|率|程度|进度)(?:计算得分|计分|得分|扣分|计算|给分|折算|计)`
    ),
    make: () => ({ t: "prop", dir: "up" }),
  },
  {
    re: g(
      String.raw`(?:得分=)?(?:(?:实际)?完成率|达成率|执行率|(?:实际|完成)(?:值|数)?[/÷]目标)×(?:该指标|本项|该项|指标)?(?:分值|权重|满分)|(?:分值|权重|满分)×(?:实际)?(?:完成率|达成率|执行率)`
    ),
    make: () => ({ t: "prop", dir: "up" }),
  },
  // met / not met
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
    re: g(
      String.raw`(?:全部|全面|按时|按期|如期|足额|按要求|按目标|已|均)?(?:完成或超额完成|超额完成|完成|达到|达成|实现|满足|符合|超过|达标)(?:或超过|或超额完成)?(?:目标|要求|标准)?(?:要求)?(?:得(?:满分|分)|按满分(?:计算|计))|(?:是|有)得满分|(?:未发生|没有发生)[一-龥]{0,8}?得满分|(?:实际)?(?:完成值|实际值)?(?:≥|不低于|达到|大于等于)目标得满分`
    ),
    make: () => ({ t: "full" }),
  },
  { re: g("正向指标|正向|越高越好|越大越好|越多越好"), make: () => ({ t: "dir", up: true }) },
  {
    re: g("反向指标|逆向指标|反向|逆向|越低越好|越小越好|越少越好"),
    make: () => ({ t: "dir", up: false }),
  },
];

/** Left after the features are blanked: only words may remain, no figure and no 分. */
const meaningful = /\d|分/;
const partialWord = /部分|基本(?:达成|完成|实现)/;

/** Features of a normalised text, or null when something with figures or 分 was not understood. */
export function features(text: string): Feature[] | null {
  const found: Feature[] = [];
  let rest = text;
  const qualGrades = partialWord.test(text);
  for (const p of patterns) {
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
  return meaningful.test(rest) ? null : found;
}

/** The rule the features describe, or null when they do not add up to one rule. */
export function combine(fs: Feature[]): RuleSpec | null {
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
  if (!spec) return null;
  // anything the rule did not use (other than harmless wording) means the text says more than we read
  const harmless = new Set<Feature["t"]>(["full", "dir", "ignore"]);
  for (const f of fs)
    if (!used.has(f) && !harmless.has(f.t) && !(f.t === "max" && f.points === null)) return null;
  return spec;

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

    const prop = use(one("prop"));
    if (prop) {
      if (one("zero")) return null; // "未完成不得分" and "按比例" contradict each other
      if (prop.dir === "down-linear") return { kind: "at-most", variant: "linear" };
      if (prop.dir === "down-ratio") return { kind: "at-most", variant: "ratio" };
      const dir = use(one("dir"));
      return dir && !dir.up ? { kind: "at-most", variant: "ratio" } : { kind: "at-least" };
    }

    const zero = use(one("zero"));
    if (zero) return zero.when === "above" ? { kind: "binary", op: "le" } : { kind: "binary" };

    const dir = use(one("dir"));
    if (dir) return dir.up ? { kind: "at-least" } : { kind: "at-most" };
    return null;
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
    else if (u === "元") spec.step = per.step / 10000; // base unit of money is 万元
    if (per.dir === "late" && spec.stepUnit !== "month" && spec.stepUnit !== "day") return null;
    if (per.dir !== "late" && (spec.stepUnit === "month" || spec.stepUnit === "day")) return null;
    // 满意度≥90%得满分 sets the figure the gap is measured from; 低于60%不得分 a floor
    let percent: boolean | null = null;
    for (const b of all("band")) {
      used.add(b);
      if (
        b.min !== undefined &&
        b.max === undefined &&
        "fraction" in b.score &&
        b.score.fraction === 1
      )
        spec.threshold = b.min;
      else if (
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
    }
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
