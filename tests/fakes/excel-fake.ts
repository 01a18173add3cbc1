/**
 * A strict fake of the part of the Excel JavaScript API that the Office.js adapter uses.
 *
 * It fails where Excel fails, unlike office-addin-mock:
 *  - reading a property that was not loaded and synced throws PropertyNotLoaded;
 *  - writes, method calls and loads are queued and take effect only at `sync()`, in order; when one fails,
 *    the ones before it stay applied (an Excel batch is not a transaction) and the rest are dropped;
 *  - every `sync()` is counted and its request and response are measured (UTF-8 JSON of the queued
 *    operations, plus OP_FRAMING_BYTES each, and of the loaded values); over the limit (5 MB by default, like Excel on the web) the
 *    request is refused whole with RequestPayloadSizeLimitExceeded, or the response with
 *    ResponsePayloadSizeLimitExceeded;
 *  - an API outside the supported requirement sets fails at sync with ApiNotFound;
 *  - a "cell in edit mode" switch makes every sync fail with InvalidOperationInCellEditMode;
 *  - a sheet can be removed (or protected) "by the user" between two syncs;
 *  - writes into a protected sheet fail with AccessDenied; a range read over 5,000,000 cells fails with
 *    RangeExceedsLimit; a 2-D array that does not match its range fails with InvalidArgument; deleting a
 *    VeryHidden sheet fails with InvalidOperation.
 *
 * It implements the structural interfaces of src/workbook/excel/api.ts, so the compiler checks that it
 * covers everything the adapter calls.
 */

import type { Area } from "../../src/engine/grid";
import type {
  IsSetSupported,
  RunFn,
  XlCellFill,
  XlChart,
  XlChartCollection,
  XlClientResult,
  XlComment,
  XlCommentCollection,
  XlContext,
  XlDataValidation,
  XlFill,
  XlFont,
  XlFreezePanes,
  XlHyperlink,
  XlListRule,
  XlNote,
  XlNoteCollection,
  XlPrompt,
  XlProtection,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/workbook/excel/api";
import {
  type Cell,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  GENERAL,
  MAX_COLS,
  MAX_ROWS,
  type Scalar,
  type SheetModel,
  type Visibility,
  WorkbookModel,
  enterValue,
  parseArea,
  qualified,
} from "./excel-model";

// ---------------------------------------------------------------------------------------------------------
// Errors shaped like OfficeExtension.Error

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** Which operation of its request failed (0-based), when one did. */
  opIndex?: number;
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidCellAddress: "The cell address is invalid.",
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
};

export function officeError(code: string, location?: string, detail?: string): FakeOfficeError {
  const base = MESSAGES[code] ?? code;
  return new FakeOfficeError(code, detail ? `${base} ${detail}` : base, location);
}

// ---------------------------------------------------------------------------------------------------------
// The fake Excel

export interface FakeOptions {
  /** The newest ExcelApi requirement set this Excel supports (all older ones too). Default "1.18". */
  apiVersion?: string;
  /** Request and response limit in bytes. Default 5 MB, as Excel on the web. */
  payloadLimit?: number;
}

export interface SyncRecord {
  /** 1-based, counted over the fake's whole life (across runs). */
  index: number;
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** The Office error code when the sync failed. */
  error?: string;
  /** True for the flush Excel.run makes itself when a batch ends with operations still queued. */
  implicit?: boolean;
}

export function versionLE(a: string, b: string): boolean {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && (a2 ?? 0) <= (b2 ?? 0));
}

/**
 * Office's wire format frames each action (ids, action type, object path entries) in more JSON than the fake's
 * compact record of it; about this much a queued operation is added to the measured request. Calibrated against
 * Office's own request serializer (office-js 1.1.110, its RequestContext with a capturing executor; see
 * docs/office-adapter.md): a comment added to a cell costs 388 bytes besides its text, a hyperlink set on a cell
 * 346, a lookup of a cell's comment 282. With 250 here the fake measures 310, 330 and 350 bytes for them.
 */
export const OP_FRAMING_BYTES = 250;

const encoder = new TextEncoder();
function bytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x) ?? "null").length;
}

export class ExcelFake {
  model: WorkbookModel;
  apiVersion: string;
  payloadLimit: number;
  /** While true, Excel refuses every request as a cell is being edited. */
  editMode = false;
  readonly syncs: SyncRecord[] = [];
  /** Operations left queued when a batch ended (flushed by an implicit sync). A correct adapter leaves none. */
  unsyncedAtEnd = 0;
  runs = 0;
  private readonly hooks = new Map<number, ((model: WorkbookModel) => void)[]>();

  constructor(model: WorkbookModel = new WorkbookModel(), options: FakeOptions = {}) {
    this.model = model;
    this.apiVersion = options.apiVersion ?? "1.18";
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
  }

  /** Excel.run */
  readonly run: RunFn = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new FakeContext(this);
    try {
      const result = await batch(ctx);
      if (ctx.pending() > 0) {
        this.unsyncedAtEnd += ctx.pending();
        await ctx.flush(true);
      }
      return result;
    } finally {
      ctx.close();
    }
  };

  /** Office.context.requirements.isSetSupported */
  readonly isSetSupported: IsSetSupported = (name: string, minVersion?: string): boolean =>
    name === "ExcelApi" && versionLE(minVersion ?? "1.1", this.apiVersion);

  supports(set: string): boolean {
    return versionLE(set, this.apiVersion);
  }

  /** Do something "as the user" just before the given sync (1-based, counted over the fake's life). */
  beforeSync(index: number, action: (model: WorkbookModel) => void): void {
    const list = this.hooks.get(index) ?? [];
    list.push(action);
    this.hooks.set(index, list);
  }

  /** The user deletes a sheet just before the given sync. */
  removeSheetBeforeSync(index: number, name: string): void {
    this.beforeSync(index, (m) => m.removeSheet(name));
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  get maxPayloadBytes(): number {
    return Math.max(this.maxRequestBytes, this.maxResponseBytes);
  }

  /** Forget the sync records (e.g. between the read and the apply of a test). */
  resetCounters(): void {
    this.syncs.length = 0;
    this.unsyncedAtEnd = 0;
    this.hooks.clear();
  }

  /** A request context whose proxies queue operations on this fake, for a host that replays requests. */
  openContext(): HostContext {
    return new FakeContext(this);
  }

  /**
   * Run the hooks for this sync index, then execute the queue. `requestBytes` is the request's size as
   * sent, when a real client serialised it; otherwise it is estimated from the queued operations.
   */
  async execute(ops: Op[], implicit: boolean, requestBytes?: number): Promise<void> {
    const index = this.syncs.length + 1;
    for (const hook of this.hooks.get(index) ?? []) hook(this.model);
    const record: SyncRecord = {
      index,
      requestBytes: requestBytes ?? bytes(ops.map((o) => o.wire)) + OP_FRAMING_BYTES * ops.length,
      responseBytes: 0,
      operations: ops.length,
    };
    if (implicit) record.implicit = true;
    if (process.env.FAKE_DEBUG && record.requestBytes > Number(process.env.FAKE_DEBUG)) {
      const by = new Map<string, number>();
      for (const o of ops)
        by.set(o.location, (by.get(o.location) ?? 0) + bytes(o.wire) + OP_FRAMING_BYTES);
      console.log(record.requestBytes, [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12));
    }
    this.syncs.push(record);
    await Promise.resolve(); // a sync is always asynchronous
    const fail = (e: FakeOfficeError): never => {
      record.error = e.code;
      throw e;
    };
    if (this.editMode) fail(officeError("InvalidOperationInCellEditMode"));
    if (record.requestBytes > this.payloadLimit) {
      fail(
        officeError("RequestPayloadSizeLimitExceeded", undefined, `(${record.requestBytes} bytes)`)
      );
    }
    const response: unknown[] = [];
    const commits: (() => void)[] = [];
    for (const [i, op] of ops.entries()) {
      try {
        if (op.requires && !this.supports(op.requires)) {
          throw officeError("ApiNotFound", op.location, `(needs ExcelApi ${op.requires})`);
        }
        const result = op.run();
        if (result) {
          response.push(result.response);
          if (result.commit) commits.push(result.commit);
        }
      } catch (e) {
        // What ran before stays applied; what was loaded so far is still returned.
        commits.forEach((c) => c());
        if (e instanceof FakeOfficeError) {
          e.debugInfo.errorLocation ??= op.location;
          e.opIndex = i;
          fail(e);
        }
        throw e;
      }
    }
    record.responseBytes = bytes(response);
    if (record.responseBytes > this.payloadLimit) {
      fail(
        officeError(
          "ResponsePayloadSizeLimitExceeded",
          undefined,
          `(${record.responseBytes} bytes)`
        )
      );
    }
    commits.forEach((c) => c());
  }
}

