/**
 * ExcelJS 4.4.0 writes every note's author as "Author", and rewrites its text. A note the add-in did not
 * change (it says what it said in the input) gets back, in the package written, the input's <text> element
 * (its rich-text runs exactly as they were) and its author; a note it changed keeps the input's author.
 */

import { type NoteXml, authorsOf, commentParts, notesOf } from "./package-xml";
import type { Parts } from "./zip-parts";

/** The input's notes: sheet name → cell address → the note as the input's comments part holds it. */
export type InputNotes = Map<string, Map<string, NoteXml>>;

export function inputNotes(parts: Parts): InputNotes {
  const out: InputNotes = new Map();
  for (const [sheet, part] of commentParts(parts))
    out.set(sheet, new Map(notesOf(part.xml).map((n) => [n.ref, n])));
  return out;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"]/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch
  );

/** A comments part ExcelJS wrote, with the untouched notes as they were in the input; null if none differs. */
export function keepPart(xml: string, input: Map<string, NoteXml>): string | null {
  const authors = authorsOf(xml);
  const idOf = (name: string) => {
    if (!authors.includes(name)) authors.push(name);
    return authors.indexOf(name);
  };
  let out = "";
  let last = 0;
  for (const note of notesOf(xml)) {
    const was = input.get(note.ref);
    if (!was) continue; // new: as written
    // A note the add-in changed (marked, or put back by undo) is still the person's: it keeps their author,
    // so that undo gives it back with it; its text is as the add-in wrote it.
    const same = was.plain === note.plain;
    if (was.author === note.author && (!same || was.text === note.text)) continue;
    const open = note.xml.slice(0, note.xml.indexOf(">") + 1);
    const author = `authorId="${idOf(was.author)}"`;
    const tag = /\bauthorId="/.test(open)
      ? open.replace(/\bauthorId="[^"]*"/, author)
      : open.replace(/^<comment\b/, `<comment ${author}`);
    const body = note.xml.slice(open.length);
    const rest = same ? body.replace(note.text, () => was.text) : body;
    out += xml.slice(last, note.index) + tag + rest;
    last = note.index + note.xml.length;
  }
  if (last === 0) return null;
  out += xml.slice(last);
  const list = `<authors>${authors.map((a) => `<author>${escapeXml(a)}</author>`).join("")}</authors>`;
  return out.replace(/<authors>[\s\S]*?<\/authors>|<authors\s*\/>/, () => list);
}
