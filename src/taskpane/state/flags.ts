// The Flags screen's logic: each flag with its message and review status, filtered by severity, status
// and search words, grouped by severity and code with counts.
import {
  type Evaluation,
  type Flag,
  type FlagCode,
  type Message,
  parseA1,
  type ReviewStatus,
  type Severity,
  STATUS,
} from "../../engine";
import type { Reviews } from "../session/contract";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** The statuses a reviewer can filter by (a current flag is never 已修正). */
export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  STATUS.open,
  STATUS.confirmed,
  STATUS.rejected,
];

export interface FlagView {
  readonly id: string;
  /** What the flag is about, in the table's terms: the indicator's level path or the budget line; null when neither. */
  readonly subject: string | null;
  readonly code: FlagCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly status: string;
  readonly reviewer: string;
  readonly comment: string;
  readonly time: string;
}

export function flagViews(
  evaluation: Evaluation,
  reviews: Reviews,
  renderMessage: (m: Message) => string
): FlagView[] {
  return evaluation.flags.map((f) => {
    const review = reviews[f.id];
    return {
      id: f.id,
      subject: flagSubject(evaluation, f),
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: renderMessage(f.message),
      status: review?.status || STATUS.open,
      reviewer: review?.reviewer ?? "",
      comment: review?.comment ?? "",
      time: review?.time ?? "",
    };
  });
}

/** A level path kept short: the last two levels, "产出指标 › 数量指标 › 培训人数" → "数量指标 › 培训人数". */
export function shortPath(levels: readonly string[]): string {
  const named = levels.map((l) => l.trim()).filter((l, i, all) => l !== "" && l !== all[i - 1]);
  return named.slice(-2).join(" › ");
}

/** The indicator or budget line on the flag's row, by its name; null when the row is neither (a header, a total). */
export function flagSubject(
  evaluation: Pick<Evaluation, "indicators" | "budget">,
  flag: Pick<Flag, "sheet" | "cell">
): string | null {
  const row = (parseA1(flag.cell)?.row ?? -1) + 1;
  const indicator = evaluation.indicators.find((i) => i.sheet === flag.sheet && i.row === row);
  const path = indicator ? shortPath(indicator.levels) : "";
  if (path !== "") return path;
  const line = evaluation.budget.find((b) => b.sheet === flag.sheet && b.row === row);
  return line && line.name.trim() !== "" ? line.name.trim() : null;
}

export interface FlagFilter {
  readonly severity: Severity | "all";
  readonly status: ReviewStatus | "all";
  readonly search: string;
}

export const NO_FILTER: FlagFilter = { severity: "all", status: "all", search: "" };

/** Full-width letters and digits as half-width, lower case: "ＲＥＡＳＯＮ" finds REASON_MISSING. */
function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function searchTerms(search: string): string[] {
  return normalise(search)
    .split(/\s+/)
    .filter((t) => t !== "");
}

/** Flags that pass the filter; every search word must appear in the flag's text (message, place, code, review). */
export function filterFlags(
  views: readonly FlagView[],
  filter: FlagFilter,
  codeLabel: (code: FlagCode) => string
): FlagView[] {
  const terms = searchTerms(filter.search);
  return views.filter((v) => {
    if (filter.severity !== "all" && v.severity !== filter.severity) return false;
    if (filter.status !== "all" && v.status !== filter.status) return false;
    if (terms.length === 0) return true;
    const haystack = normalise(
      [
        v.subject ?? "",
        v.message,
        v.sheet,
        v.cell,
        `${v.sheet}!${v.cell}`,
        v.code,
        codeLabel(v.code),
        v.reviewer,
        v.comment,
      ].join("\n")
    );
    return terms.every((t) => haystack.includes(t));
  });
}

export interface CodeGroup {
  readonly code: FlagCode;
  readonly items: readonly FlagView[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly codes: readonly CodeGroup[];
}

/** Errors, then warnings, then information; within each, codes in the order they first occur. */
export function groupFlags(views: readonly FlagView[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const byCode = new Map<FlagCode, FlagView[]>();
    for (const v of views) {
      if (v.severity !== severity) continue;
      const list = byCode.get(v.code);
      if (list) list.push(v);
      else byCode.set(v.code, [v]);
    }
    if (byCode.size === 0) continue;
    const codes = [...byCode].map(([code, items]) => ({ code, items }));
    groups.push({ severity, count: codes.reduce((n, c) => n + c.items.length, 0), codes });
  }
  return groups;
}

/** The flags in the order the screen lists them: what previous / next step through. */
export function listedOrder(groups: readonly SeverityGroup[]): string[] {
  return groups.flatMap((g) => g.codes.flatMap((c) => c.items.map((v) => v.id)));
}

export function severityCounts(views: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const v of views) counts[v.severity]++;
  return counts;
}
