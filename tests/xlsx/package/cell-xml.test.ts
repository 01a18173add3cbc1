/** The cells a run writes, as SpreadsheetML: expected XML written out by hand. */

import { cellXml, cellText } from "../../../src/workbook/xlsx/package/cell-xml";

describe("cellXml", () => {
  test.each([
    [
      "text",
      "a<b",
      null,
      '<c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c>',
    ],
    [
      "text that looks like a formula",
      "=1+1",
      null,
      '<c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>',
    ],
    ["a number", 0.1, null, '<c r="B2" s="3"><v>0.1</v></c>'],
    ["a boolean", false, null, '<c r="B2" s="3" t="b"><v>0</v></c>'],
    ["a number that is not finite", Infinity, null, '<c r="B2" s="3" t="e"><v>#NUM!</v></c>'],
    [
      "a formula with a number",
      9,
      "ROUND(C2*2,2)",
      '<c r="B2" s="3"><f>ROUND(C2*2,2)</f><v>9</v></c>',
    ],
    [
      "a formula with text",
      "是",
      'IF(A1>0,"是","否")',
      '<c r="B2" s="3" t="str"><f>IF(A1&gt;0,&quot;是&quot;,&quot;否&quot;)</f><v>是</v></c>',
    ],
    ["a formula without a result", null, "A1", '<c r="B2" s="3"><f>A1</f></c>'],
    ["nothing, styled", null, null, '<c r="B2" s="3"/>'],
  ] as const)("%s", (_, value, formula, xml) => {
    expect(cellXml("", "B2", 3, value, formula)).toBe(xml);
  });

  test("nothing in the default style is no cell; a prefixed part gets prefixed elements", () => {
    expect(cellXml("", "B2", 0, null)).toBeNull();
    expect(cellXml("x:", "B2", 0, "字")).toBe(
      '<x:c r="B2" t="inlineStr"><x:is><x:t xml:space="preserve">字</x:t></x:is></x:c>'
    );
  });
});

describe("cellText", () => {
  test("characters XML cannot hold are written as _xHHHH_, and a literal _xHHHH_ is escaped", () => {
    expect(cellText("a\u0001b\tc\n")).toBe("a_x0001_b\tc\n");
    expect(cellText("_x0041_ & '")).toBe("_x005F_x0041_ &amp; &apos;");
  });
});
