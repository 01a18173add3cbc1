/** IndicatorResult rows for totals and checks tests. */

import type { IndicatorResult, RowKind } from "../../../src/engine/model";
import type { Quantity } from "../../../src/engine/quantity/types";

const blank: Quantity = { kind: "none", raw: "" };

export interface RowSpec {
  levels: string[];
  weight?: number | null;
  stated?: number | null;
  score?: number | null;
  kind?: RowKind;
  notApplicable?: boolean;
  rule?: string;
  row?: number;
  sheet?: string;
}

let nextRow = 5;

/** A row; `score` defaults to the stated score (a sheet scored by hand, checked by the manual rule). */
export function row(spec: RowSpec): IndicatorResult {
  const stated = spec.stated ?? null;
  return {
    sheet: spec.sheet ?? "自评表",
    row: spec.row ?? nextRow++,
    kind: spec.kind ?? "indicator",
    levels: spec.levels,
    weight: spec.weight === undefined ? null : spec.weight,
    target: null,
    actual: null,
    targetValue: blank,
    actualValue: blank,
    rule: spec.rule ?? "manual",
    score: spec.score === undefined ? stated : spec.score,
    statedScore: stated,
    completion: null,
    reason: null,
    explanation: null,
    suggestedReason: null,
    notApplicable: spec.notApplicable ?? false,
  };
}

/** Leaves of one level-1 group: [name, weight, stated score] triples. */
export function leaves(level1: string, items: [string, number, number][]): IndicatorResult[] {
  return items.map(([name, weight, stated]) => row({ levels: [level1, name], weight, stated }));
}
