/**
 * A message's parameters are read from its templates by the compiler (i18n/catalogue.ts): a parameter left
 * out, misspelt or given to a message that quotes nothing does not compile. `npx tsc --noEmit -p tsconfig.json`
 * checks this file (tsconfig.json includes tests/): an `@ts-expect-error` line that compiled would fail it.
 */
import type { ParamName } from "../../src/engine/i18n/catalogue";
import { msg, render } from "../../src/engine/i18n/render";

const row = { actual: "95%", target: "90%", actualEn: "95 %", targetEn: "90 %", weight: "10" };

// @ts-expect-error — "weight" is left out: 完成值{actual}，达到指标值{target}，得满分{weight}分
const missing = msg("rule.full", {
  actual: "95%",
  target: "90%",
  actualEn: "95 %",
  targetEn: "90 %",
});

const { weight: _weight, ...withoutWeight } = row;
// @ts-expect-error — "wieght" is misspelt: no parameter of rule.full is called so, and "weight" is missing
const misspelt = msg("rule.full", { ...withoutWeight, wieght: "10" });

// @ts-expect-error — an extra name written out is a misspelling the compiler catches
const extra = msg("rule.full", { ...row, scroe: "10" });

// @ts-expect-error — totals.noGrade.noWeights quotes nothing
const givenToNone = msg("totals.noGrade.noWeights", { count: 1 });

// @ts-expect-error — a key no language file has
const unknownKey = msg("rule.fulll", row);

// en-US quotes {roleEn}, which zh-CN does not: a parameter of any language is required
const roleEn: ParamName<"flag.COLUMN_GUESSED.meaning"> = "roleEn";

describe("typed message parameters", () => {
  test("a message with every parameter renders them all, in both languages", () => {
    const m = msg("rule.full", row);
    expect(render(m, "zh-CN")).toBe("完成值95%，达到指标值90%，得满分10分");
    expect(render(m, "en-US")).toBe("Actual 95 % meets target 90 %: full marks, 10");
  });

  test("the lines the compiler refuses still build messages at run time (the check is the compiler's)", () => {
    expect([missing, misspelt, extra, givenToNone, unknownKey].map((m) => m.key)).toEqual([
      "rule.full",
      "rule.full",
      "rule.full",
      "totals.noGrade.noWeights",
      "rule.fulll",
    ]);
    expect(roleEn).toBe("roleEn");
  });

  test("a parameter given in every language is rendered in the message's language", () => {
    const m = msg("excel.partialWrite", {
      cause: { "zh-CN": "工作表受保护", "en-US": "the sheet is protected" },
    });
    expect(render(m, "zh-CN")).toContain("工作表受保护");
    expect(render(m, "en-US")).toContain("the sheet is protected");
    expect(render(m, "en-US")).not.toContain("工作表受保护");
  });
});
