// The fake must fail where Excel fails: these tests pin that down.

import { ExcelFake } from "./excel-fake";
import { buildWorkbook } from "./excel-model";

function fakeWith(apiVersion = "1.18", payloadLimit?: number): ExcelFake {
  const model = buildWorkbook([
    {
      name: "自评表",
      rows: [
        ["指标", "分值"],
        ["完成率", 10],
      ],
    },
    { name: "Other", rows: [["x"]] },
  ]);
  return new ExcelFake(model, { apiVersion, payloadLimit });
}

describe("ExcelFake: proxies are strict", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("自评表").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // Loaded but not yet synced: still not readable.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["指标", "分值"],
        ["完成率", 10],
      ]);
    });
  });

  test("a property that was not asked for stays unreadable after sync", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("自评表").getRange("A1:B2");
      range.load("values");
      await ctx.sync();
      expect(() => range.numberFormat).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      expect(() => ctx.workbook.worksheets.items).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("writes are invisible until sync, and a loaded value is a snapshot", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      const before = ws.getRange("C1");
      before.load("values");
      ws.getRange("C1").values = [["new"]];
      expect(fake.model.sheet("自评表").get(0, 2)).toBeUndefined();
      await ctx.sync();
      // The load was queued before the write: it saw the old value.
      expect(before.values).toEqual([[""]]);
      expect(fake.model.sheet("自评表").get(0, 2)?.value).toBe("new");
    });
  });

  test("isNullObject is known only after a sync", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      const there = ctx.workbook.worksheets.getItemOrNullObject("other"); // case does not matter
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  test("a proxy cannot be used after its run ended", async () => {
    const fake = fakeWith();
    let leaked: { values: unknown[][] } | undefined;
    await fake.run(async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem("自评表").getRange("A1");
    });
    expect(() => {
      if (leaked) leaked.values = [["x"]];
    }).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });
});

describe("ExcelFake: syncs are counted and measured", () => {
  test("counts syncs and measures request and response bytes", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("自评表").getRange("A1:B2");
      r.load("values");
      await ctx.sync();
      r.values = [
        ["a", "b"],
        ["c", "d"],
      ];
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(10);
    expect(fake.syncs[1].requestBytes).toBeGreaterThan(fake.syncs[0].requestBytes);
    expect(fake.unsyncedAtEnd).toBe(0);
  });

  test("a request over the limit is refused whole: nothing of it is applied", async () => {
    const fake = fakeWith("1.18", 2000);
    const big = [Array.from({ length: 400 }, (_, i) => `值${i}`)];
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("自评表");
        ws.getRange("A5").values = [["small"]];
        ws.getRangeByIndexes(5, 0, 1, 400).values = big;
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded", name: "RichApi.Error" });
    expect(fake.model.sheet("自评表").get(4, 0)).toBeUndefined();
    expect(fake.syncs[0].error).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("a response over the limit is refused", async () => {
    const model = buildWorkbook([
      { name: "S", rows: Array.from({ length: 200 }, (_, i) => [`第${i}行的一段较长的文字`, i]) },
    ]);
    const fake = new ExcelFake(model, { payloadLimit: 3000 });
    await expect(
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B200");
        r.load("values");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("one value for a whole range is entered into every cell (Excel's single input copy); null is refused", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("自评表").getRange("C1:D3").numberFormat = "0.00";
      await ctx.sync();
    });
    const s = fake.model.sheet("自评表");
    for (const [r, c] of [
      [0, 2],
      [1, 3],
      [2, 2],
    ])
      expect(s.get(r, c)?.numberFormat).toBe("0.00");
    expect(s.get(0, 1)?.numberFormat).not.toBe("0.00");
    await expect(
      fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("自评表").getRange("C1:D3");
        (range as unknown as { numberFormat: null }).numberFormat = null;
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a call on one cell is measured at about what Office's own serializer sends (280–390 bytes)", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      ws.notes.add(ws.getRange("B2"), "x");
      await ctx.sync();
      for (let i = 0; i < 100; i++) ws.notes.add(ws.getRange(`C${i + 1}`), "x");
      await ctx.sync();
    });
    const perNote = (fake.syncs[1].requestBytes - fake.syncs[0].requestBytes) / 99;
    expect(perNote).toBeGreaterThanOrEqual(280);
    expect(perNote).toBeLessThanOrEqual(420);
  });

  test("operations left queued at the end of a run are flushed and reported", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("自评表").getRange("D1").values = [["late"]];
    });
    expect(fake.unsyncedAtEnd).toBe(1);
    expect(fake.syncs[0].implicit).toBe(true);
  });
});

