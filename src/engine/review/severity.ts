/** Each flag code's severity, from the flag catalogue (flags.ts), and a flag with its stable id. */

import { flagId, type Flag, type FlagCode, type Message, type Severity } from "../model";
import { FLAG_CODES, FLAGS } from "./flags";

export const severities: Readonly<Record<FlagCode, Severity>> = Object.fromEntries(
  FLAG_CODES.map((code) => [code, FLAGS[code].severity])
) as Record<FlagCode, Severity>;

export function makeFlag(sheet: string, cell: string, code: FlagCode, message: Message): Flag {
  return { id: flagId(sheet, cell, code), code, severity: severities[code], sheet, cell, message };
}

export function countFlags(flags: readonly Flag[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of flags) counts[f.severity]++;
  return counts;
}
