/** A stated 执行率 against the computed one, judged at the precision the sheet prints. */

import type { Read, StatedRate } from "./cells";
import { round } from "./numbers";

/** True when `exact` (a fraction) rounds to the stated percent at the stated decimals: 99.41 % → "99.4%". */
export function agreesAtPrecision(exact: number, stated: StatedRate): boolean {
  return round(exact * 100, stated.decimals) === round(stated.value * 100, stated.decimals);
}

/** The reading of the rate cell: the only one, or of a bare number the one that agrees with (or is nearest to) the computed rate. */
export function statedRate(read: Read<StatedRate[]>, exact: number | null): StatedRate | null {
  if (read.kind !== "value" || read.value.length === 0) return null;
  const options = read.value;
  if (exact === null) return options[0];
  const agreeing = options.find((o) => agreesAtPrecision(exact, o));
  if (agreeing) return agreeing;
  return options.reduce((best, o) =>
    Math.abs(o.value - exact) < Math.abs(best.value - exact) ? o : best
  );
}
