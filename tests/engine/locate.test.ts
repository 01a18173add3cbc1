/**
 * Finding tables by header aliases, whatever the layout: the sample layouts (all carrying seed 004's
 * indicators) read to the same indicators; hand-built grids cover two-row headers, units in headers,
 * two tables on a sheet, and what is not a table.
 */

import * as path from "path";
import * as fs from "fs";
import type { CellValue, Grid } from "../../src/engine/grid";
import { evaluate } from "../../src/engine/evaluate";
import { render } from "../../src/engine/i18n/render";
import { findTables } from "../../src/engine/locate/tables";
import { MergedView } from "../../src/engine/locate/merged";
import { readIndicatorRows } from "../../src/engine/locate/rows";
import { normalizeHeader, headerUnit } from "../../src/engine/locate/header";
import { getPreset } from "../../src/engine/ruleset";
import { readGrids } from "../../src/workbook/xlsx/package/read-sheet";
import { unzipParts } from "../../src/workbook/xlsx/zip-parts";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");
const rs = getPreset("national-2020")!;

async function grids(file: string): Promise<Grid[]> {
  return readGrids(unzipParts(await fs.promises.readFile(file)));
}

function grid(values: CellValue[][], merges: Grid["merges"] = []): Grid {
  return { sheet: "表1", values, merges };
}

/** What a layout must read to: levels, weight, the raw target and actual, the score. */
async function indicatorsOf(file: string) {
  const out = evaluate(await grids(file), rs, { file, ruleSetName: rs.name });
  if (!out.ok) throw new Error(render(out.problem.message, "en-US"));
  return out.evaluation.indicators
    .filter((i) => i.kind === "indicator")
    .map((i) => ({
      levels: i.levels,
      weight: i.weight,
      score: i.score,
      target: i.targetValue.kind,
      actual: i.actualValue.kind,
    }));
}

describe("the sample layouts read to the same indicators", () => {
  const layouts = [
    "title-rows",
    "english",
    "reordered",
    "operator-column",
    "blank-levels",
    "percent-cells",
  ];
  let reference: Awaited<ReturnType<typeof indicatorsOf>>;

  beforeAll(async () => {
    reference = await indicatorsOf(path.join(SAMPLES, "sample.xlsx"));
  });

  test("the merged national form has 13 indicators under 3 level-1 groups", () => {
    expect(reference).toHaveLength(13);
    expect(new Set(reference.map((i) => i.levels[0]))).toEqual(
      new Set(["产出指标", "效益指标", "满意度指标"])
    );
    expect(reference[0].levels).toEqual(["产出指标", "数量指标", "过会新签约项目"]);
    expect(reference[6].levels).toEqual(["产出指标", "时效指标", "入区工业投资项目拿地至动工时间"]);
  });

  test.each(layouts)("layout %s", async (name) => {
    const got = await indicatorsOf(path.join(SAMPLES, "layouts", `layout-${name}.xlsx`));
    // Values the layout writes differently (a number with a 指标性质 column, a percent cell) may parse to
    // another kind; names, weights and scores must be the same.
    const strip = (xs: typeof reference) =>
      xs.map(({ levels, weight, score }) => ({ levels, weight, score }));
    expect(strip(got)).toEqual(strip(reference));
  });
});

describe("headers", () => {
  test("spaces, line breaks, full-width brackets and units inside headers", () => {
    expect(normalizeHeader("分值（分）")).toBe("分值");
    expect(normalizeHeader("年度\n指标值")).toBe("年度指标值");
    expect(normalizeHeader(" Target Value ")).toBe("targetvalue");
    expect(headerUnit("金额(万元)")).toBe("万元");
    expect(headerUnit("全年预算数（万元）")).toBe("万元");
  });

  test("a two-row header: 指标值 over 年初指标值 | 调整指标值 takes the lower names", () => {
    const g = grid(
      [
        ["一级指标", "二级指标", "三级指标", "指标值", null, "完成值", "分值", "得分"],
        [null, null, null, "年初指标值", "调整指标值", null, null, null],
        ["产出指标", "数量指标", "新开工项目", "≥70宗", "≥80宗", "22宗", 10, null],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 3, bottom: 0, right: 4 },
      ]
    );
    const [t] = findTables(g);
    expect(t.headerRow).toBe(1);
    expect(t.firstRow).toBe(2);
    expect(t.columns.target).toBe(3); // 年初指标值, the first target column
    expect(t.columns.actual).toBe(5);
    expect(t.columns.weight).toBe(6);
  });

  test("two tables on one sheet: budget block above the indicator block, both with 得分", () => {
    const g = grid([
      ["项目支出绩效自评表"],
      ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 100, 120, 110, 10, "91.67%", null],
      [null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "新开工项目", "≥80宗", "22宗", 10, null],
      ["总分", null, null, null, null, 100, null],
    ]);
    const tables = findTables(g);
    expect(tables.map((t) => [t.kind, t.headerRow, t.lastRow])).toEqual([
      ["budget", 1, 2],
      ["indicators", 4, 6],
    ]);
  });

  test("blank level cells inherit from above; a new parent resets its children", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值"],
      ["产出指标", "数量指标", "甲", "≥1个", "1个", 5],
      [null, null, "乙", "≥1个", "1个", 5],
      [null, "质量指标", "丙", "≥1个", "1个", 5],
      ["效益指标", null, "丁", "≥1个", "1个", 5],
    ]);
    const [t] = findTables(g);
    const rows = readIndicatorRows(new MergedView(g), t);
    expect(rows.map((r) => r.levels)).toEqual([
      ["产出指标", "数量指标", "甲"],
      ["产出指标", "数量指标", "乙"],
      ["产出指标", "质量指标", "丙"],
      ["效益指标", "丁"],
    ]);
  });

  test("total and bonus rows are recognised; placeholders are no value", () => {
    const g = grid([
      ["一级指标", "二级指标", "分值", "得分"],
      ["管理效能", "资金管理", 16, 14.98],
      ["加减分", "工作受表彰", 5, 2.5],
      ["合计", null, 100, "—"],
    ]);
    const [t] = findTables(g);
    const rows = readIndicatorRows(new MergedView(g), t);
    expect(rows.map((r) => r.kind)).toEqual(["indicator", "bonus", "total"]);
  });
});

describe("nothing recognisable", () => {
  test("a typed problem naming the file, the sheets looked at and the headers expected", () => {
    const out = evaluate(
      [grid([["说明"], ["本表无指标"]]), { ...grid([["a", "b"]]), sheet: "Sheet2" }],
      rs,
      { file: "x.xlsx", ruleSetName: rs.name }
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem.code).toBe("NO_TABLES");
    const zh = render(out.problem.message, "zh-CN");
    expect(zh).toContain("x.xlsx");
    expect(zh).toContain("「表1」、「Sheet2」");
    expect(zh).toContain("一级指标");
    expect(render(out.problem.message, "en-US")).toContain("no indicator or budget table");
  });

  test("the add-in's own sheets are never read as input", () => {
    const own = {
      ...grid([
        ["一级指标", "二级指标", "指标值", "完成值", "分值"],
        ["a", "b", "≥1个", "1个", 5],
      ]),
      sheet: "评分汇总",
    };
    const out = evaluate([own], rs, { file: "x.xlsx", ruleSetName: rs.name });
    expect(out.ok).toBe(false);
  });
});