// ---------------------------------------------------------------------------------------------------------
// Request context and queued operations

interface OpResult {
  response: unknown;
  commit?: () => void;
}

interface Op {
  /** What goes over the wire, for measuring the request. */
  wire: unknown;
  location: string;
  requires?: string;
  run(): OpResult | void;
}

/** A fake request context as a host drives it: operations queued so far, and a sync of a measured request. */
export interface HostContext extends XlContext {
  pending(): number;
  syncMeasured(requestBytes: number): Promise<void>;
}

class FakeContext implements HostContext {
  readonly fake: ExcelFake;
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  private closed = false;

  constructor(fake: ExcelFake) {
    this.fake = fake;
    this.workbook = new FakeWorkbook(this);
  }

  get model(): WorkbookModel {
    return this.fake.model;
  }

  enqueue(op: Op): void {
    if (this.closed) throw officeError("InvalidRequestContext", op.location);
    this.queue.push(op);
  }

  pending(): number {
    return this.queue.length;
  }

  sync(): Promise<unknown> {
    return this.flush(false).then(() => undefined);
  }

  syncMeasured(requestBytes: number): Promise<void> {
    return this.flush(false, requestBytes);
  }

  flush(implicit: boolean, requestBytes?: number): Promise<void> {
    if (this.closed)
      return Promise.reject(officeError("InvalidRequestContext", "RequestContext.sync"));
    const ops = this.queue;
    this.queue = [];
    return this.fake.execute(ops, implicit, requestBytes);
  }

  close(): void {
    this.closed = true;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Proxy objects

abstract class FakeObject {
  protected readonly ctx: FakeContext;
  /** A readable path, used in the measured request and in error locations. */
  readonly path: string;
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(ctx: FakeContext, path: string) {
    this.ctx = ctx;
    this.path = path;
  }

  protected abstract get typeName(): string;
  protected abstract get loadable(): readonly string[];
  /** Read these properties from the model now (inside a sync). */
  protected abstract readProps(props: string[]): Record<string, unknown>;
  /** Does the object exist (inside a sync)? Objects that are not "OrNullObject" throw instead of saying no. */
  protected abstract exists(): boolean;

  /** Internal to the fake: take values loaded through a parent collection. */
  acceptLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loadedValues.set(k, v);
    this.nullState = false;
  }

  /** Internal to the fake: read properties from the model now (inside a sync). */
  readNow(props: string[]): Record<string, unknown> {
    for (const p of props) {
      if (!this.loadable.includes(p))
        throw officeError("InvalidArgument", `${this.typeName}.load`, `(unknown property "${p}")`);
    }
    return this.readProps(props);
  }

  protected loaded<T>(prop: string): T {
    if (!this.loadedValues.has(prop)) {
      throw officeError(
        "PropertyNotLoaded",
        `${this.typeName}.${prop}`,
        `(${this.typeName}.${prop})`
      );
    }
    return this.loadedValues.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw officeError("PropertyNotLoaded", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** *OrNullObject proxies learn whether they exist at the next sync. */
  protected registerNullCheck(requires?: string): void {
    this.queue({ action: "nullCheck" }, requires, () => {
      const exists = this.exists();
      return { response: { isNull: !exists }, commit: () => (this.nullState = !exists) };
    });
  }

  load(propertyNames: string | string[]): this {
    const props = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.queue({ action: "load", props }, undefined, () => {
      for (const p of props) {
        if (!this.loadable.includes(p))
          throw officeError(
            "InvalidArgument",
            `${this.typeName}.load`,
            `(unknown property "${p}")`
          );
      }
      const exists = this.exists();
      const values: Record<string, unknown> = exists
        ? this.readProps(props)
        : Object.fromEntries(props.map((p) => [p, null]));
      return {
        response: values,
        commit: () => {
          for (const p of props) this.loadedValues.set(p, values[p]);
          this.nullState = !exists;
        },
      };
    });
    return this;
  }

  protected queue(
    wire: Record<string, unknown>,
    requires: string | undefined,
    run: () => OpResult | void,
    action?: string
  ): void {
    this.ctx.enqueue({
      wire: { path: this.path, ...wire },
      location: `${this.typeName}.${action ?? String(wire.action ?? "")}`,
      requires,
      run,
    });
  }
}

class FakeClientResult<T> implements XlClientResult<T> {
  private has = false;
  private v: T | undefined;
  private readonly where: string;
  constructor(where: string) {
    this.where = where;
  }
  get value(): T {
    if (!this.has)
      throw officeError("PropertyNotLoaded", this.where, "(ClientResult.value before sync)");
    return this.v as T;
  }
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
}

/** Throw unless the sheet is still in the workbook. */
function alive(ctx: FakeContext, sheet: SheetModel, where: string): SheetModel {
  if (!ctx.model.sheets.includes(sheet))
    throw officeError("ItemNotFound", where, `(sheet "${sheet.name}" no longer exists)`);
  return sheet;
}

function writable(sheet: SheetModel, where: string): void {
  if (sheet.protected)
    throw officeError("AccessDenied", where, `(sheet "${sheet.name}" is protected)`);
}

// --- Workbook ------------------------------------------------------------------------------------------

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeCommentCollection;
  readonly protection: FakeProtection;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.notes = new FakeNoteCollection(ctx, "workbook.notes", null);
    this.comments = new FakeCommentCollection(ctx, "workbook.comments", null);
    this.protection = new FakeProtection(
      ctx,
      "workbook.protection",
      () => ({ isProtected: ctx.model.structureProtected }),
      "1.7"
    );
  }
}

class FakeProtection extends FakeObject implements XlProtection {
  private readonly read: () => { isProtected: boolean } | null;
  private readonly requires?: string;
  constructor(
    ctx: FakeContext,
    path: string,
    read: () => { isProtected: boolean } | null,
    requires?: string
  ) {
    super(ctx, path);
    this.read = read;
    this.requires = requires;
  }
  protected get typeName(): string {
    return "Protection";
  }
  protected get loadable(): readonly string[] {
    return ["protected"];
  }
  protected exists(): boolean {
    return this.read() !== null;
  }
  protected readProps(): Record<string, unknown> {
    if (this.requires && !this.ctx.fake.supports(this.requires))
      throw officeError("ApiNotFound", this.path);
    return { protected: this.read()?.isProtected ?? null };
  }
  get protected(): boolean {
    return this.loaded<boolean>("protected");
  }
}

// --- Worksheets ----------------------------------------------------------------------------------------

class FakeWorksheetCollection extends FakeObject implements XlWorksheetCollection {
  private itemList: FakeWorksheet[] | undefined;

  constructor(ctx: FakeContext) {
    super(ctx, "workbook.worksheets");
  }
  protected get typeName(): string {
    return "WorksheetCollection";
  }
  protected get loadable(): readonly string[] {
    return [];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProps(): Record<string, unknown> {
    return {};
  }

  get items(): FakeWorksheet[] {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "WorksheetCollection.items");
    return this.itemList;
  }

