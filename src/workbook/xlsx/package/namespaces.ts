/**
 * SpreadsheetML parts written with a prefix on the main namespace (`<x:worksheet xmlns:x="…/main">`, as
 * the Open XML SDK and some export systems write them) as the same XML in the default namespace, so that one
 * reader and one writer serve both forms.
 */

/** The declaration every part Excel writes starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Relationship types (…/officeDocument/2006/relationships/worksheet) and the r: prefix of r:id. */
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The root of a .rels part. */
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The root element's prefix and attributes, after the prolog, comments and processing instructions. */
const ROOT =
  /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/;

/** Whether the root element's name has a prefix: looked at before any regular expression runs on the part. */
function rootHasPrefix(xml: string): boolean {
  let at = xml.indexOf("<");
  while (at >= 0 && (xml[at + 1] === "?" || xml[at + 1] === "!")) at = xml.indexOf("<", at + 1);
  if (at < 0) return false;
  for (let i = at + 1; i < xml.length && i < at + 256; i++) {
    const c = xml[i];
    if (c === ":") return true;
    if (c === " " || c === ">" || c === "/" || c === "\t" || c === "\n" || c === "\r") return false;
  }
  return false;
}

/**
 * The part with the prefix its root element gives the SpreadsheetML main namespace taken off every element
 * and that namespace made the default; the XML unchanged when the root is not so prefixed, or when the root
 * already makes another namespace the default (its unprefixed elements would change namespace).
 */
export function unprefixed(xml: string): string {
  if (!rootHasPrefix(xml)) return xml;
  const root = ROOT.exec(xml);
  if (!root) return xml;
  const [whole, prefix, attrs] = root;
  const declared = new RegExp(
    `\\sxmlns:${prefix.replace(/\./g, "\\.")}\\s*=\\s*(["'])([^"']*)\\1`
  ).exec(attrs);
  if (!declared || declared[2] !== MAIN_NS) return xml;
  const defaultNs = /\sxmlns\s*=\s*(["'])([^"']*)\1/.exec(attrs);
  if (defaultNs && defaultNs[2] !== MAIN_NS) return xml;
  // The root keeps its prefix's declaration (an attribute may still use it) and gains the default one.
  const head = defaultNs ? whole : whole.replace(declared[0], `${declared[0]} xmlns="${MAIN_NS}"`);
  const body = xml.slice(whole.length);
  const strip = (text: string) =>
    text.split(`<${prefix}:`).join("<").split(`</${prefix}:`).join("</");
  return strip(head) + strip(body);
}
