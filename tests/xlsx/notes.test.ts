/**
 * Notes the add-in does not change keep their authors and rich text in the scored copy, read at XML level.
 * ExcelJS writes every author as "Author", reorders run properties and keeps a note it dropped on load (an
 * empty unstyled cell) as plain text; each assertion below failed on that.
 */

import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { NOTE_MARK } from "../../src/engine/plan/own";
import { sampleEvaluation } from "../plan/fixtures";
import { DETAIL_SHEET, sampleWorkbook } from "./book";
import { convert, hasSoffice } from "../support/libreoffice";
import { parts, save, scoreFile, sheetXml, tmpDir, undoFile } from "./scoring";

/** As Excel writes a note: the author's name in bold, then the text; East Asian fonts with family and charset. */
const TITLE_NOTE =
  '<text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>张会计:</t></r>' +
  '<r><rPr><sz val="9"/><color rgb="FFFF0000"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t xml:space="preserve">\n表中金额单位：万元 </t></r></text>';
const DETAIL_NOTE =
  '<text><r><rPr><b/><i/><u/><sz val="10"/><rFont val="微软雅黑"/><family val="2"/><charset val="134"/><scheme val="minor"/></rPr><t>李审核:</t></r>' +
  '<r><rPr><sz val="10"/><rFont val="微软雅黑"/></rPr><t xml:space="preserve">\n按月汇总</t></r></text>';

async function commentsXml(zip: JSZip, sheet: string): Promise<{ path: string; xml: string }> {
  const { rels } = await sheetXml(zip, sheet);
  const target = /Target="([^"]*comments\d*\.xml)"/.exec(rels)![1];
  const p = `xl/${target.replace(/^(\.\.\/|\/xl\/)/, "")}`;
  return { path: p, xml: await zip.file(p)!.async("string") };
}

/** The note on `ref`: its author's name and its <text> element, as the part holds them. */
function noteAt(xml: string, ref: string): { author: string; text: string } {
  const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
  const c = new RegExp(`<comment ref="${ref}"[^>]*authorId="(\\d+)"[^>]*>([\\s\\S]*?)</comment>`).exec(xml);
  if (!c) throw new Error(`no note on ${ref}`);
  return { author: authors[Number(c[1])], text: /<text>[\s\S]*<\/text>/.exec(c[2])![0] };
}

/** The sample workbook with notes by two people, in rich text, as a person's Excel would have them. */
async function notedWorkbook(file: string): Promise<void> {
  const wb = sampleWorkbook();
  wb.getWorksheet("自评表")!.getCell("A1").note = "title";
  const zip = await JSZip.loadAsync(await fs.readFile(await save(wb, file)));
  const main = await commentsXml(zip, "自评表");
  zip.file(
    main.path,
    main.xml
      .replace(/<authors>[\s\S]*?<\/authors>/, "<authors><author>张会计</author><author>李审核</author></authors>")
      .replace(/(<comment ref="A1" authorId=")0("[^>]*>)<text>[\s\S]*?<\/text>/, (_, a, b) => `${a}0${b}${TITLE_NOTE}`)
      // D3's rich note (财务科:) was written by 李审核; D3 gets flagged.
      .replace(/(<comment ref="D3" authorId=")0(")/, "$11$2")
  );
  const detail = await commentsXml(zip, DETAIL_SHEET);
  zip.file(
    detail.path,
    detail.xml
      .replace(/<authors>[\s\S]*?<\/authors>/, "<authors><author>王出纳</author><author>李审核</author></authors>")
      .replace(/(<comment ref="D1" authorId=")0("[^>]*>)<text>[\s\S]*?<\/text>/, (_, a, b) => `${a}1${b}${DETAIL_NOTE}`)
  );
  await fs.writeFile(file, await zip.generateAsync({ type: "uint8array" }));
}

describe("notes the add-in did not change keep their authors and rich text", () => {
  test("in the scored copy, and again after undo; a marked note keeps its author and comes back whole", async () => {
    const dir = await tmpDir();
    const input = path.join(dir, "noted.xlsx");
    await notedWorkbook(input);
    const before = await parts(input);
    expect(noteAt((await commentsXml(before, "自评表")).xml, "A1")).toEqual({ author: "张会计", text: TITLE_NOTE });

    const scored = path.join(dir, "scored.xlsx");
    await scoreFile(input, scored, sampleEvaluation());
    const zip = await parts(scored);
    const main = (await commentsXml(zip, "自评表")).xml;
    expect(noteAt(main, "A1")).toEqual({ author: "张会计", text: TITLE_NOTE });
    // The note on D1 is on an empty, unstyled cell: ExcelJS drops it on load, the adapter puts it back.
    expect(noteAt((await commentsXml(zip, DETAIL_SHEET)).xml, "D1")).toEqual({ author: "李审核", text: DETAIL_NOTE });
    // G8 is marked: its note is the person's text, then the add-in's, as the add-in wrote it.
    expect(noteAt(main, "G8").text).toContain(NOTE_MARK);

    const undone = path.join(dir, "undone.xlsx");
    await undoFile(scored, undone);
    const back = await parts(undone);
    expect(noteAt((await commentsXml(back, "自评表")).xml, "A1")).toEqual({ author: "张会计", text: TITLE_NOTE });
    expect(noteAt((await commentsXml(back, DETAIL_SHEET)).xml, "D1")).toEqual({ author: "李审核", text: DETAIL_NOTE });
    expect(noteAt((await commentsXml(back, "自评表")).xml, "G8").text).not.toContain(NOTE_MARK);
    // A marked note stays the person's: its author in the scored copy and after undo, with its runs.
    expect(noteAt(main, "D3").author).toBe("李审核");
    expect(noteAt(main, "D3").text).toContain(NOTE_MARK);
    const d3 = noteAt((await commentsXml(before, "自评表")).xml, "D3");
    expect(d3.author).toBe("李审核");
    expect(noteAt((await commentsXml(back, "自评表")).xml, "D3")).toEqual(d3);

    // LibreOffice opens the copy and reads the note's runs (its own .xlsx export writes every author as " ").
    if (!hasSoffice()) return;
    const lo = await convert(scored, "xlsx", path.join(dir, "lo"));
    const resaved = noteAt((await commentsXml(await parts(lo.outputs[0]), "自评表")).xml, "A1");
    expect(resaved.text).toMatch(/张会计[\s\S]*<color rgb="FFFF0000"\/>[\s\S]*表中金额单位：万元/);
  }, 180_000);
});
