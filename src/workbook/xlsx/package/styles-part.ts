/**
 * A package's xl/styles.xml: what each cell style (an index into <cellXfs>, a cell's s="…") holds, and the
 * styles a run adds. New fonts, fills, number formats and cell styles are appended after the user's, so no index
 * a cell of theirs uses ever moves; the same change asked twice gives the same index (a re-run adds nothing).
 */

import { attrOf, escapeXml } from "../package-xml";
import { MAIN_NS, XML_DECLARATION } from "./namespaces";

/** Number formats every spreadsheet knows by id (ECMA-376 part 1, 18.8.30), those a cell can carry without <numFmt>. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The id to write for a code that is built in (the first id with that code). */
const BUILT_IN_IDS = new Map<string, number>();
for (const [id, code] of Object.entries(BUILT_IN_FORMATS))
  if (!BUILT_IN_IDS.has(code)) BUILT_IN_IDS.set(code, Number(id));

/** The lists of CT_Stylesheet that hold numbered entries, in schema order, with their entry element. */
const LISTS = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
] as const;
type ListName = (typeof LISTS)[number][0];
/** Everything that may follow the lists above inside <styleSheet>, where a missing list goes before it. */
const AFTER_LISTS = ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** What a run may change of a cell's style; a key left out is kept, null removes it. */
export interface StyleChange {
  /** A number format code; null = General. */
  numFmt?: string | null;
  /** A <fill> element; null = no fill. */
  fill?: string | null;
  /** A <font> element. */
  font?: string;
  /** An <alignment/> element; null = the default alignment. */
  alignment?: string | null;
}

interface List {
  /** Each entry element as written. */
  items: string[];
  /** How many entries the part itself holds (those after it are the run's). */
  own: number;
  /** Entry XML → its first index, for entries the run adds or finds. */
  index: Map<string, number>;
}

const MINIMAL = `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function entries(body: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${tag}>)`, "g");
  return body.match(re) ?? [];
}

export class StyleSheet {
  private readonly lists = new Map<ListName, List>();
  private nextFormatId = 164;

  private constructor(private readonly xml: string) {
    for (const [name, tag] of LISTS) {
      const body = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml)?.[1];
      const items = body ? entries(body, tag) : [];
      this.lists.set(name, { items, own: items.length, index: new Map() });
    }
    for (const f of this.list("numFmts").items) {
      const id = Number(attrOf(f, "numFmtId"));
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  /** The part's styles; a package without one gets the minimal stylesheet Excel writes. */
  static read(xml: string | null): StyleSheet {
    return new StyleSheet(xml ?? MINIMAL);
  }

  private list(name: ListName): List {
    return this.lists.get(name) as List;
  }

  /** The cell style at `s` (out of range reads as the default, as spreadsheets do). */
  xf(s: number): string {
    const xfs = this.list("cellXfs").items;
    return xfs[s] ?? xfs[0] ?? "<xf/>";
  }

  private idOf(s: number, attr: string): number {
    return Number(attrOf(this.xf(s), attr) ?? 0);
  }

  /** The style's number format code; undefined for General. */
  numFmt(s: number): string | undefined {
    const id = this.idOf(s, "numFmtId");
    if (id === 0) return undefined;
    const own = this.list("numFmts").items.find((f) => Number(attrOf(f, "numFmtId")) === id);
    const code = own ? attrOf(own, "formatCode") : BUILT_IN_FORMATS[id];
    return code === "General" ? undefined : code;
  }

  /** The style's <fill> element; undefined for no fill (pattern none, or the gray125 placeholder at index 1). */
  fill(s: number): string | undefined {
    const fill = this.list("fills").items[this.idOf(s, "fillId")];
    if (!fill || /patternType="none"/.test(fill) || !/<(patternFill|gradientFill)\b/.test(fill))
      return undefined;
    return fill;
  }

  /** The style's <font> element. */
  font(s: number): string {
    const fonts = this.list("fonts").items;
    return fonts[this.idOf(s, "fontId")] ?? fonts[0] ?? "<font/>";
  }

  /** Whether the style wraps text or has an alignment at all (for the callers that keep it). */
  alignment(s: number): string | undefined {
    return /<alignment\b[^>]*\/>|<alignment\b[^>]*>[\s\S]*?<\/alignment>/.exec(this.xf(s))?.[0];
  }

  private add(name: ListName, xml: string): number {
    const list = this.list(name);
    const found = list.index.get(xml);
    if (found !== undefined) return found;
    const existing = list.items.indexOf(xml);
    const at = existing >= 0 ? existing : list.items.push(xml) - 1;
    list.index.set(xml, at);
    return at;
  }

  private formatId(code: string | null): number {
    if (code === null) return 0;
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const list = this.list("numFmts");
    const own = list.items.find((f) => attrOf(f, "formatCode") === code);
    if (own) return Number(attrOf(own, "numFmtId"));
    const id = this.nextFormatId++;
    list.items.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The index of a cell style like `s` with `change` applied, added after the user's styles when new. */
  derive(s: number, change: StyleChange): number {
    const base = this.xf(s);
    const open = /^<xf\b([^>]*?)\/?>/.exec(base);
    const attrs = new Map<string, string>();
    for (const m of (open?.[1] ?? "").matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) attrs.set(m[1], m[2]);
    let children = base.endsWith("/>")
      ? ""
      : base.replace(/^<xf\b[^>]*>/, "").replace(/<\/xf>$/, "");
    if (change.numFmt !== undefined) {
      attrs.set("numFmtId", String(this.formatId(change.numFmt)));
      attrs.set("applyNumberFormat", "1");
    }
    if (change.fill !== undefined) {
      attrs.set("fillId", String(change.fill === null ? 0 : this.add("fills", change.fill)));
      attrs.set("applyFill", "1");
    }
    if (change.font !== undefined) {
      attrs.set("fontId", String(this.add("fonts", change.font)));
      attrs.set("applyFont", "1");
    }
    if (change.alignment !== undefined) {
      children = children.replace(
        /<alignment\b[^>]*\/>|<alignment\b[^>]*>[\s\S]*?<\/alignment>/,
        ""
      );
      if (change.alignment !== null) children = change.alignment + children;
      attrs.set("applyAlignment", "1");
    }
    for (const key of ["numFmtId", "fontId", "fillId", "borderId"])
      if (!attrs.has(key)) attrs.set(key, "0");
    const head = [...attrs].map(([k, v]) => ` ${k}="${v}"`).join("");
    const xml = children ? `<xf${head}>${children}</xf>` : `<xf${head}/>`;
    // A user's style that says the same but for its apply* flags is that style: undo gives a cell its own s back.
    return this.ownXfs().get(withoutApplyFlags(xml)) ?? this.add("cellXfs", xml);
  }

  private ownXfIndex: Map<string, number> | null = null;

  private ownXfs(): Map<string, number> {
    if (!this.ownXfIndex) {
      const list = this.list("cellXfs");
      this.ownXfIndex = new Map();
      for (let i = list.own - 1; i >= 0; i--)
        this.ownXfIndex.set(withoutApplyFlags(list.items[i]), i);
    }
    return this.ownXfIndex;
  }

  /** Whether the run added anything. */
  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.items.length > l.own);
  }

