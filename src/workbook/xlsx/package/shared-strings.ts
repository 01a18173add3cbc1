/**
 * Text as SpreadsheetML stores it: the shared strings part (xl/sharedStrings.xml) as the list a cell's
 * t="s" index points into, and the text of a string item (<si>, an inline <is>, a note's <text>): its
 * runs' text joined, phonetic runs (<rPh>, the reading of East Asian text) left out.
 */

import { unescapeXml } from "../package-xml";
import { unprefixed } from "./namespaces";

/** Element text as a parser gives it: entities resolved, line ends as "\n" (XML 1.0, 2.11). */
export function decodeText(raw: string): string {
  if (raw.indexOf("&") < 0 && raw.indexOf("\r") < 0) return raw;
  return unescapeXml(raw.replace(/\r\n?/g, "\n"));
}

/** An ST_Xstring's text: as decodeText, with the characters XML cannot hold written as _xHHHH_ read back. */
export function xstringText(raw: string): string {
  const text = decodeText(raw);
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/** Is xml[at] the end of a tag name (so that `<t` is not `<tableParts`)? */
export function endsName(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at);
  return c === 62 /* > */ || c === 47 /* / */ || c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The text of the <t> elements between `from` and `to` in xml (a string item's content), each decoded on
 * its own, phonetic runs left out.
 */
export function itemText(xml: string, from: number, to: number): string {
  let text = "";
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    if (xml.startsWith("<rPh", at) && endsName(xml, at + 4)) {
      const close = xml.indexOf("</rPh>", at);
      if (close < 0 || close > to) break;
      at = xml.indexOf("<", close + 6);
      continue;
    }
    if (xml.charCodeAt(at + 1) === 116 /* t */ && endsName(xml, at + 2)) {
      const open = xml.indexOf(">", at);
      if (open < 0 || open >= to) break;
      if (xml.charCodeAt(open - 1) !== 47 /* self-closing */) {
        const close = xml.indexOf("</t>", open);
        if (close < 0 || close > to) break;
        text += xstringText(xml.slice(open + 1, close));
        at = xml.indexOf("<", close + 4);
        continue;
      }
      at = xml.indexOf("<", open);
      continue;
    }
    at = xml.indexOf("<", at + 1);
  }
  return text;
}

/** The shared strings, in order; an empty list for a package without the part. */
export function sharedStrings(part: string | null): string[] {
  if (!part) return [];
  const xml = unprefixed(part);
  const out: string[] = [];
  let at = xml.indexOf("<si");
  while (at >= 0) {
    if (!endsName(xml, at + 3)) {
      at = xml.indexOf("<si", at + 3);
      continue;
    }
    const open = xml.indexOf(">", at);
    if (open < 0) break;
    if (xml.charCodeAt(open - 1) === 47) {
      out.push("");
      at = xml.indexOf("<si", open);
      continue;
    }
    const close = xml.indexOf("</si>", open);
    if (close < 0) break;
    out.push(itemText(xml, open + 1, close));
    at = xml.indexOf("<si", close + 5);
  }
  return out;
}
