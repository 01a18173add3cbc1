import {
  adoptUnit,
  asBoolean,
  asGrade,
  describeQuantity,
  formatNumber,
  fromUnit,
  parseQuantity,
  parseWithColumns,
  resolveYear,
  sameDimension,
  signedGrowth,
  toUnit,
  unitFactor,
  type Dimension,
  type Grade,
  type Op,
  type Quantity,
  type Unit,
} from "../../src/engine/quantity";

/**
 * Expected readings, derived by hand: money in 万元 (1 亿元 = 10,000 万元, 1 元 = 0.0001 万元), ratios as
 * fractions (15% = 0.15), counts with scale words applied (1.46万 = 14,600), durations in days.
 */
interface Expected {
  kind: Quantity["kind"];
  op?: Op;
  value?: number;
  low?: number;
  high?: number;
  dim?: Dimension;
  symbol?: string;
  direction?: "up" | "down";
  date?: string;
  yearMissing?: boolean;
  grade?: Grade;
  bool?: boolean;
  reason?: string;
  label?: string;
}

const num = (op: Op, value: number, dim: Dimension, symbol?: string, label?: string): Expected => ({
  kind: "number",
  op,
  value,
  dim,
  symbol,
  label,
});
const rng = (low: number, high: number, dim: Dimension, symbol?: string): Expected => ({
  kind: "range",
  low,
  high,
  dim,
  symbol,
});
const gro = (
  direction: "up" | "down",
  op: Op,
  value: number,
  dim: Dimension,
  label?: string
): Expected => ({
  kind: "growth",
  direction,
  op,
  value,
  dim,
  label,
});
const dt = (date: string, op: Op, yearMissing?: boolean): Expected => ({
  kind: "date",
  date,
  op,
  yearMissing,
});
const grd = (grade: Grade): Expected => ({ kind: "grade", grade });
const bool = (b: boolean): Expected => ({ kind: "boolean", bool: b });
const NONE: Expected = { kind: "none" };
const NA: Expected = { kind: "na" };
const TEXT: Expected = { kind: "text" };
const unread = (reason?: string): Expected => ({ kind: "unreadable", reason });