describe("ExcelFake: Excel's refusals", () => {
  test("a batch is not a transaction: what ran before the failure stays", async () => {
    const fake = fakeWith();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("E1").values = [["first"]];
        ctx.workbook.worksheets.getItem("没有这个表").getRange("A1").values = [["boom"]];
        ctx.workbook.worksheets.getItem("自评表").getRange("E2").values = [["never"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.model.sheet("自评表").get(0, 4)?.value).toBe("first");
    expect(fake.model.sheet("自评表").get(1, 4)).toBeUndefined();
  });

  test("cell edit mode refuses every request", async () => {
    const fake = fakeWith();
    fake.editMode = true;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("E1").values = [["x"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(fake.model.sheet("自评表").get(0, 4)).toBeUndefined();
  });

  test("an API outside the supported requirement sets fails at sync with ApiNotFound", async () => {
    const fake = fakeWith("1.10");
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("自评表");
        ws.notes.add(ws.getRange("A1"), "needs 1.18");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  test("a sheet removed by the user between syncs is gone for proxies made before", async () => {
    const fake = fakeWith();
    fake.removeSheetBeforeSync(2, "自评表");
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("自评表");
        ws.load("name");
        await ctx.sync();
        ws.getRange("A1").values = [["x"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("writing into a protected sheet is refused", async () => {
    const fake = fakeWith();
    fake.model.sheet("自评表").protected = true;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("A1").format.fill.color = "#FF0000";
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.model.sheet("自评表").get(0, 0)?.fill).toBeUndefined();
  });

  test("a 2-D array must match its range", async () => {
    const fake = fakeWith();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("A1:B2").values = [
          ["only one row", "x"],
        ];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a string that starts with = becomes a formula unless the cell is formatted as text", async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Other");
      ws.getRange("A2:A4").values = [['=HYPERLINK("#A1","go")'], ["12"], ["50%"]];
      const text = ws.getRange("B2");
      text.numberFormat = [["@"]];
      text.values = [['=HYPERLINK("#A1","go")']];
      await ctx.sync();
    });
    const s = fake.model.sheet("Other");
    expect(s.get(1, 0)?.formula).toBe('=HYPERLINK("#A1","go")');
    expect(s.get(2, 0)?.value).toBe(12);
    expect(s.get(3, 0)?.value).toBe(0.5);
    expect(s.get(1, 1)?.formula).toBeUndefined();
    expect(s.get(1, 1)?.value).toBe('=HYPERLINK("#A1","go")');
  });

  test("a VeryHidden sheet cannot be deleted", async () => {
    const fake = fakeWith();
    fake.model.sheet("Other").visibility = "VeryHidden";
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").delete();
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a cell holds one note; the second add is refused", async () => {
    const fake = fakeWith();
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("自评表");
        ws.notes.add(ws.getRange("B2"), "one");
        ws.notes.add(ws.getRange("B2"), "two");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.model.sheet("自评表").get(1, 1)?.note).toBe("one");
  });

  test("a data-validation prompt must fit Excel's limits (32 / 255 characters)", async () => {
    const fake = fakeWith("1.8");
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("B2").dataValidation.prompt = {
          showPrompt: true,
          title: "t",
          message: "长".repeat(256),
        };
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("reading more than 5,000,000 cells at once is refused", async () => {
    const fake = fakeWith();
    await expect(
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("自评表").getRangeByIndexes(0, 0, 1_000_000, 6);
        r.load("values");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});
