/**
 * The apply's requests: checking requests (loads only) and write requests packed from units, each sent and,
 * when Excel refuses it as too large, split and sent again (nothing of a refused request was applied).
 */

import type { Progress } from "../port";
import type { XlContext } from "./api";
import { WorkbookError, errors, fromOffice, isPayloadLimit, officeCode } from "./errors";
import { countRequests } from "./payload";
import { sendPacked } from "./send";
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
    let writes = 0;
    await sendPacked(units, {
      target: this.targetBytes,
      send: async (batch, bytes) => {
        const b = new Batch(this.ctx);
        touchSheets(b, batch);
        for (const u of batch) u.run(b);
        this.stats.maxPlannedBytes = Math.max(this.stats.maxPlannedBytes, bytes);
        // Only a request Excel refused as too large is sure to have changed nothing.
        const refused = (e: unknown): boolean =>
          officeCode(e) === "RequestPayloadSizeLimitExceeded";
        if (await this.sync(refused, writes > 0)) return "refused";
        writes++;
        return [];
      },
      tooLarge: (u) => errors.payloadTooLarge(u.probe?.sheet),
    });
  }

  /**
   * Checking requests (loads only): `first` and as many of `items` as fit the target go in the first request,
   * the rest in more. A request refused as too large changes nothing: it is sent again with half as many.
   */
  async inChunks(items: (() => void)[], itemBytes: number, first?: () => void): Promise<void> {
    const pieces = items.map((queue) => ({ bytes: itemBytes, queue }));
    if (first) pieces.unshift({ bytes: 0, queue: first });
    await sendPacked(pieces, {
      target: this.targetBytes,
      send: async (batch) => {
        for (const p of batch) p.queue();
        return (await this.sync(isPayloadLimit, false)) ? "refused" : [];
      },
      tooLarge: () => errors.payloadTooLarge(),
    });
  }

  /** One request: true when Excel refused it as too large; any other failure as a person's message. */
  private async sync(refused: (e: unknown) => boolean, afterWrites: boolean): Promise<boolean> {
    try {
      await this.ctx.sync();
      this.stats.syncs++;
      this.progress();
      return false;
    } catch (e) {
      this.stats.syncs++;
      if (refused(e)) {
        this.stats.retries++;
        return true;
      }
      const cause = await this.explain(e);
      throw afterWrites && cause instanceof WorkbookError ? errors.partialWrite(cause) : cause;
    }
  }

  /** Turn an Office error into a person's message; look at the sheets again when it says one is gone. */
  async explain(e: unknown): Promise<Error> {
    const code = officeCode(e);
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
    const explained = fromOffice(e);
    return explained instanceof Error ? explained : new Error(String(explained));
  }
}

/**
 * Each write request first touches every user sheet it writes into with a write that changes nothing (null
 * leaves the cell as it is): a sheet deleted or protected since the check fails the request there, first.
 */
function touchSheets(b: Batch, batch: Unit[]): void {
  const probed = new Set<string>();
  for (const u of batch) {
    if (u.probe && !probed.has(u.probe.sheet.toLowerCase())) {
      probed.add(u.probe.sheet.toLowerCase());
      b
        .sheet(u.probe.sheet)
        .getRangeByIndexes(u.probe.row, u.probe.col, 1, 1)
        .untrack().numberFormat = [[null]];
    }
  }
}
