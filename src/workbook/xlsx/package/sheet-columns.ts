/**
 * A worksheet's <cols>: one column's width set or dropped. A <col min max> range over that column is split so
 * that only the column changes, and pieces that end up alike again are joined (so undo gives the range back).
 */

import { attrOf } from "../package-xml";
import { withAttr } from "./sheet-xml";

export interface Col {
  /** 1-based, inclusive. */
  min: number;
  max: number;
  /** The attributes as written, min and max left out. */
  rest: string;
}

const parseCol = (attrs: string): Col => ({
  min: Number(attrOf(attrs, "min")),
  max: Number(attrOf(attrs, "max")),
  rest: withAttr(withAttr(attrs, "min", null), "max", null),
});

const colXml = (p: string, c: Col) => `<${p}col min="${c.min}" max="${c.max}"${c.rest}/>`;

/** Whether a column definition still says anything once min and max are left out. */
const says = (c: Col) => c.rest.trim() !== "";

/** The <cols> element in the head of a worksheet part, and its column definitions. */
function colsOf(head: string, p: string): { element: RegExpExecArray | null; cols: Col[] } {
  const element = new RegExp(`<${p}cols\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}cols>)`).exec(head);
  const cols = [...(element?.[1] ?? "").matchAll(new RegExp(`<${p}col\\b([^>]*?)/?>`, "g"))].map(
    (m) => parseCol(m[1])
  );
  return { element, cols };
}

/** The style (<col style>) of column `col` (0-based), 0 when it has none. */
export function columnStyles(head: string, p: string): (col: number) => number {
  const styled = colsOf(head, p)
    .cols.map((c) => ({ ...c, style: Number(attrOf(c.rest, "style") ?? 0) }))
    .filter((c) => c.style > 0);
  return (col) => styled.find((c) => c.min <= col + 1 && col + 1 <= c.max)?.style ?? 0;
}

/**
 * The head of a worksheet part (everything before its rows) with column `col` (0-based) `width` characters
 * wide, or (null) at the sheet's default width. `p` is the SpreadsheetML prefix.
 */
export function withColumnWidth(
  head: string,
  p: string,
  col: number,
  width: number | null
): string {
  const n = col + 1;
  const { element, cols } = colsOf(head, p);
  const at = cols.findIndex((c) => c.min <= n && n <= c.max);
  if (at < 0 && width === null) return head;
  const was = at >= 0 ? cols[at] : { min: n, max: n, rest: "" };
  let rest = was.rest;
  if (width === null) rest = withAttr(withAttr(rest, "width", null), "customWidth", null);
  else rest = withAttr(withAttr(rest, "width", String(width)), "customWidth", "1");
  const pieces: Col[] = [];
  if (was.min < n) pieces.push({ ...was, max: n - 1 });
  const mine: Col = { min: n, max: n, rest };
  pieces.push(mine);
  if (was.max > n) pieces.push({ ...was, min: n + 1 });
  const out = at >= 0 ? [...cols.slice(0, at), ...pieces, ...cols.slice(at + 1)] : [...cols, mine];
  out.sort((a, b) => a.min - b.min);
  // the changed column joins a neighbour that is now alike (undo gives the user's range back)
  const i = out.indexOf(mine);
  let [start, end, min, max] = [i, i, n, n];
  const left = out[i - 1];
  const right = out[i + 1];
  if (left && left.max + 1 === n && left.rest === rest) [start, min] = [i - 1, left.min];
  if (right && right.min === n + 1 && right.rest === rest) [end, max] = [i + 1, right.max];
  out.splice(start, end - start + 1, { min, max, rest });
  const kept = out.filter(says);
  if (kept.length === 0) return element ? head.replace(element[0], "") : head;
  const xml = `<${p}cols>${kept.map((c) => colXml(p, c)).join("")}</${p}cols>`;
  if (element) return head.replace(element[0], () => xml);
  const data = head.lastIndexOf(`<${p}sheetData`);
  return head.slice(0, data) + xml + head.slice(data);
}