  /** Only "items/<prop>" paths make sense on a collection. */
  override load(propertyNames: string | string[]): this {
    const props = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map(
      (p) => p.trim()
    );
    const itemProps: string[] = [];
    let protection = false;
    for (const p of props) {
      const m = /^items\/(\w+)$/.exec(p);
      if (m) itemProps.push(m[1]);
      else if (p === "items/protection/protected") protection = true;
      else throw officeError("InvalidArgument", "WorksheetCollection.load", `("${p}")`);
    }
    this.queue({ action: "load", props }, undefined, () => {
      const sheets = [...this.ctx.model.sheets];
      const items = sheets.map((s) => FakeWorksheet.bound(this.ctx, s));
      const data = items.map((ws) => ws.readNow(itemProps));
      const prot = items.map((ws) => (protection ? ws.protection.readNow(["protected"]) : null));
      return {
        response: [data, prot],
        commit: () => {
          items.forEach((ws, i) => {
            ws.acceptLoaded(data[i]);
            const p = prot[i];
            if (p) ws.protection.acceptLoaded(p);
          });
          this.itemList = items;
        },
      };
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return FakeWorksheet.byName(this.ctx, key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return FakeWorksheet.byName(this.ctx, key, true);
  }

  add(name: string): FakeWorksheet {
    const ws = FakeWorksheet.added(this.ctx, name);
    this.queue({ action: "add", name }, undefined, () => {
      const model = this.ctx.model;
      if (model.structureProtected)
        throw officeError(
          "AccessDenied",
          "WorksheetCollection.add",
          "(workbook structure is protected)"
        );
      if (model.find(name))
        throw officeError("ItemAlreadyExists", "WorksheetCollection.add", `("${name}")`);
      if (name.length > 31 || /[:\\/?*[\]]/.test(name))
        throw officeError("InvalidArgument", "WorksheetCollection.add", `("${name}")`);
      ws.bindAdded(model.addSheet(name));
    });
    return ws;
  }
}

const SHEET_PROPS = ["name", "position", "visibility"] as const;

/** How a worksheet proxy finds its sheet at sync time. */
type SheetResolver =
  | { kind: "bound"; sheet: SheetModel }
  | { kind: "name"; name: string; orNull: boolean }
  | { kind: "added"; name: string; sheet?: SheetModel }
  | { kind: "lazy"; find: () => SheetModel };

class FakeWorksheet extends FakeObject implements XlWorksheet {
  private readonly how: SheetResolver;
  private boundByName: SheetModel | undefined;
  readonly protection: FakeProtection;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeCommentCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: XlFreezePanes;

  constructor(ctx: FakeContext, path: string, how: SheetResolver) {
    super(ctx, path);
    this.how = how;
    this.protection = new FakeProtection(ctx, `${path}.protection`, () => {
      const s = this.resolveOrNull();
      return s ? { isProtected: s.protected } : null;
    });
    this.notes = new FakeNoteCollection(ctx, `${path}.notes`, this);
    this.comments = new FakeCommentCollection(ctx, `${path}.comments`, this);
    this.charts = new FakeChartCollection(ctx, `${path}.charts`, this);
    this.freezePanes = {
      freezeRows: (count: number): void =>
        this.queue(
          { action: "freezeRows", count },
          "1.7",
          () => {
            const s = this.resolve();
            if (!(count >= 0))
              throw officeError("InvalidArgument", "WorksheetFreezePanes.freezeRows");
            s.freezeRows = count;
          },
          "freezeRows"
        ),
    };
    if (how.kind === "name" && how.orNull) this.registerNullCheck("1.4");
  }

  static bound(ctx: FakeContext, sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(ctx, `worksheets[${JSON.stringify(sheet.name)}]`, {
      kind: "bound",
      sheet,
    });
  }

  static byName(ctx: FakeContext, name: string, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(
      ctx,
      `worksheets.getItem${orNull ? "OrNullObject" : ""}(${JSON.stringify(name)})`,
      { kind: "name", name, orNull }
    );
  }

  static added(ctx: FakeContext, name: string): FakeWorksheet {
    return new FakeWorksheet(ctx, `worksheets.add(${JSON.stringify(name)})`, {
      kind: "added",
      name,
    });
  }

  static lazy(ctx: FakeContext, find: () => SheetModel): FakeWorksheet {
    return new FakeWorksheet(ctx, "location.worksheet", { kind: "lazy", find });
  }

  /** Internal: the sheet that add() created. */
  bindAdded(sheet: SheetModel): void {
    if (this.how.kind === "added") this.how.sheet = sheet;
  }

  protected get typeName(): string {
    return "Worksheet";
  }
  protected get loadable(): readonly string[] {
    return SHEET_PROPS;
  }

  /** The sheet, or null for a missing "OrNullObject" sheet; throws ItemNotFound otherwise. */
  resolveOrNull(): SheetModel | null {
    const model = this.ctx.model;
    const how = this.how;
    switch (how.kind) {
      case "bound":
        return alive(this.ctx, how.sheet, "Worksheet");
      case "lazy":
        return alive(this.ctx, how.find(), "Worksheet");
      case "added":
        if (!how.sheet)
          throw officeError("ItemNotFound", "Worksheet", `(sheet "${how.name}" was never added)`);
        return alive(this.ctx, how.sheet, "Worksheet");
      case "name": {
        // Excel finds the sheet by name the first time, then keeps to that sheet.
        const bound = this.boundByName;
        if (bound) {
          if (model.sheets.includes(bound)) return bound;
          if (how.orNull) return null;
          throw officeError(
            "ItemNotFound",
            "Worksheet",
            `(sheet "${bound.name}" no longer exists)`
          );
        }
        const found = model.find(how.name);
        if (found) {
          this.boundByName = found;
          return found;
        }
        if (how.orNull) return null;
        throw officeError("ItemNotFound", "WorksheetCollection.getItem", `("${how.name}")`);
      }
    }
  }

  resolve(): SheetModel {
    const s = this.resolveOrNull();
    if (!s) throw officeError("ItemNotFound", "Worksheet", "(null object)");
    return s;
  }

  protected exists(): boolean {
    return this.resolveOrNull() !== null;
  }

  protected readProps(props: string[]): Record<string, unknown> {
    const s = this.resolve();
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "name") out.name = s.name;
      else if (p === "position") out.position = this.ctx.model.sheets.indexOf(s);
      else if (p === "visibility") out.visibility = s.visibility;
    }
    return out;
  }

  get name(): string {
    return this.loaded<string>("name");
  }
  set name(v: string) {
    this.queue(
      { action: "set", name: v },
      undefined,
      () => {
        const s = this.resolve();
        if (this.ctx.model.find(v) && this.ctx.model.find(v) !== s)
          throw officeError("ItemAlreadyExists", "Worksheet.name");
        s.name = v;
      },
      "name"
    );
  }

  get position(): number {
    return this.loaded<number>("position");
  }
  set position(v: number) {
    this.queue(
      { action: "set", position: v },
      undefined,
      () => {
        const s = this.resolve();
        const list = this.ctx.model.sheets.filter((x) => x !== s);
        if (v < 0 || v > list.length) throw officeError("InvalidArgument", "Worksheet.position");
        list.splice(v, 0, s);
        this.ctx.model.sheets = list;
      },
      "position"
    );
  }

  get visibility(): string {
    return this.loaded<string>("visibility");
  }
  set visibility(v: string) {
    this.queue(
      { action: "set", visibility: v },
      "1.2",
      () => {
        const s = this.resolve();
        if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
          throw officeError("InvalidArgument", "Worksheet.visibility");
        if (
          v !== "Visible" &&
          s.visibility === "Visible" &&
          this.ctx.model.sheets.filter((x) => x.visibility === "Visible").length === 1
        ) {
          throw officeError(
            "InvalidOperation",
            "Worksheet.visibility",
            "(a workbook must keep one visible sheet)"
          );
        }
        s.visibility = v as Visibility;
      },
      "visibility"
    );
  }

  delete(): void {
    this.queue({ action: "delete" }, undefined, () => {
      const s = this.resolve();
      const model = this.ctx.model;
      if (model.structureProtected)
        throw officeError("AccessDenied", "Worksheet.delete", "(workbook structure is protected)");
      if (s.visibility === "VeryHidden")
        throw officeError(
          "InvalidOperation",
          "Worksheet.delete",
          "(a VeryHidden sheet cannot be deleted)"
        );
      if (
        s.visibility === "Visible" &&
        model.sheets.filter((x) => x.visibility === "Visible").length === 1
      ) {
        throw officeError(
          "InvalidOperation",
          "Worksheet.delete",
          "(the last visible sheet cannot be deleted)"
        );
      }
      model.sheets = model.sheets.filter((x) => x !== s);
    });
  }

  /** Excel activates only a visible sheet. */
  activate(): void {
    this.queue({ action: "activate" }, undefined, () => {
      const s = this.resolve();
      if (s.visibility !== "Visible")
        throw officeError("InvalidOperation", "Worksheet.activate", "(the sheet is hidden)");
      this.ctx.model.activeSheet = s.name;
    });
  }

  getRange(address: string): FakeRange {
    return FakeRange.of(this.ctx, `${this.path}.getRange(${JSON.stringify(address)})`, this, () => {
      if (address.length > 8192)
        throw officeError(
          "InvalidArgument",
          "Worksheet.getRange",
          "(address over 8192 characters)"
        );
      const a = parseArea(address);
      if (!a) throw officeError("InvalidArgument", "Worksheet.getRange", `("${address}")`);
      return a;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return FakeRange.of(
      this.ctx,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      this,
      () =>
        checkedArea(startRow, startColumn, rowCount, columnCount, "Worksheet.getRangeByIndexes"),
      "1.7"
    );
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getRanges(${JSON.stringify(address)})`,
      "1.9",
      false,
      () => {
        if (address.length > 8192)
          throw officeError(
            "InvalidArgument",
            "Worksheet.getRanges",
            "(address over 8192 characters)"
          );
        const areas = address.split(/[,;]/).map((p) => parseArea(p));
        if (areas.some((a) => a === null))
          throw officeError("InvalidArgument", "Worksheet.getRanges", `("${address}")`);
        return { sheet: this.resolve(), areas: areas as Area[] };
      }
    );
  }

  getUsedRange(valuesOnly: boolean): FakeRange {
    return FakeRange.of(
      this.ctx,
      `${this.path}.getUsedRange(${valuesOnly})`,
      this,
      () => this.resolve().usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      valuesOnly ? "1.2" : undefined
    );
  }
}

function checkedArea(row: number, col: number, rows: number, cols: number, where: string): Area {
  if (!(
    rows >= 1 &&
    cols >= 1 &&
    row >= 0 &&
    col >= 0 &&
    row + rows <= MAX_ROWS &&
    col + cols <= MAX_COLS
  )) {
    throw officeError("InvalidArgument", where, `(${row},${col},${rows},${cols})`);
  }
  return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
}

// --- Ranges --------------------------------------------------------------------------------------------

const RANGE_PROPS = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "numberFormat",
  "formulas",
] as const;
const MAX_READ_CELLS = 5_000_000;

function cellsOf(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

function readCell(sheet: SheetModel, r: number, c: number): Cell | undefined {
  return sheet.get(r, c);
}

/** The value Excel returns for `values`. */
function valueOf(cell: Cell | undefined): Scalar {
  return cell ? cell.value : "";
}

function matrix<T>(a: Area, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: T[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

class FakeRange extends FakeObject implements XlRange {
  /** Only the client keeps references (tests/fakes/office-host.ts sees the `_KeepReference` it sends). */
  untrack(): this {
    return this;
  }
  private readonly sheetOf: FakeWorksheet;
  private readonly areaOf: () => Area | null;
  private readonly requires?: string;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    path: string,
    sheet: FakeWorksheet,
    area: () => Area | null,
    requires?: string
  ) {
    super(ctx, path);
    this.sheetOf = sheet;
    this.areaOf = area;
    this.requires = requires;
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.targets());
    this.dataValidation = new FakeDataValidation(ctx, `${path}.dataValidation`, () =>
      this.target()
    );
  }

  static of(
    ctx: FakeContext,
    path: string,
    sheet: FakeWorksheet,
    area: () => Area,
    requires?: string
  ): FakeRange {
    return new FakeRange(ctx, path, sheet, area, requires);
  }

  protected get typeName(): string {
    return "Range";
  }
  protected get loadable(): readonly string[] {
    return RANGE_PROPS;
  }

  /** Sheet and area, or null for a null object; throws for a missing sheet or a bad address. */
  targetOrNull(): { sheet: SheetModel; area: Area } | null {
    if (this.requires && !this.ctx.fake.supports(this.requires))
      throw officeError("ApiNotFound", this.path, `(needs ExcelApi ${this.requires})`);
    const sheet = this.sheetOf.resolve();
    const area = this.areaOf();
    return area ? { sheet, area } : null;
  }

  target(): { sheet: SheetModel; area: Area } {
    const t = this.targetOrNull();
    if (!t) throw officeError("ItemNotFound", this.path, "(null object)");
    return t;
  }

  private targets(): { sheet: SheetModel; areas: Area[] } {
    const t = this.target();
    return { sheet: t.sheet, areas: [t.area] };
  }

  protected exists(): boolean {
    return this.targetOrNull() !== null;
  }

  protected readProps(props: string[]): Record<string, unknown> {
    const { sheet, area } = this.target();
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (
        (p === "values" || p === "numberFormat" || p === "formulas") &&
        cellsOf(area) > MAX_READ_CELLS
      ) {
        throw officeError("RangeExceedsLimit", `Range.${p}`);
      }
      switch (p) {
        case "address":
          out.address = qualified(sheet.name, area);
          break;
        case "rowIndex":
          out.rowIndex = area.top;
          break;
        case "columnIndex":
          out.columnIndex = area.left;
          break;
        case "rowCount":
          out.rowCount = area.bottom - area.top + 1;
          break;
        case "columnCount":
          out.columnCount = area.right - area.left + 1;
          break;
        case "values":
          out.values = matrix(area, (r, c) => valueOf(readCell(sheet, r, c)));
          break;
        case "numberFormat":
          out.numberFormat = matrix(area, (r, c) => readCell(sheet, r, c)?.numberFormat ?? GENERAL);
          break;
        case "formulas":
          out.formulas = matrix(area, (r, c) => {
            const cell = readCell(sheet, r, c);
            return cell?.formula ?? valueOf(cell);
          });
          break;
      }
    }
    return out;
  }

  get address(): string {
    return this.loaded<string>("address");
  }
  get rowIndex(): number {
    return this.loaded<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded<number>("columnIndex");
  }
  get rowCount(): number {
    return this.loaded<number>("rowCount");
  }
  get columnCount(): number {
    return this.loaded<number>("columnCount");
  }

  /** Selects the range in Excel's window: its sheet must be the active one. */
  select(): void {
    this.queue({ action: "select" }, undefined, () => {
      const { sheet, area } = this.target();
      if (this.ctx.model.activeSheet !== sheet.name)
        throw officeError(
          "InvalidOperation",
          "Range.select",
          "(the range is not on the active sheet)"
        );
      this.ctx.model.selection = { sheet: sheet.name, area };
    });
  }

  /** Queue a 2-D write: the array must match the range; null leaves a cell as it is. */
  /**
   * A 2-D write, or Excel's "single input copy": one value (not an array) is entered into every cell of the
   * range, as with CTRL+Enter. null is not a valid single input.
   */
  private write2d(
    prop: string,
    input: unknown[][] | string | number | boolean,
    apply: (cell: Cell, v: unknown) => void
  ): void {
    this.queue(
      { action: "set", [prop]: input },
      undefined,
      () => {
        const { sheet, area } = this.target();
        writable(sheet, `Range.${prop}`);
        const rows = area.bottom - area.top + 1;
        const cols = area.right - area.left + 1;
        if (!Array.isArray(input) && input !== null && typeof input !== "object") {
          for (let r = area.top; r <= area.bottom; r++)
            for (let c = area.left; c <= area.right; c++)
              sheet.edit(r, c, (cell) => apply(cell, input));
          return;
        }
        if (
          !Array.isArray(input) ||
          input.length !== rows ||
          input.some((row) => !Array.isArray(row) || row.length !== cols)
        ) {
          throw officeError(
            "InvalidArgument",
            `Range.${prop}`,
            "(the array does not match the size of the range)"
          );
        }
        input.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || v === undefined) return;
            sheet.edit(area.top + i, area.left + j, (cell) => apply(cell, v));
          })
        );
      },
      prop
    );
  }

  get values(): unknown[][] {
    return this.loaded<unknown[][]>("values");
  }
  set values(v: unknown[][] | string | number | boolean) {
    this.write2d("values", v, (cell, x) => {
      if (typeof x !== "string" && typeof x !== "number" && typeof x !== "boolean")
        throw officeError("InvalidArgument", "Range.values");
      enterValue(cell, x);
    });
  }

  get numberFormat(): unknown[][] {
    return this.loaded<unknown[][]>("numberFormat");
  }
  set numberFormat(v: unknown[][] | string) {
    this.write2d("numberFormat", v, (cell, x) => {
      if (typeof x !== "string") throw officeError("InvalidArgument", "Range.numberFormat");
      cell.numberFormat = x === "" ? GENERAL : x;
    });
  }

  get formulas(): unknown[][] {
    return this.loaded<unknown[][]>("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write2d("formulas", v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
        cell.formula = x;
        cell.value = 0; // the fake does not calculate
      } else if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") {
        enterValue(cell, x);
      } else throw officeError("InvalidArgument", "Range.formulas");
    });
  }

  get hyperlink(): XlHyperlink {
    throw officeError(
      "PropertyNotLoaded",
      "Range.hyperlink",
      "(the fake does not load hyperlinks)"
    );
  }
  set hyperlink(v: XlHyperlink) {
    const link = { ...v };
    this.queue(
      { action: "set", hyperlink: link },
      "1.7",
      () => {
        const { sheet, area } = this.target();
        writable(sheet, "Range.hyperlink");
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            sheet.edit(r, c, (cell) => {
              cell.hyperlink = link;
              if (link.textToDisplay !== undefined) {
                cell.formula = undefined;
                cell.value = link.textToDisplay;
              }
            });
          }
        }
      },
      "hyperlink"
    );
  }

  clear(applyTo: "All" | "Formats" | "Contents"): void {
    this.queue({ action: "clear", applyTo }, undefined, () => {
      const { sheet, area } = this.target();
      writable(sheet, "Range.clear");
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (!sheet.get(r, c)) continue;
          sheet.edit(r, c, (cell) => {
            if (applyTo !== "Formats") {
              cell.value = "";
              cell.formula = undefined;
              cell.hyperlink = undefined;
            }
            if (applyTo !== "Contents") {
              cell.numberFormat = GENERAL;
              cell.fill = undefined;
              cell.bold = undefined;
              cell.wrap = undefined;
              cell.hAlign = undefined;
              cell.vAlign = undefined;
            }
          });
        }
      }
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getAbsoluteResizedRange(${numRows},${numColumns})`,
      this.sheetOf,
      () => {
        const { area } = this.target();
        return checkedArea(
          area.top,
          area.left,
          numRows,
          numColumns,
          "Range.getAbsoluteResizedRange"
        );
      },
      "1.7"
    );
  }

  getIntersection(anotherRange: XlRange | string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getIntersection(...)`, this.sheetOf, () => {
      const { area } = this.target();
      let other: Area | null;
      if (typeof anotherRange === "string") other = parseArea(anotherRange);
      else if (anotherRange instanceof FakeRange) other = anotherRange.target().area;
      else throw officeError("InvalidArgument", "Range.getIntersection");
      if (!other) throw officeError("InvalidArgument", "Range.getIntersection");
      const top = Math.max(area.top, other.top);
      const left = Math.max(area.left, other.left);
      const bottom = Math.min(area.bottom, other.bottom);
      const right = Math.min(area.right, other.right);
      if (top > bottom || left > right)
        throw officeError("ItemNotFound", "Range.getIntersection", "(the ranges do not intersect)");
      return { top, left, bottom, right };
    });
  }

  getCellProperties(options: {
    format: { fill: { color: true } };
  }): FakeClientResult<XlCellFill[][]> {
    const result = new FakeClientResult<XlCellFill[][]>("Range.getCellProperties");
    this.queue(
      { action: "getCellProperties", options },
      "1.9",
      () => {
        const { sheet, area } = this.target();
        if (cellsOf(area) > MAX_READ_CELLS)
          throw officeError("RangeExceedsLimit", "Range.getCellProperties");
        const value = matrix(area, (r, c) => ({
          format: { fill: { color: readCell(sheet, r, c)?.fill ?? "#FFFFFF" } },
        }));
        return { response: value, commit: () => result.set(value) };
      },
      "getCellProperties"
    );
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      "1.13",
      true,
      () => {
        const { sheet, area } = this.target();
        const inside = sheet.merges.filter(
          (m) =>
            m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right
        );
        if (inside.length > 512)
          throw officeError(
            "GeneralException",
            "Range.getMergedAreasOrNullObject",
            "(more than 512 merged areas)"
          );
        return inside.length ? { sheet, areas: inside } : null;
      }
    );
  }

  // The three members below are called by Office.js itself, never by the adapter: the client cuts a 2-D
  // write of more than 1,500 cells into row chunks, `getRow(i).getBoundingRect(getRow(j))` each, after
  // `_ValidateArraySize` checked the whole array against the range.

  getRow(row: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRow(${row})`, this.sheetOf, () => {
      const { area } = this.target();
      if (row < 0 || area.top + row > area.bottom)
        throw officeError("InvalidArgument", "Range.getRow", `(row ${row})`);
      return { top: area.top + row, bottom: area.top + row, left: area.left, right: area.right };
    });
  }

  getBoundingRect(anotherRange: XlRange): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getBoundingRect(...)`, this.sheetOf, () => {
      const { area } = this.target();
      if (!(anotherRange instanceof FakeRange))
        throw officeError("InvalidArgument", "Range.getBoundingRect");
      const other = anotherRange.target().area;
      return {
        top: Math.min(area.top, other.top),
        left: Math.min(area.left, other.left),
        bottom: Math.max(area.bottom, other.bottom),
        right: Math.max(area.right, other.right),
      };
    });
  }

  _ValidateArraySize(rows: number, columns: number): void {
    this.queue({ action: "_ValidateArraySize", rows, columns }, "1.3", () => {
      const { area } = this.target();
      if (area.bottom - area.top + 1 !== rows || area.right - area.left + 1 !== columns)
        throw officeError("InvalidArgument", "Range._ValidateArraySize", `(${rows}×${columns})`);
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getOffsetRange(${rowOffset},${columnOffset})`,
      this.sheetOf,
      () => {
        const { area } = this.target();
        const rows = area.bottom - area.top + 1;
        const cols = area.right - area.left + 1;
        return checkedArea(
          area.top + rowOffset,
          area.left + columnOffset,
          rows,
          cols,
          "Range.getOffsetRange"
        );
      }
    );
  }

