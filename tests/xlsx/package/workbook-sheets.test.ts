/**
 * Sheets added and removed at package level (workbook-sheets.ts), on real packages: the sample workbook with the
 * own sheets of a real plan, a workbook LibreOffice saved with names local to its sheets and print areas, the
 * LibreOffice fixture with a chart, a picture and notes, and a workbook whose SpreadsheetML carries a prefix.
 * Undo (remove what was added) gives the parts back byte for byte; a re-run (remove + add) the same bytes.
 */

import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../../src/engine/plan";
import type { WritePlan } from "../../../src/engine/plan/types";
import { relationships, relsPathOf, resolve } from "../../../src/workbook/xlsx/package-xml";
import { StyleSheet } from "../../../src/workbook/xlsx/package/styles-part";
import {
  activeSheet,
  addSheet,
  dropCalcChain,
  removeSheet,
  setActiveSheet,
  sheetEntries,
} from "../../../src/workbook/xlsx/package/workbook-sheets";
import {
  type Parts,
  partText,
  setPartText,
  unzipParts,
  zipParts,
} from "../../../src/workbook/xlsx/zip-parts";
import { convert, hasSoffice } from "../../support/libreoffice";
import { libreOfficeBook } from "../real-book";
import { LOCAL_SHEETS, localNamesBook } from "./local-names-book";
import { PREVIOUS_RELEASE_COPY, SAMPLE, copyParts, planOf, writeOwnSheets } from "./own-plan";

