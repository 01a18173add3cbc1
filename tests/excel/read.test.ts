// ExcelWorkbookPort.read through Microsoft's Office.js client and the in-memory host behind it (helpers.ts);
// the notes path (ExcelApi 1.18, not in the client build) on the strict fake.

import { buildWorkbook } from "../fakes/excel-model";
import { SHEET, indicatorWorkbook, setup } from "./helpers";

describe("read: what comes back", () => {
  test.each([
    ["1.15", "comment"],
    ["1.18", "note"],
  ] as const)(
    "values, number formats, dates, errors, formulas, merges, fills, notes, widths, hidden sheets (ExcelApi %s: a %s)",
    async (version, kind) => {
      const model = buildWorkbook([
        {
          name: SHEET,
          rows: [
            ["指标", "目标", "完成率", "日期", "错误", "合计"],
            ["完成项目数", "≥10个", 0.95, 45306, "#DIV/0!", 0],
            ["", "=看起来像公式的文字", true, "", "", ""],
          ],
          formats: { C2: "0.0%", D2: "yyyy-mm-dd" },
          formulas: { F2: "=SUM(C2:C3)" },
          merges: ["A2:A3"],
          fills: { A1: "#BDD7EE", B2: "#FFFF00" },
        },
        { name: "_state", rows: [["v", 1]], visibility: "VeryHidden" },
      ]);
      model.sheet(SHEET).edit(2, 1, (c) => (c.numberFormat = "@")); // B3 is text formatted
      model.sheet(SHEET).columnWidths.set(1, 90);
      model.sheet(SHEET).rowHeights.set(0, 30);
      model.sheet(SHEET).edit(1, 1, (c) => (c[kind] = "我的备注"));
      const { fake, port } = setup(model, { apiVersion: version });
      const grids = await port.read();
      expect(grids.map((g) => g.sheet)).toEqual([SHEET, "_state"]);
      const g = grids[0];
      expect(g.values[0]).toEqual(["指标", "目标", "完成率", "日期", "错误", "合计"]);
      expect(g.values[1].slice(0, 5)).toEqual([
        "完成项目数",
        "≥10个",
        0.95,
        "2024-01-15",
        { error: "#DIV/0!" },
      ]);
      expect(g.values[2][1]).toBe("=看起来像公式的文字"); // text, not a formula
      expect(g.values[2][2]).toBe(true);
      expect(g.formats?.[1]?.[2]).toBe("0.0%");
      expect(g.formats?.[1]?.[3]).toBe("yyyy-mm-dd");
      expect(g.formulas?.[1]?.[5]).toBe("SUM(C2:C3)");
      expect(g.formulas?.[2]?.[1]).toBeUndefined();
      expect(g.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
      expect(g.fills?.[0]?.[0]).toBe("#BDD7EE");
      expect(g.fills?.[1]?.[1]).toBe("#FFFF00");
      expect(g.fills?.[1]?.[0]).toBeUndefined();
      expect(g.notes?.[1]?.[1]).toBe("我的备注");
      expect(g.colWidths?.[1]).toBeCloseTo((90 / 0.75 - 5) / 7, 1);
      expect(g.colWidths?.[0]).toBeUndefined();
      expect(g.rowHeights?.[0]).toBe(30);
      expect(grids[1].values).toEqual([["v", 1]]);
      expect(fake.syncCount).toBe(2);
      expect(fake.unsyncedAtEnd).toBe(0);
    }
  );

  test("comments are read as notes where notes are not supported (ExcelApi 1.10)", async () => {
    const model = buildWorkbook([{ name: SHEET, rows: [["a", "b"]] }]);
    model.sheet(SHEET).edit(0, 1, (c) => (c.comment = "评论"));
    const { port } = setup(model, { apiVersion: "1.10" });
    const [g] = await port.read();
    expect(g.notes?.[0]?.[1]).toBe("评论");
  });

  test("on ExcelApi 1.8 the core still reads: fills by one-colour probes, no notes or merged areas", async () => {
    const model = indicatorWorkbook(30);
    model.sheet(SHEET).edit(5, 4, (c) => (c.fill = "#FF0000"));
    const { fake, port } = setup(model, { apiVersion: "1.8" });
    const [g] = await port.read();
    expect(g.values[1][2]).toBe("完成项目数1");
    expect(g.fills?.[0]?.[0]).toBe("#BDD7EE");
    expect(g.fills?.[0]?.[8]).toBeUndefined();
    expect(g.fills?.[5]?.[4]).toBe("#FF0000");
    expect(g.fills?.[5]?.[3]).toBeUndefined();
    expect(g.notes).toBeUndefined();
    expect(g.merges).toEqual([]);
    expect(fake.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(fake.syncCount).toBe(3); // one more: cells where a mixed row meets a mixed column are probed one by one
  });

  test("a blank sheet reads as an empty grid", async () => {
    const { port } = setup(buildWorkbook([{ name: "空表" }, { name: SHEET, rows: [["x"]] }]));
    const grids = await port.read();
    expect(grids[0].values).toEqual([]);
    expect(grids[1].values).toEqual([["x"]]);
  });
});

describe("read: big sheets are read in bands", () => {
  test("a sheet far bigger than its window reads exactly like a small one would", async () => {
    const model = indicatorWorkbook(6000);
    const s = model.sheet(SHEET);
    // Things that only the bands' follow-ups can find: a formula, a date, a percent, fills, a wide column.
    s.edit(4500, 6, (c) => ((c.formula = "=F4501*0.8"), (c.value = 4)));
    s.edit(5000, 4, (c) => ((c.value = 0.5), (c.numberFormat = "0%")));
    s.edit(5001, 4, (c) => ((c.value = 45306), (c.numberFormat = "yyyy/m/d")));
    s.edit(5200, 2, (c) => (c.fill = "#FF0000"));
    for (let r = 3000; r < 6001; r++) s.edit(r, 7, (c) => (c.fill = "#E2EFDA"));
    s.edit(10, 30, (c) => (c.value = "far right"));
    const { fake, port } = setup(model);
    const [g] = await port.read();
    expect(g.values.length).toBe(6001);
    expect(g.values[6000][2]).toBe("完成项目数6000");
    expect(g.formulas?.[4500]?.[6]).toBe("F4501*0.8");
    expect(g.values[4500][6]).toBe(4);
    expect(g.formats?.[5000]?.[4]).toBe("0%");
    expect(g.values[5001][4]).toBe("2024-01-15");
    expect(g.fills?.[5200]?.[2]).toBe("#FF0000");
    expect(g.fills?.[5199]?.[2]).toBeUndefined();
    expect(g.fills?.[4000]?.[7]).toBe("#E2EFDA");
    expect(g.values[10][30]).toBe("far right");
    expect(g.merges.length).toBe(120 + 600);
    expect(g.merges).toContainEqual({ top: 5951, left: 0, bottom: 6000, right: 0 });
    expect(fake.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fake.unsyncedAtEnd).toBe(0);
  });

  test("a band brings the number formats of the columns that hold numbers: no request is spent on follow-ups", async () => {
    const model = indicatorWorkbook(20_000);
    const s = model.sheet(SHEET);
    s.edit(15_000, 4, (c) => ((c.value = 0.5), (c.numberFormat = "0%")));
    s.edit(15_001, 5, (c) => ((c.value = 45306), (c.numberFormat = "yyyy/m/d")));
    const { fake, port } = setup(model);
    const [g] = await port.read();
    expect(g.formats?.[15_000]?.[4]).toBe("0%");
    expect(g.values[15_001][5]).toBe("2024-01-15");
    expect(g.values[20_000][2]).toBe("完成项目数20000");
    // The sheet list, the first window, and one band of the other 17,500 rows (about 1.8 MB, under the
    // 3.2 MB planned): the number formats of columns E, F and G came with it. Asking for them after the band
    // would have been a fourth request.
    expect(fake.syncCount).toBe(3);
    expect(fake.syncs[2].responseBytes).toBeGreaterThan(1_000_000);
  });

  test("a number in a column that held none in the first window still gets its number format", async () => {
    const model = indicatorWorkbook(20_000);
    model.sheet(SHEET).edit(15_000, 7, (c) => ((c.value = 0.25), (c.numberFormat = "0%")));
    const { port } = setup(model);
    const [g] = await port.read();
    expect(g.values[15_000][7]).toBe(0.25);
    expect(g.formats?.[15_000]?.[7]).toBe("0%");
  });

  test("a response refused as too large is read again in smaller bands", async () => {
    const model = indicatorWorkbook(3000);
    // The port plans for 3.2 MB, but this Excel refuses anything over 150 kB.
    const { fake, port } = setup(model, { payloadLimit: 150_000 });
    const [g] = await port.read();
    expect(g.values[3000][2]).toBe("完成项目数3000");
    expect(fake.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    const ok = fake.syncs.filter((s) => s.error === undefined);
    expect(
      Math.max(...ok.map((s) => Math.max(s.requestBytes, s.responseBytes)))
    ).toBeLessThanOrEqual(150_000);
  });

  test("more than 512 merged areas in one band: the cells are read without them", async () => {
    const rows = Array.from({ length: 120 }, () => Array.from({ length: 14 }, () => "x"));
    const merges: string[] = [];
    for (let r = 1; r <= 100; r++)
      for (let c = 0; c < 12; c += 2)
        merges.push(`${String.fromCharCode(65 + c)}${r}:${String.fromCharCode(66 + c)}${r}`);
    const { port } = setup(buildWorkbook([{ name: SHEET, rows, merges }]));
    const [g] = await port.read();
    expect(g.values[119][13]).toBe("x");
    expect(g.merges).toEqual([]);
    expect(port.stats.read?.mergesSkipped).toEqual([SHEET]);
  });
});

describe("read: errors a person can cause", () => {
  test("a cell in edit mode", async () => {
    const { fake, port } = setup(indicatorWorkbook(10));
    fake.editMode = true;
    await expect(port.read()).rejects.toMatchObject({
      code: "cellEditMode",
      text: { "zh-CN": expect.stringContaining("Enter") },
    });
  });

  test("a sheet deleted while it is being read: the read starts again", async () => {
    const model = indicatorWorkbook(10);
    const { fake, port } = setup(model);
    fake.removeSheetBeforeSync(2, "说明");
    const grids = await port.read();
    expect(grids.map((g) => g.sheet)).toEqual([SHEET]);
  });
});