  getSpecialCellsOrNullObject(
    cellType: "Formulas" | "Constants",
    cellValueType?: "Numbers"
  ): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)}${cellValueType ? `,${JSON.stringify(cellValueType)}` : ""})`,
      "1.9",
      true,
      () => {
        const { sheet, area } = this.target();
        const pick = (cell: Cell | undefined): boolean => {
          if (!cell) return false;
          if (cellType === "Formulas")
            return (
              cell.formula !== undefined &&
              (cellValueType !== "Numbers" || typeof cell.value === "number")
            );
          if (cell.formula !== undefined || cell.value === "") return false;
          return cellValueType !== "Numbers" || typeof cell.value === "number";
        };
        const areas = cellAreas(sheet, area, pick);
        return areas.length ? { sheet, areas } : null;
      }
    );
  }
}

/** Picked cells of an area as rectangles: vertical runs per column, joined across columns when equal. */
function cellAreas(
  sheet: SheetModel,
  area: Area,
  pick: (cell: Cell | undefined) => boolean
): Area[] {
  const runs: Area[] = [];
  for (let c = area.left; c <= area.right; c++) {
    let start = -1;
    for (let r = area.top; r <= area.bottom + 1; r++) {
      const picked = r <= area.bottom && pick(sheet.get(r, c));
      if (picked && start < 0) start = r;
      if (!picked && start >= 0) {
        const prev = runs.find((x) => x.right === c - 1 && x.top === start && x.bottom === r - 1);
        if (prev) prev.right = c;
        else runs.push({ top: start, left: c, bottom: r - 1, right: c });
        start = -1;
      }
    }
  }
  return runs;
}

// --- Range areas ---------------------------------------------------------------------------------------

class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  untrack(): this {
    return this;
  }
  private readonly resolveAreas: () => { sheet: SheetModel; areas: Area[] } | null;
  private readonly requires: string;
  private readonly orNull: boolean;
  readonly areas: FakeRangeCollection;
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeContext,
    path: string,
    requires: string,
    orNull: boolean,
    resolve: () => { sheet: SheetModel; areas: Area[] } | null
  ) {
    super(ctx, path);
    this.requires = requires;
    this.orNull = orNull;
    this.resolveAreas = resolve;
    this.areas = new FakeRangeCollection(ctx, `${path}.areas`, () => this.targets());
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.targets());
    if (orNull) this.registerNullCheck(requires);
  }

  protected get typeName(): string {
    return "RangeAreas";
  }
  protected get loadable(): readonly string[] {
    return ["address"];
  }

  private targetsOrNull(): { sheet: SheetModel; areas: Area[] } | null {
    if (!this.ctx.fake.supports(this.requires))
      throw officeError("ApiNotFound", this.path, `(needs ExcelApi ${this.requires})`);
    const t = this.resolveAreas();
    if (!t && !this.orNull) throw officeError("ItemNotFound", this.path);
    return t;
  }

  targets(): { sheet: SheetModel; areas: Area[] } {
    const t = this.targetsOrNull();
    // Navigating from a null object is refused: check isNullObject first.
    if (!t) throw officeError("InvalidObjectPath", this.path, "(null object)");
    return t;
  }

  protected exists(): boolean {
    return this.targetsOrNull() !== null;
  }

  protected readProps(): Record<string, unknown> {
    const { sheet, areas } = this.targets();
    return { address: areas.map((a) => qualified(sheet.name, a)).join(",") };
  }

  get address(): string {
    return this.loaded<string>("address");
  }
}

class FakeRangeCollection extends FakeObject implements XlRangeCollection {
  private readonly resolveAll: () => { sheet: SheetModel; areas: Area[] };
  private itemList: FakeRange[] | undefined;
  constructor(ctx: FakeContext, path: string, resolve: () => { sheet: SheetModel; areas: Area[] }) {
    super(ctx, path);
    this.resolveAll = resolve;
  }
  protected get typeName(): string {
    return "RangeCollection";
  }
  protected get loadable(): readonly string[] {
    return [];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProps(): Record<string, unknown> {
    return {};
  }
  get items(): FakeRange[] {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "RangeCollection.items");
    return this.itemList;
  }
  override load(propertyNames: string | string[]): this {
    const props = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map(
      (p) => p.trim()
    );
    const itemProps = props.map((p) => {
      const m = /^items\/(\w+)$/.exec(p);
      if (!m || !(RANGE_PROPS as readonly string[]).includes(m[1]))
        throw officeError("InvalidArgument", "RangeCollection.load", `("${p}")`);
      return m[1];
    });
    this.queue({ action: "load", props }, "1.9", () => {
      const { sheet, areas } = this.resolveAll();
      const ws = FakeWorksheet.bound(this.ctx, sheet);
      const items = areas.map((a, i) => new FakeRange(this.ctx, `${this.path}[${i}]`, ws, () => a));
      const data = items.map((it) => it.readNow(itemProps));
      return {
        response: data,
        commit: () => {
          items.forEach((it, i) => it.acceptLoaded(data[i]));
          this.itemList = items;
        },
      };
    });
    return this;
  }
}

// --- Formats -------------------------------------------------------------------------------------------

type Targets = () => { sheet: SheetModel; areas: Area[] };

function eachCell(
  t: { sheet: SheetModel; areas: Area[] },
  where: string,
  f: (cell: Cell) => void
): void {
  writable(t.sheet, where);
  for (const a of t.areas) {
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) t.sheet.edit(r, c, f);
  }
}

class FakeRangeFormat extends FakeObject implements XlRangeFormat {
  private readonly targets: Targets;
  readonly fill: FakeFill;
  readonly font: FakeFont;
  constructor(ctx: FakeContext, path: string, targets: Targets) {
    super(ctx, path);
    this.targets = targets;
    this.fill = new FakeFill(ctx, `${path}.fill`, targets);
    this.font = new FakeFont(ctx, `${path}.font`, targets);
  }
  protected get typeName(): string {
    return "RangeFormat";
  }
  protected get loadable(): readonly string[] {
    return ["columnWidth", "useStandardWidth", "rowHeight", "useStandardHeight"];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProps(props: string[]): Record<string, unknown> {
    const t = this.targets();
    const widths = new Set<number>();
    for (const a of t.areas)
      for (let c = a.left; c <= a.right; c++)
        widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    const out: Record<string, unknown> = {};
    // One width when every column has it, null when they differ.
    if (props.includes("columnWidth")) out.columnWidth = widths.size === 1 ? [...widths][0] : null;
    if (props.includes("useStandardWidth")) {
      let standard: boolean | null | undefined;
      for (const a of t.areas) {
        for (let c = a.left; c <= a.right; c++) {
          const here = !t.sheet.columnWidths.has(c);
          standard = standard === undefined || standard === here ? here : null;
        }
      }
      out.useStandardWidth = standard ?? true;
    }
    const heights = new Set<number>();
    const standardRows = new Set<boolean>();
    for (const a of t.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        standardRows.add(!t.sheet.rowHeights.has(r));
      }
    }
    if (props.includes("rowHeight")) out.rowHeight = heights.size === 1 ? [...heights][0] : null;
    if (props.includes("useStandardHeight"))
      out.useStandardHeight = standardRows.size === 1 ? [...standardRows][0] : null;
    return out;
  }
  get rowHeight(): number {
    return this.loaded<number>("rowHeight");
  }
  set rowHeight(v: number) {
    this.queue(
      { action: "set", rowHeight: v },
      undefined,
      () => {
        const t = this.targets();
        writable(t.sheet, "RangeFormat.rowHeight");
        if (!(v >= 0 && v <= 409)) throw officeError("InvalidArgument", "RangeFormat.rowHeight");
        for (const a of t.areas)
          for (let r = a.top; r <= a.bottom; r++) t.sheet.rowHeights.set(r, v);
      },
      "rowHeight"
    );
  }
  get useStandardHeight(): boolean {
    return this.loaded<boolean>("useStandardHeight");
  }
  set useStandardHeight(v: boolean) {
    this.queue(
      { action: "set", useStandardHeight: v },
      "1.7",
      () => {
        const t = this.targets();
        writable(t.sheet, "RangeFormat.useStandardHeight");
        if (v)
          for (const a of t.areas)
            for (let r = a.top; r <= a.bottom; r++) t.sheet.rowHeights.delete(r);
      },
      "useStandardHeight"
    );
  }
  get columnWidth(): number {
    return this.loaded<number>("columnWidth");
  }
  set columnWidth(v: number) {
    this.queue(
      { action: "set", columnWidth: v },
      undefined,
      () => {
        const t = this.targets();
        writable(t.sheet, "RangeFormat.columnWidth");
        if (!(v >= 0)) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
        for (const a of t.areas) {
          for (let c = a.left; c <= a.right; c++) {
            if (v === DEFAULT_COLUMN_WIDTH) t.sheet.columnWidths.delete(c);
            else t.sheet.columnWidths.set(c, v);
          }
        }
      },
      "columnWidth"
    );
  }
  get useStandardWidth(): boolean {
    return this.loaded<boolean>("useStandardWidth");
  }
  set useStandardWidth(v: boolean) {
    this.queue(
      { action: "set", useStandardWidth: v },
      "1.7",
      () => {
        const t = this.targets();
        writable(t.sheet, "RangeFormat.useStandardWidth");
        if (v)
          for (const a of t.areas)
            for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths.delete(c);
      },
      "useStandardWidth"
    );
  }
  get wrapText(): boolean {
    return this.loaded<boolean>("wrapText");
  }
  set wrapText(v: boolean) {
    this.queue(
      { action: "set", wrapText: v },
      undefined,
      () =>
        eachCell(
          this.targets(),
          "RangeFormat.wrapText",
          (cell) => (cell.wrap = v ? true : undefined)
        ),
      "wrapText"
    );
  }
  get horizontalAlignment(): string {
    return this.loaded<string>("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.queue(
      { action: "set", horizontalAlignment: v },
      undefined,
      () =>
        eachCell(
          this.targets(),
          "RangeFormat.horizontalAlignment",
          (cell) => (cell.hAlign = v === "General" ? undefined : v)
        ),
      "horizontalAlignment"
    );
  }
  get verticalAlignment(): string {
    return this.loaded<string>("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.queue(
      { action: "set", verticalAlignment: v },
      undefined,
      () =>
        eachCell(
          this.targets(),
          "RangeFormat.verticalAlignment",
          (cell) => (cell.vAlign = v === "Bottom" ? undefined : v)
        ),
      "verticalAlignment"
    );
  }
}

class FakeFill extends FakeObject implements XlFill {
  private readonly targets: Targets;
  constructor(ctx: FakeContext, path: string, targets: Targets) {
    super(ctx, path);
    this.targets = targets;
  }
  protected get typeName(): string {
    return "RangeFill";
  }
  protected get loadable(): readonly string[] {
    return ["color"];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProps(): Record<string, unknown> {
    // One colour when every cell has it (no fill reads as white), null when they differ.
    const t = this.targets();
    let color: string | null | undefined;
    for (const a of t.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const here = t.sheet.get(r, c)?.fill ?? "#FFFFFF";
          if (color === undefined) color = here;
          else if (color !== here) return { color: null };
        }
      }
    }
    return { color: color ?? "#FFFFFF" };
  }
  get color(): string {
    return this.loaded<string>("color");
  }
  set color(v: string) {
    if (typeof v !== "string")
      throw officeError("InvalidArgument", "RangeFill.color", "(null is not a valid color)");
    const color = normalizeColor(v);
    this.queue(
      { action: "set", color: v },
      undefined,
      () => {
        if (!color) throw officeError("InvalidArgument", "RangeFill.color", `("${v}")`);
        eachCell(this.targets(), "RangeFill.color", (cell) => (cell.fill = color));
      },
      "color"
    );
  }
  clear(): void {
    this.queue({ action: "clear" }, undefined, () =>
      eachCell(this.targets(), "RangeFill.clear", (cell) => (cell.fill = undefined))
    );
  }
}

function normalizeColor(v: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(v.trim());
  return m ? `#${m[1].toUpperCase()}` : null;
}

