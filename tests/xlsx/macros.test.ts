/**
 * An .xlsm is scored and written back as an .xlsm: its VBA project (and the signature part the project's
 * relationships name) byte for byte, the workbook's macro-enabled content type, the relationship to the
 * project and the workbook's code name. ExcelJS drops all of these on load; the package port keeps them as
 * parts and XML it does not touch.
 *
 * The .xlsm is made by hand as Excel lays one out (LibreOffice writes a VBA project only for a document that
 * came with one): the sample workbook's package, plus xl/vbaProject.bin and xl/vbaProjectSignature.bin, a
 * <Default Extension="bin"> content type, the workbook's content type macroEnabled.main+xml and its
 * codeName="ThisWorkbook". The project's bytes are not a working VBA project (no VBA compiler here): what is
 * tested is that they come back unchanged.
 */

import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { sampleEvaluation } from "../plan/fixtures";
import { runCli } from "../support/cli";
import { convert, hasSoffice } from "../support/libreoffice";
import { sampleWorkbook } from "./book";
import { load, parts, save, scoreFile, tmpDir, undoFile } from "./scoring";

const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
const SIGNATURE_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProjectSignature";
/** An OLE compound file's signature, then bytes that stand for the project's streams. */
const PROJECT = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...Array.from({ length: 3000 }, (_, i) => (i * 37) % 256),
]);
const SIGNATURE = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 11) % 256));

let dir: string;
beforeAll(async () => {
  dir = await tmpDir("jixiao-xlsm-");
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function xlsm(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(
    await fs.readFile(await save(sampleWorkbook(), path.join(dir, "plain.xlsx")))
  );
  zip.file("xl/vbaProject.bin", PROJECT);
  zip.file("xl/vbaProjectSignature.bin", SIGNATURE);
  zip.file(
    "xl/_rels/vbaProject.bin.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${SIGNATURE_REL}" Target="vbaProjectSignature.bin"/></Relationships>`
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace(/(<Override PartName="\/xl\/workbook\.xml" ContentType=")[^"]*"/, `$1${MACRO_MAIN}"`)
      .replace(
        "<Default ",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '
      )
      .replace(
        "</Types>",
        '<Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/></Types>'
      )
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId99" Type="${VBA_REL}" Target="vbaProject.bin"/></Relationships>`
    )
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbook.replace(/<workbookPr\b/, '<workbookPr codeName="ThisWorkbook"')
  );
  await fs.writeFile(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return file;
}

/** What makes the package an .xlsm, read back from it. */
async function macroParts(file: string) {
  const zip = await parts(file);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const vba = new RegExp(`<Relationship [^>]*Type="${VBA_REL}"[^>]*/>`).exec(rels)?.[0] ?? "";
  return {
    workbookType: /<Override PartName="\/xl\/workbook\.xml" ContentType="([^"]*)"/.exec(types)?.[1],
    binType: /<Default Extension="bin" ContentType="([^"]*)"/.exec(types)?.[1],
    signatureType: /<Override PartName="\/xl\/vbaProjectSignature\.bin" ContentType="([^"]*)"/.exec(
      types
    )?.[1],
    vbaTarget: /Target="([^"]*)"/.exec(vba)?.[1],
    project: await zip.file("xl/vbaProject.bin")?.async("uint8array"),
    signature: await zip.file("xl/vbaProjectSignature.bin")?.async("uint8array"),
    projectRels: await zip.file("xl/_rels/vbaProject.bin.rels")?.async("string"),
    codeName: /<workbookPr\b[^>]*codeName="([^"]*)"/.exec(
      await zip.file("xl/workbook.xml")!.async("string")
    )?.[1],
  };
}

function expectMacros(got: Awaited<ReturnType<typeof macroParts>>): void {
  expect(got.workbookType).toBe(MACRO_MAIN);
  expect(got.binType).toBe("application/vnd.ms-office.vbaProject");
  expect(got.signatureType).toBe("application/vnd.ms-office.vbaProjectSignature");
  expect(got.vbaTarget).toBe("vbaProject.bin");
  expect(Buffer.from(got.project!).equals(Buffer.from(PROJECT))).toBe(true);
  expect(Buffer.from(got.signature!).equals(Buffer.from(SIGNATURE))).toBe(true);
  expect(got.projectRels).toContain('Target="vbaProjectSignature.bin"');
  expect(got.codeName).toBe("ThisWorkbook");
}

test("the scored copy of an .xlsm keeps its macros, and so does the copy undone", async () => {
  const input = await xlsm(path.join(dir, "宏.xlsm"));
  const scored = path.join(dir, "宏.scored.xlsm");
  const p = await scoreFile(input, scored, sampleEvaluation());
  expect(p.marks.length).toBeGreaterThan(0); // it really was scored: cells marked, notes written
  expectMacros(await macroParts(scored));
  expect((await load(scored)).worksheets.map((ws) => ws.name)).toContain("评分汇总");

  const restored = path.join(dir, "宏.restored.xlsm");
  await undoFile(scored, restored);
  expectMacros(await macroParts(restored));
  expect((await load(restored)).worksheets.map((ws) => ws.name)).not.toContain("评分汇总");
});

test("an .xlsx gets no macro parts", async () => {
  const input = await save(sampleWorkbook(), path.join(dir, "plain-in.xlsx"));
  const scored = path.join(dir, "plain-out.xlsx");
  await scoreFile(input, scored, sampleEvaluation());
  const got = await macroParts(scored);
  expect(got.workbookType).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
  );
  expect(got.project).toBeUndefined();
  expect(got.vbaTarget).toBeUndefined();
});

test("the command line scores an .xlsm into .scored.xlsm, and refuses an .xlsx name for its copy", async () => {
  const input = await xlsm(path.join(dir, "cli.xlsm"));
  const ok = await runCli(["score", input, "--lang", "en-US"]);
  expect(ok.code).not.toBe(2);
  expectMacros(await macroParts(path.join(dir, "cli.scored.xlsm")));

  const undo = await runCli(["undo", path.join(dir, "cli.scored.xlsm"), "--lang", "en-US"]);
  expect(undo.code).toBe(0);
  expectMacros(await macroParts(path.join(dir, "cli.restored.xlsm")));

  const wrong = await runCli([
    "score",
    input,
    "--out",
    path.join(dir, "cli.xlsx"),
    "--lang",
    "en-US",
  ]);
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain("the scored copy must have the input's extension .xlsm");
  await expect(fs.stat(path.join(dir, "cli.xlsx"))).rejects.toThrow();
});

(hasSoffice() ? test : test.skip)(
  "LibreOffice opens the scored .xlsm",
  async () => {
    const input = await xlsm(path.join(dir, "lo.xlsm"));
    const scored = path.join(dir, "lo.scored.xlsm");
    await scoreFile(input, scored, sampleEvaluation());
    const out = path.join(dir, "lo-pdf");
    const r = await convert(scored, "pdf", out);
    expect(r.code).toBe(0);
    expect((await fs.stat(r.outputs[0])).size).toBeGreaterThan(1000);
  },
  120_000
);
