/**
 * The hierarchy of budget lines: each line is a component of the nearest line above it that is a total
 * of it, and a total's direct components fall into tie-out groups. The rules, strongest first, are in
 * docs/budget.md ("Hierarchy" and "Tie-out groups").
 */

import type { BudgetRow, Entry } from "./read";
import type { Family, NameInfo } from "./names";

export interface Hierarchy {
  lines: BudgetRow[];
  parent: (number | null)[]; // index into lines
  level: number[]; // 0 for a line that is no one's component
  /** groups[i]: the direct components of line i, in tie-out groups (one group per way of splitting it). */
  groups: number[][][];
}

type Decision = "contain" | "pop";

/** An open "其中：" list: lines of its family (or unknown names, if it began with one) stay parts of `parent`. */
interface Run {
  parent: number;
  family: Family | null;
}

/** Indentation, then outline numbers: decisive when they differ, silent when equal or absent. */
function structural(t: NameInfo, l: NameInfo): Decision | null {
  if (l.indent !== t.indent) return l.indent > t.indent ? "contain" : "pop";
  if (t.outline > 0 && l.outline > 0) return t.outline < l.outline ? "contain" : "pop";
  return null;
}

function runCovers(run: Run | null, l: NameInfo): run is Run {
  if (!run || l.total) return false;
  return l.part ? l.part.family === run.family : run.family === null;
}

export function buildHierarchy(entries: Entry[]): Hierarchy {
  const lines: BudgetRow[] = [];
  const parent: (number | null)[] = [];
  const startsGroup: boolean[] = [];
  let run: Run | null = null;
  let pending: "marker" | "section" | null = null;

  const name = (i: number): NameInfo => lines[i].name;
  const chain = (i: number): number[] => {
    const out: number[] = [];
    for (let j: number | null = i; j !== null; j = parent[j]) out.push(j);
    return out;
  };
  const within = (i: number | null, ancestor: number): boolean =>
    i !== null && chain(i).includes(ancestor);

  function decide(t: number, l: NameInfo): Decision {
    const T = name(t);
    const s = structural(T, l);
    if (s) return s;
    if (l.part && T.part?.holds === l.part.kind) return "contain";
    if (runCovers(run, l)) return t === run.parent ? "contain" : "pop";
    if (l.total) return "pop";
    if (T.total) return "contain";
    // A known part may belong to a line of unknown name that is itself no one's part (a project, a unit).
    if (l.part && !T.part) return parent[t] === null ? "contain" : "pop";
    return "pop";
  }

  /** A 合计 row below the lines it adds up: the lines without a parent since the previous total. */
  function bottomTotalParts(i: number, l: NameInfo): number[] {
    if (!l.total || l.marker || pending !== null) return [];
    const parts: number[] = [];
    for (let j = i - 1; j >= 0; j--) {
      if (parent[j] !== null) continue;
      if (name(j).total || name(j).indent < l.indent) break;
      parts.unshift(j);
    }
    return parts;
  }

  for (const entry of entries) {
    if (entry.kind === "label") {
      pending = entry.label.label;
      continue;
    }
    const i = lines.length;
    lines.push(entry.line);
    const l = entry.line.name;
    const prev = i - 1;
    let p: number | null = null;
    startsGroup.push(false);
    if (prev >= 0 && (l.marker || pending === "marker")) {
      // 其中：the line above (as indentation allows) is the total of this list.
      p = chain(prev).find((t) => structural(name(t), l) !== "pop") ?? null;
      startsGroup[i] = true;
      run = p === null ? null : { parent: p, family: l.part?.family ?? null };
    } else if (prev >= 0 && pending === "section") {
      // 按资金来源：a new split of the outermost line above.
      const outer = chain(prev);
      p = outer[outer.length - 1];
      startsGroup[i] = true;
      run = { parent: p, family: l.part?.family ?? null };
    } else {
      const parts = prev >= 0 ? bottomTotalParts(i, l) : [];
      for (const j of parts) parent[j] = i;
      if (parts.length === 0 && prev >= 0)
        p = chain(prev).find((t) => decide(t, l) === "contain") ?? null;
    }
    parent.push(p);
    pending = null;
    if (run && !within(p, run.parent)) run = null;
  }

  const level = lines.map((_, i) => chain(i).length - 1);
  const groups = lines.map((_, i) => splitGroups(lines, parent, startsGroup, i));
  return { lines, parent, level, groups };
}

/** The components of line `p` in groups: a "其中：" or section label starts one, and so does a change of known family. */
function splitGroups(
  lines: BudgetRow[],
  parent: (number | null)[],
  startsGroup: boolean[],
  p: number
): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let family: Family | null = null;
  parent.forEach((q, c) => {
    if (q !== p) return;
    const f = lines[c].name.part?.family ?? null;
    if (current.length > 0 && (startsGroup[c] || (f !== null && family !== null && f !== family))) {
      groups.push(current);
      current = [];
      family = null;
    }
    current.push(c);
    family = family ?? f;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}
