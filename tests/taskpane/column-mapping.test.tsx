/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The results say which header each field was read from: the sample's own headers, column by column, and a
// sheet's text shown as text, never as markup.
import { promises as fs } from "fs";
import * as path from "path";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { evaluate } from "../../src/engine/evaluate";
import type { Evaluation } from "../../src/engine/model";
import { getPreset } from "../../src/engine/ruleset/presets";
import { ColumnMapping } from "../../src/taskpane/components/ColumnMapping";
import { strings, type Language } from "../../src/taskpane/i18n";
import { openPackage } from "../../src/workbook/xlsx/package/package-port";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");

async function sampleEvaluation(): Promise<Evaluation> {
  const opened = await openPackage("sample.xlsx", await fs.readFile(SAMPLE));
  if (!opened.ok) throw new Error("sample does not open");
  const grids = await opened.port.read();
  const rs = getPreset("national-2020")!;
  const outcome = evaluate(grids, rs, { file: "sample.xlsx", ruleSetName: rs.name });
  if (!outcome.ok) throw new Error("sample does not evaluate");
  return outcome.evaluation;
}

function show(evaluation: Evaluation, language: Language): HTMLElement {
  render(
    <FluentProvider theme={webLightTheme}>
      <ColumnMapping strings={strings(language)} language={language} evaluation={evaluation} />
    </FluentProvider>
  );
  return screen.getByTestId("column-mapping");
}

test("each table of the sample with the header every field was read from (zh-CN)", async () => {
  const box = show(await sampleEvaluation(), "zh-CN");
  // The sample holds three tables: the budget block, the indicator table and the 预算执行明细 sheet.
  expect(within(box).getByText("各表的列是怎样识别的（3 张表）")).toBeTruthy();
  expect(within(box).getByText("项目支出绩效自评表!A12:H26")).toBeTruthy();
  // Its indicator table heads column E 实际完成值 and column H 偏差原因分析及改进措施.
  expect(within(box).getByText("完成值：E 列“实际完成值”")).toBeTruthy();
  expect(within(box).getByText("扣分原因：H 列“偏差原因分析及改进措施”")).toBeTruthy();
  // Both budget tables take 执行数 from a column headed 全年执行数 (E on both sheets).
  expect(within(box).getAllByText("执行数：E 列“全年执行数”")).toHaveLength(2);
});

test("in English, and a header's text is shown as text", async () => {
  const evaluation = await sampleEvaluation();
  const table = evaluation.tables.find((t) => t.kind === "indicators")!;
  const tricky = { ...table, headers: { ...table.headers, reason: "<b>原因</b>" } };
  const box = show({ ...evaluation, tables: [tricky] }, "en-US");
  expect(within(box).getByText("How the columns were read (1 tables)")).toBeTruthy();
  expect(within(box).getByText("reason: column H, \u201c<b>原因</b>\u201d")).toBeTruthy();
  expect(box.querySelector("b")).toBeNull();
});