  /** The part with the run's entries appended to each list (the part as read when nothing was added). */
  toXml(): string {
    let xml = this.xml;
    for (const [name] of LISTS) {
      const list = this.list(name);
      if (list.items.length === list.own) continue;
      const element = `<${name} count="${list.items.length}">${list.items.join("")}</${name}>`;
      const present = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`);
      if (present.test(xml)) {
        xml = xml.replace(present, () => element);
        continue;
      }
      const later = [
        ...LISTS.map(([n]) => n).slice(LISTS.findIndex(([n]) => n === name) + 1),
        ...AFTER_LISTS,
      ];
      const next = later
        .map((n) => xml.search(new RegExp(`<${n}\\b`)))
        .filter((i) => i >= 0)
        .sort((a, b) => a - b)[0];
      const at = next ?? xml.lastIndexOf("</styleSheet>");
      xml = xml.slice(0, at) + element + xml.slice(at);
    }
    return xml;
  }
}

/** An <xf> with its apply* attributes left out (spreadsheets take an id that differs from the cell style's anyway). */
function withoutApplyFlags(xf: string): string {
  return xf.replace(/\s+apply\w+\s*=\s*"[^"]*"/g, "");
}

/** The <fill> of a solid colour ("#RRGGBB" or "#AARRGGBB"), as Excel writes one. */
export function solidFillXml(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  const argb = hex.length === 6 ? `FF${hex}` : hex;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** "#RRGGBB" (or "#AARRGGBB") of a solid fill with an RGB colour, else undefined (theme colours, patterns, gradients). */
export function fillColour(fill: string | undefined): string | undefined {
  if (!fill || !/patternType="solid"/.test(fill)) return undefined;
  const rgb = /<fgColor\b[^>]*\brgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1]?.toUpperCase();
  if (!rgb) return undefined;
  return rgb.startsWith("FF") ? `#${rgb.slice(2)}` : `#${rgb}`;
}

/** Whether solidFillXml(its colour) gives the fill back exactly, so that the colour alone restores it. */
export function isPlainFill(fill: string): boolean {
  const colour = fillColour(fill);
  return colour !== undefined && solidFillXml(colour) === fill;
}
