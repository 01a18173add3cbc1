/**
 * An .xlsm's macros (its VBA project, and the signature parts the project's own relationships name), which
 * ExcelJS drops on load: read from the input package, and put back byte for byte into the package written,
 * with the workbook's macro-enabled content type, so that the scored copy of an .xlsm is an .xlsm.
 */

import { relationships, relsPathOf, resolve } from "./package-xml";
import { type Parts, partText, setPartText } from "./zip-parts";

const VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const TYPES = "[Content_Types].xml";

export interface Macros {
  /** The VBA project's part, relative to xl/ as the workbook's relationship names it. */
  target: string;
  /** The project and the parts that go with it, as the input holds them. */
  parts: Parts;
  /** The input's content type of the workbook part (macro-enabled). */
  workbookType: string;
  /** The input's <Default> and <Override> elements that give those parts their content types. */
  types: string[];
  /** The input's workbook code name (VBA's ThisWorkbook), if it has one. */
  codeName: string | null;
}

const overrideType = (types: string, part: string): string | null =>
  new RegExp(`<Override\\b[^>]*\\bPartName="/${part.replace(/[.[\]]/g, "\\$&")}"[^>]*>`)
    .exec(types)?.[0]
    .match(/\bContentType="([^"]*)"/)?.[1] ?? null;

/** The input's macros, or null for a workbook without a VBA project. */
export function macrosOf(input: Parts): Macros | null {
  const rels = partText(input, WORKBOOK_RELS);
  const types = partText(input, TYPES);
  const vba = rels ? relationships(rels).find((r) => r.type === VBA_PROJECT) : undefined;
  if (!vba || !types) return null;
  const project = resolve(WORKBOOK, vba.target);
  if (!input.has(project)) return null;
  const paths = [project];
  const projectRels = relsPathOf(project);
  const own = partText(input, projectRels);
  if (own !== null) {
    paths.push(projectRels);
    for (const r of relationships(own)) paths.push(resolve(project, r.target));
  }
  const parts: Parts = new Map();
  for (const p of paths) {
    const bytes = input.get(p);
    if (bytes) parts.set(p, bytes);
  }
  const extensions = new Set([...parts.keys()].map((p) => p.replace(/^.*\./, "").toLowerCase()));
  const kept = [...types.matchAll(/<(?:Default|Override)\b[^>]*\/>/g)]
    .map((m) => m[0])
    .filter((el) => {
      const ext = /\bExtension="([^"]*)"/.exec(el)?.[1];
      const name = /\bPartName="\/([^"]*)"/.exec(el)?.[1];
      return (ext && extensions.has(ext.toLowerCase())) || (name && parts.has(name));
    });
  const workbookType = overrideType(types, WORKBOOK);
  if (!workbookType) return null;
  const workbook = partText(input, WORKBOOK) ?? "";
  const codeName = /<workbookPr\b[^>]*\bcodeName="([^"]*)"/.exec(workbook)?.[1] ?? null;
  return { target: vba.target, parts, workbookType, types: kept, codeName };
}

/** Put the input's macros back into the package written. */
export function keepMacros(out: Parts, macros: Macros): void {
  for (const [p, bytes] of macros.parts) out.set(p, bytes);
  const rels = partText(out, WORKBOOK_RELS) ?? "";
  const ids = new Set(relationships(rels).map((r) => r.id));
  let id = "rIdVbaProject";
  for (let n = 2; ids.has(id); n++) id = `rIdVbaProject${n}`;
  const rel = `<Relationship Id="${id}" Type="${VBA_PROJECT}" Target="${macros.target}"/>`;
  setPartText(out, WORKBOOK_RELS, rels.replace("</Relationships>", `${rel}</Relationships>`));
  let types = partText(out, TYPES) ?? "";
  types = types.replace(/<Override\b[^>]*\bPartName="\/xl\/workbook\.xml"[^>]*>/, (el) =>
    el.replace(/\bContentType="[^"]*"/, `ContentType="${macros.workbookType}"`)
  );
  const missing = macros.types.filter((el) => {
    const ext = /\bExtension="([^"]*)"/.exec(el)?.[1];
    const name = /\bPartName="([^"]*)"/.exec(el)?.[1];
    return ext
      ? !new RegExp(`<Default\\b[^>]*\\bExtension="${ext}"`, "i").test(types)
      : !types.includes(`PartName="${name}"`);
  });
  setPartText(out, TYPES, types.replace("</Types>", `${missing.join("")}</Types>`));
  if (macros.codeName !== null) {
    const workbook = partText(out, WORKBOOK) ?? "";
    if (!/<workbookPr\b[^>]*\bcodeName=/.test(workbook))
      setPartText(
        out,
        WORKBOOK,
        workbook.replace(/<workbookPr\b/, `<workbookPr codeName="${macros.codeName}"`)
      );
  }
}
