/**
 * Parts ExcelJS does not model, added as Excel writes them (tests/xlsx/excel-extras.ts): printer settings, an
 * OLE object and its picture, a form control, a slicer and its cache, an external link, custom XML. In the
 * scored copy (the sheet that has them is one the plan changes) and in the copy undone, each is byte for byte
 * the input's, has its content type, and the element that uses it (pageSetup, oleObject, objectPr, control,
 * x14:slicer; externalReference, x14:slicerCache) leads to it through the copy's relationships. (With ExcelJS
 * writing the package, each was missing from the copy until the retired adapter put them back.)
 */

import { promises as fs } from "fs";
import * as path from "path";
import { relationships, resolve } from "../../src/workbook/xlsx/package-xml";
import { sheetParts } from "../../src/workbook/xlsx/package/workbook-sheets";
import { type Parts, partText, unzipParts } from "../../src/workbook/xlsx/zip-parts";
import { sampleEvaluation } from "../plan/fixtures";
import { convert, hasSoffice } from "../support/libreoffice";
import { ADDED_RELS, EXTRAS, excelExtrasBook } from "./excel-extras";
import { scoreFile, tmpDir, undoFile } from "./scoring";

/** The part that the element of `xml` matching `element` (its r:id captured) leads to. */
function via(parts: Parts, from: string, element: RegExp): string | undefined {
  const id = element.exec(partText(parts, from) ?? "")?.[1];
  const rels = partText(parts, from.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "";
  const rel = relationships(rels).find((r) => r.id === id);
  return rel ? resolve(from, rel.target) : undefined;
}

function contentType(parts: Parts, part: string): string | undefined {
  const types = partText(parts, "[Content_Types].xml") ?? "";
  const override = new RegExp(`<Override PartName="/${part}" ContentType="([^"]+)"`).exec(
    types
  )?.[1];
  const ext = part.replace(/^.*\./, "");
  return (
    override ?? new RegExp(`<Default Extension="${ext}" ContentType="([^"]+)"`).exec(types)?.[1]
  );
}

describe("slicers, external links, custom XML, printer settings, OLE objects and controls come back", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-extras-");
    input = await excelExtrasBook(path.join(dir, "extras.xlsx"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  function expectKept(parts: Parts): void {
    for (const [name, part] of Object.entries(EXTRAS)) {
      expect([
        part.kind,
        Buffer.from(parts.get(name) ?? []).equals(Buffer.from(part.bytes)),
      ]).toEqual([part.kind, true]);
      if (!name.endsWith(".rels"))
        expect([part.kind, contentType(parts, name)]).toEqual([part.kind, part.type]);
    }
    const sheet = sheetParts(parts).get("自评表")!;
    const leadsTo = (element: RegExp) => via(parts, sheet, element);
    expect(leadsTo(/<pageSetup\b[^>]*\br:id="([^"]+)"/)).toBe(
      "xl/printerSettings/printerSettings1.bin"
    );
    expect(leadsTo(/<oleObject\b[^>]*\br:id="([^"]+)"/)).toBe("xl/embeddings/oleObject1.bin");
    expect(leadsTo(/<objectPr\b[^>]*\br:id="([^"]+)"/)).toBe("xl/media/oleImage1.png");
    expect(leadsTo(/<control\b[^>]*\br:id="([^"]+)"/)).toBe("xl/ctrlProps/ctrlProp1.xml");
    expect(leadsTo(/<x14:slicer\b[^>]*\br:id="([^"]+)"/)).toBe("xl/slicers/slicer1.xml");
    const book = (element: RegExp) => via(parts, "xl/workbook.xml", element);
    expect(book(/<externalReference\b[^>]*\br:id="([^"]+)"/)).toBe(
      "xl/externalLinks/externalLink1.xml"
    );
    expect(book(/<x14:slicerCache\b[^>]*\br:id="([^"]+)"/)).toBe(
      "xl/slicerCaches/slicerCache1.xml"
    );
    const bookRels = relationships(partText(parts, "xl/_rels/workbook.xml.rels") ?? "");
    expect(
      bookRels
        .filter((r) => r.type.endsWith("/customXml"))
        .map((r) => resolve("xl/workbook.xml", r.target))
    ).toEqual(["customXml/item1.xml"]);
    // Each relationship appears once: none written twice.
    for (const r of ADDED_RELS) {
      const from = r.from === "sheet" ? sheet : "xl/workbook.xml";
      const rels = relationships(partText(parts, from.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "");
      expect([r.to, rels.filter((x) => resolve(from, x.target) === r.to).length]).toEqual([
        r.to,
        1,
      ]);
    }
  }

  test("the fixture holds them, as the check reads them", async () => {
    expectKept(unzipParts(await fs.readFile(input)));
  });

  test("in the scored copy and in the copy undone", async () => {
    const scored = path.join(dir, "scored.xlsx");
    const p = await scoreFile(input, scored, sampleEvaluation());
    expect(p.blocks.some((b) => b.sheet === "自评表")).toBe(true);
    expectKept(unzipParts(await fs.readFile(scored)));
    const restored = path.join(dir, "restored.xlsx");
    await undoFile(scored, restored);
    expectKept(unzipParts(await fs.readFile(restored)));
  }, 60_000);

  test("a second run over the scored copy keeps them once, with the same sheet and workbook XML", async () => {
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await scoreFile(input, once, sampleEvaluation());
    await scoreFile(once, twice, sampleEvaluation());
    const a = unzipParts(await fs.readFile(once));
    const b = unzipParts(await fs.readFile(twice));
    expectKept(b);
    const sheet = sheetParts(a).get("自评表")!;
    const sheetRels = sheet.replace(/([^/]+)$/, "_rels/$1.rels");
    for (const p of [sheet, sheetRels, "xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
      expect([p, partText(b, p)]).toEqual([p, partText(a, p)]);
  }, 60_000);

  (hasSoffice() ? test : test.skip)(
    "the copy opens in LibreOffice",
    async () => {
      const scored = path.join(dir, "scored-lo.xlsx");
      await scoreFile(input, scored, sampleEvaluation());
      const r = await convert(scored, "pdf", path.join(dir, "pdf"));
      expect(r.code).toBe(0);
      expect((await fs.stat(r.outputs[0])).size).toBeGreaterThan(0);
    },
    120_000
  );
});
