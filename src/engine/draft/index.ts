/**
 * buildDraft(evaluation, grids, ruleSet, lang) → Draft: the 绩效自评报告 drafted from a scored workbook.
 * 一、基本情况 (the budget), 二、绩效自评情况 (conclusion, indicators, key indicators), 三、存在的主要问题 (open
 * flags), and an appendix tracing every figure to its sheet and cell.
 *
 * A workbook holds one or more forms (engine/forms): `formsOf` names them, and buildDraft drafts the one named by
 * `form` (needed when there are several) from that form's tables, rows and flags only.
 */

import type { Grid } from "../grid";
import type { MessageKey } from "../i18n/catalogue";
import { msg } from "../i18n/render";
import type { Evaluation, Lang, Message } from "../model";
import type { RuleSet } from "../ruleset/types";
import { budgetSection } from "./budget-section";
import { FigureBook } from "./figures";
import type { Block, Draft } from "./model";
import { outline } from "./numbering";
import { openFlags, problemsSection } from "./problems";
import { conclusion, indicatorParagraphs, keyIndicatorTable } from "./score-section";
import { formTitle } from "./title";
import { formView } from "../forms/view";

export type { Block, Draft, Figure, Run } from "./model";

export interface DraftInput {
  evaluation: Evaluation;
  grids: Grid[];
  ruleSet: RuleSet;
  lang: Lang;
  form?: string;
}

/** The table a form is named after: its first scored indicator table, else its first table. */
function mainTable(e: Evaluation) {
  const weighted = e.tables.find(
    (t) =>
      t.kind === "indicators" && e.indicators.some((r) => r.sheet === t.sheet && r.weight !== null)
  );
  return weighted ?? e.tables[0];
}

/** The forms a workbook holds, by id; one form is also known by the sheet of its main table. */
export function formsOf(e: Evaluation): string[] {
  if (e.forms.length > 1) return e.forms.map((f) => f.id);
  const t = mainTable(e);
  return t ? [t.sheet] : [];
}

function appendix(book: FigureBook): Block[] {
  const header = (["no", "text", "label", "sheet", "cell", "basis"] as const).map((k) =>
    book.text(`draft.fig.${k}`)
  );
  return [
    { kind: "heading", level: 1, text: book.text("draft.h.appendix") },
    {
      kind: "table",
      header,
      widths: [2, 3, 6, 4, 3, 5],
      rows: book.figures.map((f) =>
        [String(f.id), f.text, f.label, f.sheet, f.cell, f.basis].map((text) => [{ text }])
      ),
    },
  ];
}

export function buildDraft(
  input: DraftInput
): { ok: true; draft: Draft } | { ok: false; problem: Message } {
  const { evaluation: whole, grids, ruleSet, lang } = input;
  const forms = formsOf(whole);
  if (input.form !== undefined && !forms.includes(input.form))
    return {
      ok: false,
      problem: msg("draft.formUnknown", {
        file: whole.file,
        form: input.form,
        forms: forms.join("、"),
      }),
    };
  if (whole.forms.length > 1 && input.form === undefined)
    return {
      ok: false,
      problem: msg("draft.formNeeded", { file: whole.file, forms: forms.join("、") }),
    };
  const chosen = whole.forms.length > 1 ? whole.forms.find((f) => f.id === input.form) : undefined;
  const e = chosen ? formView(whole, chosen) : whole;
  const book = new FigureBook(lang);
  const main = mainTable(e);
  const title = formTitle(
    grids.find((g) => g.sheet === main?.sheet),
    main
  );
  const kind = title.kind;
  const blocks: Block[] = [];
  let section = 0;
  const heading = (
    level: 1 | 2,
    n: number,
    key: Extract<MessageKey, `draft.h.${string}`>
  ): Block => ({
    kind: "heading",
    level,
    text: outline(level, n, lang) + book.text(key),
  });

  blocks.push(heading(1, ++section, "draft.h.basic"));
  blocks.push(heading(2, 1, `draft.h.spending.${kind}`));
  blocks.push(...budgetSection(book, e.tables, e.budget, grids, ruleSet, kind));

  const scored = (e.totals?.weight ?? 0) > 0;
  const key = keyIndicatorTable(book, e);
  if (scored || key) {
    blocks.push(heading(1, ++section, "draft.h.self"));
    let sub = 0;
    if (scored) {
      blocks.push(heading(2, ++sub, "draft.h.conclusion"));
      blocks.push(...conclusion(book, e, ruleSet));
      blocks.push(heading(2, ++sub, "draft.h.indicators"));
      blocks.push(...indicatorParagraphs(book, e));
    }
    if (key) {
      blocks.push(heading(2, ++sub, "draft.h.key"));
      blocks.push(key);
    }
    blocks.push(heading(1, ++section, "draft.h.problems"));
    blocks.push(...problemsSection(book, openFlags(e.flags, grids)));
  }
  blocks.push(...appendix(book));

  const subject = title.subject ?? book.text("draft.subjectMissing");
  return {
    ok: true,
    draft: {
      lang,
      title: book.text("draft.title", {
        subject,
        year: title.year ? book.text("draft.year", { year: title.year }) : "",
        kind: book.text(`draft.kind.${kind}`),
      }),
      notice: book.text("draft.notice", { file: e.file }),
      blocks,
      figures: book.figures,
    },
  };
}