const CASES: [string, Expected][] = [
  // domain.md §3, in order
  ["≥15%", num("ge", 0.15, "ratio", "%")],
  ["65%左右", num("about", 0.65, "ratio", "%")],
  ["2 倍", num("none", 2, "times", "倍")],
  ["6,000 亿元", num("none", 60_000_000, "money", "亿元")],
  ["6 个", num("none", 6, "count", "个")],
  ["95%以上", num("ge", 0.95, "ratio")],
  ["超95%", num("ge", 0.95, "ratio")],
  ["不低于90%", num("ge", 0.9, "ratio")],
  ["≤90万元", num("le", 90, "money", "万元")],
  ["≥100百分比", num("ge", 1, "ratio", "百分比")],
  ["﹦100%", num("eq", 1, "ratio")],
  ["≦5%", num("le", 0.05, "ratio")],
  ["1.46万座", num("none", 14_600, "count", "座")],
  ["2,472 家", num("none", 2472, "count", "家")],
  ["提高15%", gro("up", "none", 0.15, "ratio")],
  ["下降10%", gro("down", "none", 0.1, "ratio")],
  ["2025年12月底前", dt("2025-12-31", "le")],
  ["按时完成", grd("achieved")],
  ["效果明显", grd("achieved")],
  ["达成预期指标", grd("achieved")],
  ["是", bool(true)],
  ["否", bool(false)],
  ["通过预算绩效管理，提高资金使用效益", TEXT],
  // operators
  [">= 15%", num("ge", 0.15, "ratio")],
  ["≧15%", num("ge", 0.15, "ratio")],
  ["不少于 80 宗", num("ge", 80, "count", "宗")],
  ["不低于 70 宗", num("ge", 70, "count", "宗")],
  ["至少3家", num("ge", 3, "count", "家")],
  ["超过500人次", num("ge", 500, "count", "人次")],
  ["高于90%以上", num("ge", 0.9, "ratio")],
  ["同比增长超30%以上", gro("up", "ge", 0.3, "ratio")],
  ["<= 5%", num("le", 0.05, "ratio")],
  ["不高于3%", num("le", 0.03, "ratio")],
  ["不超过 100 万元", num("le", 100, "money", "万元")],
  ["5%以内", num("le", 0.05, "ratio")],
  ["3%以下", num("le", 0.03, "ratio")],
  ["控制在5%以内", num("le", 0.05, "ratio")],
  ["30天内", num("le", 30, "duration", "天")],
  ["低于5%", num("lt", 0.05, "ratio")],
  ["低于5%以下", num("le", 0.05, "ratio")],
  ["小于3天", num("lt", 3, "duration", "天")],
  ["> 5", num("gt", 5, "plain")],
  ["大于10个", num("gt", 10, "count", "个")],
  ["= 100%", num("eq", 1, "ratio")],
  ["＝100%", num("eq", 1, "ratio")],
  ["约 200 宗", num("about", 200, "count", "宗")],
  ["≈50%", num("about", 0.5, "ratio")],
  ["大约30家", num("about", 30, "count", "家")],
  ["约65%左右", num("about", 0.65, "ratio")],
  ["90%上下", num("about", 0.9, "ratio")],
  ["150余人", num("gt", 150, "count", "人")],
  ["70 多家", num("gt", 70, "count", "家")],
  ["90%以上(不含)", num("gt", 0.9, "ratio")],
  ["突破 1,100 亿元", num("ge", 11_000_000, "money", "亿元")],
  // ranges
  ["15~20宗", rng(15, 20, "count", "宗")],
  ["80%-90%", rng(0.8, 0.9, "ratio")],
  ["80-90%", rng(0.8, 0.9, "ratio")],
  ["1-2场", rng(1, 2, "count", "场")],
  ["2~3场", rng(2, 3, "count", "场")],
  ["1～2 家", rng(1, 2, "count", "家")],
  ["5至10家", rng(5, 10, "count", "家")],
  ["80—90分", rng(80, 90, "other", "分")],
  ["1-2亿元", rng(10_000, 20_000, "money")],
  ["1万-2万座", rng(10_000, 20_000, "count", "座")],
  ["每次约 15~20 宗", rng(15, 20, "count", "宗")],
  ["65%±5%", rng(0.6, 0.7, "ratio")],
  ["20~15宗", rng(15, 20, "count", "宗")],
  // numbers and units
  ["65.7%", num("none", 0.657, "ratio")],
  ["65.7％", num("none", 0.657, "ratio")],
  ["１８．４％", num("none", 0.184, "ratio")],
  ["4.23倍", num("none", 4.23, "times")],
  ["4.23 倍", num("none", 4.23, "times")],
  ["6,117.99 亿元", num("none", 61_179_900, "money", "亿元")],
  ["130亿元", num("none", 1_300_000, "money", "亿元")],
  ["超130亿元", num("ge", 1_300_000, "money")],
  ["2亿元以上", num("ge", 20_000, "money", "亿元")],
  ["46,025.62 万元", num("none", 46_025.62, "money", "万元")],
  ["16141.66万元", num("none", 16_141.66, "money", "万元")],
  ["500元", num("none", 0.05, "money", "元")],
  ["2000千元", num("none", 200, "money", "千元")],
  ["3千万元", num("none", 3000, "money", "千万元")],
  ["6.29 万座", num("none", 62_900, "count", "座")],
  ["1000 万户", num("none", 10_000_000, "count", "户")],
  ["7,700 台", num("none", 7700, "count", "台")],
  ["２，４７２家", num("none", 2472, "count", "家")],
  ["1，000家", num("none", 1000, "count", "家")],
  ["3个百分点", num("none", 3, "points", "个百分点")],
  ["8 万平方米", num("none", 80_000, "area", "平方米")],
  ["15.8 平方公里", num("none", 15_800_000, "area", "平方公里")],
  ["30亩", num("none", 20_000, "area", "亩")],
  ["368 公顷", num("none", 3_680_000, "area", "公顷")],
  ["12公里", num("none", 12_000, "length", "公里")],
  ["5千米", num("none", 5000, "length", "千米")],
  ["2.5吨", num("none", 2500, "mass", "吨")],
  ["3个月", num("none", 90, "duration", "个月")],
  ["5个工作日内", num("le", 5, "duration", "个工作日")],
  ["90分以上", num("ge", 90, "other", "分")],
  ["500元/人", num("none", 500, "other", "元/人")],
  ["-1.6%", num("none", -0.016, "ratio")],
  ["−1.6%", num("none", -0.016, "ratio")],
  ["－1.6％", num("none", -0.016, "ratio")],
  ["+5%", num("none", 0.05, "ratio")],
  ["0", num("none", 0, "plain")],
  ["1.2E+05", num("none", 120_000, "plain")],
  ["两次", num("none", 2, "count", "次")],
  ["十五家", num("none", 15, "count", "家")],
  ["百分之九十五", num("none", 0.95, "ratio")],
  ["100%完成", num("none", 1, "ratio")],
  // growth
  ["增长 28%", gro("up", "none", 0.28, "ratio")],
  ["同比下降 1.6%", gro("down", "none", 0.016, "ratio")],
  ["增长3%", gro("up", "none", 0.03, "ratio")],
  ["增加10%", gro("up", "none", 0.1, "ratio")],
  ["同比增长超30%", gro("up", "ge", 0.3, "ratio")],
  ["降低5%", gro("down", "none", 0.05, "ratio")],
  ["减少10%", gro("down", "none", 0.1, "ratio")],
  ["下降10%以上", gro("down", "ge", 0.1, "ratio")],
  ["负增长1.6%", gro("down", "none", 0.016, "ratio")],
  ["增长-1.6%", gro("up", "none", -0.016, "ratio")],
  ["比上年提高2个百分点", gro("up", "none", 2, "points")],
  ["增长率不低于5%", gro("up", "ge", 0.05, "ratio")],
  ["增加 5 家", gro("up", "none", 5, "count")],
  ["提高至90%", num("ge", 0.9, "ratio")],
  ["降至5%以下", num("le", 0.05, "ratio")],
  // labels (seed texts)
  ["工业投资 140.8 亿元", num("none", 1_408_000, "money", "亿元", "工业投资")],
  ["规上工业增加值 406 亿元", num("none", 4_060_000, "money", "亿元", "规上工业增加值")],
  ["规上工业增加值增长 3%", gro("up", "none", 0.03, "ratio", "规上工业增加值")],
  ["小升规任务 75 家", num("none", 75, "count", "家", "小升规任务")],
  ["5G 基站建设任务数 406 座", num("none", 406, "count", "座", "5G 基站建设任务数")],
  ["企业满意率超95%", num("ge", 0.95, "ratio", "%", "企业满意率")],
  ["满意度≥90%", num("ge", 0.9, "ratio", "%", "满意度")],
  ["预算执行率92.38%", num("none", 0.9238, "ratio", "%", "预算执行率")],
  ["目标2亿元以上", num("ge", 20_000, "money", "亿元", "目标")],
  ["完成100%", num("none", 1, "ratio", "%", "完成")],
  ["召开 2 次以上联席会议", num("ge", 2, "count", "次", "召开")],
  ["实际外资完成 8.2 亿元", num("none", 82_000, "money", "亿元", "实际外资完成")],
  ["约为 2.65 亿元", num("about", 26_500, "money", "亿元")],
  ["超 2000 人次", num("ge", 2000, "count", "人次")],
  ["10 余个优质项目", num("gt", 10, "count", "个")],
  ["同比增长 151.9%", gro("up", "none", 1.519, "ratio")],
  ["90%（含）以上", num("ge", 0.9, "ratio")],
  ["95%以上。", num("ge", 0.95, "ratio")],
  ["(≥15%)", num("ge", 0.15, "ratio")],
  ["0.5‰", num("none", 0.0005, "ratio", "‰")],
  ["不低于去年水平", TEXT],
  ["不低于去年水平的95%", TEXT],
  ["第3名", TEXT],
  ["1/3", unread("trailing-text")],
  // English
  ["at least 15%", num("ge", 0.15, "ratio")],
  ["about 65%", num("about", 0.65, "ratio")],
  ["no more than 5 days", num("le", 5, "duration", "days")],
  ["up to 50%", num("le", 0.5, "ratio")],
  ["over 95%", num("gt", 0.95, "ratio")],
  ["95% or more", num("ge", 0.95, "ratio")],
  ["15 to 20", rng(15, 20, "plain")],
  ["increase by 15%", gro("up", "none", 0.15, "ratio")],
  ["Yes", bool(true)],
  ["No", bool(false)],
  ["Partially achieved", grd("partial")],
  // dates
  ["2020年1月", dt("2020-01-31", "none")],
  ["2020 年 1 月", dt("2020-01-31", "none")],
  ["2020-06-30", dt("2020-06-30", "none")],
  ["2020.3.31", dt("2020-03-31", "none")],
  ["2020/6/30", dt("2020-06-30", "none")],
  ["2025年底前", dt("2025-12-31", "le")],
  ["2025年6月30日前完成", dt("2025-06-30", "le")],
  ["2024年2月底", dt("2024-02-29", "none")],
  ["2023年2月底", dt("2023-02-28", "none")],
  ["2025年第三季度", dt("2025-09-30", "none")],
  ["不晚于2025-06-30", dt("2025-06-30", "le")],
  ["6月底前", dt("0000-06-30", "le", true)],
  ["年底前", dt("0000-12-31", "le", true)],
  ["二〇二五年十二月底前", dt("2025-12-31", "le")],
  ["年内完成", dt("0000-12-31", "le", true)],
  ["截止2025年12月31日", dt("2025-12-31", "le")],
  ["填报日期：2021.3.31", dt("2021-03-31", "none")],
  ["2023年2月29日", unread("invalid-date")],
  ["2025年13月", unread("invalid-date")],
  // words
  ["达成预期", grd("achieved")],
  ["达到预期", grd("achieved")],
  ["已完成", bool(true)],
  ["完成", bool(true)],
  ["未完成", bool(false)],
  ["好", grd("achieved")],
  ["优", grd("achieved")],
  ["良好", grd("achieved")],
  ["满意", grd("achieved")],
  ["较好", grd("achieved")],
  ["达标", grd("achieved")],
  ["部分达成", grd("partial")],
  ["基本达成", grd("partial")],
  ["基本完成", grd("partial")],
  ["一般", grd("partial")],
  ["未达成", grd("unmet")],
  ["未达到", grd("unmet")],
  ["较差", grd("unmet")],
  ["无效果", grd("unmet")],
  ["有", bool(true)],
  ["√", bool(true)],
  // placeholders and the rest
  ["", NONE],
  ["   ", NONE],
  ["—", NONE],
  ["-", NONE],
  ["/", NONE],
  ["*", NONE],
  ["无", NONE],
  ["―", NONE],
  ["——", NONE],
  ["不适用", NA],
  ["N/A", NA],
  ["#DIV/0!", { kind: "error" }],
  ["#N/A", { kind: "error" }],
  ["2021 年智能网联汽车产业集群产值", TEXT],
  ["形成产业集群发展工作小组方案，召开 2 次以上联席会议", TEXT],
  ["≥abc", unread("no-number-after-operator")],
  ["≥", unread("no-number-after-operator")],
  ["15%%", unread("trailing-text")],
  ["4.2:1", unread("trailing-text")],
  ["不低于5%以下", unread("conflicting-operators")],
  ["≥80-90%", unread("operator-on-range")],
  ["80%-90个", unread("range-units-differ")],
];

