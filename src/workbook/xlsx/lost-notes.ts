/**
 * ExcelJS 4.4.0 attaches a note only to a cell that has a <c> element in the sheet's XML. Excel writes none
 * for an empty cell without a style, so a note on such a cell is dropped on load, and would be missing from
 * the scored copy. This puts those notes back (as plain text) from the package's comments parts.
 */

import type { Workbook } from "exceljs";
import type JSZip from "jszip";
import { parseA1 } from "../../engine/grid";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e];
  });
}

/** Resolve a relationship target against the folder of the part that refers to it. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  const out: { id: string; type: string; target: string }[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? "";
    out.push({ id: attr("Id"), type: attr("Type"), target: unescapeXml(attr("Target")) });
  }
  return out;
}

/** Each sheet's notes in its comments part: cell address → plain text. */
async function notesBySheet(zip: JSZip): Promise<Map<string, Map<string, string>>> {
  const result = new Map<string, Map<string, string>>();
  const workbook = await text(zip, "xl/workbook.xml");
  const workbookRels = await text(zip, "xl/_rels/workbook.xml.rels");
  if (!workbook || !workbookRels) return result;
  const sheetTargets = new Map(
    relationships(workbookRels).map((r) => [r.id, resolve("xl/workbook.xml", r.target)])
  );
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? "");
    const part = sheetTargets.get(/\br:id="([^"]*)"/.exec(m[1])?.[1] ?? "");
    const rels = part ? await text(zip, relsPathOf(part)) : null;
    const comments = rels
      ? relationships(rels).find((r) => r.type.endsWith("/comments"))
      : undefined;
    const xml = comments && part ? await text(zip, resolve(part, comments.target)) : null;
    if (!xml) continue;
    const notes = new Map<string, string>();
    for (const c of xml.matchAll(/<comment\b[^>]*\bref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
      const body = [...c[2].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
        .map((t) => unescapeXml(t[1]))
        .join("");
      notes.set(c[1], body);
    }
    result.set(name, notes);
  }
  return result;
}

/** Put back the notes ExcelJS dropped on load. */
export async function restoreLostNotes(workbook: Workbook, zip: JSZip): Promise<void> {
  const bySheet = await notesBySheet(zip);
  for (const ws of workbook.worksheets) {
    for (const [address, note] of bySheet.get(ws.name) ?? []) {
      const at = parseA1(address);
      if (!at || ws.findCell(at.row + 1, at.col + 1)?.note !== undefined) continue;
      ws.getCell(at.row + 1, at.col + 1).note = note;
    }
  }
}
