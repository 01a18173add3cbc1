/** Indicator checks: every flag code on its cell, with its numbers, in both languages. */

import { CATALOGUES } from "../../src/engine/i18n/languages";
import { render } from "../../src/engine/i18n/render";
import type { Flag, IndicatorResult } from "../../src/engine/model";
import type { Quantity } from "../../src/engine/quantity/types";
import { checkIndicator, type IndicatorCheckInput } from "../../src/engine/review/indicator-checks";
import type { ScoreResult } from "../../src/engine/rules/types";
import type { RuleSpec } from "../../src/engine/ruleset/types";
import {
  count,
  error,
  grade,
  growth,
  input,
  money,
  na,
  national,
  none,
  pct,
  run,
  text,
  times,
} from "./helpers/quantities";

const cells = { target: "E9", actual: "F9", score: "H9", reason: "I9", weight: "D9" };

interface Case {
  target: Quantity;
  actual: Quantity;
  weight?: number;
  stated?: number | null;
  reason?: string | null;
  spec?: RuleSpec | null; // null: no rule resolved
  kind?: IndicatorResult["kind"];
}

/** Scores the row with its rule the way evaluate does, then runs the checks. */
function check(
  c: Case,
  extra: Partial<IndicatorCheckInput> = {}
): { flags: readonly Flag[]; suggested: string | null; outcome: ScoreResult | null } {
  const weight = c.weight ?? 10;
  const stated = c.stated ?? null;
  const spec = c.spec === undefined ? { kind: "at-least" } : c.spec;
  const outcome = spec ? run(spec, input(c.target, c.actual, weight, stated)) : null;
  const result: IndicatorResult = {
    sheet: "自评表",
    row: 9,
    kind: c.kind ?? "indicator",
    levels: ["产出指标", "数量指标", "新开工项目"],
    weight,
    target: c.target.raw,
    actual: c.actual.raw,
    targetValue: c.target,
    actualValue: c.actual,
    rule: spec?.kind ?? "unscored",
    score: outcome?.score ?? null,
    statedScore: stated,
    completion: outcome?.completion ?? null,
    reason: c.reason ?? null,
    explanation: outcome?.explanation ?? null,
    suggestedReason: null,
    notApplicable: c.target.kind === "na" || c.actual.kind === "na",
  };
  const r = checkIndicator({ result, cells, outcome, ruleSet: national, ...extra });
  return {
    flags: r.flags,
    suggested: r.suggestedReason && render(r.suggestedReason, "zh-CN"),
    outcome,
  };
}

const ids = (flags: readonly Flag[]): string[] => flags.map((f) => f.id).sort();
const zh = (flags: readonly Flag[], code: string): string =>
  render(flags.find((f) => f.code === code)?.message ?? { key: "missing", args: {} }, "zh-CN");
const en = (flags: readonly Flag[], code: string): string =>
  render(flags.find((f) => f.code === code)?.message ?? { key: "missing", args: {} }, "en-US");

const target80 = count("≥80宗", 80, "宗", "ge");
const actual22 = count("22宗", 22, "宗");