class FakeFont implements XlFont {
  private readonly ctx: FakeContext;
  private readonly path: string;
  private readonly targets: Targets;
  constructor(ctx: FakeContext, path: string, targets: Targets) {
    this.ctx = ctx;
    this.path = path;
    this.targets = targets;
  }
  get bold(): boolean {
    throw officeError("PropertyNotLoaded", "RangeFont.bold", "(the fake does not load fonts)");
  }
  set bold(v: boolean) {
    this.ctx.enqueue({
      wire: { path: this.path, action: "set", bold: v },
      location: "RangeFont.bold",
      run: () =>
        eachCell(this.targets(), "RangeFont.bold", (cell) => (cell.bold = v ? true : undefined)),
    });
  }
}

// --- Data validation -----------------------------------------------------------------------------------

class FakeDataValidation extends FakeObject implements XlDataValidation {
  private readonly cellTarget: () => { sheet: SheetModel; area: Area };
  constructor(ctx: FakeContext, path: string, target: () => { sheet: SheetModel; area: Area }) {
    super(ctx, path);
    this.cellTarget = target;
  }
  protected get typeName(): string {
    return "DataValidation";
  }
  protected get loadable(): readonly string[] {
    return ["type", "prompt"];
  }
  protected exists(): boolean {
    return true;
  }
  protected readProps(props: string[]): Record<string, unknown> {
    const { sheet, area } = this.cellTarget();
    const kinds = new Set<string>();
    const prompts = new Set<string>();
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const v = sheet.get(r, c)?.validation;
        kinds.add(v?.type ?? "None");
        prompts.add(JSON.stringify(v?.prompt ?? { showPrompt: true, title: "", message: "" }));
      }
    }
    const out: Record<string, unknown> = {};
    if (props.includes("type")) out.type = kinds.size === 1 ? [...kinds][0] : "Inconsistent";
    if (props.includes("prompt"))
      out.prompt = prompts.size === 1 ? JSON.parse([...prompts][0]) : null;
    return out;
  }
  get rule(): XlListRule {
    throw officeError("PropertyNotLoaded", "DataValidation.rule", "(the fake does not load rules)");
  }
  /** Only the drop-down list kind is modelled. */
  set rule(v: XlListRule) {
    const list = v.list;
    this.queue(
      { action: "set", rule: v },
      "1.8",
      () => {
        if (!list || typeof list.source !== "string" || list.source === "")
          throw officeError("InvalidArgument", "DataValidation.rule");
        const source = list.source;
        const { sheet, area } = this.cellTarget();
        eachCell({ sheet, areas: [area] }, "DataValidation.rule", (cell) => {
          cell.validation = { ...cell.validation, type: "List", list: source };
        });
      },
      "rule"
    );
  }
  get type(): string {
    return this.loaded<string>("type");
  }
  get prompt(): XlPrompt {
    return this.loaded<XlPrompt>("prompt");
  }
  /** A writable object property: it must be set whole (setting prompt.message alone does nothing in Excel). */
  set prompt(v: XlPrompt) {
    const p = { showPrompt: v.showPrompt, title: v.title, message: v.message };
    this.queue(
      { action: "set", prompt: p },
      "1.8",
      () => {
        if (
          typeof p.showPrompt !== "boolean" ||
          typeof p.title !== "string" ||
          typeof p.message !== "string"
        ) {
          throw officeError("InvalidArgument", "DataValidation.prompt");
        }
        // Excel's own limits for an input message.
        if (p.title.length > 32 || p.message.length > 255)
          throw officeError(
            "InvalidArgument",
            "DataValidation.prompt",
            "(title over 32 or message over 255 characters)"
          );
        const { sheet, area } = this.cellTarget();
        eachCell({ sheet, areas: [area] }, "DataValidation.prompt", (cell) => {
          cell.validation = {
            ...cell.validation,
            type: cell.validation?.type ?? "None",
            prompt: { ...p },
          };
        });
      },
      "prompt"
    );
  }
  clear(): void {
    this.queue({ action: "clear" }, "1.8", () => {
      const { sheet, area } = this.cellTarget();
      eachCell(
        { sheet, areas: [area] },
        "DataValidation.clear",
        (cell) => (cell.validation = undefined)
      );
    });
  }
}

