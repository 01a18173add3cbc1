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

const REL_ATTRS = {
  id: /\bId="([^"]*)"/,
  type: /\bType="([^"]*)"/,
  target: /\bTarget="([^"]*)"/,
  mode: /\bTargetMode="([^"]*)"/,
};

export function relationships(
  xml: string
): { id: string; type: string; target: string; external: boolean }[] {
  const out: { id: string; type: string; target: string; external: boolean }[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (re: RegExp) => re.exec(m[1])?.[1] ?? "";
    out.push({
      id: attr(REL_ATTRS.id),
      type: attr(REL_ATTRS.type),
      target: unescapeXml(attr(REL_ATTRS.target)),
      external: attr(REL_ATTRS.mode) === "External",
    });
  }
  return out;
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
    const ref = /\bref="([^"]+)"/.exec(c[1])?.[1];
    if (!ref) continue;
    const text = /<text\b[^>]*>[\s\S]*<\/text>|<text\s*\/>/.exec(c[2])?.[0] ?? "<text/>";
    const plain = [
      ...text.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g),
    ]
      .map((t) => unescapeXml(t[1]))
      .join("");
    const id = Number(/\bauthorId="(\d+)"/.exec(c[1])?.[1] ?? -1);
    out.push({ ref, author: authors[id] ?? "", text, plain, xml: c[0], index: c.index ?? 0 });
  }
  return out;
}