function close(actual: number | undefined, expected: number): boolean {
  return (
    actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
  );
}

/** The fields of `q` that `e` names, in `e`'s shape, so that a failure shows both side by side. */
function project(q: Quantity, e: Expected): Expected {
  const out: Expected = { kind: q.kind };
  const r = q as Partial<Record<string, unknown>> & Quantity;
  if (e.op !== undefined) out.op = r.op as Op;
  if (e.value !== undefined)
    out.value = close(r.value as number, e.value) ? e.value : (r.value as number);
  if (e.low !== undefined) out.low = close(r.low as number, e.low) ? e.low : (r.low as number);
  if (e.high !== undefined)
    out.high = close(r.high as number, e.high) ? e.high : (r.high as number);
  const unit = r.unit as Unit | undefined;
  if (e.dim !== undefined) out.dim = unit?.dimension;
  if (e.symbol !== undefined) out.symbol = unit?.symbol;
  if (e.direction !== undefined) out.direction = r.direction as "up" | "down";
  if (e.date !== undefined) out.date = r.date as string;
  if (e.yearMissing !== undefined) out.yearMissing = r.yearMissing as boolean;
  if (e.grade !== undefined) out.grade = r.grade as Grade;
  if (e.bool !== undefined) out.bool = r.value as boolean;
  if (e.reason !== undefined) out.reason = r.reason as string;
  if (e.label !== undefined) out.label = r.label;
  return out;
}