// --- Notes and comments --------------------------------------------------------------------------------

type CellRef = { sheet: SheetModel; row: number; col: number };

/** A single cell from a Range proxy or an address ("A1" on a sheet's collection, "Sheet1!A1" on the workbook's). */
function singleCell(
  ctx: FakeContext,
  cellAddress: XlRange | string,
  scope: FakeWorksheet | null,
  where: string,
  badCode: string
): CellRef {
  if (cellAddress instanceof FakeRange) {
    const { sheet, area } = cellAddress.target();
    if (area.top !== area.bottom || area.left !== area.right)
      throw officeError(badCode, where, "(not a single cell)");
    return { sheet, row: area.top, col: area.left };
  }
  if (typeof cellAddress !== "string") throw officeError("InvalidArgument", where);
  const bang = cellAddress.lastIndexOf("!");
  let sheet: SheetModel | undefined;
  if (bang >= 0) {
    const name = cellAddress
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    sheet = ctx.model.find(name);
  } else sheet = scope?.resolve();
  const a = parseArea(cellAddress.slice(bang + 1));
  if (!sheet || !a || a.top !== a.bottom || a.left !== a.right)
    throw officeError(badCode, where, `("${cellAddress}")`);
  return { sheet, row: a.top, col: a.left };
}

const ordered = new WeakMap<SheetModel, Map<string, { version: number; refs: CellRef[] }>>();

