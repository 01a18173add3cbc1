/** A1 addresses as Office.js prints them: "Sheet1!A1:C3", "'My Sheet'!B2", lists joined by commas. */

import type { Area } from "../../engine/grid";
import { a1, parseA1 } from "../../engine/grid";

/** "A1" for one cell, "A1:C3" for more. */
export function areaRef(a: Area): string {
  const tl = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${a1(a.bottom, a.right)}`;
}

/** "C3" or "A1:C3" (no sheet) → area. */
export function parseRef(ref: string): Area | null {
  const [p, q] = ref.split(":");
  const tl = parseA1(p);
  const br = q === undefined ? tl : parseA1(q);
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/** Split an address list at the commas that are not inside a quoted sheet name. */
export function splitAddressList(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current !== "") parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** "'My ''x'' Sheet'!B2:C3" → { sheet: "My 'x' Sheet", area }. */
export function parseQualified(address: string): { sheet: string | null; area: Area } | null {
  const bang = address.lastIndexOf("!");
  const ref = address.slice(bang + 1);
  const area = parseRef(ref);
  if (!area) return null;
  if (bang < 0) return { sheet: null, area };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, area };
}

/** A list of areas → comma-joined address strings, each at most `maxChars` long. */
export function addressChunks(areas: Area[], maxChars: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of areas) {
    const ref = areaRef(a);
    if (current !== "" && current.length + 1 + ref.length > maxChars) {
      out.push(current);
      current = "";
    }
    current = current === "" ? ref : `${current},${ref}`;
  }
  if (current !== "") out.push(current);
  return out;
}
