/** Rule kinds by name. Every kind is data plus pure score/explain functions (see kind.ts). */

import { about } from "./kinds/about";
import { atLeast } from "./kinds/at-least";
import { atMost } from "./kinds/at-most";
import { bands } from "./kinds/bands";
import { binary } from "./kinds/binary";
import { equal } from "./kinds/equal";
import { floorTargetCap } from "./kinds/floor-target-cap";
import { growth } from "./kinds/growth";
import { manual } from "./kinds/manual";
import { perUnit } from "./kinds/per-unit";
import { qualitative } from "./kinds/qualitative";
import { range } from "./kinds/range";
import { veto } from "./kinds/veto";
import type { RuleKind } from "./types";

const kinds: readonly RuleKind[] = [
  atLeast,
  atMost,
  equal,
  about,
  range,
  qualitative,
  binary,
  perUnit,
  bands,
  floorTargetCap,
  growth,
  manual,
  veto,
];

const byName = new Map<string, RuleKind>(kinds.map((k) => [k.name, k]));

export function getRuleKind(name: string): RuleKind | undefined {
  return byName.get(name);
}

/** All kinds, in the order `jixiao rules` lists them. */
export function listRuleKinds(): readonly RuleKind[] {
  return kinds;
}
