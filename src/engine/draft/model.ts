/**
 * The self-evaluation report draft as data: headings, paragraphs and tables, with every figure it quotes
 * traced to a sheet and cell. A renderer (src/report-docx) turns it into a document; the engine never does.
 */

import type { Lang } from "../model";

/** Where a figure in the draft comes from: the cell a person typed it in, or the cells it was computed from. */
export interface Figure {
  id: number; // 1-based, in the order the figures appear
  text: string; // as printed in the draft: "14.98", "97.3%", "150,055.68"
  label: string; // what it is: "资金管理 自评得分"
  sheet: string;
  cell: string; // A1 address or range
  basis: string; // "表内填报" or how it was computed
}

/** A run of text; `figure` links it to the appendix entry it prints. */
export interface Run {
  text: string;
  figure?: number;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: Run[]; check?: boolean } // check: a sentence a person must verify
  | { kind: "table"; header: string[]; rows: Run[][][]; widths?: number[] }; // widths: relative, per column

export interface Draft {
  lang: Lang;
  title: string;
  /** The header line on every page: this is a draft for a person to finish. */
  notice: string;
  blocks: Block[];
  figures: Figure[];
}
