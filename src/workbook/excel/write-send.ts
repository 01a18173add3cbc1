/**
 * The apply's requests: checking requests (loads only) and write requests packed from units, each sent and,
 * when Excel refuses it as too large, split and sent again (nothing of a refused request was applied).
 */

import type { Progress } from "../port";
import type { XlContext } from "./api";
import { WorkbookError, errors, isPayloadLimit, officeCode } from "./errors";
import { countRequests } from "./payload";
import { Batch, type PlanScope, type Unit, type WriteStats } from "./write-units";

export class Sender {
  readonly stats: WriteStats = { syncs: 0, maxPlannedBytes: 0, retries: 0 };
  private total = 2;

  constructor(
    private readonly ctx: XlContext,
    private readonly scope: PlanScope,
    private readonly targetBytes: number,
    private readonly onProgress?: (p: Progress) => void
  ) {}

  private progress(): void {
    this.onProgress?.({
      step: "writing",
      done: this.stats.syncs,
      total: Math.max(this.total, this.stats.syncs),
    });
  }

  /** The units in order, packed under the target a request; a refused request split and sent again. */
  async units(units: Unit[]): Promise<void> {
    this.total = this.stats.syncs + countRequests(units, this.targetBytes);
    this.progress();
    let pending = units;
    let target = this.targetBytes;
    let writes = 0;
    while (pending.length > 0) {
      const batch: Unit[] = [];
      let bytes = 0;
      while (pending.length > 0 && (batch.length === 0 || bytes + pending[0].bytes <= target)) {
        bytes += pending[0].bytes;
        batch.push(pending.shift() as Unit);
      }
      const b = new Batch(this.ctx);
      const probed = new Set<string>();
      for (const u of batch) {
        if (u.probe && !probed.has(u.probe.sheet.toLowerCase())) {
          probed.add(u.probe.sheet.toLowerCase());
          // A write that changes nothing (null = leave the cell as it is): fails first if the sheet is gone or protected.
          b.sheet(u.probe.sheet).getRangeByIndexes(u.probe.row, u.probe.col, 1, 1).numberFormat = [
            [null],
          ];
        }
      }
      for (const u of batch) u.run(b);
      this.stats.maxPlannedBytes = Math.max(this.stats.maxPlannedBytes, bytes);
      try {
        await this.ctx.sync();
        this.stats.syncs++;
        writes++;
        this.progress();
      } catch (e) {
        this.stats.syncs++;
        if (officeCode(e) === "RequestPayloadSizeLimitExceeded") {
          // Nothing of a refused request was applied: send it again in smaller pieces.
          this.stats.retries++;
          const halves = batch.flatMap((u) => (u.split ? u.split() : [u]));
          if (halves.length === batch.length && target < 1024)
            throw errors.payloadTooLarge(batch[0].probe?.sheet);
          target = Math.max(512, Math.floor(target / 2));
          pending = halves.concat(pending);
          continue;
        }
        const cause = await this.explain(e);
        throw writes > 0 && cause instanceof WorkbookError ? errors.partialWrite(cause) : cause;
      }
    }
  }

  async inChunks(items: (() => void)[], itemBytes: number, first?: () => void): Promise<void> {
    let perRequest = Math.max(1, Math.floor(this.targetBytes / itemBytes));
    let from = 0;
    let firstDone = first === undefined;
    while (!firstDone || from < items.length) {
      const to = Math.min(items.length, from + perRequest);
      if (!firstDone) first?.();
      for (let i = from; i < to; i++) items[i]();
      try {
        await this.ctx.sync();
        this.stats.syncs++;
        this.progress();
      } catch (e) {
        this.stats.syncs++;
        if (isPayloadLimit(e)) {
          if (perRequest === 1) throw errors.payloadTooLarge();
          this.stats.retries++;
          perRequest = Math.ceil(perRequest / 2);
          continue;
        }
        throw await this.explain(e);
      }
      firstDone = true;
      from = to;
    }
  }

  /** Turn an Office error into a person's message; look at the sheets again when it says one is gone. */
  async explain(e: unknown): Promise<Error> {
    const code = officeCode(e);
    if (code === undefined) return e instanceof Error ? e : new Error(String(e));
    if (code === "InvalidOperationInCellEditMode") return errors.cellEditMode();
    if (isPayloadLimit(e)) return errors.payloadTooLarge();
    if (code === "ItemNotFound" || code === "AccessDenied" || code === "InvalidObjectPath") {
      // Which sheet? One more look (only on this failure path).
      try {
        const again = this.ctx.workbook.worksheets;
        again.load("items/name,items/protection/protected");
        await this.ctx.sync();
        this.stats.syncs++;
        const now = new Map(
          again.items.map((ws) => [ws.name.toLowerCase(), ws.protection.protected])
        );
        for (const name of this.scope.userSheets) {
          if (!now.has(name.toLowerCase())) return errors.sheetMissing(name);
        }
        for (const name of this.scope.userSheets)
          if (now.get(name.toLowerCase())) return errors.sheetProtected(name);
        if (code === "AccessDenied" && this.scope.ownSheets.length > 0)
          return errors.workbookProtected();
      } catch (again) {
        if (officeCode(again) === "InvalidOperationInCellEditMode") return errors.cellEditMode();
      }
    }
    return errors.excelError(code, e instanceof Error ? e.message : String(e));
  }
}