/** Cells of a sheet (or of every sheet) that hold a note or a comment, in order; cached per sheet version. */
function orderedCells(
  ctx: FakeContext,
  scope: FakeWorksheet | null,
  field: "note" | "comment"
): CellRef[] {
  const sheets = scope ? [scope.resolve()] : ctx.model.sheets;
  const out: CellRef[] = [];
  for (const sheet of sheets) {
    const bySheet = ordered.get(sheet) ?? new Map<string, { version: number; refs: CellRef[] }>();
    ordered.set(sheet, bySheet);
    let hit = bySheet.get(field);
    if (hit?.version !== sheet.version) {
      const refs: CellRef[] = [];
      for (const { row, col, cell } of sheet.sortedCells())
        if (cell[field] !== undefined) refs.push({ sheet, row, col });
      hit = { version: sheet.version, refs };
      bySheet.set(field, hit);
    }
    if (sheets.length === 1) return hit.refs;
    for (const r of hit.refs) out.push(r);
  }
  return out;
}

abstract class FakeCellThing extends FakeObject {
  /** Where it is (resolved at sync); null for a missing "OrNullObject" item. */
  protected abstract locate(): CellRef | null;
  protected abstract get field(): "note" | "comment";
  protected abstract get requires(): string;

  protected get loadable(): readonly string[] {
    return ["content"];
  }
  protected exists(): boolean {
    return this.locate() !== null;
  }
  protected here(): CellRef {
    const at = this.locate();
    if (!at) throw officeError("ItemNotFound", this.path, "(null object)");
    return at;
  }
  protected readProps(): Record<string, unknown> {
    const { sheet, row, col } = this.here();
    return { content: sheet.get(row, col)?.[this.field] ?? null };
  }
  get content(): string {
    return this.loaded<string>("content");
  }
  set content(v: string) {
    this.queue(
      { action: "set", content: v },
      this.requires,
      () => {
        const { sheet, row, col } = this.here();
        writable(sheet, `${this.typeName}.content`);
        sheet.edit(row, col, (cell) => (cell[this.field] = v));
      },
      "content"
    );
  }
  delete(): void {
    this.queue({ action: "delete" }, this.requires, () => {
      const { sheet, row, col } = this.here();
      writable(sheet, `${this.typeName}.delete`);
      sheet.edit(row, col, (cell) => (cell[this.field] = undefined));
    });
  }
  getLocation(): FakeRange {
    let bound: CellRef | undefined;
    const fix = (): CellRef => (bound ??= this.here());
    const ws = FakeWorksheet.lazy(this.ctx, () => fix().sheet);
    return new FakeRange(
      this.ctx,
      `${this.path}.getLocation()`,
      ws,
      () => {
        const { row, col } = fix();
        return { top: row, left: col, bottom: row, right: col };
      },
      this.requires
    );
  }
}

