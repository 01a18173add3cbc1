// ExcelWorkbookPort.apply against the strict fake: what is written, fallbacks, refusals, idempotence, undo.

import type { CellLook, WritePlan } from "../../src/engine/plan/types";
import { emptyPlan } from "../../src/engine/plan/types";
import { HEADER_FILL, PROMPT_TITLE } from "../../src/workbook/excel/write";
import {
  FILLS,
  REVIEW,
  SHEET,
  STATE,
  SUMMARY,
  indicatorWorkbook,
  scoringPlan,
  setup,
  undoPlan,
} from "./helpers";

function plan(parts: Partial<WritePlan>): WritePlan {
  return { ...emptyPlan(), ...parts };
}

describe("apply: what is written", () => {
  test("a block is written whole: values, formulas, number formats, the header style", async () => {
    const { fake, port } = setup(indicatorWorkbook(20));
    await port.apply(scoringPlan(20, { formulas: true }));
    const s = fake.model.sheet(SHEET);
    expect(s.get(0, 8)).toMatchObject({
      value: "系统得分\nSystem score",
      bold: true,
      fill: HEADER_FILL,
      wrap: true,
      hAlign: "Center",
    });
    expect(s.get(1, 8)).toMatchObject({ formula: "=IF(E2>=10,F2,F2*E2/10)", numberFormat: "0.00" });
    expect(s.get(1, 9)).toMatchObject({ value: 1, numberFormat: "0.00" });
    expect(s.get(2, 10)).toMatchObject({ value: "达成目标，得满分", numberFormat: "General" });
    // One request for the whole 21 × 3 block, not one a cell.
    const blockWrites = fake.syncs.length;
    expect(blockWrites).toBe(2);
    expect(fake.unsyncedAtEnd).toBe(0);
  });

  test("text stays text: =HYPERLINK(…), guarded text, and strings Excel would read as numbers or dates", async () => {
    const { fake, port } = setup(indicatorWorkbook(3));
    const texts = [
      '=HYPERLINK("#A1","跳转")',
      "\u200B=SUM(A1:A3)",
      "+86 10 1234",
      "-",
      "12",
      "50%",
      "2024-01-05",
      "TRUE",
      "1/2",
    ];
    await port.apply(
      plan({ blocks: [{ sheet: SHEET, top: 0, left: 12, values: texts.map((t) => [t]) }] })
    );
    const s = fake.model.sheet(SHEET);
    texts.forEach((t, i) => {
      const cell = s.get(i, 12);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(t);
    });
    // Plain text keeps the person's format; only what Excel would convert gets the Text format.
    expect(s.get(0, 12)?.numberFormat).toBe("@");
  });

  test("a 得分 cell filled by the add-in keeps the person's own number format", async () => {
    const model = indicatorWorkbook(3);
    model.sheet(SHEET).edit(2, 6, (c) => ((c.value = ""), (c.numberFormat = "0.0")));
    const { fake, port } = setup(model);
    await port.apply(plan({ blocks: [{ sheet: SHEET, top: 2, left: 6, values: [[4.5]] }] }));
    expect(fake.model.sheet(SHEET).get(2, 6)).toMatchObject({ value: 4.5, numberFormat: "0.0" });
  });

  test("own sheets: values, links, row fills, drop-downs, frozen header, chart; the state sheet very hidden", async () => {
    const { fake, port } = setup(indicatorWorkbook(20));
    await port.apply(scoringPlan(20));
    const names = fake.model.sheets.map((s) => s.name);
    expect(names).toEqual([SHEET, "说明", SUMMARY, REVIEW, STATE]);
    const review = fake.model.sheet(REVIEW);
    expect(review.get(1, 3)).toMatchObject({
      value: "G2",
      hyperlink: { documentReference: `'${SHEET}'!G2` },
      fill: FILLS.warning,
    });
    expect(review.get(1, 6)?.validation).toMatchObject({
      type: "List",
      list: "待复核,已确认,已驳回,已修正",
    });
    expect(review.freezeRows).toBe(1);
    expect(review.get(1, 5)?.wrap).toBe(true);
    const summary = fake.model.sheet(SUMMARY);
    expect(summary.charts).toEqual([
      { type: "ColumnClustered", source: `${SUMMARY}!A4:C7`, title: "得分与分值" },
    ]);
    expect(summary.get(4, 1)).toMatchObject({ value: 50, numberFormat: "0.00" });
    expect(fake.model.sheet(STATE).visibility).toBe("VeryHidden");
    expect(fake.model.sheet(SHEET).columnWidths.get(10)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(fake.model.sheet(SHEET).rowHeights.get(0)).toBe(30);
  });

  test("fills are grouped by colour into range areas, not written cell by cell", async () => {
    const { fake, port } = setup(indicatorWorkbook(300));
    const p = scoringPlan(300, { markEvery: 3 });
    await port.apply(p);
    const s = fake.model.sheet(SHEET);
    for (const m of p.marks) {
      const r = Number(m.cell.slice(1)) - 1;
      expect(s.get(r, 6)?.fill).toBe(FILLS.warning);
    }
    const write = fake.syncs[fake.syncs.length - 1];
    // 100 marked cells: one RangeAreas fill, 100 notes — far fewer operations than one per cell per property.
    expect(write.operations).toBeLessThan(100 * 2 + 200);
  });
});

describe("apply: notes by requirement set, the review sheet always", () => {
  const cases: [
    string,
    string,
    (
      c:
        | {
            note?: string;
            comment?: string;
            validation?: { prompt?: { message: string; title: string } };
          }
        | undefined
    ) => unknown,
  ][] = [
    ["1.18", "a note", (c) => c?.note],
    ["1.10", "a comment", (c) => c?.comment],
    ["1.8", "the input prompt", (c) => c?.validation?.prompt?.message],
  ];
  test.each(cases)(
    "ExcelApi %s: the explanation goes into %s",
    async (version, _what, explanation) => {
      const { fake, port } = setup(indicatorWorkbook(20), { apiVersion: version });
      const p = scoringPlan(20);
      await port.apply(p);
      const cell = fake.model.sheet(SHEET).get(1, 6);
      expect(explanation(cell)).toBe(p.marks[0].note);
      expect(cell?.fill).toBe(FILLS.warning);
      const others = [cell?.note, cell?.comment, cell?.validation?.prompt?.message].filter(
        (x) => x !== undefined
      );
      expect(others).toHaveLength(1);
      if (version === "1.8") expect(cell?.validation?.prompt?.title).toBe(PROMPT_TITLE);
      expect(fake.model.sheet(REVIEW).get(1, 5)?.value).toBe(p.marks[0].note);
      expect(fake.unsyncedAtEnd).toBe(0);
    }
  );

  test("a prompt message is cut to Excel's 255 characters", async () => {
    const { fake, port } = setup(indicatorWorkbook(3), { apiVersion: "1.8" });
    await port.apply(
      plan({
        marks: [
          {
            sheet: SHEET,
            cell: "G2",
            severity: "error",
            fill: FILLS.error,
            note: "长".repeat(400),
          },
        ],
      })
    );
    const message = fake.model.sheet(SHEET).get(1, 6)?.validation?.prompt?.message ?? "";
    expect([...message]).toHaveLength(255);
    expect(message.endsWith("…")).toBe(true);
  });
});

describe("apply: refusals leave nothing half-written", () => {
  test("a protected sheet: a clear message and no change at all", async () => {
    const model = indicatorWorkbook(20);
    model.sheet(SHEET).protected = true;
    const before = model.snapshot();
    const { fake, port } = setup(model);
    await expect(port.apply(scoringPlan(20))).rejects.toMatchObject({
      code: "sheetProtected",
      sheet: SHEET,
      text: {
        "zh-CN": expect.stringContaining("受保护"),
        "en-US": expect.stringContaining("protected"),
      },
    });
    expect(fake.model.snapshot()).toEqual(before);
  });

  test("a protected workbook structure: no own sheet can be added, nothing is written", async () => {
    const model = indicatorWorkbook(20);
    model.structureProtected = true;
    const before = model.snapshot();
    const { fake, port } = setup(model);
    await expect(port.apply(scoringPlan(20))).rejects.toMatchObject({ code: "workbookProtected" });
    expect(fake.model.snapshot()).toEqual(before);
  });

  test("a sheet deleted before the check: the error names it", async () => {
    const model = indicatorWorkbook(20);
    const { fake, port } = setup(model);
    fake.removeSheetBeforeSync(1, SHEET);
    const rest = indicatorWorkbook(20);
    rest.removeSheet(SHEET);
    await expect(port.apply(scoringPlan(20))).rejects.toMatchObject({
      code: "sheetMissing",
      sheet: SHEET,
    });
    expect(fake.model.snapshot()).toEqual(rest.snapshot());
  });

  test("a sheet deleted between the check and the write: the write stops before any cell changes", async () => {
    const model = indicatorWorkbook(20);
    model.addSheet("备用表").edit(0, 0, (c) => (c.value = "x"));
    const { fake, port } = setup(model);
    fake.removeSheetBeforeSync(2, "备用表"); // sync 1 is the check, sync 2 the write
    const p = scoringPlan(20);
    p.blocks.push({ sheet: "备用表", top: 0, left: 3, values: [["写入"]] });
    const expected = model.snapshot();
    expected.sheets = expected.sheets.filter((s) => s.name !== "备用表");
    await expect(port.apply(p)).rejects.toMatchObject({
      code: "sheetMissing",
      sheet: "备用表",
      text: { "zh-CN": expect.stringContaining("备用表") },
    });
    expect(fake.model.snapshot()).toEqual(expected);
  });

  test("a sheet protected between the check and the write: nothing is written", async () => {
    const model = indicatorWorkbook(20);
    const before = model.snapshot();
    const { fake, port } = setup(model);
    fake.beforeSync(2, (m) => (m.sheet(SHEET).protected = true));
    await expect(port.apply(scoringPlan(20))).rejects.toMatchObject({
      code: "sheetProtected",
      sheet: SHEET,
    });
    const after = fake.model.snapshot();
    after.sheets.find((s) => s.name === SHEET)!.protected = false;
    expect(after).toEqual(before);
  });

  test("a cell in edit mode: a clear message, nothing written", async () => {
    const model = indicatorWorkbook(20);
    const before = model.snapshot();
    const { fake, port } = setup(model);
    fake.editMode = true;
    await expect(port.apply(scoringPlan(20))).rejects.toMatchObject({
      code: "cellEditMode",
      text: {
        "zh-CN": expect.stringContaining("编辑"),
        "en-US": expect.stringContaining("edited"),
      },
    });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe("apply: requests over Excel's limit are split and sent again", () => {
  test("a refused write is split until it fits; the result is the same", async () => {
    const reference = setup(indicatorWorkbook(2000));
    await reference.port.apply(scoringPlan(2000));
    // As Office.js serialises it, the largest unit that cannot be split (the state sheet) is 144 KB.
    const { fake, port } = setup(indicatorWorkbook(2000), { payloadLimit: 200_000 });
    await port.apply(scoringPlan(2000));
    expect(fake.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(port.stats.apply?.retries).toBeGreaterThan(0);
    expect(fake.model.snapshot()).toEqual(reference.fake.model.snapshot());
    for (const s of fake.syncs.filter((x) => !x.error))
      expect(s.requestBytes).toBeLessThanOrEqual(200_000);
  });
});

describe("apply: idempotence and undo", () => {
  test.each(["1.18", "1.10", "1.8"])(
    "ExcelApi %s: applying the same plan twice leaves the workbook as applying it once",
    async (version) => {
      const once = setup(indicatorWorkbook(50), { apiVersion: version });
      await once.port.apply(scoringPlan(50));
      const twice = setup(indicatorWorkbook(50), { apiVersion: version });
      await twice.port.apply(scoringPlan(50));
      await twice.port.apply(scoringPlan(50));
      expect(twice.fake.model.snapshot()).toEqual(once.fake.model.snapshot());
    }
  );

  test.each(["1.18", "1.10", "1.8"])(
    "ExcelApi %s: undo puts the workbook back, the person's own fill and note included",
    async (version) => {
      const model = indicatorWorkbook(50);
      // The person's own look on a cell the add-in will mark.
      model
        .sheet(SHEET)
        .edit(
          1,
          6,
          (c) => ((c.fill = "#FFFF00"), version === "1.18" ? (c.note = "我的备注") : undefined)
        );
      const before = model.snapshot();
      const { fake, port } = setup(model, { apiVersion: version });
      const grids = await port.read();
      const g = grids.find((x) => x.sheet === SHEET);
      const p = scoringPlan(50);
      // The plan keeps the person's note in the explanation, as the engine does.
      const looks = new Map<string, CellLook>();
      for (const m of p.marks) {
        const r = Number(m.cell.slice(1)) - 1;
        const look: CellLook = {
          fill: g?.fills?.[r]?.[6] ?? null,
          note: g?.notes?.[r]?.[6] ?? null,
        };
        looks.set(m.cell, look);
        if (look.note) m.note = `${look.note}\n——\n${m.note}`;
      }
      expect(looks.get("G2")).toEqual({
        fill: "#FFFF00",
        note: version === "1.18" ? "我的备注" : null,
      });
      await port.apply(p);
      expect(fake.model.snapshot()).not.toEqual(before);
      await port.apply(undoPlan(p, looks));
      expect(fake.model.snapshot()).toEqual(before);
    }
  );

  test("over 1,000 marked cells: notes are counted, not probed, and located only when there are any; a re-run changes nothing", async () => {
    const model = indicatorWorkbook(2000);
    model.sheet(SHEET).edit(100, 6, (c) => (c.note = "我的备注"));
    const once = setup(model, { apiVersion: "1.18" }); // notes: the strict fake
    const p = scoringPlan(2000, { markEvery: 1 });
    await once.port.apply(p);
    // The check: sheets and one count, then the one note there is located (2,000 probes would be ~700 KB).
    expect(once.fake.syncs[0].requestBytes).toBeLessThan(5_000);
    expect(once.fake.model.sheet(SHEET).get(1999, 6)?.note).toBe(p.marks[1998].note);
    expect(once.fake.model.sheet(SHEET).get(100, 6)?.note).toBe(p.marks[99].note);
    const snapshot = once.fake.model.snapshot();
    await once.port.apply(scoringPlan(2000, { markEvery: 1 }));
    expect(once.fake.model.snapshot()).toEqual(snapshot);
    expect(once.fake.syncs.every((s) => !s.error)).toBe(true);
  });

  test("a re-run replaces the own sheets in place, the very hidden one too", async () => {
    const { fake, port } = setup(indicatorWorkbook(20));
    await port.apply(scoringPlan(20));
    const p = scoringPlan(20);
    p.sheets[0].values[0] = ["总分", 88];
    await port.apply(p);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([SHEET, "说明", SUMMARY, REVIEW, STATE]);
    expect(fake.model.sheet(SUMMARY).get(0, 1)?.value).toBe(88);
    expect(fake.model.sheet(SUMMARY).charts).toHaveLength(1);
    expect(fake.model.sheet(STATE).visibility).toBe("VeryHidden");
  });
});
