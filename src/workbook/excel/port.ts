/**
 * ExcelWorkbookPort: the WorkbookPort of the task pane inside Excel. It only translates between the
 * workbook (through Office.js) and the engine's Grid / WritePlan; it never scores.
 *
 * One Excel.run for `read` and one for `apply`; see read.ts and write.ts for what each request holds and
 * docs/office-adapter.md for the whole story (syncs per run, chunking, fallbacks, errors).
 */

import type { Grid } from "../../engine/grid";
import type { Message } from "../../engine/model";
import type { Progress, WorkbookPort } from "../port";
import type { IsSetSupported, RunFn } from "./api";
import { errors, fromOffice, officeCode } from "./errors";
import { detectFeatures, type Features } from "./features";
import { TARGET_PAYLOAD_BYTES } from "./payload";
import { readWorkbook, type ReadStats } from "./read";
import { applyPlan, type PlanInput, type WriteStats } from "./write";

export interface ExcelPortOptions {
  /** `Excel.run`, or a fake of it. */
  run: RunFn;
  /** `Office.context.requirements.isSetSupported`, or a fake of it. */
  isSetSupported: IsSetSupported;
  /** What a request or response is planned to stay under (default 3.2 MB, for Excel's 5 MB limit). */
  targetPayloadBytes?: number;
}

export interface PortStats {
  read?: ReadStats;
  apply?: WriteStats;
}

export class ExcelWorkbookPort implements WorkbookPort {
  private readonly run: RunFn;
  private readonly isSetSupported: IsSetSupported;
  private readonly target: number;
  /** What the last read and apply did (requests, planned sizes, retries): for diagnostics and tests. */
  readonly stats: PortStats = {};

  constructor(options: ExcelPortOptions) {
    this.run = options.run;
    this.isSetSupported = options.isSetSupported;
    this.target = options.targetPayloadBytes ?? TARGET_PAYLOAD_BYTES;
  }

  /** What this Excel supports, detected now (a workbook can move between Excel versions). */
  features(): Features {
    const f = detectFeatures(this.isSetSupported);
    if (!f) throw errors.unsupportedExcel();
    return f;
  }

  async read(onProgress?: (p: Progress) => void): Promise<Grid[]> {
    const features = this.features();
    const once = (): Promise<Grid[]> =>
      this.run(async (ctx) => {
        const { grids, stats } = await readWorkbook(ctx, features, onProgress, this.target);
        this.stats.read = stats;
        return grids;
      });
    try {
      return await once();
    } catch (e) {
      // A sheet deleted or renamed while it was being read: read the workbook as it is now, once.
      if (officeCode(e) === "ItemNotFound" || officeCode(e) === "InvalidObjectPath") {
        try {
          return await once();
        } catch (again) {
          throw fromOffice(again);
        }
      }
      throw fromOffice(e);
    }
  }

  async apply(plan: PlanInput, onProgress?: (p: Progress) => void): Promise<Message[]> {
    const features = this.features();
    const { stats, notices } = await this.run((ctx) =>
      applyPlan(ctx, features, plan, onProgress, this.target)
    ).catch((e: unknown) => {
      throw fromOffice(e);
    });
    this.stats.apply = stats;
    return notices;
  }
}

/**
 * The port for the task pane running in Excel: the real Excel.run and requirement check. Call it only
 * after Office.onReady has said the host is Excel.
 */
export function officeWorkbookPort(): ExcelWorkbookPort {
  return new ExcelWorkbookPort({
    // Called as a method of Excel, as Office.js expects, not detached.
    run: (batch) => Excel.run((ctx) => batch(ctx)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