describe("per-indicator flags", () => {
  test("full marks stated for 22 of ≥80: SCORE_MISMATCH, FULL_MARKS_UNMET, and REASON_MISSING for the computed loss", () => {
    const { flags } = check({ target: target80, actual: actual22, stated: 10 });
    expect(ids(flags)).toEqual([
      "自评表!H9:FULL_MARKS_UNMET",
      "自评表!H9:SCORE_MISMATCH",
      "自评表!I9:REASON_MISSING",
    ]);
    // the computed 2.75 of 10 lost 7.25 points: the contract asks a reason when the stated or the computed score is below the weight
    expect(zh(flags, "REASON_MISSING")).toBe("得分2.75分低于分值10分（扣7.25分），未填写扣分原因");
    expect(zh(flags, "SCORE_MISMATCH")).toBe(
      "自评得分10分与按评分规则计算的2.75分不一致，相差7.25分（容差0.01分）"
    );
    expect(en(flags, "SCORE_MISMATCH")).toBe(
      "The stated score 10 differs from the computed 2.75 by 7.25 (tolerance 0.01)"
    );
    expect(zh(flags, "FULL_MARKS_UNMET")).toBe("自评满分10分，但完成值22宗未达到指标值≥80宗");
    expect(flags.find((f) => f.code === "SCORE_MISMATCH")?.severity).toBe("error");
    expect(flags.find((f) => f.code === "FULL_MARKS_UNMET")?.severity).toBe("warning");
  });

  test("the right score but no reason: REASON_MISSING with a suggested wording", () => {
    const { flags, suggested } = check({ target: target80, actual: actual22, stated: 2.75 });
    expect(ids(flags)).toEqual(["自评表!I9:REASON_MISSING"]);
    expect(zh(flags, "REASON_MISSING")).toBe("得分2.75分低于分值10分（扣7.25分），未填写扣分原因");
    expect(suggested).toBe(
      "完成值22宗，未达到指标值≥80宗（完成率27.50%），扣7.25分。原因：（请补充未完成原因及改进措施）"
    );
  });

  test("a reason given, or a placeholder that is no reason", () => {
    expect(
      check({ target: target80, actual: actual22, stated: 2.75, reason: "受疫情影响项目延期开工" })
        .flags
    ).toEqual([]);
    expect(
      ids(check({ target: target80, actual: actual22, stated: 2.75, reason: "无" }).flags)
    ).toEqual(["自评表!I9:REASON_MISSING"]);
  });

  test("no stated score: the computed one below the weight still needs a reason", () => {
    expect(ids(check({ target: target80, actual: actual22 }).flags)).toEqual([
      "自评表!I9:REASON_MISSING",
    ]);
  });

  test("33 of ≥25 is 132 %: OVER_ACHIEVEMENT unless explained", () => {
    const target = count("≥25宗", 25, "宗", "ge");
    const { flags } = check({ target, actual: count("33宗", 33, "宗"), stated: 10 });
    expect(ids(flags)).toEqual(["自评表!F9:OVER_ACHIEVEMENT"]);
    expect(zh(flags, "OVER_ACHIEVEMENT")).toBe(
      "完成值33宗为指标值≥25宗的132.00%，超过130%，未说明超额原因"
    );
    expect(en(flags, "OVER_ACHIEVEMENT")).toBe(
      "The actual 33 宗 is 132.00% of the target ≥25 宗, above 130%, and no reason is given"
    );
    expect(
      check({ target, actual: count("33宗", 33, "宗"), stated: 10, reason: "新增项目集中开工" })
        .flags
    ).toEqual([]);
  });

  test("seed 001: 2 倍 against 4.23 倍 is full marks with OVER_ACHIEVEMENT; 65%左右 against 65.7 % and ≥15 % against 18.4 % are clean", () => {
    expect(
      ids(check({ target: times("2 倍", 2), actual: times("4.23 倍", 4.23), stated: 10 }).flags)
    ).toEqual(["自评表!F9:OVER_ACHIEVEMENT"]);
    expect(
      check({
        target: pct("65%左右", 0.65, "about"),
        actual: pct("65.7%", 0.657),
        stated: 10,
        spec: { kind: "about" },
      }).flags
    ).toEqual([]);
    expect(
      check({ target: pct("≥15%", 0.15, "ge"), actual: pct("18.4%", 0.184), stated: 10 }).flags
    ).toEqual([]);
  });

  test("seed 004: +3 % against −1.6 % → NEGATIVE_COMPLETION on the actual", () => {
    const { flags, outcome } = check({
      target: growth("增长3%", "up", 0.03),
      actual: growth("同比下降1.6%", "down", 0.016),
      stated: 0,
      reason: "受疫情影响",
    });
    expect(outcome?.score).toBe(0);
    expect(ids(flags)).toEqual(["自评表!F9:NEGATIVE_COMPLETION"]);
    expect(zh(flags, "NEGATIVE_COMPLETION")).toBe(
      "完成值同比下降1.6%，指标值增长3%，完成率-53.33%为负，该指标得0分"
    );
  });

  test("QUAL_OUT_OF_BAND on the score cell", () => {
    const { flags } = check({
      target: text("达成预期"),
      actual: grade("部分达成", "partial"),
      stated: 9.5,
      reason: "部分工作未完成",
      spec: { kind: "qualitative" },
    });
    expect(ids(flags)).toEqual(["自评表!H9:QUAL_OUT_OF_BAND"]);
    expect(zh(flags, "QUAL_OUT_OF_BAND")).toBe(
      "定性指标完成情况为“部分达成”，得分应在[6, 8)内，自评9.5分不在该区间"
    );
    expect(en(flags, "QUAL_OUT_OF_BAND")).toBe(
      "The qualitative indicator is partly achieved: its score belongs in [6, 8), but 9.5 is stated"
    );
  });

  test("no rule could be resolved: TARGET_UNREADABLE on the target", () => {
    const { flags } = check({ target: none, actual: actual22, stated: 10, spec: null });
    expect(ids(flags)).toEqual(["自评表!E9:TARGET_UNREADABLE"]);
    expect(zh(flags, "TARGET_UNREADABLE")).toBe(
      "指标值“—”及评分标准均无法确定计分规则，需人工指定"
    );
  });

  test("ACTUAL_MISSING when a weighted row has no actual", () => {
    const { flags } = check({ target: target80, actual: none, weight: 5, stated: 5 });
    expect(ids(flags)).toEqual(["自评表!F9:ACTUAL_MISSING"]);
    expect(zh(flags, "ACTUAL_MISSING")).toBe("该指标分值5分，但未填写完成值");
  });

  test("no ACTUAL_MISSING where the table has no actual column (scores entered by hand)", () => {
    const { flags } = check(
      { target: none, actual: none, weight: 16, stated: 14.98, spec: { kind: "manual" } },
      {
        cells: { score: "D3", weight: "C3", reason: "E3" },
      }
    );
    expect(flags.filter((f) => f.code === "ACTUAL_MISSING")).toEqual([]);
  });

  test("UNIT_MISMATCH: 亿元 against 个", () => {
    const { flags } = check({
      target: money("6,000 亿元", 60000000, "亿元"),
      actual: count("6 个", 6, "个"),
      stated: 10,
    });
    expect(ids(flags)).toEqual(["自评表!F9:UNIT_MISMATCH"]);
    expect(zh(flags, "UNIT_MISMATCH")).toBe("指标值6,000 亿元与完成值6 个的计量单位不可比");
  });

  test("CELL_ERROR on the cell holding the error", () => {
    const { flags } = check(
      { target: error("#REF!"), actual: actual22, stated: 5, reason: "x" },
      { cellErrors: { weight: "#N/A" } }
    );
    expect(ids(flags)).toEqual(["自评表!D9:CELL_ERROR", "自评表!E9:CELL_ERROR"]);
    expect(
      zh(
        flags.filter((f) => f.cell === "E9"),
        "CELL_ERROR"
      )
    ).toBe("指标值单元格为Excel错误值#REF!");
  });

  test("SCORE_OVER_WEIGHT: above the weight, below 0, or a bonus beyond its bound", () => {
    expect(
      ids(check({ target: target80, actual: count("90宗", 90, "宗"), stated: 12 }).flags)
    ).toEqual(["自评表!H9:SCORE_MISMATCH", "自评表!H9:SCORE_OVER_WEIGHT"]);
    expect(
      ids(
        check({
          target: none,
          actual: none,
          stated: -1,
          reason: "x",
          spec: { kind: "manual" },
          weight: 0,
        }).flags
      )
    ).toEqual(["自评表!H9:SCORE_OVER_WEIGHT"]);
    const bonus = check({
      target: none,
      actual: none,
      stated: 6,
      kind: "bonus",
      spec: { kind: "manual" },
      weight: 5,
    });
    expect(ids(bonus.flags)).toEqual(["自评表!H9:SCORE_OVER_WEIGHT"]);
    expect(zh(bonus.flags, "SCORE_OVER_WEIGHT")).toBe("加减分6分超出±5分的上限");
  });

  test("不适用 rows raise nothing", () => {
    expect(check({ target: na, actual: na, stated: null, spec: null }).flags).toEqual([]);
  });
});

