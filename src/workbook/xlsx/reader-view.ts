/**
 * The package as ExcelJS 4.4.0 can read it. ExcelJS finds a sheet's notes, tables and drawings by part name
 * (`xl/comments1.xml`, `xl/tables/table1.xml`, `xl/drawings/vmlDrawing1.vml`) and by the relative target Excel
 * writes (`../comments1.xml`); a package that names its parts otherwise or writes absolute targets
 * (`/xl/drawings/drawing1.xml`, as openpyxl does) made it fail while loading ("reading 'comments'"). ExcelJS
 * also matches element names with their prefix: a drawing in the default namespace (`<wsDr xmlns=…>`, as
 * openpyxl writes it) parses to nothing, and loading failed with "reading 'anchors'". All of it is legal
 * (ECMA-376 part 2 names parts freely and allows absolute targets; XML lets any prefix stand for a
 * namespace), so the view renames such parts to ExcelJS's pattern, writes every internal target relative, and
 * gives ExcelJS an empty drawing where it could not read the sheet's own. Only ExcelJS reads the view: the
 * drawing, its charts and pictures come back from the package as it came (keep-related.ts), as does
 * everything else kept of the input (keep-input.ts).
 */

import { relationships, relative, relsPathOf, resolve } from "./package-xml";
import { type Parts, partText, setPartText } from "./zip-parts";

const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Parts ExcelJS finds by name: the relationship type, the names it takes, and the name to give. */
const NAMED: { type: string; takes: RegExp; name: (n: number) => string }[] = [
  {
    type: `${OFFICE}/worksheet`,
    takes: /^xl\/worksheets\/sheet\d+\.xml$/,
    name: (n) => `xl/worksheets/sheet${n}.xml`,
  },
  {
    type: `${OFFICE}/comments`,
    takes: /^xl\/comments\d+\.xml$/,
    name: (n) => `xl/comments${n}.xml`,
  },
  {
    type: `${OFFICE}/vmlDrawing`,
    takes: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
  {
    type: `${OFFICE}/table`,
    takes: /^xl\/tables\/table\d+\.xml$/,
    name: (n) => `xl/tables/table${n}.xml`,
  },
  {
    type: `${OFFICE}/drawing`,
    takes: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
    name: (n) => `xl/drawings/drawing${n}.xml`,
  },
  {
    type: `${OFFICE}/image`,
    takes: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/,
    name: (n) => `xl/media/image${n}`,
  },
];

const DRAWING = `${OFFICE}/drawing`;
/** What ExcelJS can read as a drawing: the root element with the prefix it expects. */
const READABLE_DRAWING = /^\s*(<\?xml[^>]*\?>\s*)?<xdr:wsDr\b/;
const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>';

const owner = (relsPath: string) => relsPath.replace(/(^|\/)_rels\/([^/]+)\.rels$/, "$1$2");

/** Where each part ExcelJS would not find by its name goes instead. */
function renames(parts: Parts, relsParts: string[]): Map<string, string> {
  const moved = new Map<string, string>();
  for (const relsPath of relsParts) {
    for (const r of relationships(partText(parts, relsPath) ?? "")) {
      const named = NAMED.find((k) => k.type === r.type);
      const part = resolve(owner(relsPath), r.target);
      if (!named || named.takes.test(part) || moved.has(part) || !parts.has(part)) continue;
      const ext = r.type.endsWith("/image") ? (/\.[^./]+$/.exec(part)?.[0] ?? "") : "";
      let n = 1;
      while (parts.has(named.name(n) + ext) || [...moved.values()].includes(named.name(n) + ext))
        n++;
      moved.set(part, named.name(n) + ext);
    }
  }
  return moved;
}

/** The drawings of the package that ExcelJS would read as nothing. */
function unreadableDrawings(parts: Parts, relsParts: string[]): Set<string> {
  const out = new Set<string>();
  for (const relsPath of relsParts)
    for (const r of relationships(partText(parts, relsPath) ?? "")) {
      if (r.type !== DRAWING) continue;
      const part = resolve(owner(relsPath), r.target);
      const xml = partText(parts, part);
      if (xml !== null && !READABLE_DRAWING.test(xml)) out.add(part);
    }
  return out;
}

/** The parts ExcelJS should read, or null when it can read the package as it is. */
export function readerView(parts: Parts): Parts | null {
  const relsParts = [...parts.keys()].filter((p) => p.endsWith(".rels"));
  const absolute = relsParts.some((p) => /\bTarget="\//.test(partText(parts, p) ?? ""));
  const moved = renames(parts, relsParts);
  const unreadable = unreadableDrawings(parts, relsParts);
  if (!absolute && moved.size === 0 && unreadable.size === 0) return null;
  const at = (p: string) => moved.get(p) ?? p;
  const view: Parts = new Map();
  for (const [path, bytes] of parts) {
    // A part's relationships are written with the part, retargeted; the package's own with it below.
    if (path.endsWith(".rels")) continue;
    if (unreadable.has(path)) {
      setPartText(view, at(path), EMPTY_DRAWING);
      continue;
    }
    view.set(at(path), bytes);
    const rels = partText(parts, relsPathOf(path));
    if (rels === null) continue;
    const from = at(path);
    const retargeted = rels.replace(/<Relationship\b[^>]*>/g, (el) => {
      const target = /\bTarget="([^"]*)"/.exec(el)?.[1];
      if (!target || /\bTargetMode="External"/.test(el)) return el;
      return el.replace(
        /\bTarget="[^"]*"/,
        `Target="${relative(from, at(resolve(path, target)))}"`
      );
    });
    setPartText(view, relsPathOf(from), retargeted);
  }
  const rootRels = partText(parts, "_rels/.rels");
  if (rootRels !== null)
    setPartText(view, "_rels/.rels", rootRels.replace(/\bTarget="\//g, 'Target="'));
  const types = partText(parts, "[Content_Types].xml");
  if (types !== null)
    setPartText(
      view,
      "[Content_Types].xml",
      types.replace(/\bPartName="\/([^"]*)"/g, (_, p: string) => `PartName="/${at(p)}"`)
    );
  return view;
}
