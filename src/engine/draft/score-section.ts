/**
 * 绩效自评情况: the conclusion (system total and grade; the stated total beside it where it differs), one
 * paragraph per level-1 and level-2 indicator in the seeds' pattern, and the key-indicator table.
 */

import { a1 } from "../grid";
import { gradeGloss } from "../i18n/grades";
import { msg, render } from "../i18n/render";
import type { Evaluation, GroupTotal, IndicatorResult, TableRef } from "../model";
import type { RuleSet } from "../ruleset/types";
import { canonicalGrade, gradeFor } from "../totals/grade";
import { fmtPoints } from "../budget/numbers";
import { budgetAsIndicator } from "../evaluate";
import { FigureBook, sentence } from "./figures";
import type { Block, Run } from "./model";
import { outline } from "./numbering";

const SAME = 0.005;

function tableOf(e: Evaluation, sheet: string, row: number): TableRef | undefined {
  return e.tables.find((t) => t.sheet === sheet && t.firstRow <= row - 1 && row - 1 <= t.lastRow);
}

function cellOf(e: Evaluation, r: { sheet: string; row: number }, field: string): string | null {
  const col = tableOf(e, r.sheet, r.row)?.columns[field];
  return col === undefined || col < 0 ? null : a1(r.row - 1, col);
}

/** The cells of a run of rows in one column: "D3:D8", or the first row's when there is one. */
function rangeOf(e: Evaluation, rows: { sheet: string; row: number }[], field: string): string {
  const cells = rows.map((r) => cellOf(e, r, field) ?? `A${r.row}`);
  return cells.length > 1 ? `${cells[0]}:${cells[cells.length - 1]}` : (cells[0] ?? "");
}

export function conclusion(book: FigureBook, e: Evaluation, ruleSet: RuleSet): Block[] {
  // buildDraft drafts one form: its totals are the evaluation's
  const t = e.totals ?? e.forms[0].totals;
  const scored = e.indicators.filter((r) => r.kind !== "total" && r.kind !== "group");
  const sheet = scored[0]?.sheet ?? "";
  const totalRow = e.indicators.find((r) => r.kind === "total");
  const where = totalRow
    ? (cellOf(e, totalRow, "score") ?? `A${totalRow.row}`)
    : rangeOf(e, scored, "score");
  const score = book.add(
    fmtPoints(t.score),
    msg("draft.fig.totalLabel"),
    totalRow?.sheet ?? sheet,
    where,
    msg("draft.fig.total")
  );
  const weight = { text: fmtPoints(t.weight) };
  const graded = t.grade !== "—" && t.grade !== "";
  const blocks: Block[] = [
    {
      kind: "paragraph",
      runs: graded
        ? sentence(book, "draft.conclusion.total", {
            score,
            weight,
            grade: t.grade,
            gloss: gradeGloss(t.grade, book.lang),
          })
        : sentence(book, "draft.conclusion.noGrade", {
            score,
            weight,
            reason: render(t.gradeReason ?? msg("draft.conclusion.notGraded"), book.lang),
          }),
    },
  ];
  const statedGrade =
    (t.statedGrade ? canonicalGrade(t.statedGrade, ruleSet.grades) : null) ??
    (t.statedScore !== null ? gradeFor(t.statedScore, ruleSet.grades) : null);
  const differs =
    (t.statedScore !== null && Math.abs(t.statedScore - t.score) > SAME) ||
    (statedGrade !== null && graded && statedGrade !== t.grade);
  if (differs && t.statedScore !== null && statedGrade !== null) {
    const stated = book.stated(
      fmtPoints(t.statedScore),
      msg("draft.fig.statedTotalLabel"),
      totalRow?.sheet ?? sheet,
      where
    );
    blocks.push({
      kind: "paragraph",
      check: true,
      runs: sentence(book, "draft.conclusion.stated", {
        stated,
        statedGrade,
        statedGloss: gradeGloss(statedGrade, book.lang),
        score: score.text,
        grade: t.grade,
        gloss: gradeGloss(t.grade, book.lang),
      }),
    });
  }
  const missing = e.indicators.filter((r) => r.kind === "indicator" && unscored(r));
  if (missing.length > 0)
    blocks.push({
      kind: "paragraph",
      check: true,
      runs: [
        {
          text: book.text("draft.conclusion.unscored", {
            count: missing.length,
            cells: missing
              .slice(0, 5)
              .map((r) => `${r.sheet}!${cellOf(e, r, "score") ?? `A${r.row}`}`)
              .join("、"),
          }),
        },
      ],
    });
  return blocks;
}

function lost(r: IndicatorResult): boolean {
  return r.weight !== null && r.score !== null && r.score < r.weight - 1e-9;
}

