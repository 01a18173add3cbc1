/** Totals: roll-ups of the seeds, nested percentages, 不适用, bonus bound, vetoes, grades and the arithmetic checks. */

import { render } from "../../src/engine/i18n/render";
import { computeTotals, gradeFor, canonicalGrade, type TotalsRow } from "../../src/engine/totals";
import { national } from "./helpers/quantities";
import { leaves, row } from "./helpers/rows";

const grades = national.grades;
const cell = (_sheet: string, r: number, field: string): string =>
  `${field === "weight" ? "C" : field === "grade" ? "I" : "H"}${r}`;

/** Seed 001: 管理效能 45 / 履职效能 50 / 加减分 5, scores reported at level 2 only. */
function seed001(): TotalsRow[] {
  return [
    ...leaves("管理效能", [
      ["资金管理", 16, 14.98],
      ["采购管理", 2, 1.65],
      ["信息公开管理", 4, 4],
      ["资产管理", 4, 3.3],
      ["成本管理", 4, 4],
      ["绩效管理", 15, 13.55],
    ]),
    ...leaves("履职效能", [
      ["推动工业增加值、工业投资等稳步增长", 7, 7],
      ["构建具有国际竞争力的现代产业体系", 10, 10],
      ["优化产业发展生态环境", 7, 6.8],
      ["推进数字新基建等新型基础设施建设", 11, 11],
      ["优化产业园区载体建设", 4, 4],
      ["持续优化中小企业民营经济发展环境", 7, 7],
      ["提升无线电智能化、精细化管理水平", 4, 4],
    ]),
    row({ levels: ["工作表现加减分"], weight: 5, stated: 2.5, kind: "bonus" }),
  ];
}

describe("seed roll-ups", () => {
  test("seed 001: 41.48 + 49.8 + 2.5 = 93.78 → 优, stated 93.78 优 agrees", () => {
    const r = computeTotals(seed001(), national, { score: 93.78, grade: "优" });
    expect(r.totals).toEqual({
      weight: 100,
      score: 93.78,
      grade: "优",
      statedScore: 93.78,
      statedGrade: "优",
    });
    expect(r.flags).toEqual([]);
    expect(r.scheme).toBe("additive");
    const byName = new Map(r.groups.map((g) => [g.levels.join("/"), g]));
    expect(byName.get("管理效能")).toMatchObject({ weight: 45, score: 41.48 });
    expect(byName.get("管理效能/资金管理")).toMatchObject({ weight: 16, score: 14.98 });
    expect(byName.get("履职效能")).toMatchObject({ weight: 50, score: 49.8 });
    expect(byName.get("工作表现加减分")).toMatchObject({ weight: 5, score: 2.5 });
  });

  test("seed 003: 履职效能 46.5 + 管理效率 50 = 96.5 → 优", () => {
    const rows = [
      ...leaves("履职效能", [
        ["部门整体绩效目标效益指标", 20, 19.5],
        ["部门整体绩效目标产出指标", 20, 17],
        ["部门预算资金支出率", 10, 10],
      ]),
      ...leaves("管理效率", [
        ["预算编制", 3, 3],
        ["预算执行", 4, 4],
        ["信息公开", 4, 4],
        ["绩效管理", 15, 15],
        ["采购管理", 10, 10],
        ["资产管理", 10, 10],
        ["运行成本", 4, 4],
      ]),
    ];
    const r = computeTotals(rows, national, { score: 96.5, grade: "优" });
    expect(r.totals.score).toBe(96.5);
    expect(r.totals.grade).toBe("优");
    expect(r.flags).toEqual([]);
  });

  test("seed 004: 89 → 良 (a national project form 10/50/30/10)", () => {
    const rows = [
      row({ levels: ["预算执行率"], weight: 10, stated: 9 }),
      row({ levels: ["产出指标", "数量指标"], weight: 50, stated: 42 }),
      row({ levels: ["效益指标", "经济效益指标"], weight: 30, stated: 28 }),
      row({ levels: ["满意度指标", "服务对象满意度"], weight: 10, stated: 10 }),
    ];
    const r = computeTotals(rows, national, { score: 89, grade: "良" });
    expect(r.totals).toMatchObject({ score: 89, grade: "良", weight: 100 });
    expect(r.flags).toEqual([]);
  });
});

describe("grades: half-open bands", () => {
  test.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ])("%d → %s", (total, expected) => {
    expect(gradeFor(total, grades)).toBe(expected);
  });

  test("stated grades are read through their aliases", () => {
    expect(canonicalGrade("优秀", grades)).toBe("优");
    expect(canonicalGrade(" 良好 ", grades)).toBe("良");
    expect(canonicalGrade("“良”", grades)).toBe("良");
    expect(canonicalGrade("合格", grades)).toBe("中");
    expect(canonicalGrade("甲等", grades)).toBeNull();
  });
});

