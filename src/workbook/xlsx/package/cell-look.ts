/**
 * A cell's own look as the package adapter records it in Grid.looks (and the undo state keeps it in
 * CellLook.raw): the fill and the note exactly as the package wrote them, where the plain look (a colour, the
 * note's text) would lose something. Read by read-grid, put back by the writer when the cell is restored.
 */

/** Marks a raw look as this adapter's; a raw look of another adapter is ignored and the plain look used. */
export const PACKAGE_TAG = "xlsx:";

export interface PackageLook {
  /** The cell's <fill> element as styles.xml holds it. */
  fill?: string;
  /** The note: its <text> element (rich-text runs and all) and its author's name. */
  note?: { text: string; author: string };
}

export function lookRaw(look: PackageLook): string {
  return PACKAGE_TAG + JSON.stringify(look);
}

/** The package look in a raw record, or null when the record is not this adapter's (or not readable). */
export function parseLookRaw(raw: string | undefined): PackageLook | null {
  if (!raw?.startsWith(PACKAGE_TAG)) return null;
  try {
    const parsed = JSON.parse(raw.slice(PACKAGE_TAG.length)) as unknown;
    if (typeof parsed !== "object" || parsed === null) return null;
    const { fill, note } = parsed as Record<string, unknown>;
    const look: PackageLook = {};
    if (typeof fill === "string") look.fill = fill;
    if (note && typeof note === "object") {
      const { text, author } = note as Record<string, unknown>;
      if (typeof text === "string")
        look.note = { text, author: typeof author === "string" ? author : "" };
    }
    return look;
  } catch {
    return null;
  }
}