/** Why a row lost points: the sheet's reason, else the computed explanation marked as such, else a gap. */
function why(book: FigureBook, r: IndicatorResult): { lead: string; text: string } {
  if (r.reason) return { lead: book.text("draft.ind.reason"), text: trimEnd(r.reason) };
  if (r.explanation)
    return {
      lead: book.text("draft.ind.computedReason"),
      text: trimEnd(render(r.explanation, book.lang)),
    };
  return { lead: book.text("draft.ind.noReason"), text: "" };
}

/** 扣分主要原因 of one row; a bonus row's note. */
function reasonRuns(book: FigureBook, r: IndicatorResult): Run[] {
  // No points lost (or a bonus): the sheet's own remark, if any, is a note, not a reason for a deduction.
  if (r.kind === "bonus" || !lost(r))
    return r.reason ? [{ text: book.text("draft.ind.note") + trimEnd(r.reason) }] : [];
  const w = why(book, r);
  return [{ text: w.lead + w.text }];
}

/** Reasons of the rows under a level-2 indicator that lost points, each after its name. */
function childReasons(book: FigureBook, rows: IndicatorResult[]): Run[] {
  const parts = rows.filter(lost).map((r) => {
    const name = book.text("draft.ind.partName", { name: r.levels[r.levels.length - 1] });
    if (r.reason) return name + trimEnd(r.reason);
    if (r.explanation)
      return name + book.text("draft.ind.computedMark") + trimEnd(render(r.explanation, book.lang));
    return name + book.text("draft.ind.missing");
  });
  return parts.length === 0
    ? []
    : [{ text: book.text("draft.ind.reason") + parts.join(book.text("draft.ind.partSep")) }];
}

function trimEnd(text: string): string {
  return text.trim().replace(/[。．.；;，,\s]+$/, "");
}

/** A weighted row with neither a computed nor a stated score: the draft must not print a 0 for it. */
function unscored(r: IndicatorResult): boolean {
  return r.weight !== null && r.score === null && r.statedScore === null;
}

/** "（未能计分…）" after a row or group whose rows include unscored ones; nothing when all were scored. */
function gapRuns(book: FigureBook, rows: IndicatorResult[]): Run[] {
  const count = rows.filter(unscored).length;
  if (count === 0) return [];
  if (rows.length === 1) return [{ text: book.text("draft.ind.unscored") }];
  return [{ text: book.text("draft.ind.someUnscored", { count }) }];
}

function scoreRun(book: FigureBook, e: Evaluation, r: IndicatorResult, name: string): Run[] {
  if (unscored(r)) return [{ text: "—" }];
  const score = r.score ?? r.statedScore ?? 0;
  const stated = r.statedScore !== null && Math.abs(r.statedScore - score) <= SAME;
  const cell = cellOf(e, r, stated ? "score" : "actual") ?? cellOf(e, r, "score") ?? `A${r.row}`;
  const run = book.add(
    fmtPoints(score),
    msg("draft.fig.scoreLabel", { name }),
    r.sheet,
    cell,
    stated ? msg("draft.fig.stated") : msg("draft.fig.scored")
  );
  if (stated || r.statedScore === null) return [run];
  const s = book.stated(
    fmtPoints(r.statedScore),
    msg("draft.fig.statedScoreLabel", { name }),
    r.sheet,
    cellOf(e, r, "score") ?? `A${r.row}`
  );
  return [run, ...sentence(book, "draft.ind.stated", { stated: s })];
}

function weightRun(book: FigureBook, e: Evaluation, r: IndicatorResult, name: string): Run {
  return book.stated(
    fmtPoints(r.weight ?? 0),
    msg("draft.fig.weightLabel", { name }),
    r.sheet,
    cellOf(e, r, "weight") ?? `A${r.row}`
  );
}

/** A group's weight and score, summed from its rows. */
function groupRuns(
  book: FigureBook,
  e: Evaluation,
  g: GroupTotal,
  rows: IndicatorResult[]
): { weight: Run; score: Run } {
  const name = g.levels[g.levels.length - 1];
  if (rows.length === 1 && rows[0].levels.length === g.levels.length)
    return {
      weight: weightRun(book, e, rows[0], name),
      score: scoreRun(book, e, rows[0], name)[0],
    };
  const summed = (
    field: "weight" | "score",
    label: "draft.fig.weightLabel" | "draft.fig.scoreLabel"
  ): Run =>
    book.add(
      fmtPoints(g[field]),
      msg(label, { name }),
      g.sheet,
      rangeOf(e, rows, field),
      msg("draft.fig.sum")
    );
  return {
    weight: summed("weight", "draft.fig.weightLabel"),
    score: summed("score", "draft.fig.scoreLabel"),
  };
}

function under(rows: IndicatorResult[], g: GroupTotal): IndicatorResult[] {
  return rows.filter((r) => r.sheet === g.sheet && g.levels.every((l, i) => r.levels[i] === l));
}

