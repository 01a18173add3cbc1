/**
 * The package's wiring a run changes when it adds or removes a part: a part's relationships (its .rels part)
 * and [Content_Types].xml. Everything else of those parts is kept as written.
 */

import { attrOf, escapeXml, relationships, relative, relsPathOf, resolve } from "../package-xml";
import { type Parts, partText, setPartText } from "../zip-parts";

import { RELS_NS, XML_DECLARATION } from "./namespaces";
const TYPES = "[Content_Types].xml";

export interface Relationship {
  id: string;
  type: string;
  /** The target as a package path (resolved), or the target as written when external. */
  target: string;
  external: boolean;
}

/** The relationships of `part` (none when it has no .rels part). */
export function relationsOf(parts: Parts, part: string): Relationship[] {
  const xml = partText(parts, relsPathOf(part));
  if (!xml) return [];
  return relationships(xml).map((r) => ({
    id: r.id,
    type: r.type,
    target: r.external ? r.target : resolve(part, r.target),
    external: r.external,
  }));
}

/** Add a relationship from `part` to the package path `target`; its new id. */
export function addRelation(parts: Parts, part: string, type: string, target: string): string {
  const path = relsPathOf(part);
  const xml =
    partText(parts, path) ?? `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const used = new Set(relationships(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const tag = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relative(part, target))}"/>`;
  const at = xml.lastIndexOf("</Relationships>");
  setPartText(
    parts,
    path,
    at >= 0
      ? xml.slice(0, at) + tag + xml.slice(at)
      : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${tag}</Relationships>`)
  );
  return id;
}

/** Remove relationships of `part` by id; the .rels part goes when none is left. */
export function removeRelations(parts: Parts, part: string, ids: string[]): void {
  const path = relsPathOf(part);
  const xml = partText(parts, path);
  if (!xml || ids.length === 0) return;
  const drop = new Set(ids);
  const after = xml.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (tag) =>
    drop.has(attrOf(tag, "Id") ?? "") ? "" : tag
  );
  if (relationships(after).length === 0) {
    parts.delete(path);
    removeOverrides(parts, [path]);
  } else if (after !== xml) setPartText(parts, path, after);
}

/** Give `path` its content type (an Override), replacing any it had. */
export function setContentType(parts: Parts, path: string, type: string): void {
  const xml = partText(parts, TYPES) ?? "";
  const name = `/${path}`;
  const tag = `<Override PartName="${escapeXml(name)}" ContentType="${type}"/>`;
  const existing = overrideTag(xml, name);
  if (existing) {
    if (existing !== tag) setPartText(parts, TYPES, xml.replace(existing, tag));
    return;
  }
  const at = xml.lastIndexOf("</Types>");
  setPartText(parts, TYPES, xml.slice(0, at) + tag + xml.slice(at));
}

/** Make sure files ending in `.ext` have a default content type (VML drawings are typed so). */
export function ensureDefaultType(parts: Parts, ext: string, type: string): void {
  const xml = partText(parts, TYPES) ?? "";
  if (new RegExp(`<Default\\b[^>]*\\bExtension="${ext}"`, "i").test(xml)) return;
  const tag = `<Default Extension="${ext}" ContentType="${type}"/>`;
  const at = xml.search(/<(Default|Override)\b/);
  const where = at >= 0 ? at : xml.lastIndexOf("</Types>");
  setPartText(parts, TYPES, xml.slice(0, where) + tag + xml.slice(where));
}

/**
 * Remove a part together with its .rels part and their content type overrides (LibreOffice writes an
 * Override for each .rels part too).
 */
export function removePart(parts: Parts, path: string): void {
  parts.delete(path);
  parts.delete(relsPathOf(path));
  removeOverrides(parts, [path, relsPathOf(path)]);
}

function removeOverrides(parts: Parts, paths: string[]): void {
  const xml = partText(parts, TYPES);
  if (!xml) return;
  let after = xml;
  for (const path of paths) {
    const tag = overrideTag(after, `/${path}`);
    if (tag) after = after.replace(tag, "");
  }
  if (after !== xml) setPartText(parts, TYPES, after);
}

function overrideTag(xml: string, name: string): string | undefined {
  for (const m of xml.matchAll(/<Override\b[^>]*?\/>/g))
    if (attrOf(m[0], "PartName") === name) return m[0];
  return undefined;
}

/**
 * The first free name `pattern(n)` (n = 1, 2, …) in the package: the same parts give the same name. Part
 * names are compared without case, as OPC does (a package with Sheet3.xml has no room for sheet3.xml).
 */
export function freePartName(parts: Parts, pattern: (n: number) => string): string {
  const taken = new Set([...parts.keys()].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(pattern(n).toLowerCase())) return pattern(n);
}