class FakeNote extends FakeCellThing implements XlNote {
  private readonly find: () => CellRef | null;
  constructor(ctx: FakeContext, path: string, find: () => CellRef | null, orNull: boolean) {
    super(ctx, path);
    this.find = find;
    if (orNull) this.registerNullCheck("1.18");
  }
  protected get typeName(): string {
    return "Note";
  }
  protected get field(): "note" {
    return "note";
  }
  protected get requires(): string {
    return "1.18";
  }
  protected locate(): CellRef | null {
    return this.find();
  }
}

class FakeComment extends FakeCellThing implements XlComment {
  private readonly find: () => CellRef | null;
  constructor(ctx: FakeContext, path: string, find: () => CellRef | null) {
    super(ctx, path);
    this.find = find;
  }
  protected get typeName(): string {
    return "Comment";
  }
  protected get field(): "comment" {
    return "comment";
  }
  protected get requires(): string {
    return "1.10";
  }
  protected locate(): CellRef | null {
    return this.find();
  }
}

class FakeNoteCollection implements XlNoteCollection {
  private readonly ctx: FakeContext;
  private readonly path: string;
  private readonly scope: FakeWorksheet | null;
  constructor(ctx: FakeContext, path: string, scope: FakeWorksheet | null) {
    this.ctx = ctx;
    this.path = path;
    this.scope = scope;
  }

  add(cellAddress: XlRange | string, content: string): FakeNote {
    let at: CellRef | undefined;
    this.ctx.enqueue({
      wire: {
        path: this.path,
        action: "add",
        cell: typeof cellAddress === "string" ? cellAddress : "(range)",
        content,
      },
      location: "NoteCollection.add",
      requires: "1.18",
      run: () => {
        const ref = singleCell(
          this.ctx,
          cellAddress,
          this.scope,
          "NoteCollection.add",
          "InvalidCellAddress"
        );
        writable(ref.sheet, "NoteCollection.add");
        if (ref.sheet.get(ref.row, ref.col)?.note !== undefined)
          throw officeError(
            "InvalidOperation",
            "NoteCollection.add",
            "(the cell already has a note)"
          );
        ref.sheet.edit(ref.row, ref.col, (cell) => (cell.note = content));
        at = ref;
      },
    });
    return new FakeNote(this.ctx, `${this.path}.add(...)`, () => at ?? null, false);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("NoteCollection.getCount");
    this.ctx.enqueue({
      wire: { path: this.path, action: "getCount" },
      location: "NoteCollection.getCount",
      requires: "1.18",
      run: () => {
        const n = orderedCells(this.ctx, this.scope, "note").length;
        return { response: n, commit: () => result.set(n) };
      },
    });
    return result;
  }

  getItemAt(index: number): FakeNote {
    let fixed: CellRef | undefined;
    return new FakeNote(
      this.ctx,
      `${this.path}.getItemAt(${index})`,
      () => {
        if (fixed) return fixed;
        const all = orderedCells(this.ctx, this.scope, "note");
        if (index < 0 || index >= all.length)
          throw officeError("ItemNotFound", "NoteCollection.getItemAt", `(${index})`);
        return (fixed = all[index]);
      },
      false
    );
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        const ref = singleCell(
          this.ctx,
          key,
          this.scope,
          "NoteCollection.getItemOrNullObject",
          "InvalidArgument"
        );
        return ref.sheet.get(ref.row, ref.col)?.note !== undefined ? ref : null;
      },
      true
    );
  }
}

class FakeCommentCollection implements XlCommentCollection {
  private readonly ctx: FakeContext;
  private readonly path: string;
  private readonly scope: FakeWorksheet | null;
  constructor(ctx: FakeContext, path: string, scope: FakeWorksheet | null) {
    this.ctx = ctx;
    this.path = path;
    this.scope = scope;
  }

  add(cellAddress: XlRange | string, content: string): FakeComment {
    let at: CellRef | undefined;
    this.ctx.enqueue({
      wire: {
        path: this.path,
        action: "add",
        cell: typeof cellAddress === "string" ? cellAddress : "(range)",
        content,
      },
      location: "CommentCollection.add",
      requires: "1.10",
      run: () => {
        // A string address must name the sheet, even on a worksheet's collection.
        if (typeof cellAddress === "string" && !cellAddress.includes("!"))
          throw officeError(
            "InvalidArgument",
            "CommentCollection.add",
            "(the address must include the sheet)"
          );
        const ref = singleCell(
          this.ctx,
          cellAddress,
          this.scope,
          "CommentCollection.add",
          "InvalidArgument"
        );
        writable(ref.sheet, "CommentCollection.add");
        if (ref.sheet.get(ref.row, ref.col)?.comment !== undefined)
          throw officeError(
            "InvalidOperation",
            "CommentCollection.add",
            "(the cell already has a comment)"
          );
        ref.sheet.edit(ref.row, ref.col, (cell) => (cell.comment = content));
        at = ref;
      },
    });
    return new FakeComment(this.ctx, `${this.path}.add(...)`, () => at ?? null);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("CommentCollection.getCount");
    this.ctx.enqueue({
      wire: { path: this.path, action: "getCount" },
      location: "CommentCollection.getCount",
      requires: "1.10",
      run: () => {
        const n = orderedCells(this.ctx, this.scope, "comment").length;
        return { response: n, commit: () => result.set(n) };
      },
    });
    return result;
  }

  getItemAt(index: number): FakeComment {
    let fixed: CellRef | undefined;
    return new FakeComment(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      if (fixed) return fixed;
      const all = orderedCells(this.ctx, this.scope, "comment");
      if (index < 0 || index >= all.length)
        throw officeError("ItemNotFound", "CommentCollection.getItemAt", `(${index})`);
      return (fixed = all[index]);
    });
  }
}

// --- Charts --------------------------------------------------------------------------------------------

class FakeChartCollection implements XlChartCollection {
  private readonly ctx: FakeContext;
  private readonly path: string;
  private readonly sheetOf: FakeWorksheet;
  constructor(ctx: FakeContext, path: string, sheet: FakeWorksheet) {
    this.ctx = ctx;
    this.path = path;
    this.sheetOf = sheet;
  }
  add(type: "ColumnClustered", sourceData: XlRange, seriesBy: "Columns"): XlChart {
    const chart = { type, source: "", title: "" };
    const title = { text: "" };
    this.ctx.enqueue({
      wire: { path: this.path, action: "add", type, seriesBy },
      location: "ChartCollection.add",
      run: () => {
        if (!(sourceData instanceof FakeRange))
          throw officeError("InvalidArgument", "ChartCollection.add");
        const sheet = this.sheetOf.resolve();
        writable(sheet, "ChartCollection.add");
        const { sheet: src, area } = sourceData.target();
        chart.source = qualified(src.name, area);
        sheet.charts.push(chart);
      },
    });
    const ctx = this.ctx;
    const path = this.path;
    return {
      title: {
        get text(): string {
          throw officeError("PropertyNotLoaded", "ChartTitle.text");
        },
        set text(v: string) {
          ctx.enqueue({
            wire: { path: `${path}.add().title`, action: "set", text: v },
            location: "ChartTitle.text",
            run: () => void (chart.title = title.text = v),
          });
        },
      },
    };
  }
}
