/**
 * An .xlsx package's sheet parts and their notes (comments parts), per sheet name, as XML; escaping, and
 * relationship targets resolved: for the package reader and writer (package/).
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e];
  });
}

const ESCAPES: Record<string, string> = {
  "<": "lt",
  ">": "gt",
  "&": "amp",
  '"': "quot",
  "'": "apos",
};

/** Text or an attribute value as XML writes it. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${ESCAPES[c]};`);
}

/** Resolve a relationship target against the folder of the part that refers to it. */
export function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** A path relative to the folder of `from`, as relationships write their targets. */
export function relative(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** One pattern per attribute name: a sheet's editor asks for r and s of every cell it touches. */
const attrPatterns = new Map<string, RegExp>();

/** The value of an attribute in a start tag's attribute text, unescaped. */
export function attrOf(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re)
    attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  if (!m) return undefined;
  const value = m[1] ?? m[2];
  return value.includes("&") ? unescapeXml(value) : value;
}

export function relationships(
  xml: string
): { id: string; type: string; target: string; external: boolean }[] {
  return [...xml.matchAll(/<Relationship\b([^>]*)\/?>/g)].map(([, attrs]) => ({
    id: attrOf(attrs, "Id") ?? "",
    type: attrOf(attrs, "Type") ?? "",
    target: attrOf(attrs, "Target") ?? "",
    external: attrOf(attrs, "TargetMode") === "External",
  }));
}

/** One <comment> of a comments part. */
export interface NoteXml {
  ref: string;
  /** The author's name ("" when the part names none for it). */
  author: string;
  /** The <text> element as written, rich-text runs and all. */
  text: string;
  /** What the note says: its runs' text joined (phonetic runs left out). */
  plain: string;
  /** The whole <comment> element, and where it starts in the part. */
  xml: string;
  index: number;
}

const COMMENT = /<comment\b([^>]*)>([\s\S]*?)<\/comment>/g;

function authorsOf(xml: string): string[] {
  const list = /<authors>([\s\S]*?)<\/authors>/.exec(xml)?.[1] ?? "";
  return [...list.matchAll(/<author>([\s\S]*?)<\/author>|<author\s*\/>/g)].map((m) =>
    unescapeXml(m[1] ?? "")
  );
}

export function notesOf(xml: string): NoteXml[] {
  const authors = authorsOf(xml);
  const out: NoteXml[] = [];
  for (const c of xml.matchAll(COMMENT)) {
    const ref = attrOf(c[1], "ref");
    if (!ref) continue;
    const text = /<text\b[^>]*>[\s\S]*<\/text>|<text\s*\/>/.exec(c[2])?.[0] ?? "<text/>";
    const plain = [
      ...text.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g),
    ]
      .map((t) => unescapeXml(t[1]))
      .join("");
    const authorId = attrOf(c[1], "authorId") ?? "";
    const id = /^\d+$/.test(authorId) ? Number(authorId) : -1;
    out.push({ ref, author: authors[id] ?? "", text, plain, xml: c[0], index: c.index ?? 0 });
  }
  return out;
}
