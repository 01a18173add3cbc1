/**
 * Large bad inputs, built from a workbook's bytes at run time (never committed): a huge sheet XML, many
 * merged ranges, cells at the sheet's far corner. Used by the corpus test and by `npm run bench`.
 */

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** The workbook's parts, some changed (`change` edits the map: replace, delete, add). */
export function rezip(
  xlsx: Uint8Array,
  change: (parts: Record<string, Uint8Array>) => void
): Uint8Array {
  const parts = unzipSync(xlsx);
  change(parts);
  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(parts)) zippable[k] = v;
  return zipSync(zippable, { level: 6 });
}

export function editText(
  parts: Record<string, Uint8Array>,
  name: string,
  edit: (xml: string) => string
): void {
  parts[name] = strToU8(edit(strFromU8(parts[name])));
}

/** A sheet XML of `rows` rows of two numbers (about 60 bytes a row). */
export function bigSheet(rows: number): Uint8Array {
  const chunks: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= rows; r++)
    chunks.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 2}</v></c></row>`);
  chunks.push("</sheetData></worksheet>");
  return strToU8(chunks.join(""));
}

/** The sheet XML with `count` merged ranges (A:B of every other row from `start`) and no others. */
export function withMerges(xml: string, count: number, start = 100): string {
  const refs: string[] = [];
  for (let i = 0; i < count; i++)
    refs.push(`<mergeCell ref="A${start + 2 * i}:B${start + 2 * i}"/>`);
  const merges = `<mergeCells count="${count}">${refs.join("")}</mergeCells>`;
  const cleaned = xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "");
  return cleaned.replace("</sheetData>", `</sheetData>${merges}`);
}

/** The sheet XML with a cell at A1000000 and one at XFD1048576. */
export function withFarCells(xml: string): string {
  return xml.replace(
    "</sheetData>",
    '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>y</t></is></c></row></sheetData>'
  );
}

export interface BigCase {
  name: string;
  edit: (parts: Record<string, Uint8Array>) => void;
}

/** The big cases of the corpus, on the bundled sample's second sheet. */
export const BIG_CASES: BigCase[] = [
  {
    name: "sheet XML of 60 MB",
    edit: (p) => (p["xl/worksheets/sheet2.xml"] = bigSheet(900_000)),
  },
  {
    name: "sheet XML of 14.7 MB (let through)",
    edit: (p) => (p["xl/worksheets/sheet2.xml"] = bigSheet(185_000)),
  },
  {
    name: "100,000 merged ranges",
    edit: (p) => editText(p, "xl/worksheets/sheet2.xml", (x) => withMerges(x, 100_000)),
  },
  {
    name: "4,000 merged ranges",
    edit: (p) => editText(p, "xl/worksheets/sheet2.xml", (x) => withMerges(x, 4_000)),
  },
  {
    name: "cells at A1000000, XFD1048576",
    edit: (p) => editText(p, "xl/worksheets/sheet2.xml", withFarCells),
  },
];
