/** The package reader's small parts: dates, shared formulas, prefixed namespaces, string items. */

import { isDateFormat, serialToIso } from "../../../src/workbook/xlsx/package/dates";
import { MAIN_NS, unprefixed } from "../../../src/workbook/xlsx/package/namespaces";
import { shiftFormula } from "../../../src/workbook/xlsx/package/shared-formulas";
import { sharedStrings, xstringText } from "../../../src/workbook/xlsx/package/shared-strings";

describe("isDateFormat", () => {
  test.each([
    ['yyyy"年"m"月"d"日"', true],
    ["yyyy\\年m\\月d\\日", true],
    ["mm-dd-yy", true],
    ["[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", true],
    ["[h]:mm:ss", true],
    ["h:mm AM/PM", true],
    ["YYYY-MM-DD", true], // spreadsheets take the letters in either case
    ["General", false],
    ["0.00%", false],
    ['#,##0.00"万元"', false], // letters only inside quotes
    ['0.0"天数"', false],
    ["0.0\\d", false], // an escaped d is a literal
    ['_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', false],
    ["[Red]0.00;[Blue]-0.00", false],
    ["[DBNum1][$-804]General", false],
    ["0.00E+00", false],
  ])("%s → %s", (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });
});

describe("serialToIso", () => {
  test("1900 system, by hand: 45292 is 2024-01-01 (19,723 days after 1970-01-01, serial 25569)", () => {
    expect(serialToIso(25569, false)).toBe("1970-01-01");
    expect(serialToIso(45292, false)).toBe("2024-01-01");
    expect(serialToIso(45292.999, false)).toBe("2024-01-01"); // 23:58: still that day
  });

  test("the 1900 leap-year bug: 59 is 1900-02-28, 60 the 1900-02-29 Excel counts, 61 is 1900-03-01", () => {
    expect(serialToIso(1, false)).toBe("1900-01-01");
    expect(serialToIso(59, false)).toBe("1900-02-28");
    expect(serialToIso(60, false)).toBe("1900-02-29");
    expect(serialToIso(61, false)).toBe("1900-03-01");
  });

  test("1904 system: day 0 is 1904-01-01, so the same day is 1462 lower", () => {
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(serialToIso(45292 - 1462, true)).toBe("2024-01-01");
  });

  test("no day for what a spreadsheet cannot show", () => {
    expect(serialToIso(-1, false)).toBeNull();
    expect(serialToIso(2958465, false)).toBe("9999-12-31");
    expect(serialToIso(2958466, false)).toBeNull();
    expect(serialToIso(2958465 - 1462, true)).toBe("9999-12-31");
    expect(serialToIso(2958466 - 1462, true)).toBeNull();
    expect(serialToIso(Number.NaN, false)).toBeNull();
  });
});

describe("shiftFormula", () => {
  test.each([
    // formula, rows down, columns right, what the moved cell reads
    ["A1+B1", 1, 0, "A2+B2"],
    ["A1+B1", 0, 2, "C1+D1"],
    ["$A$1+$A1+A$1", 3, 3, "$A$1+$A4+D$1"],
    ["SUM(A1:B2)*2", 2, 1, "SUM(B3:C4)*2"],
    ['IF(A1="B2",C1,"")', 1, 0, 'IF(A2="B2",C2,"")'], // text is never a reference
    ["'Sheet 1'!A1+Sheet2!B$2", 1, 1, "'Sheet 1'!B2+Sheet2!C$2"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"], // function names that look like references
    ["1.5E3*A1", 1, 0, "1.5E3*A2"], // an exponent is no column E
    ["SUM(A:A)+SUM(2:3)", 1, 1, "SUM(B:B)+SUM(3:4)"],
    ["Table1[[#This Row],[B1]]+A1", 1, 0, "Table1[[#This Row],[B1]]+A2"],
    ["_xlfn.XLOOKUP(A1,B:B,C:C)", 1, 0, "_xlfn.XLOOKUP(A2,B:B,C:C)"],
    ["A2-1", -1, 0, "A1-1"],
    ["A1", -1, 0, "#REF!"], // moved off the sheet
    ["#REF!+A1", 1, 0, "#REF!+A2"],
    ["名称1+A1", 1, 0, "名称1+A2"],
    ["得分A1+A1", 1, 0, "得分A1+A2"], // a name in Chinese that ends like a reference is still a name
  ])("%s moved %i down and %i right is %s", (formula, rows, cols, moved) => {
    expect(shiftFormula(formula, rows, cols)).toBe(moved);
  });
});

describe("unprefixed", () => {
  const prefixed = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN_NS}" xmlns:r="R"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:legacyDrawing r:id="rId1"/></x:worksheet>`;

  test("the main namespace's prefix taken off, the namespace made the default", () => {
    expect(unprefixed(prefixed)).toBe(
      `<?xml version="1.0"?>\n<worksheet xmlns:x="${MAIN_NS}" xmlns="${MAIN_NS}" xmlns:r="R"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>`
    );
  });

  test("the XML unchanged when the root has no prefix, or its prefix is another namespace, or another default is declared", () => {
    const plain = `<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`;
    expect(unprefixed(plain)).toBe(plain);
    const other = `<y:worksheet xmlns:y="urn:other"><y:sheetData/></y:worksheet>`;
    expect(unprefixed(other)).toBe(other);
    const clash = `<x:worksheet xmlns:x="${MAIN_NS}" xmlns="urn:other"><x:sheetData/><ext/></x:worksheet>`;
    expect(unprefixed(clash)).toBe(clash);
  });
});

describe("string items", () => {
  test("_xHHHH_ escapes read back, _x005F_ keeps a literal _xHHHH_", () => {
    expect(xstringText("a_x000A_b")).toBe("a\nb");
    expect(xstringText("_x005F_x0041_")).toBe("_x0041_");
    expect(xstringText("x &amp; y")).toBe("x & y");
  });

  test("a prefixed shared strings part, an empty item, and no part at all", () => {
    expect(
      sharedStrings(
        `<x:sst xmlns:x="${MAIN_NS}"><x:si><x:t>甲</x:t></x:si><x:si/><x:si><x:r><x:t>乙</x:t></x:r><x:r><x:t xml:space="preserve"> 丙</x:t></x:r></x:si></x:sst>`
      )
    ).toEqual(["甲", "", "乙 丙"]);
    expect(sharedStrings(null)).toEqual([]);
  });
});
