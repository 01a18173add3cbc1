import { internalLinks, orderWorksheet } from "../../src/workbook/xlsx/package-fix";

const HEAD = '<?xml version="1.0"?><worksheet xmlns="m" xmlns:r="r"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';

describe("worksheet element order (ECMA-376 CT_Worksheet)", () => {
  test("legacyDrawing moves before picture, tableParts and extLst, keeping everything else", () => {
    const xml = `${HEAD}<pageMargins left="0.7"/><drawing r:id="rId3"/><picture r:id="rId4"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="{x}"><x14:a b="1>2"/></ext></extLst><legacyDrawing r:id="rId1"/></worksheet>`;
    expect(orderWorksheet(xml)).toBe(
      `${HEAD}<pageMargins left="0.7"/><drawing r:id="rId3"/><legacyDrawing r:id="rId1"/><picture r:id="rId4"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="{x}"><x14:a b="1>2"/></ext></extLst></worksheet>`,
    );
  });

  test("a sheet already in order, or one it cannot read, is left as it is", () => {
    const ordered = `${HEAD}<legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>`;
    expect(orderWorksheet(ordered)).toBe(ordered);
    const odd = `${HEAD}text<tableParts count="0"/><legacyDrawing r:id="rId1"/></worksheet>`;
    expect(orderWorksheet(odd)).toBe(odd);
  });

  test("internal links keep their location only", () => {
    const xml = `<hyperlinks><hyperlink ref="D2" r:id="rId1" location="#&apos;自评表&apos;!G8"/><hyperlink ref="D3" r:id="rId2"/></hyperlinks>`;
    expect(internalLinks(xml)).toEqual({
      xml: `<hyperlinks><hyperlink ref="D2" location="&apos;自评表&apos;!G8"/><hyperlink ref="D3" r:id="rId2"/></hyperlinks>`,
      dropped: ["rId1"],
    });
  });
});
