import { selectCell, type SelectContext, type SelectRunFn } from "../../src/workbook/excel/select";

/** A fake Excel.run that records what the batch queued and when it synced. */
function fakeRun(calls: string[], missing?: string): SelectRunFn {
  const context: SelectContext = {
    workbook: {
      worksheets: {
        getItem: (name) => {
          calls.push(`getItem ${name}`);
          return {
            activate: () => calls.push("activate"),
            getRange: (address) => {
              calls.push(`getRange ${address}`);
              return { select: () => calls.push("select") };
            },
          };
        },
      },
    },
    sync: async () => {
      calls.push("sync");
      if (missing) throw Object.assign(new Error(`${missing} not found`), { code: "ItemNotFound" });
    },
  };
  return (batch) => batch(context);
}

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one request", async () => {
    const calls: string[] = [];
    await selectCell(fakeRun(calls), "项目支出绩效自评表", "E22");
    expect(calls).toEqual([
      "getItem 项目支出绩效自评表",
      "activate",
      "getRange E22",
      "select",
      "sync",
    ]);
  });

  test("Excel's error comes back to the caller", async () => {
    await expect(selectCell(fakeRun([], "旧表"), "旧表", "A1")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