describe("message catalogues", () => {
  const placeholders = (t: string): string[] =>
    (t.match(/\{\w+\}/g) ?? []).map((p) => p.replace(/En\}$/, "}")).sort();

  const [zh, en] = [CATALOGUES["zh-CN"], CATALOGUES["en-US"]];
  const pairs = (section: "indicator" | "rule") =>
    Object.entries(zh[section]).map(([key, text]): [string, Record<string, string>] => [
      key,
      { "zh-CN": text, "en-US": (en[section] as Record<string, string>)[key] },
    ]);
  test.each([...pairs("indicator"), ...pairs("rule")])(
    "%s: both languages quote the same figures",
    (_key, entry) => {
      expect(entry["zh-CN"].length).toBeGreaterThan(0);
      expect(entry["en-US"].length).toBeGreaterThan(0);
      expect([...new Set(placeholders(entry["en-US"]))]).toEqual([
        ...new Set(placeholders(entry["zh-CN"])),
      ]);
    }
  );

  test("every flag raised above renders in both languages with no placeholder left", () => {
    const cases: Case[] = [
      { target: target80, actual: actual22, stated: 10 },
      { target: target80, actual: actual22, stated: 2.75 },
      { target: count("≥25宗", 25, "宗", "ge"), actual: count("33宗", 33, "宗"), stated: 12 },
      {
        target: growth("增长3%", "up", 0.03),
        actual: growth("下降1.6%", "down", 0.016),
        stated: 3,
      },
      {
        target: text("达成预期"),
        actual: grade("未达成", "unmet"),
        stated: 9,
        spec: { kind: "qualitative" },
      },
      { target: none, actual: none, stated: 1, spec: null },
      { target: money("6,000 亿元", 60000000, "亿元"), actual: count("6 个", 6, "个") },
      { target: error("#DIV/0!"), actual: error("#N/A") },
      { target: target80, actual: text("已完成大部分") },
      { target: text("推动落实方案"), actual: text("已印发实施"), spec: { kind: "binary" } },
      { target: none, actual: none, stated: 9, kind: "bonus", spec: { kind: "manual" }, weight: 5 },
    ];
    const seen = new Set<string>();
    for (const c of cases) {
      for (const f of check(c, { cellErrors: { score: "#VALUE!" } }).flags) {
        seen.add(f.code);
        for (const lang of ["zh-CN", "en-US"] as const) {
          const text = render(f.message, lang);
          expect(text).not.toMatch(/\{\w+\}/);
          expect(text).not.toMatch(/undefined|NaN/);
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        "ACTUAL_MISSING",
        "CELL_ERROR",
        "FULL_MARKS_UNMET",
        "NEGATIVE_COMPLETION",
        "OVER_ACHIEVEMENT",
        "QUAL_OUT_OF_BAND",
        "REASON_MISSING",
        "SCORE_MISMATCH",
        "SCORE_OVER_WEIGHT",
        "TARGET_UNREADABLE",
        "UNIT_MISMATCH",
      ].sort()
    );
  });
});
