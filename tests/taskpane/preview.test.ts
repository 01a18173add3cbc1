import type { Grid } from "../../src/engine/grid";
import { downloadName, downloadType, isWorkbookName } from "../../src/taskpane/state/files";
import {
  cellText,
  cssColour,
  firstScoredSheet,
  nameColumns,
  previewModel,
  previewSheetNames,
} from "../../src/taskpane/state/preview";
import { evaluation } from "./fixtures";

const grid: Grid = {
  sheet: "自评表",
  values: [
    ["一级指标", "二级指标", "得分"],
    ["产出指标", "数量指标", 5.1],
    [null, "质量指标", 0.9238],
    ["<script>alert(1)</script>", true, { error: "#DIV/0!" }],
  ],
  formats: [[], [undefined, undefined, "0.00"], [undefined, undefined, "0.0%"]],
  merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
  fills: [[undefined, undefined, "#FFDDEBF7"], [], [undefined, "#80FF0000"]],
};

describe("preview", () => {
  const flags = [
    { sheet: "自评表", cell: "C2", severity: "warning" as const, message: "未填写扣分原因" },
    { sheet: "自评表", cell: "C2", severity: "error" as const, message: "得分不符" },
    { sheet: "自评表", cell: "A3", severity: "info" as const, message: "在合并区域里" },
    { sheet: "别的表", cell: "A1", severity: "error" as const, message: "不是这张表" },
  ];
  const model = previewModel(grid, flags);

  test("column letters and row numbers as in Excel", () => {
    expect(model.columns).toEqual(["A", "B", "C"]);
    expect(model.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(model.totalRows).toBe(4);
  });

  test("a merged area is one cell spanning it; the cells it covers are not drawn", () => {
    const a2 = model.rows[1]?.cells[0];
    expect(a2).toMatchObject({ address: "A2", text: "产出指标", rowSpan: 2, colSpan: 1 });
    expect(model.rows[2]?.cells.map((c) => c.address)).toEqual(["B3", "C3"]);
  });

  test("flagged cells carry the most severe severity and every message; a flag inside a merge shows on the area", () => {
    const c2 = model.rows[1]?.cells[2];
    expect(c2).toMatchObject({ severity: "error", messages: ["未填写扣分原因", "得分不符"] });
    expect(model.rows[1]?.cells[0]).toMatchObject({ severity: "info", messages: ["在合并区域里"] });
    expect(model.rows.flatMap((r) => r.cells).filter((c) => c.severity)).toHaveLength(2);
  });

  test("values as the sheet shows them; text stays text", () => {
    expect(model.rows[1]?.cells[2]?.text).toBe("5.10");
    expect(model.rows[2]?.cells[1]?.text).toBe("92.4%");
    expect(model.rows[3]?.cells.map((c) => c.text)).toEqual([
      "<script>alert(1)</script>",
      "TRUE",
      "#DIV/0!",
    ]);
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(cellText(null)).toBe("");
  });

  test("the workbook's own fills, ARGB or RGB; nothing else gets into CSS", () => {
    expect(model.rows[0]?.cells[2]?.fill).toBe("#DDEBF7");
    expect(model.rows[2]?.cells[0]?.address).toBe("B3");
    expect(model.rows[2]?.cells[0]?.fill).toBe("rgba(255, 0, 0, 0.50)");
    expect(cssColour("#abcdef")).toBe("#ABCDEF");
    expect(cssColour("#00FFFFFF")).toBeUndefined();
    expect(cssColour("red;background:url(x)")).toBeUndefined();
    expect(cssColour(undefined)).toBeUndefined();
  });

  test("large sheets are capped, with the totals to say so; merges are clipped to what is shown", () => {
    const big: Grid = {
      sheet: "大表",
      values: Array.from({ length: 800 }, (_, r) =>
        Array.from({ length: 60 }, (_, c) => r * 100 + c)
      ),
      merges: [{ top: 498, left: 0, bottom: 520, right: 1 }],
    };
    const capped = previewModel(big, []);
    expect(capped.rows).toHaveLength(500);
    expect(capped.columns).toHaveLength(40);
    expect(capped.totalRows).toBe(800);
    expect(capped.totalCols).toBe(60);
    expect(capped.rows[498]?.cells[0]).toMatchObject({ rowSpan: 2, colSpan: 2 });
  });

  test("sheets to pick: all but the hidden undo state; first the one the run scored", () => {
    const grids: Grid[] = ["封面", "自评表", "复核清单", "_jixiao_state"].map((sheet) => ({
      sheet,
      values: [],
      merges: [],
    }));
    const names = previewSheetNames(grids);
    expect(names).toEqual(["封面", "自评表", "复核清单"]);
    expect(firstScoredSheet(names, evaluation())).toBe("自评表");
    expect(firstScoredSheet(names, null)).toBe("封面");
    expect(firstScoredSheet([], null)).toBeUndefined();
  });

  test("the name columns to pin: the indicator table's level and name columns on that sheet, left to right", () => {
    const table = evaluation().tables[0]!;
    const mapped = evaluation({
      tables: [
        // As the sample maps them: 一级 A, 二级 B, 三级 C; the score column is no name.
        { ...table, columns: { level3: 2, level1: 0, level2: 1, score: 6, name: -1 } },
        { ...table, sheet: "明细", kind: "budget", columns: { name: 0 } },
      ],
    });
    expect(nameColumns(mapped, "自评表")).toEqual(["A", "B", "C"]);
    // A budget table's line names are not pinned; no table, nothing pinned.
    expect(nameColumns(mapped, "明细")).toEqual([]);
    expect(nameColumns(null, "自评表")).toEqual([]);
  });
});

describe("files", () => {
  test("only workbook names are taken (.xlsx, .xlsm; .xls and .et to name their refusal)", () => {
    expect(isWorkbookName("自评表.xlsx")).toBe(true);
    expect(isWorkbookName("A.XLSX")).toBe(true);
    expect(isWorkbookName("宏.xlsm")).toBe(true);
    expect(isWorkbookName("说明.txt")).toBe(false);
    // Opened to be refused with what they are and how to save them as .xlsx (tests/corpus/doors.test.ts).
    expect(isWorkbookName("旧表.xls")).toBe(true);
    expect(isWorkbookName("金山.et")).toBe(true);
    expect(isWorkbookName("x.xlsx.exe")).toBe(false);
  });

  test("the download is never the picked file's own name", () => {
    expect(downloadName("自评表.xlsx", true)).toBe("自评表.scored.xlsx");
    expect(downloadName("自评表.XLSX", false)).toBe("自评表.unscored.xlsx");
    expect(downloadName(".xlsx", true)).toBe("workbook.scored.xlsx");
    expect(downloadName("宏.xlsm", true)).toBe("宏.scored.xlsm");
    expect(downloadType("宏.XLSM")).toBe("application/vnd.ms-excel.sheet.macroEnabled.12");
    expect(downloadType("表.xlsx")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
  });
});
