/**
 * Applying a WritePlan: check first, then write everything in as few requests as the size allows.
 *
 *   sync 1  check: every sheet (name, place, visibility, protection), the workbook's structure protection,
 *           and what is already on the cells the plan marks or restores (a note, a comment, a validation);
 *           on ExcelApi 1.10–1.17 a second check sync finds the cells of the existing comments;
 *   sync 2+ write, in the plan's order (deleteSheets, clears, restores, blocks, marks, sheets, columnWidths,
 *           rowHeights):
 *           whole 2-D blocks (values, formulas, number formats where the plan asks), the add-in's own sheets
 *           deleted and added again, fills grouped by colour into range areas, notes (or comments, or prompts).
 *           Packed under 3.2 MB a request; a request refused as too large is split and sent again (nothing
 *           of a refused request is applied). Each write request begins by touching every user sheet it
 *           writes into, so a sheet deleted or protected since the check stops the request before any cell
 *           changes.
 *
 * Text is always written as text. The plan already guards text that starts with = + - @ (a zero-width space,
 * see engine/plan/text.ts); Excel would still turn "12", "50%", "2024-01-05" or "TRUE" written as a value into
 * a number, a date or a boolean, so such a string gets the Text number format ("@") before its value. No
 * other cell's format is touched unless the plan asks (a filled 得分 cell keeps the person's own format).
 */

import type { Message } from "../../engine/model";
import type { Progress } from "../port";
import type { XlContext } from "./api";
import type { Features } from "./features";
import { TARGET_PAYLOAD_BYTES } from "./payload";
import { checkBeforeWriting } from "./write-check";
import { blockUnits, clearUnit, columnWidthUnits, rowHeightUnits } from "./write-cells";
import { type CellState, fillUnits, keptPrompts, noteUnits } from "./write-marks";
import { Sender } from "./write-send";
import { deleteSheetUnit, sheetUnits } from "./write-sheets";
import { type PlanInput, type Unit, type WriteStats, cellKey, planScope } from "./write-units";

export { HEADER_FILL } from "./write-cells";
export { PROMPT_TITLE } from "./write-marks";
export type { PlanInput, WriteStats } from "./write-units";

/** What an apply did: its requests, and what the person should know (a prompt of theirs kept). */
export interface ApplyResult {
  stats: WriteStats;
  notices: Message[];
}

export async function applyPlan(
  ctx: XlContext,
  features: Features,
  plan: PlanInput,
  onProgress?: (p: Progress) => void,
  targetBytes: number = TARGET_PAYLOAD_BYTES
): Promise<ApplyResult> {
  const scope = planScope(plan);
  const { written } = scope;
  const send = new Sender(ctx, scope, targetBytes, onProgress);
  const { info, states } = await checkBeforeWriting(ctx, features, scope, send);

  // The plan's order: deleteSheets, clears, restores, blocks, marks, sheets, columnWidths.
  const units: Unit[] = [];
  const deleted = new Set<string>();
  for (const name of plan.deleteSheets ?? []) {
    const s = info.get(name.toLowerCase());
    if (s && !deleted.has(name.toLowerCase()) && !written.has(name.toLowerCase())) {
      deleted.add(name.toLowerCase());
      units.push(deleteSheetUnit(s));
    }
  }
  for (const c of plan.clears) units.push(clearUnit(c));
  const state = (s: string, c: string): CellState => states.get(cellKey(s, c)) ?? {};
  units.push(...fillUnits([], plan.restores, features));
  units.push(...noteUnits([], plan.restores, features, state));
  for (const block of plan.blocks) units.push(...blockUnits(block));
  units.push(...fillUnits(plan.marks, [], features));
  units.push(...noteUnits(plan.marks, [], features, state));
  for (const sheet of plan.sheets)
    units.push(...sheetUnits(sheet, info.get(sheet.name.toLowerCase()), features));
  units.push(...columnWidthUnits(plan.columnWidths ?? [], written));
  units.push(...rowHeightUnits(plan.rowHeights ?? [], written));

  await send.units(units);
  return { stats: send.stats, notices: keptPrompts(plan.marks, features, state) };
}