function defined(e: Expected): Expected {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as Expected;
}

describe("parseQuantity: phrasings from domain.md §3 and the seeds", () => {
  it("has at least 100 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES)("%s", (text, expected) => {
    const q = parseQuantity(text);
    expect(defined(project(q, expected))).toEqual(defined(expected));
    expect(q.raw).toBe(text);
  });
});

describe("parseQuantity: cell values that are not text", () => {
  it("reads a number under a percent format as a ratio", () => {
    const q = parseQuantity(0.657, "0.0%");
    expect(q).toMatchObject({
      kind: "number",
      op: "none",
      value: 0.657,
      unit: { dimension: "ratio" },
      raw: "65.7%",
    });
  });

  it("reads a number without a format as plain", () => {
    expect(parseQuantity(0.657)).toMatchObject({
      kind: "number",
      value: 0.657,
      unit: { dimension: "plain" },
    });
    expect(parseQuantity(0.657, "General")).toMatchObject({ unit: { dimension: "plain" } });
  });

  it("text 65.7% and a percent-formatted 0.657 are the same quantity", () => {
    const a = parseQuantity("65.7%");
    const b = parseQuantity(0.657, "0.00%");
    expect(a.kind === "number" && b.kind === "number" && a.value === b.value).toBe(true);
  });

  it("takes a unit from a format's quoted text", () => {
    expect(parseQuantity(6000, '#,##0"亿元"')).toMatchObject({
      value: 60_000_000,
      unit: { dimension: "money", symbol: "亿元" },
      raw: "6,000亿元",
    });
  });

  it("reads a serial under a date format as a date", () => {
    // 45657 days after 1899-12-30 is 2024-12-31; 61 is 1900-03-01 (Excel's phantom 1900-02-29 is 60).
    expect(parseQuantity(45657, "yyyy-mm-dd")).toMatchObject({ kind: "date", date: "2024-12-31" });
    expect(parseQuantity(61, "m/d/yyyy")).toMatchObject({ kind: "date", date: "1900-03-01" });
    expect(parseQuantity(1, 'yyyy"年"m"月"d"日"')).toMatchObject({
      kind: "date",
      date: "1900-01-01",
    });
  });

  it("reads errors, booleans, empty cells and bad numbers", () => {
    expect(parseQuantity({ error: "#DIV/0!" })).toEqual({
      kind: "error",
      raw: "#DIV/0!",
      error: "#DIV/0!",
    });
    expect(parseQuantity(true)).toMatchObject({ kind: "boolean", value: true });
    expect(parseQuantity(false)).toMatchObject({ kind: "boolean", value: false });
    expect(parseQuantity(null)).toMatchObject({ kind: "none" });
    expect(parseQuantity(Number.NaN)).toMatchObject({ kind: "unreadable", reason: "not-finite" });
    expect(parseQuantity(Number.POSITIVE_INFINITY)).toMatchObject({ kind: "unreadable" });
  });
});

