// The in-memory host behind Microsoft's Office.js client: the library's own load tracking, requirement-set
// checks and error objects reach the adapter, so its tests fail where Excel would fail.

import type { XlContext } from "../../src/workbook/excel/api";
import { buildWorkbook } from "./excel-model";
import { OfficeHost } from "./office-host";

const workbook = () => buildWorkbook([{ name: "表", rows: [["指标", 5]] }]);

test("a value written is read back; the requests are measured as the client serialised them", async () => {
  const host = new OfficeHost(workbook());
  const read = await host.run(async (ctx: XlContext) => {
    const range = ctx.workbook.worksheets.getItem("表").getRange("A1:B1");
    range.values = [["得分", 4]];
    range.load("values");
    await ctx.sync();
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded and synced above
    return range.values;
  });
  expect(read).toEqual([["得分", 4]]);
  expect(host.model.sheet("表").get(0, 1)?.value).toBe(4);
  expect(host.syncCount).toBe(1);
  // One SetProperty of Values and its object path, as JSON: far more than the 2 cells' content.
  expect(host.syncs[0].requestBytes).toBeGreaterThan(JSON.stringify([["得分", 4]]).length + 300);
});

test("reading a property that was not loaded throws the library's own PropertyNotLoaded", async () => {
  const host = new OfficeHost(workbook());
  await expect(
    host.run(async (ctx: XlContext) => {
      const used = ctx.workbook.worksheets.getItem("表").getUsedRange(true);
      used.load("rowCount");
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake under test
      return used.values;
    })
  ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
});

test("an API above the host's requirement set throws the library's own ApiNotFound", async () => {
  const host = new OfficeHost(workbook(), { apiVersion: "1.8" });
  await expect(
    host.run(async (ctx: XlContext) => {
      ctx.workbook.worksheets.getItem("表").getRanges("A1,B1");
      await ctx.sync();
    })
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  expect(host.syncCount).toBe(0); // refused by the client before any request
});

test("Excel's refusal comes back as the library's error naming the statement", async () => {
  const host = new OfficeHost(workbook());
  host.model.sheet("表").protected = true;
  const error = await host
    .run(async (ctx: XlContext) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1").values = [["x"]];
      await ctx.sync();
    })
    .catch((e: { code: string; debugInfo: { statement?: string } }) => e);
  expect(error).toMatchObject({ code: "AccessDenied" });
  expect((error as { debugInfo: { statement?: string } }).debugInfo.statement).toContain("values");
  expect(host.model.sheet("表").get(0, 0)?.value).toBe("指标");
});

test("ExcelApi 1.18 (notes) is beyond the client build: the host refuses to pretend", () => {
  expect(() => new OfficeHost(workbook(), { apiVersion: "1.18" })).toThrow(/1\.18/);
});
