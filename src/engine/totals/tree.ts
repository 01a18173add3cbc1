/**
 * The indicator hierarchy from the rows' levels: leaves (rows nothing hangs under) and groups (every
 * proper prefix of a leaf's levels). A row of kind "group", or an indicator row other rows hang
 * under, is the group's own row: its weight and score are the sheet's subtotal, checked, not added.
 */

import type { IndicatorResult } from "../model";

export interface Leaf<R extends IndicatorResult> {
  row: R;
  path: string[];
  /** Position in Tree.leaves, for per-leaf arrays. */
  index: number;
}

export interface GroupNode<R extends IndicatorResult> {
  sheet: string;
  path: string[];
  leaves: Leaf<R>[];
  /** The sheet's own row for this group (a subtotal row), if it has one. */
  own: R | null;
}

export interface Tree<R extends IndicatorResult> {
  leaves: Leaf<R>[];
  groups: GroupNode<R>[]; // in sheet order, parents before children
  bonus: R[];
  total: R | null;
}

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;

/** The row's levels without blanks (the levels array itself when nothing needs trimming: no copy per row). */
export function pathOf(row: IndicatorResult): string[] {
  const levels = row.levels;
  let clean = true;
  for (const l of levels) {
    if (l.length === 0 || isSpace(l.charCodeAt(0)) || isSpace(l.charCodeAt(l.length - 1))) {
      clean = false;
      break;
    }
  }
  if (clean) return levels;
  const path: string[] = [];
  for (const level of levels) {
    const t = level.trim();
    if (t) path.push(t);
  }
  return path;
}

/** A trie of group prefixes only (one node per distinct proper prefix on a sheet): leaves get no node. */
interface Node<R extends IndicatorResult> {
  children: Map<string, Node<R>> | null;
  path: string[];
  own: R | null;
  group: GroupNode<R> | null;
}

function child<R extends IndicatorResult>(at: Node<R>, level: string): Node<R> | undefined {
  return at.children?.get(level);
}

export function buildTree<R extends IndicatorResult>(rows: readonly R[]): Tree<R> {
  const bonus: R[] = [];
  let total: R | null = null;
  const sheets = new Map<string, Node<R>>();
  const placedRows: R[] = [];
  const placedPaths: string[][] = [];
  for (const row of rows) {
    if (row.kind === "bonus") bonus.push(row);
    else if (row.kind === "total") total ??= row;
    else {
      const path = pathOf(row);
      placedRows.push(row);
      placedPaths.push(path);
      // every proper prefix of a row's path is a group
      let at = sheets.get(row.sheet);
      if (!at) sheets.set(row.sheet, (at = { children: null, path: [], own: null, group: null }));
      for (let i = 0; i + 1 < path.length; i++) {
        const children: Map<string, Node<R>> = (at.children ??= new Map());
        let next = children.get(path[i]);
        if (!next)
          children.set(
            path[i],
            (next = { children: null, path: path.slice(0, i + 1), own: null, group: null })
          );
        at = next;
      }
    }
  }

  // a row whose whole path is a group is that group's own row; the rest are leaves under their prefixes
  const leaves: Leaf<R>[] = [];
  const groups: GroupNode<R>[] = [];
  const groupNodes: Node<R>[] = [];
  const chain: Node<R>[] = [];
  for (let k = 0; k < placedRows.length; k++) {
    const row = placedRows[k];
    const path = placedPaths[k];
    let at: Node<R> | undefined = sheets.get(row.sheet);
    chain.length = 0;
    for (let i = 0; at !== undefined && i < path.length; i++) {
      at = child(at, path[i]);
      if (at) chain.push(at);
    }
    if (path.length > 0 && chain.length === path.length) {
      const own = chain[chain.length - 1];
      own.own ??= row;
      continue;
    }
    const leaf: Leaf<R> = { row, path, index: leaves.length };
    leaves.push(leaf);
    for (const n of chain) {
      if (!n.group) {
        n.group = { sheet: row.sheet, path: n.path, leaves: [], own: null };
        groups.push(n.group);
        groupNodes.push(n);
      }
      n.group.leaves.push(leaf);
    }
  }
  for (const n of groupNodes) (n.group as GroupNode<R>).own = n.own;
  return { leaves, groups, bonus, total };
}