describe("parseWithColumns", () => {
  it("combines a bare number with a 指标性质 and a 度量单位 column", () => {
    expect(parseWithColumns(80, undefined, "≥", "%")).toMatchObject({
      op: "ge",
      value: 0.8,
      unit: { dimension: "ratio" },
    });
    expect(parseWithColumns("80", undefined, "正向", "%")).toMatchObject({ op: "ge", value: 0.8 });
    expect(parseWithColumns(5, undefined, "反向", "（万元）")).toMatchObject({
      op: "le",
      value: 5,
      unit: { dimension: "money", symbol: "万元" },
    });
    expect(parseWithColumns("6,000", undefined, "＝", "亿元")).toMatchObject({
      op: "eq",
      value: 60_000_000,
    });
    expect(parseWithColumns("15-20", undefined, undefined, "宗")).toMatchObject({
      kind: "range",
      low: 15,
      high: 20,
      unit: { dimension: "count", symbol: "宗" },
    });
    expect(parseWithColumns("提高15", undefined, undefined, "%")).toMatchObject({
      kind: "growth",
      value: 0.15,
    });
  });

  it("does not divide a percent-formatted number by 100 again", () => {
    expect(parseWithColumns(0.8, "0%", "≥", "%")).toMatchObject({ op: "ge", value: 0.8 });
  });

  it("keeps what the value cell itself writes", () => {
    expect(parseWithColumns("≤5", undefined, "≥", "%")).toMatchObject({ op: "le", value: 0.05 });
    expect(parseWithColumns("3个", undefined, undefined, "%")).toMatchObject({
      value: 3,
      unit: { dimension: "count" },
    });
  });

  it("ignores placeholder and unknown columns", () => {
    expect(parseWithColumns(12, undefined, "—", "—")).toMatchObject({
      op: "none",
      value: 12,
      unit: { dimension: "plain" },
    });
    expect(parseWithColumns(12, undefined, "定性", "")).toMatchObject({ op: "none", value: 12 });
  });
});