const lo = hasSoffice() ? test : test.skip;
const SHEET_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>新表</t></is></c></row></sheetData></worksheet>`;

let dir: string;
let input: Parts;
let plan: WritePlan;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-wb-sheets-"));
  input = unzipParts(await fs.readFile(SAMPLE));
  plan = await planOf(SAMPLE);
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const text = (bytes: Uint8Array | undefined) =>
  bytes ? Buffer.from(bytes).toString("utf8") : undefined;

/** The parts that differ between two packages (added, removed or changed), by name. */
function differing(a: Parts, b: Parts): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => text(a.get(n)) !== text(b.get(n))).sort();
}

/**
 * The package's wiring holds: every content type override names a part, every part has a content type, every
 * internal relationship leads to a part, and every part but the wiring itself is led to by a relationship.
 */
function wiringProblems(parts: Parts): string[] {
  const problems: string[] = [];
  const types = partText(parts, "[Content_Types].xml") ?? "";
  const overrides = [...types.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]);
  const defaults = [...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) =>
    m[1].toLowerCase()
  );
  for (const o of overrides) if (!parts.has(o)) problems.push(`override without part: ${o}`);
  const led = new Set<string>();
  for (const name of parts.keys()) {
    if (!name.endsWith(".rels")) continue;
    const from = name === "_rels/.rels" ? "package" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const xml = partText(parts, name) ?? "";
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = resolve(from, relationships(m[0])[0].target);
      led.add(target);
      if (!parts.has(target)) problems.push(`relationship of ${name} to a missing part: ${target}`);
    }
  }
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml" || name.endsWith(".rels")) continue;
    if (!led.has(name)) problems.push(`part nothing leads to: ${name}`);
    const ext = name.split(".").pop()!.toLowerCase();
    if (!overrides.includes(name) && !defaults.includes(ext))
      problems.push(`part without a content type: ${name}`);
  }
  return problems;
}

async function excelJs(parts: Parts): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(zipParts(parts) as unknown as ArrayBuffer);
  return wb;
}

/** The package LibreOffice writes when it opens `parts` and saves them again (it opened them if this returns). */
async function throughLibreOffice(parts: Parts, name: string): Promise<Parts> {
  const file = path.join(dir, `${name}.xlsx`);
  await fs.writeFile(file, zipParts(parts));
  const r = await convert(file, "xlsx", path.join(dir, `lo-${name}`));
  if (r.code !== 0) throw new Error(`LibreOffice could not open ${name}: ${r.stderr}`);
  return unzipParts(await fs.readFile(r.outputs[0]));
}

describe("the own sheets of a real plan, added to the sample", () => {
  test("get the first free part names, relationship ids and sheet ids, and are wired and typed", () => {
    const parts = copyParts(input);
    writeOwnSheets(parts, plan);
    // The sample has sheet1/sheet2 (rId4, rId5, sheetId 1, 2) and rId1-3 for styles, theme, shared strings.
    expect(sheetEntries(parts)).toEqual([
      {
        name: "项目支出绩效自评表",
        path: "xl/worksheets/sheet1.xml",
        rId: "rId4",
        sheetId: 1,
        state: "visible",
      },
      {
        name: "预算执行明细",
        path: "xl/worksheets/sheet2.xml",
        rId: "rId5",
        sheetId: 2,
        state: "visible",
      },
      {
        name: SUMMARY_SHEET,
        path: "xl/worksheets/sheet3.xml",
        rId: "rId6",
        sheetId: 3,
        state: "visible",
      },
      {
        name: REVIEW_SHEET,
        path: "xl/worksheets/sheet4.xml",
        rId: "rId7",
        sheetId: 4,
        state: "visible",
      },
      {
        name: STATE_SHEET,
        path: "xl/worksheets/sheet5.xml",
        rId: "rId8",
        sheetId: 5,
        state: "veryHidden",
      },
    ]);
    expect(partText(parts, "xl/workbook.xml")).toContain(
      `<sheet name="${STATE_SHEET}" sheetId="5" state="veryHidden" r:id="rId8"/></sheets>`
    );
    expect(wiringProblems(parts)).toEqual([]);
    // Only the wiring, the styles and the new parts changed.
    expect(differing(input, parts)).toEqual([
      "[Content_Types].xml",
      "docProps/app.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet3.xml",
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
    ]);
    // docProps/app.xml lists the five sheets under a count of five.
    const app = partText(parts, "docProps/app.xml")!;
    expect(app).toContain("<vt:i4>5</vt:i4>");
    expect(app).toContain(
      `<vt:vector size="5" baseType="lpstr"><vt:lpstr>项目支出绩效自评表</vt:lpstr><vt:lpstr>预算执行明细</vt:lpstr><vt:lpstr>${SUMMARY_SHEET}</vt:lpstr><vt:lpstr>${REVIEW_SHEET}</vt:lpstr><vt:lpstr>${STATE_SHEET}</vt:lpstr></vt:vector>`
    );
  });

  test("undo: removing them gives every part back byte for byte (styles.xml keeps the styles added after the user's)", () => {
    const parts = copyParts(input);
    writeOwnSheets(parts, plan);
    for (const s of plan.sheets) removeSheet(parts, s.name);
    expect(differing(input, parts)).toEqual(["xl/styles.xml"]);
    const before = partText(input, "xl/styles.xml")!;
    const userXfs = Number(/<cellXfs count="(\d+)"/.exec(before)![1]);
    const [a, b] = [StyleSheet.read(before), StyleSheet.read(partText(parts, "xl/styles.xml"))];
    for (let s = 0; s < userXfs; s++) expect(b.xf(s)).toBe(a.xf(s));
  });

  test("a re-run (remove + add the same sheets) writes the same bytes", () => {
    const once = copyParts(input);
    writeOwnSheets(once, plan);
    const first = zipParts(once);
    const again = unzipParts(first);
    const styles = again.get("xl/styles.xml");
    writeOwnSheets(again, plan);
    expect(differing(once, again)).toEqual([]);
    expect(Buffer.from(zipParts(again)).equals(Buffer.from(first))).toBe(true);
    // The styles the first run added are found again: the styles part is not even rewritten.
    expect(again.get("xl/styles.xml")).toBe(styles);
  });

  lo("the copy opens in LibreOffice with the own sheets, the state sheet hidden", async () => {
    const parts = copyParts(input);
    writeOwnSheets(parts, plan);
    const saved = await throughLibreOffice(parts, "sample-own");
    expect(sheetEntries(saved).map((e) => [e.name, e.state])).toEqual([
      ["项目支出绩效自评表", "visible"],
      ["预算执行明细", "visible"],
      [SUMMARY_SHEET, "visible"],
      [REVIEW_SHEET, "visible"],
      [STATE_SHEET, "hidden"], // LibreOffice has no "very hidden"
    ]);
  });
});

/** What xmllint says of a part that is not well-formed XML (nothing when it is). */
function notWellFormed(parts: Parts, name: string): string {
  const r = spawnSync("xmllint", ["--nonet", "--noout", "-"], {
    input: parts.get(name),
    encoding: "utf8",
  });
  if (r.error) throw new Error("xmllint is not installed (Debian: libxml2-utils)");
  return r.status === 0 ? "" : `${name}: ${r.stderr}`;
}

describe("every part written", () => {
  test("is well-formed XML (xmllint): after adding the own sheets, and after removing them", () => {
    const parts = copyParts(input);
    writeOwnSheets(parts, plan);
    addSheet(parts, "R&D's <表>", SHEET_XML, "visible");
    const written = differing(input, parts);
    expect(written.length).toBeGreaterThan(5);
    expect(written.map((name) => notWellFormed(parts, name)).filter(Boolean)).toEqual([]);
    removeSheet(parts, "R&D's <表>");
    removeSheet(parts, REVIEW_SHEET);
    expect(
      differing(input, parts)
        .filter((n) => parts.has(n))
        .map((n) => notWellFormed(parts, n))
        .filter(Boolean)
    ).toEqual([]);
  });
});

describe("sheet names", () => {
  test("are escaped in workbook.xml and app.xml, and read back", async () => {
    const parts = copyParts(input);
    const name = "R&D's <表>";
    addSheet(parts, name, SHEET_XML, "hidden");
    expect(partText(parts, "xl/workbook.xml")).toContain(
      '<sheet name="R&amp;D&apos;s &lt;表&gt;" sheetId="3" state="hidden" r:id="rId6"/>'
    );
    expect(partText(parts, "docProps/app.xml")).toContain(
      "<vt:lpstr>R&amp;D&apos;s &lt;表&gt;</vt:lpstr>"
    );
    expect(sheetEntries(parts)[2]).toMatchObject({ name, state: "hidden" });
    const ws = (await excelJs(parts)).getWorksheet(name)!;
    expect([ws.state, ws.getCell("A1").value]).toEqual(["hidden", "新表"]);
    removeSheet(parts, name);
    expect(differing(input, parts)).toEqual([]);
  });

  test("Excel refuses are refused, and so is a name the workbook has (in any case)", () => {
    const parts = copyParts(input);
    for (const bad of ["", "a".repeat(32), "a/b", "a:b", "a[1]", "a?", "a*", "a\\b", "'a", "a'"])
      expect(() => addSheet(parts, bad, SHEET_XML, "visible")).toThrow(/not a sheet name/);
    expect(() => addSheet(parts, "预算执行明细", SHEET_XML, "visible")).toThrow(
      /already has a sheet/
    );
    addSheet(parts, "Sheet", SHEET_XML, "visible");
    expect(() => addSheet(parts, "SHEET", SHEET_XML, "visible")).toThrow(/already has a sheet/);
    expect(() => addSheet(parts, "a".repeat(31), SHEET_XML, "visible")).not.toThrow();
  });

  test("removing a sheet the workbook does not have changes nothing", () => {
    const parts = copyParts(input);
    removeSheet(parts, SUMMARY_SHEET);
    expect(differing(input, parts)).toEqual([]);
    for (const [name, bytes] of input) expect(parts.get(name)).toBe(bytes);
  });
});

describe("the calculation chain", () => {
  test("is dropped with its relationship and content type", () => {
    const parts = copyParts(input);
    setPartText(
      parts,
      "xl/calcChain.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="J8" i="1"/></calcChain>'
    );
    const rels = partText(parts, "xl/_rels/workbook.xml.rels")!;
    setPartText(
      parts,
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
      )
    );
    const types = partText(parts, "[Content_Types].xml")!;
    setPartText(
      parts,
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
      )
    );
    expect(wiringProblems(parts)).toEqual([]);
    dropCalcChain(parts);
    expect(differing(input, parts)).toEqual([]);
    dropCalcChain(parts); // none left: nothing happens
    expect(differing(input, parts)).toEqual([]);
  });
});

describe("a workbook LibreOffice saved, with names local to its sheets and print areas", () => {
  let book: Parts;
  const names = (parts: Parts) =>
    /<definedNames>[\s\S]*<\/definedNames>/.exec(partText(parts, "xl/workbook.xml")!)![0];
  const withActiveTab = (parts: Parts, tab: number) => {
    const copy = copyParts(parts);
    const xml = partText(copy, "xl/workbook.xml")!;
    setPartText(copy, "xl/workbook.xml", xml.replace(/activeTab="\d+"/, `activeTab="${tab}"`));
    return copy;
  };
  const activeTab = (parts: Parts) =>
    /activeTab="(\d+)"/.exec(partText(parts, "xl/workbook.xml")!)![1];

  beforeAll(async () => {
    if (hasSoffice()) book = await localNamesBook(dir);
  });

  lo(
    "removing 乙 takes its print area and its 本表 with it; 丙's names follow 丙 down",
    async () => {
      const a = (local: string, name: string, ref: string) =>
        `<definedName function="false" hidden="false"${local} name="${name}" vbProcedure="false">${ref}</definedName>`;
      // As LibreOffice wrote them.
      expect(names(book)).toBe(
        "<definedNames>" +
          a("", "全局", "丙!$A$1:$A$3") +
          a(' localSheetId="0"', "_xlnm.Print_Area", "甲!$A1:$B2") +
          a(' localSheetId="1"', "_xlnm.Print_Area", "乙!$A1:$C3") +
          a(' localSheetId="1"', "本表", "乙!$A$1:$A$2") +
          a(' localSheetId="2"', "_xlnm.Print_Area", "丙!$A1:$D4") +
          a(' localSheetId="2"', "本表", "丙!$B$2") +
          "</definedNames>"
      );
      const parts = copyParts(book);
      removeSheet(parts, "乙");
      expect(names(parts)).toBe(
        "<definedNames>" +
          a("", "全局", "丙!$A$1:$A$3") +
          a(' localSheetId="0"', "_xlnm.Print_Area", "甲!$A1:$B2") +
          a(' localSheetId="1"', "_xlnm.Print_Area", "丙!$A1:$D4") +
          a(' localSheetId="1"', "本表", "丙!$B$2") +
          "</definedNames>"
      );
      expect(sheetEntries(parts).map((e) => e.name)).toEqual(["甲", "丙", "丁"]);
      expect(parts.has(sheetEntries(book)[1].path)).toBe(false);
      expect(wiringProblems(parts)).toEqual([]);
      // ExcelJS finds each print area on its own sheet.
      const wb = await excelJs(parts);
      expect(wb.getWorksheet("甲")!.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?B\$?2$/);
      expect(wb.getWorksheet("丙")!.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?D\$?4$/);
      // So does LibreOffice, which opens the workbook and saves the names where they were.
      const saved = await throughLibreOffice(parts, "local-names-removed");
      expect(names(saved)).toContain(a(' localSheetId="1"', "_xlnm.Print_Area", "丙!$A1:$D4"));
      expect(names(saved)).toContain(a(' localSheetId="1"', "本表", "丙!$B$2"));
      expect(names(saved)).not.toContain("乙");
    }
  );

  lo("the active tab stays on a sheet that is there, and a visible one", () => {
    const cases: [number, string, string][] = [
      [1, "乙", "1"], // 乙 active, removed: the next sheet, 丙
      [2, "乙", "1"], // 丙 active: it moves down with its sheet
      [0, "乙", "0"],
      [2, "丙", "1"], // the next sheet, 丁, is hidden: the nearest visible one, 乙
    ];
    for (const [tab, removed, expected] of cases) {
      const parts = withActiveTab(book, tab);
      removeSheet(parts, removed);
      expect([tab, removed, activeTab(parts)]).toEqual([tab, removed, expected]);
    }
  });

  lo(
    "own sheets added after its hidden sheet and removed again leave every part as LibreOffice wrote it",
    async () => {
      const parts = copyParts(book);
      writeOwnSheets(parts, plan);
      expect(sheetEntries(parts).map((e) => e.name)).toEqual([
        ...LOCAL_SHEETS,
        SUMMARY_SHEET,
        REVIEW_SHEET,
        STATE_SHEET,
      ]);
      expect(names(parts)).toBe(names(book));
      expect(wiringProblems(parts)).toEqual([]);
      for (const s of plan.sheets) removeSheet(parts, s.name);
      expect(differing(book, parts)).toEqual(["xl/styles.xml"]);
    }
  );
});

describe("removing a sheet takes the parts only it led to", () => {
  lo(
    "the LibreOffice fixture's 自评表: its drawing, chart, picture and notes go, nothing else",
    async () => {
      const book = unzipParts(await fs.readFile(await libreOfficeBook(dir)));
      expect(wiringProblems(book)).toEqual([]);
      const sheet = sheetEntries(book).find((e) => e.name === "自评表")!;
      const led = (part: string): string[] => {
        const rels = partText(book, relsPathOf(part));
        if (!rels) return [];
        const targets = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
          .filter((m) => !/TargetMode="External"/.test(m[0]))
          .map((m) => resolve(part, relationships(m[0])[0].target));
        return targets.flatMap((t) => [t, ...led(t)]);
      };
      const chain = led(sheet.path);
      expect(chain.some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
      expect(chain.some((p) => /^xl\/media\//.test(p))).toBe(true);
      expect(chain.some((p) => /^xl\/comments\d*\.xml$/.test(p))).toBe(true);
      const parts = copyParts(book);
      removeSheet(parts, "自评表");
      const gone = [sheet.path, relsPathOf(sheet.path), ...chain, ...chain.map(relsPathOf)].filter(
        (p) => book.has(p)
      );
      expect(
        differing(book, parts)
          .filter((p) => !parts.has(p))
          .sort()
      ).toEqual([...new Set(gone)].sort());
      expect(wiringProblems(parts)).toEqual([]);
      const types = partText(parts, "[Content_Types].xml")!;
      for (const p of gone) expect(types).not.toContain(`PartName="/${p}"`);
      expect(partText(book, "[Content_Types].xml")).toContain(
        `PartName="/${relsPathOf(sheet.path)}"`
      ); // LibreOffice types .rels parts too
      const saved = await throughLibreOffice(parts, "fixture-without-sheet");
      expect(sheetEntries(saved).map((e) => e.name)).toEqual(
        sheetEntries(parts).map((e) => e.name)
      );
    }
  );

  test("a picture another sheet's drawing shows stays", async () => {
    const wb = new ExcelJS.Workbook();
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64"
    );
    const image = wb.addImage({ buffer: png as unknown as ArrayBuffer, extension: "png" });
    for (const name of ["一", "二", "三"]) {
      const ws = wb.addWorksheet(name);
      ws.getCell("A1").value = name;
      if (name !== "三")
        ws.addImage(image, { tl: { col: 1, row: 1 }, ext: { width: 10, height: 10 } });
    }
    wb.getWorksheet("二")!.getCell("A1").note = "二的批注";
    const parts = unzipParts((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(wiringProblems(parts)).toEqual([]);
    const media = [...parts.keys()].filter((p) => p.startsWith("xl/media/"));
    expect(media).toHaveLength(1);
    removeSheet(parts, "二");
    expect(wiringProblems(parts)).toEqual([]);
    expect(parts.has(media[0])).toBe(true); // 一's drawing still shows it
    expect([...parts.keys()].filter((p) => /drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(1);
    expect([...parts.keys()].some((p) => /comments|vmlDrawing/.test(p))).toBe(false);
    const back = await excelJs(parts);
    expect(back.worksheets.map((w) => w.name)).toEqual(["一", "三"]);
    expect(back.getWorksheet("一")!.getImages()).toHaveLength(1);
  });
});

describe("a workbook part whose SpreadsheetML carries a prefix", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  /** The sample's workbook.xml as some export systems write it: <x:workbook xmlns:x=…>, relationships as rel:. */
  function prefixed(localRel: boolean): Parts {
    const parts = copyParts(input);
    let xml = partText(parts, "xl/workbook.xml")!
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2")
      .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
      .replace(/xmlns:r=/, "xmlns:rel=")
      .replace(/\br:id=/g, "rel:id=");
    if (localRel)
      xml = xml
        .replace(/ xmlns:rel="[^"]*"/, "")
        .replace(
          /<x:sheet (?=[^>]*rel:id)/g,
          `<x:sheet xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `
        );
    setPartText(parts, "xl/workbook.xml", xml);
    return parts;
  }

  test.each([
    ["on the root", false],
    ["on each sheet", true],
  ])(
    "is read and written with its prefixes (relationships namespace declared %s)",
    async (_, localRel) => {
      const parts = prefixed(localRel);
      expect(partText(parts, "xl/workbook.xml")).toContain("<x:sheets><x:sheet ");
      expect(sheetEntries(parts)).toEqual(sheetEntries(input));
      const before = copyParts(parts);
      addSheet(parts, "新表", SHEET_XML, "visible");
      expect(partText(parts, "xl/workbook.xml")).toContain(
        localRel
          ? `<x:sheet name="新表" sheetId="3" r:id="rId6" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></x:sheets>`
          : `<x:sheet name="新表" sheetId="3" rel:id="rId6"/></x:sheets>`
      );
      expect(sheetEntries(parts).map((e) => [e.name, e.path])).toEqual([
        ...sheetEntries(input).map((e) => [e.name, e.path]),
        ["新表", "xl/worksheets/sheet3.xml"],
      ]);
      if (hasSoffice()) {
        const saved = await throughLibreOffice(parts, `prefixed-${localRel}`);
        expect(sheetEntries(saved).map((e) => e.name)).toEqual([
          "项目支出绩效自评表",
          "预算执行明细",
          "新表",
        ]);
      }
      removeSheet(parts, "新表");
      expect(differing(before, parts)).toEqual([]);
    }
  );
});

describe("part names", () => {
  test("are free without regard to case, as OPC compares them", () => {
    const parts = copyParts(input);
    // A producer that names its parts with capitals: Sheet3.xml leaves no room for sheet3.xml.
    parts.set("xl/worksheets/Sheet3.xml", parts.get("xl/worksheets/sheet2.xml")!);
    addSheet(parts, "新表", SHEET_XML, "visible");
    expect(sheetEntries(parts).find((e) => e.name === "新表")!.path).toBe(
      "xl/worksheets/sheet4.xml"
    );
  });
});

describe("a copy the retired ExcelJS adapter scored (the previous release's output, a fixture)", () => {
  test("has its own sheets taken out and written again at package level, wired and typed", async () => {
    const old = unzipParts(await fs.readFile(PREVIOUS_RELEASE_COPY));
    expect(sheetEntries(old).map((e) => e.name)).toEqual([
      "项目支出绩效自评表",
      "预算执行明细",
      SUMMARY_SHEET,
      REVIEW_SHEET,
      STATE_SHEET,
    ]);
    const parts = copyParts(old);
    for (const s of plan.sheets) removeSheet(parts, s.name);
    expect(sheetEntries(parts).map((e) => e.name)).toEqual(["项目支出绩效自评表", "预算执行明细"]);
    expect(wiringProblems(parts)).toEqual([]);
    expect(partText(parts, "docProps/app.xml")).toContain("<vt:i4>2</vt:i4>");
    writeOwnSheets(parts, plan);
    expect(wiringProblems(parts)).toEqual([]);
    const wb = await excelJs(parts);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["项目支出绩效自评表", "visible"],
      ["预算执行明细", "visible"],
      [SUMMARY_SHEET, "visible"],
      [REVIEW_SHEET, "visible"],
      [STATE_SHEET, "veryHidden"],
    ]);
    if (hasSoffice()) await throughLibreOffice(parts, "exceljs-copy-rewritten");
  });
});

describe("the sheet the workbook opens on", () => {
  test("stays 复核清单 after a re-run when the workbook was saved on it, and the re-run writes the same bytes", async () => {
    const parts = copyParts(input);
    writeOwnSheets(parts, plan);
    expect(activeSheet(parts)).toBe("项目支出绩效自评表"); // the sample has no view: the first sheet
    setActiveSheet(parts, REVIEW_SHEET); // as a reviewer saves it
    expect(partText(parts, "xl/workbook.xml")).toContain(
      '<bookViews><workbookView activeTab="3"/></bookViews><sheets>'
    );
    expect((await excelJs(parts)).views[0]).toMatchObject({ activeTab: 3 });
    const saved = zipParts(parts);
    const again = unzipParts(saved);
    writeOwnSheets(again, plan);
    expect(activeSheet(again)).toBe(REVIEW_SHEET);
    expect(Buffer.from(zipParts(again)).equals(Buffer.from(saved))).toBe(true);
    // Undo takes 复核清单 away: the workbook opens on a visible sheet that is there.
    for (const s of plan.sheets) removeSheet(again, s.name);
    expect(activeSheet(again)).toBe("预算执行明细");
  });

  lo("follows its sheet when a user's sheet comes after the own ones", async () => {
    const book = await localNamesBook(dir);
    const parts = copyParts(book);
    writeOwnSheets(parts, plan);
    addSheet(parts, "戊", SHEET_XML, "visible"); // a sheet the user added after the own sheets
    setActiveSheet(parts, "戊");
    expect(/activeTab="(\d+)"/.exec(partText(parts, "xl/workbook.xml")!)![1]).toBe("7");
    writeOwnSheets(parts, plan);
    expect(sheetEntries(parts).map((e) => e.name)).toEqual([
      ...LOCAL_SHEETS,
      "戊",
      SUMMARY_SHEET,
      REVIEW_SHEET,
      STATE_SHEET,
    ]);
    expect(activeSheet(parts)).toBe("戊");
    expect(/activeTab="(\d+)"/.exec(partText(parts, "xl/workbook.xml")!)![1]).toBe("4");
  });
});
