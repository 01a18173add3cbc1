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

describe("plural words in English (Intl.PluralRules)", () => {
  const summary = (errors: number, warnings: number, scored: number) =>
    msg("cli.summary", {
      file: "a.xlsx",
      score: 79.59,
      weight: 100,
      grade: "中",
      gloss: " (Fair)",
      errors,
      warnings,
      infos: 1,
      scored,
      unscored: 0,
    });

  test("one warning, one row; two of each, and none, take the plural", () => {
    expect(render(summary(0, 1, 1), "en-US")).toBe(
      "a.xlsx: total 79.59/100, grade 中 (Fair); flags: 0 errors, 1 warning, 1 info; 1 row scored, 0 not scored."
    );
    expect(render(summary(1, 2, 14), "en-US")).toBe(
      "a.xlsx: total 79.59/100, grade 中 (Fair); flags: 1 error, 2 warnings, 1 info; 14 rows scored, 0 not scored."
    );
  });

  test("Chinese has no plural: the zh-CN text is the same for 1 and 2", () => {
    expect(render(summary(0, 1, 1), "zh-CN")).toBe(
      "a.xlsx：总分 79.59/100，等级 中；问题 0 个错误、1 个警告、1 条提示；1 行已计分、0 行未计分。"
    );
  });

  test("a choice can word a pronoun too, and a count is quoted as given", () => {
    const one = msg("totals.na.move", { count: 1, dropped: "5", name: "产出指标" });
    const three = msg("totals.na.move", { count: 3, dropped: "15", name: "产出指标" });
    expect(render(one, "en-US")).toBe(
      "1 indicator not applicable (weight 5); its weight moves to “产出指标”"
    );
    expect(render(three, "en-US")).toBe(
      "3 indicators not applicable (weight 15); their weight moves to “产出指标”"
    );
    expect(render(one, "zh-CN")).toBe("1项指标不适用（分值5分），其分值并入“产出指标”");
  });

  test("a count must be given as a number", () => {
    // @ts-expect-error — "count" picks the plural words in en-US, so text is refused
    const asText = msg("cli.batchFailed", { count: "1" });
    // Rendered anyway (from JavaScript), a numeric text still picks the right words.
    expect(render(asText, "en-US")).toBe("1 workbook could not be processed; see the summary");
    expect(render(msg("cli.batchFailed", { count: 2 }), "en-US")).toBe(
      "2 workbooks could not be processed; see the summary"
    );
  });
});