describe("units", () => {
  const yi = parseQuantity("1亿元");
  const wan = parseQuantity("10000万元");
  const ge = parseQuantity("3个");

  it("亿元 and 万元 are the same dimension and convert", () => {
    if (yi.kind !== "number" || wan.kind !== "number" || ge.kind !== "number")
      throw new Error("not numbers");
    expect(sameDimension(yi.unit, wan.unit)).toBe(true);
    expect(yi.value).toBe(10_000);
    expect(yi.value).toBe(wan.value);
    expect(toUnit(yi.value, yi.unit)).toBe(1);
    expect(toUnit(yi.value, wan.unit)).toBe(10_000);
    expect(fromUnit(2, yi.unit)).toBe(20_000);
  });

  it("亿元 and 个 are different dimensions", () => {
    if (yi.kind !== "number" || ge.kind !== "number") throw new Error("not numbers");
    expect(sameDimension(yi.unit, ge.unit)).toBe(false);
  });

  it("knows factors of units written by hand", () => {
    expect(unitFactor({ dimension: "money", symbol: "亿元" })).toBe(10_000);
    expect(unitFactor({ dimension: "money", symbol: "元" })).toBe(0.0001);
    expect(unitFactor({ dimension: "ratio", symbol: "%" })).toBe(0.01);
    expect(unitFactor({ dimension: "count", symbol: "个" })).toBe(1);
    expect(unitFactor({ dimension: "duration", symbol: "个月" })).toBe(30);
  });

  it("compares unknown units by symbol", () => {
    expect(
      sameDimension({ dimension: "other", symbol: "分" }, { dimension: "other", symbol: "分" })
    ).toBe(true);
    expect(
      sameDimension({ dimension: "other", symbol: "分" }, { dimension: "other", symbol: "kW" })
    ).toBe(false);
    expect(
      sameDimension(
        { dimension: "ratio", symbol: "%" },
        { dimension: "points", symbol: "个百分点" }
      )
    ).toBe(false);
  });

  it("reads a bare actual in the unit of its target", () => {
    const target = parseQuantity("≥95%");
    expect(adoptUnit(parseQuantity(0.98), target)).toMatchObject({
      value: 0.98,
      unit: { dimension: "ratio" },
    });
    expect(adoptUnit(parseQuantity(98), target)).toMatchObject({
      value: 0.98,
      unit: { dimension: "ratio" },
    });
    expect(adoptUnit(parseQuantity(1.5), parseQuantity("≤2%"))).toMatchObject({ value: 0.015 });
    expect(adoptUnit(parseQuantity("6,117.99"), parseQuantity("6,000 亿元"))).toMatchObject({
      value: 61_179_900,
    });
    expect(adoptUnit(parseQuantity("6 个"), target)).toMatchObject({
      value: 6,
      unit: { dimension: "count" },
    });
  });
});