describe("the sheet's arithmetic", () => {
  test("SUM_MISMATCH: a stated total that is not the sum (94 against 93.78)", () => {
    const total = row({ levels: ["合计"], kind: "total", weight: 100, stated: 94, row: 30 });
    const r = computeTotals(
      [...seed001(), total],
      national,
      { score: null, grade: null },
      { cell }
    );
    expect(r.flags.map((f) => f.id)).toEqual(["自评表!H30:SUM_MISMATCH"]);
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "填报总分94分，与各项得分合计93.78分相差0.22分"
    );
    expect(render(r.flags[0].message, "en-US")).toBe(
      "The stated total 94 differs from the sum of the scores, 93.78, by 0.22"
    );
    expect(r.totals.score).toBe(93.78);
    expect(r.totals.statedScore).toBe(94);
  });

  test("SUM_MISMATCH and WEIGHT_SUM on a level-1 subtotal row", () => {
    const rows = seed001();
    rows.unshift(row({ levels: ["管理效能"], kind: "group", weight: 44, stated: 41, row: 4 }));
    const r = computeTotals(rows, national, { score: 93.78, grade: "优" }, { cell });
    const codes = r.flags.map((f) => `${f.cell}:${f.code}`).sort();
    expect(codes).toEqual(["C4:WEIGHT_SUM", "H4:SUM_MISMATCH"]);
    const sum = r.flags.find((f) => f.code === "SUM_MISMATCH");
    expect(sum && render(sum.message, "zh-CN")).toBe(
      "“管理效能”填报得分41分，与下级得分合计41.48分相差0.48分"
    );
    const w = r.flags.find((f) => f.code === "WEIGHT_SUM");
    expect(w && render(w.message, "zh-CN")).toBe("“管理效能”分值44分，与下级分值合计45分不一致");
    // the subtotal row is a check, not added: the total is still 93.78
    expect(r.totals.score).toBe(93.78);
  });

  test("WEIGHT_SUM: leaves that do not add up to the total weight", () => {
    const rows = seed001();
    rows[0] = row({ levels: ["管理效能", "资金管理"], weight: 15, stated: 14.98, row: 40 });
    const total = row({ levels: ["合计"], kind: "total", weight: 100, stated: null, row: 41 });
    const r = computeTotals([...rows, total], national, { score: null, grade: null }, { cell });
    expect(r.flags.map((f) => f.id)).toEqual(["自评表!C41:WEIGHT_SUM"]);
    expect(render(r.flags[0].message, "zh-CN")).toBe("各指标分值合计99分，应为100分");
  });

  test("GRADE_MISMATCH: 良 stated for 93.78", () => {
    const r = computeTotals(seed001(), national, {
      score: 93.78,
      grade: "良",
      gradeCell: { sheet: "自评表", cell: "I3" },
    });
    expect(r.flags.map((f) => f.id)).toEqual(["自评表!I3:GRADE_MISMATCH"]);
    expect(render(r.flags[0].message, "zh-CN")).toBe("填报等级“良”与总分93.78分对应的等级“优”不符");
    expect(render(r.flags[0].message, "en-US")).toBe(
      "The stated grade “良” does not match “优”, the grade of the total 93.78"
    );
    expect(computeTotals(seed001(), national, { score: 93.78, grade: "优秀" }).flags).toEqual([]);
  });
});

describe("bonus and penalty", () => {
  test("bounded at ±5 (rule set), negative allowed", () => {
    const base = seed001().slice(0, -1);
    const plus = computeTotals(
      [...base, row({ levels: ["加减分"], kind: "bonus", weight: 5, stated: 7 })],
      national,
      { score: null, grade: null }
    );
    expect(plus.totals.score).toBe(96.28); // 91.28 + 5 (7 bounded)
    const minus = computeTotals(
      [...base, row({ levels: ["加减分"], kind: "bonus", weight: 5, stated: -2 })],
      national,
      { score: null, grade: null }
    );
    expect(minus.totals.score).toBe(89.28); // 91.28 − 2
    expect(minus.totals.grade).toBe("良");
  });
});

