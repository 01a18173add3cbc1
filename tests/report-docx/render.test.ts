/**
 * The renderer alone: a small draft as a .docx, read back. Styles a Chinese document expects, bordered
 * tables, the draft header, and sheet text with characters XML 1.0 forbids.
 */

import type { Draft } from "../../src/engine/draft";
import { renderDocx } from "../../src/report-docx/render";
import { docxText } from "../support/docx";

const DRAFT: Draft = {
  lang: "zh-CN",
  title: "某局2021年度部门整体支出绩效自评报告",
  notice: "【草稿】须人工核对",
  blocks: [
    { kind: "heading", level: 1, text: "一、基本情况" },
    { kind: "paragraph", runs: [{ text: "扣分主要原因：甲\u000B乙\u0001丙" }] },
    {
      kind: "table",
      header: ["序号", "数字"],
      widths: [1, 3],
      rows: [[[{ text: "1" }], [{ text: "14.98", figure: 1 }]]],
    },
  ],
  figures: [],
};

test("a draft renders with Chinese faces, a draft header, bordered tables and XML-safe text", async () => {
  const doc = docxText(await renderDocx(DRAFT));
  expect(doc.header).toBe("【草稿】须人工核对");
  expect(doc.paragraphs).toEqual([
    "某局2021年度部门整体支出绩效自评报告",
    "一、基本情况",
    "扣分主要原因：甲 乙 丙",
  ]);
  expect(doc.tables).toEqual([
    [
      ["序号", "数字"],
      ["1", "14.98"],
    ],
  ]);
  expect(doc.parts["word/document.xml"]).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  const styles = doc.parts["word/styles.xml"];
  for (const face of ["仿宋", "宋体", "黑体", "楷体"])
    expect(styles).toContain(`w:eastAsia="${face}"`);
  expect(doc.parts["word/fontTable.xml"]).toContain(
    '<w:font w:name="仿宋"><w:altName w:val="Noto Serif CJK SC"/>'
  );
  expect(doc.parts["word/document.xml"]).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/);
});