describe("grades and booleans bridge", () => {
  it("maps booleans to grades and back", () => {
    expect(asGrade(parseQuantity("完成"))).toBe("achieved");
    expect(asGrade(parseQuantity("未完成"))).toBe("unmet");
    expect(asGrade(parseQuantity("部分达成"))).toBe("partial");
    expect(asBoolean(parseQuantity("达成预期"))).toBe(true);
    expect(asBoolean(parseQuantity("部分达成"))).toBeUndefined();
    expect(asBoolean(parseQuantity("无"))).toBe(false);
    expect(asBoolean(parseQuantity("—"))).toBeUndefined();
    expect(asGrade(parseQuantity("12%"))).toBeUndefined();
  });

  it("signs a growth by its direction", () => {
    const down = parseQuantity("同比下降 1.6%");
    if (down.kind !== "growth") throw new Error(down.kind);
    expect(signedGrowth(down)).toBe(-0.016);
  });
});

describe("resolveYear", () => {
  it("puts a year into a year-less date", () => {
    expect(resolveYear("0000-06-30", 2025)).toBe("2025-06-30");
    expect(resolveYear("0000-02-29", 2023)).toBe("2023-02-28");
    expect(resolveYear("2024-02-29", 2023)).toBe("2024-02-29");
  });
});

describe("describeQuantity", () => {
  const zh = (t: string | number, f?: string): string =>
    describeQuantity(parseQuantity(t, f), "zh-CN");
  const en = (t: string | number, f?: string): string =>
    describeQuantity(parseQuantity(t, f), "en-US");

  it("writes short Chinese texts", () => {
    expect(zh("≥80宗")).toBe("≥80宗");
    expect(zh("1.46万座")).toBe("14,600座");
    expect(zh("65%左右")).toBe("65%左右");
    expect(zh("6,000 亿元")).toBe("6,000亿元");
    expect(zh("≥100百分比")).toBe("≥100%");
    expect(zh(0.657, "0.0%")).toBe("65.7%");
    expect(zh("15~20宗")).toBe("15~20宗");
    expect(zh("同比增长超30%")).toBe("增长≥30%");
    expect(zh("2025年12月底前")).toBe("2025年12月31日前");
    expect(zh("部分达成")).toBe("部分达成");
    expect(zh("否")).toBe("否");
    expect(zh("≥abc")).toContain("无法识别");
  });

  it("writes short English texts", () => {
    expect(en("≥80宗")).toBe("at least 80 宗");
    expect(en("65%左右")).toBe("about 65%");
    expect(en("≤90万元")).toBe("at most 90 万元");
    expect(en("下降10%")).toBe("decrease of 10%");
    expect(en("2025年12月底前")).toBe("by 2025-12-31");
    expect(en("是")).toBe("Yes");
    expect(en("未达成")).toBe("not achieved");
  });
});

describe("formatNumber", () => {
  it("groups thousands and trims zeros", () => {
    expect(formatNumber(14600)).toBe("14,600");
    expect(formatNumber(1234567.5)).toBe("1,234,567.5");
    expect(formatNumber(-1.5)).toBe("-1.5");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(-0.0000001)).toBe("0");
    expect(formatNumber(999.9999999)).toBe("1,000");
    expect(formatNumber(1e21)).toBe("1,000,000,000,000,000,000,000");
  });
});