describe("不适用 rows", () => {
  const four = (): TotalsRow[] => [
    row({ levels: ["产出", "a"], weight: 25, stated: 20 }),
    row({ levels: ["产出", "b"], weight: 25, stated: 25 }),
    row({ levels: ["效益", "c"], weight: 25, stated: 15 }),
    row({ levels: ["效益", "d"], weight: 25, stated: null, notApplicable: true }),
  ];

  test("rescale (default): 60 of 75 → 60 × 100/75 = 80", () => {
    const r = computeTotals(four(), national, { score: null, grade: null });
    expect(r.totals.score).toBe(80);
    expect(r.totals.weight).toBe(100);
    expect(r.notes.map((m) => render(m, "zh-CN"))).toContain(
      "1项指标不适用（分值25分），其余指标按1.3333倍折算"
    );
  });

  test("drop: 60 of 75 stays 60", () => {
    const r = computeTotals(
      four(),
      { ...national, notApplicable: "drop" },
      { score: null, grade: null }
    );
    expect(r.totals.score).toBe(60);
    expect(r.totals.weight).toBe(75);
  });

  test("moveTo: the weight goes to 效益: its remaining leaf 15/25 → ×50/25 = 30; total 20 + 25 + 30 = 75", () => {
    const r = computeTotals(
      four(),
      { ...national, notApplicable: { moveTo: "效益" } },
      { score: null, grade: null }
    );
    expect(r.totals.score).toBe(75);
    expect(r.totals.weight).toBe(100);
  });
});

describe("nested percentages (一级 50/25/25 %, leaves within each)", () => {
  const rows = (): TotalsRow[] => [
    row({ levels: ["A"], kind: "group", weight: 50 }),
    row({ levels: ["A", "a1"], weight: 40, stated: 36 }),
    row({ levels: ["A", "a2"], weight: 60, stated: 60 }),
    row({ levels: ["B"], kind: "group", weight: 25 }),
    row({ levels: ["B", "b1"], weight: 100, stated: 80 }),
    row({ levels: ["C"], kind: "group", weight: 25 }),
    row({ levels: ["C", "c1"], weight: 50, stated: 50 }),
    row({ levels: ["C", "c2"], weight: 50, stated: 45 }),
  ];

  test("detected: 50 × 96 % + 25 × 80 % + 25 × 95 % = 48 + 20 + 23.75 = 91.75", () => {
    const r = computeTotals(rows(), national, { score: null, grade: null });
    expect(r.scheme).toBe("nested");
    expect(r.totals.score).toBe(91.75);
    expect(r.totals.weight).toBe(100);
    expect(r.totals.grade).toBe("优");
    expect(r.flags).toEqual([]);
    expect(r.groups.find((g) => g.levels.join() === "A")).toMatchObject({ weight: 50, score: 48 });
  });

  test("fractions 0.5/0.25/0.25 read as percentages", () => {
    const fr = rows().map((x) =>
      x.kind === "group" ? { ...x, weight: (x.weight as number) / 100 } : x
    );
    expect(computeTotals(fr, national, { score: null, grade: null }).totals.score).toBe(91.75);
  });

  test("forced additive, the same rows do not add up", () => {
    const r = computeTotals(
      rows(),
      national,
      { score: null, grade: null },
      { weightScheme: "additive" }
    );
    expect(r.scheme).toBe("additive");
    expect(r.flags.some((f) => f.code === "WEIGHT_SUM")).toBe(true);
  });
});

describe("vetoes", () => {
  test("zero-block: the level-1 group of the failed row scores 0", () => {
    const rows: TotalsRow[] = [
      ...seed001(),
      {
        ...row({
          levels: ["管理效能", "安全生产"],
          weight: 0,
          stated: null,
          score: 0,
          rule: "veto",
        }),
        veto: { effect: "zero-block", level: 1 },
      },
    ];
    const r = computeTotals(rows, national, { score: null, grade: null });
    expect(r.totals.score).toBe(52.3); // 49.8 + 2.5
    expect(r.groups.find((g) => g.levels.join() === "管理效能")?.score).toBe(0);
  });

  test("cap-total and zero-total", () => {
    const veto = (effect: TotalsRow["veto"]): TotalsRow => ({
      ...row({ levels: ["否决项"], weight: 0, score: 0, rule: "veto" }),
      veto: effect,
    });
    const capped = computeTotals([...seed001(), veto({ effect: "cap-total", cap: 59 })], national, {
      score: null,
      grade: null,
    });
    expect(capped.totals).toMatchObject({ score: 59, grade: "差" });
    expect(render(capped.notes[0], "zh-CN")).toMatch(/总分由93.78分封顶为59分/);
    expect(
      computeTotals([...seed001(), veto({ effect: "zero-total" })], national, {
        score: null,
        grade: null,
      }).totals.score
    ).toBe(0);
  });
});