/** Level-1 indicators in sheet order; one whose rows the totals did not roll up (a bonus block) from its rows. */
function level1Groups(e: Evaluation, rows: IndicatorResult[]): GroupTotal[] {
  const out: GroupTotal[] = [];
  for (const r of rows) {
    const name = r.levels[0];
    if (name === undefined || out.some((g) => g.sheet === r.sheet && g.levels[0] === name))
      continue;
    const g = e.groups.find(
      (x) => x.sheet === r.sheet && x.levels.length === 1 && x.levels[0] === name
    );
    const mine = under(rows, { sheet: r.sheet, levels: [name], weight: 0, score: 0 });
    const sum = (f: (x: IndicatorResult) => number | null) =>
      Math.round(mine.reduce((a, x) => a + (f(x) ?? 0), 0) * 100) / 100;
    out.push(
      g ?? {
        sheet: r.sheet,
        levels: [name],
        weight: sum((x) => x.weight),
        score: sum((x) => x.score),
      }
    );
  }
  return out.filter((g) => g.weight > 0);
}

export function indicatorParagraphs(book: FigureBook, e: Evaluation): Block[] {
  const rows = [
    // A weighted budget line (预算执行率) scores like a level-1 indicator, as in the totals.
    ...e.budget.filter((l) => l.weight !== null && l.level === 0).map(budgetAsIndicator),
    ...e.indicators.filter(
      (r) => (r.kind === "indicator" || r.kind === "bonus") && r.weight !== null
    ),
  ];
  const blocks: Block[] = [];
  const level1 = level1Groups(e, rows);
  level1.forEach((g1, i) => {
    const rows1 = under(rows, g1);
    if (rows1.length === 0) return;
    blocks.push({ kind: "heading", level: 3, text: outline(3, i + 1, book.lang) + g1.levels[0] });
    const level2 = e.groups.filter(
      (g) => g.levels.length === 2 && g.sheet === g1.sheet && g.levels[0] === g1.levels[0]
    );
    const whole = groupRuns(book, e, g1, rows1);
    const leaf1 = rows1.length === 1 && rows1[0].levels.length === 1 ? rows1[0] : null;
    const gap1 = gapRuns(book, rows1);
    blocks.push({
      kind: "paragraph",
      ...(gap1.length > 0 ? { check: true } : {}),
      runs: [
        ...sentence(book, "draft.ind.group", { weight: whole.weight, score: whole.score }),
        ...gap1,
        ...(leaf1 ? reasonRuns(book, leaf1) : []),
        { text: book.text("draft.ind.end") },
      ],
    });
    level2.forEach((g2, k) => {
      const rows2 = under(rows, g2);
      if (rows2.length === 0) return;
      const name = g2.levels[1];
      const leaf = rows2.length === 1 && rows2[0].levels.length === 2 ? rows2[0] : null;
      const figures = leaf
        ? { weight: weightRun(book, e, leaf, name), score: scoreRun(book, e, leaf, name) }
        : (({ weight, score }) => ({ weight, score: [score] }))(groupRuns(book, e, g2, rows2));
      const runs = sentence(book, "draft.ind.line", {
        n: outline(4, k + 1, book.lang),
        name,
        weight: figures.weight,
        score: figures.score,
      });
      const gap = gapRuns(book, rows2);
      const missing = gap.length > 0;
      runs.push(...gap);
      runs.push(...(leaf ? reasonRuns(book, leaf) : childReasons(book, rows2)), {
        text: book.text("draft.ind.end"),
      });
      blocks.push({ kind: "paragraph", runs, ...(missing ? { check: true } : {}) });
    });
  });
  return blocks;
}

/** 序号 | 关键指标 | 预期实现目标值 | 年度完成情况 | 单元格: the sheet's own texts, quoted. */
export function keyIndicatorTable(book: FigureBook, e: Evaluation): Block | null {
  const rows = e.indicators.filter(
    (r) => r.kind === "indicator" && (r.target !== null || r.actual !== null)
  );
  if (rows.length === 0) return null;
  return {
    kind: "table",
    header: (
      [
        "draft.key.no",
        "draft.key.name",
        "draft.key.target",
        "draft.key.actual",
        "draft.key.cells",
      ] as const
    ).map((k) => book.text(k)),
    rows: rows.map((r, i) => [
      [{ text: String(i + 1) }],
      [{ text: r.levels[r.levels.length - 1] ?? "" }],
      [{ text: r.target ?? "—" }],
      [{ text: r.actual ?? "—" }],
      [
        {
          text: `${r.sheet}!${[cellOf(e, r, "target"), cellOf(e, r, "actual")].filter(Boolean).join("、")}`,
        },
      ],
    ]),
  };
}
