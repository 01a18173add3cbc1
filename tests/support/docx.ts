/** Reads a .docx back as text (word/document.xml and the header, unzipped with fflate), for tests. */

import { promises as fs } from "fs";
import { strFromU8, unzipSync } from "fflate";

function unescape(xml: string): string {
  return xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function textOf(xml: string): string {
  return unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
}

export interface DocText {
  paragraphs: string[]; // body paragraphs outside tables
  tables: string[][][]; // rows of cell texts
  header: string;
  parts: Record<string, string>;
}

/** The text of a .docx: body paragraphs, tables, the page header. */
export function docxText(bytes: Uint8Array): DocText {
  const zip = unzipSync(bytes);
  const parts = Object.fromEntries(
    Object.entries(zip)
      .filter(([name]) => name.endsWith(".xml"))
      .map(([name, bytes]) => [name, strFromU8(bytes)])
  );
  const body = parts["word/document.xml"];
  const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]))
    )
  );
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  const paragraphs = [...outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => textOf(p[0]))
    .filter((t) => t !== "");
  return { paragraphs, tables, header: textOf(parts["word/header1.xml"] ?? ""), parts };
}

export async function readDocx(file: string): Promise<DocText> {
  return docxText(new Uint8Array(await fs.readFile(file)));
}
