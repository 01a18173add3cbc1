"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.areaRef = exports.ExcelFake = exports.OP_FRAMING_BYTES = exports.FakeOfficeError = void 0;
exports.officeError = officeError;
const excel_model_1 = require("./excel-model");
Object.defineProperty(exports, "areaRef", {
  enumerable: true,
  get: function () {
    return excel_model_1.areaRef;
  },
});
// ---------------------------------------------------------------------------------------------------------
// Errors shaped like OfficeExtension.Error
class FakeOfficeError extends Error {
  constructor(code, message, errorLocation) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}
exports.FakeOfficeError = FakeOfficeError;
const MESSAGES = {
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
function officeError(code, location, detail) {
  const base = MESSAGES[code] ?? code;
  return new FakeOfficeError(code, detail ? `${base} ${detail}` : base, location);
}
function versionLE(a, b) {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && (a2 ?? 0) <= (b2 ?? 0));
}
/**
 * Office's wire format frames each action (ids, action type, object path entries) in more JSON than the fake's
 * compact record of it; about this much a queued operation is added to the measured request.
 */
exports.OP_FRAMING_BYTES = 100;
const encoder = new TextEncoder();
function bytes(x) {
  return encoder.encode(JSON.stringify(x) ?? "null").length;
}
class ExcelFake {
  constructor(model = new excel_model_1.WorkbookModel(), options = {}) {
    /** While true, Excel refuses every request as a cell is being edited. */
    this.editMode = false;
    this.syncs = [];
    /** Operations left queued when a batch ended (flushed by an implicit sync). A correct adapter leaves none. */
    this.unsyncedAtEnd = 0;
    this.runs = 0;
    this.hooks = new Map();
    /** Excel.run */
    this.run = async (batch) => {
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
    this.isSetSupported = (name, minVersion) =>
      name === "ExcelApi" && versionLE(minVersion ?? "1.1", this.apiVersion);
    this.model = model;
    this.apiVersion = options.apiVersion ?? "1.18";
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
  }
  supports(set) {
    return versionLE(set, this.apiVersion);
  }
  /** Do something "as the user" just before the given sync (1-based, counted over the fake's life). */
  beforeSync(index, action) {
    const list = this.hooks.get(index) ?? [];
    list.push(action);
    this.hooks.set(index, list);
  }
  /** The user deletes a sheet just before the given sync. */
  removeSheetBeforeSync(index, name) {
    this.beforeSync(index, (m) => m.removeSheet(name));
  }
  get syncCount() {
    return this.syncs.length;
  }
  get maxRequestBytes() {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }
  get maxResponseBytes() {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }
  get maxPayloadBytes() {
    return Math.max(this.maxRequestBytes, this.maxResponseBytes);
  }
  /** Forget the sync records (e.g. between the read and the apply of a test). */
  resetCounters() {
    this.syncs.length = 0;
    this.unsyncedAtEnd = 0;
    this.hooks.clear();
  }
  /** Run the hooks for this sync index, then execute the queue. */
  async execute(ops, implicit) {
    var _a;
    const index = this.syncs.length + 1;
    for (const hook of this.hooks.get(index) ?? []) hook(this.model);
    const record = {
      index,
      requestBytes: bytes(ops.map((o) => o.wire)) + exports.OP_FRAMING_BYTES * ops.length,
      responseBytes: 0,
      operations: ops.length,
    };
    if (implicit) record.implicit = true;
    this.syncs.push(record);
    await Promise.resolve(); // a sync is always asynchronous
    const fail = (e) => {
      record.error = e.code;
      throw e;
    };
    if (this.editMode) fail(officeError("InvalidOperationInCellEditMode"));
    if (record.requestBytes > this.payloadLimit) {
      fail(
        officeError("RequestPayloadSizeLimitExceeded", undefined, `(${record.requestBytes} bytes)`)
      );
    }
    const response = [];
    const commits = [];
    for (const op of ops) {
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
          (_a = e.debugInfo).errorLocation ?? (_a.errorLocation = op.location);
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
exports.ExcelFake = ExcelFake;
class FakeContext {
  constructor(fake) {
    this.queue = [];
    this.closed = false;
    this.fake = fake;
    this.workbook = new FakeWorkbook(this);
  }
  get model() {
    return this.fake.model;
  }
  enqueue(op) {
    if (this.closed) throw officeError("InvalidRequestContext", op.location);
    this.queue.push(op);
  }
  pending() {
    return this.queue.length;
  }
  sync() {
    return this.flush(false).then(() => undefined);
  }
  flush(implicit) {
    if (this.closed)
      return Promise.reject(officeError("InvalidRequestContext", "RequestContext.sync"));
    const ops = this.queue;
    this.queue = [];
    return this.fake.execute(ops, implicit);
  }
  close() {
    this.closed = true;
  }
}
// ---------------------------------------------------------------------------------------------------------
// Proxy objects
class FakeObject {
  constructor(ctx, path) {
    this.loadedValues = new Map();
    this.ctx = ctx;
    this.path = path;
  }
  /** Internal to the fake: take values loaded through a parent collection. */
  acceptLoaded(values) {
    for (const [k, v] of Object.entries(values)) this.loadedValues.set(k, v);
    this.nullState = false;
  }
  /** Internal to the fake: read properties from the model now (inside a sync). */
  readNow(props) {
    for (const p of props) {
      if (!this.loadable.includes(p))
        throw officeError("InvalidArgument", `${this.typeName}.load`, `(unknown property "${p}")`);
    }
    return this.readProps(props);
  }
  loaded(prop) {
    if (!this.loadedValues.has(prop)) {
      throw officeError(
        "PropertyNotLoaded",
        `${this.typeName}.${prop}`,
        `(${this.typeName}.${prop})`
      );
    }
    return this.loadedValues.get(prop);
  }
  get isNullObject() {
    if (this.nullState === undefined)
      throw officeError("PropertyNotLoaded", `${this.typeName}.isNullObject`);
    return this.nullState;
  }
  /** *OrNullObject proxies learn whether they exist at the next sync. */
  registerNullCheck(requires) {
    this.queue({ action: "nullCheck" }, requires, () => {
      const exists = this.exists();
      return { response: { isNull: !exists }, commit: () => (this.nullState = !exists) };
    });
  }
  load(propertyNames) {
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
      const values = exists
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
  queue(wire, requires, run, action) {
    this.ctx.enqueue({
      wire: { path: this.path, ...wire },
      location: `${this.typeName}.${action ?? String(wire.action ?? "")}`,
      requires,
      run,
    });
  }
}
class FakeClientResult {
  constructor(where) {
    this.has = false;
    this.where = where;
  }
  get value() {
    if (!this.has)
      throw officeError("PropertyNotLoaded", this.where, "(ClientResult.value before sync)");
    return this.v;
  }
  set(v) {
    this.v = v;
    this.has = true;
  }
}
/** Throw unless the sheet is still in the workbook. */
function alive(ctx, sheet, where) {
  if (!ctx.model.sheets.includes(sheet))
    throw officeError("ItemNotFound", where, `(sheet "${sheet.name}" no longer exists)`);
  return sheet;
}
function writable(sheet, where) {
  if (sheet.protected)
    throw officeError("AccessDenied", where, `(sheet "${sheet.name}" is protected)`);
}
// --- Workbook ------------------------------------------------------------------------------------------
class FakeWorkbook {
  constructor(ctx) {
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
class FakeProtection extends FakeObject {
  constructor(ctx, path, read, requires) {
    super(ctx, path);
    this.read = read;
    this.requires = requires;
  }
  get typeName() {
    return "Protection";
  }
  get loadable() {
    return ["protected"];
  }
  exists() {
    return this.read() !== null;
  }
  readProps() {
    if (this.requires && !this.ctx.fake.supports(this.requires))
      throw officeError("ApiNotFound", this.path);
    return { protected: this.read()?.isProtected ?? null };
  }
  get protected() {
    return this.loaded("protected");
  }
}
// --- Worksheets ----------------------------------------------------------------------------------------
class FakeWorksheetCollection extends FakeObject {
  constructor(ctx) {
    super(ctx, "workbook.worksheets");
  }
  get typeName() {
    return "WorksheetCollection";
  }
  get loadable() {
    return [];
  }
  exists() {
    return true;
  }
  readProps() {
    return {};
  }
  get items() {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "WorksheetCollection.items");
    return this.itemList;
  }
  /** Only "items/<prop>" paths make sense on a collection. */
  load(propertyNames) {
    const props = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map(
      (p) => p.trim()
    );
    const itemProps = [];
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
  getItem(key) {
    return FakeWorksheet.byName(this.ctx, key, false);
  }
  getItemOrNullObject(key) {
    return FakeWorksheet.byName(this.ctx, key, true);
  }
  add(name) {
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
const SHEET_PROPS = ["name", "position", "visibility"];
class FakeWorksheet extends FakeObject {
  constructor(ctx, path, how) {
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
      freezeRows: (count) =>
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
  static bound(ctx, sheet) {
    return new FakeWorksheet(ctx, `worksheets[${JSON.stringify(sheet.name)}]`, {
      kind: "bound",
      sheet,
    });
  }
  static byName(ctx, name, orNull) {
    return new FakeWorksheet(
      ctx,
      `worksheets.getItem${orNull ? "OrNullObject" : ""}(${JSON.stringify(name)})`,
      { kind: "name", name, orNull }
    );
  }
  static added(ctx, name) {
    return new FakeWorksheet(ctx, `worksheets.add(${JSON.stringify(name)})`, {
      kind: "added",
      name,
    });
  }
  static lazy(ctx, find) {
    return new FakeWorksheet(ctx, "location.worksheet", { kind: "lazy", find });
  }
  /** Internal: the sheet that add() created. */
  bindAdded(sheet) {
    if (this.how.kind === "added") this.how.sheet = sheet;
  }
  get typeName() {
    return "Worksheet";
  }
  get loadable() {
    return SHEET_PROPS;
  }
  /** The sheet, or null for a missing "OrNullObject" sheet; throws ItemNotFound otherwise. */
  resolveOrNull() {
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
  resolve() {
    const s = this.resolveOrNull();
    if (!s) throw officeError("ItemNotFound", "Worksheet", "(null object)");
    return s;
  }
  exists() {
    return this.resolveOrNull() !== null;
  }
  readProps(props) {
    const s = this.resolve();
    const out = {};
    for (const p of props) {
      if (p === "name") out.name = s.name;
      else if (p === "position") out.position = this.ctx.model.sheets.indexOf(s);
      else if (p === "visibility") out.visibility = s.visibility;
    }
    return out;
  }
  get name() {
    return this.loaded("name");
  }
  set name(v) {
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
  get position() {
    return this.loaded("position");
  }
  set position(v) {
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
  get visibility() {
    return this.loaded("visibility");
  }
  set visibility(v) {
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
        s.visibility = v;
      },
      "visibility"
    );
  }
  delete() {
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
  getRange(address) {
    return FakeRange.of(this.ctx, `${this.path}.getRange(${JSON.stringify(address)})`, this, () => {
      if (address.length > 8192)
        throw officeError(
          "InvalidArgument",
          "Worksheet.getRange",
          "(address over 8192 characters)"
        );
      const a = (0, excel_model_1.parseArea)(address);
      if (!a) throw officeError("InvalidArgument", "Worksheet.getRange", `("${address}")`);
      return a;
    });
  }
  getRangeByIndexes(startRow, startColumn, rowCount, columnCount) {
    return FakeRange.of(
      this.ctx,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      this,
      () =>
        checkedArea(startRow, startColumn, rowCount, columnCount, "Worksheet.getRangeByIndexes"),
      "1.7"
    );
  }
  getRanges(address) {
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
        const areas = address.split(/[,;]/).map((p) => (0, excel_model_1.parseArea)(p));
        if (areas.some((a) => a === null))
          throw officeError("InvalidArgument", "Worksheet.getRanges", `("${address}")`);
        return { sheet: this.resolve(), areas: areas };
      }
    );
  }
  getUsedRange(valuesOnly) {
    return FakeRange.of(
      this.ctx,
      `${this.path}.getUsedRange(${valuesOnly})`,
      this,
      () => this.resolve().usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      valuesOnly ? "1.2" : undefined
    );
  }
}
function checkedArea(row, col, rows, cols, where) {
  if (!(
    rows >= 1 &&
    cols >= 1 &&
    row >= 0 &&
    col >= 0 &&
    row + rows <= excel_model_1.MAX_ROWS &&
    col + cols <= excel_model_1.MAX_COLS
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
];
const MAX_READ_CELLS = 5000000;
function cellsOf(a) {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}
function readCell(sheet, r, c) {
  return sheet.get(r, c);
}
/** The value Excel returns for `values`. */
function valueOf(cell) {
  return cell ? cell.value : "";
}
function matrix(a, f) {
  const out = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row = [];
    for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}
class FakeRange extends FakeObject {
  constructor(ctx, path, sheet, area, requires) {
    super(ctx, path);
    this.sheetOf = sheet;
    this.areaOf = area;
    this.requires = requires;
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.targets());
    this.dataValidation = new FakeDataValidation(ctx, `${path}.dataValidation`, () =>
      this.target()
    );
  }
  static of(ctx, path, sheet, area, requires) {
    return new FakeRange(ctx, path, sheet, area, requires);
  }
  get typeName() {
    return "Range";
  }
  get loadable() {
    return RANGE_PROPS;
  }
  /** Sheet and area, or null for a null object; throws for a missing sheet or a bad address. */
  targetOrNull() {
    if (this.requires && !this.ctx.fake.supports(this.requires))
      throw officeError("ApiNotFound", this.path, `(needs ExcelApi ${this.requires})`);
    const sheet = this.sheetOf.resolve();
    const area = this.areaOf();
    return area ? { sheet, area } : null;
  }
  target() {
    const t = this.targetOrNull();
    if (!t) throw officeError("ItemNotFound", this.path, "(null object)");
    return t;
  }
  targets() {
    const t = this.target();
    return { sheet: t.sheet, areas: [t.area] };
  }
  exists() {
    return this.targetOrNull() !== null;
  }
  readProps(props) {
    const { sheet, area } = this.target();
    const out = {};
    for (const p of props) {
      if (
        (p === "values" || p === "numberFormat" || p === "formulas") &&
        cellsOf(area) > MAX_READ_CELLS
      ) {
        throw officeError("RangeExceedsLimit", `Range.${p}`);
      }
      switch (p) {
        case "address":
          out.address = (0, excel_model_1.qualified)(sheet.name, area);
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
          out.numberFormat = matrix(
            area,
            (r, c) => readCell(sheet, r, c)?.numberFormat ?? excel_model_1.GENERAL
          );
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
  get address() {
    return this.loaded("address");
  }
  get rowIndex() {
    return this.loaded("rowIndex");
  }
  get columnIndex() {
    return this.loaded("columnIndex");
  }
  get rowCount() {
    return this.loaded("rowCount");
  }
  get columnCount() {
    return this.loaded("columnCount");
  }
  /** Queue a 2-D write: the array must match the range; null leaves a cell as it is. */
  write2d(prop, input, apply) {
    this.queue(
      { action: "set", [prop]: input },
      undefined,
      () => {
        const { sheet, area } = this.target();
        writable(sheet, `Range.${prop}`);
        const rows = area.bottom - area.top + 1;
        const cols = area.right - area.left + 1;
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
  get values() {
    return this.loaded("values");
  }
  set values(v) {
    this.write2d("values", v, (cell, x) => {
      if (typeof x !== "string" && typeof x !== "number" && typeof x !== "boolean")
        throw officeError("InvalidArgument", "Range.values");
      (0, excel_model_1.enterValue)(cell, x);
    });
  }
  get numberFormat() {
    return this.loaded("numberFormat");
  }
  set numberFormat(v) {
    this.write2d("numberFormat", v, (cell, x) => {
      if (typeof x !== "string") throw officeError("InvalidArgument", "Range.numberFormat");
      cell.numberFormat = x === "" ? excel_model_1.GENERAL : x;
    });
  }
  get formulas() {
    return this.loaded("formulas");
  }
  set formulas(v) {
    this.write2d("formulas", v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
        cell.formula = x;
        cell.value = 0; // the fake does not calculate
      } else if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") {
        (0, excel_model_1.enterValue)(cell, x);
      } else throw officeError("InvalidArgument", "Range.formulas");
    });
  }
  get hyperlink() {
    throw officeError(
      "PropertyNotLoaded",
      "Range.hyperlink",
      "(the fake does not load hyperlinks)"
    );
  }
  set hyperlink(v) {
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
  clear(applyTo) {
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
              cell.numberFormat = excel_model_1.GENERAL;
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
  getAbsoluteResizedRange(numRows, numColumns) {
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
  getIntersection(anotherRange) {
    return new FakeRange(this.ctx, `${this.path}.getIntersection(...)`, this.sheetOf, () => {
      const { area } = this.target();
      let other;
      if (typeof anotherRange === "string") other = (0, excel_model_1.parseArea)(anotherRange);
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
  getCellProperties(options) {
    const result = new FakeClientResult("Range.getCellProperties");
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
  getMergedAreasOrNullObject() {
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
  getOffsetRange(rowOffset, columnOffset) {
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
  getSpecialCellsOrNullObject(cellType, cellValueType) {
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)}${cellValueType ? `,${JSON.stringify(cellValueType)}` : ""})`,
      "1.9",
      true,
      () => {
        const { sheet, area } = this.target();
        const pick = (cell) => {
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
function cellAreas(sheet, area, pick) {
  const runs = [];
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
class FakeRangeAreas extends FakeObject {
  constructor(ctx, path, requires, orNull, resolve) {
    super(ctx, path);
    this.requires = requires;
    this.orNull = orNull;
    this.resolveAreas = resolve;
    this.areas = new FakeRangeCollection(ctx, `${path}.areas`, () => this.targets());
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.targets());
    if (orNull) this.registerNullCheck(requires);
  }
  get typeName() {
    return "RangeAreas";
  }
  get loadable() {
    return ["address"];
  }
  targetsOrNull() {
    if (!this.ctx.fake.supports(this.requires))
      throw officeError("ApiNotFound", this.path, `(needs ExcelApi ${this.requires})`);
    const t = this.resolveAreas();
    if (!t && !this.orNull) throw officeError("ItemNotFound", this.path);
    return t;
  }
  targets() {
    const t = this.targetsOrNull();
    // Navigating from a null object is refused: check isNullObject first.
    if (!t) throw officeError("InvalidObjectPath", this.path, "(null object)");
    return t;
  }
  exists() {
    return this.targetsOrNull() !== null;
  }
  readProps() {
    const { sheet, areas } = this.targets();
    return { address: areas.map((a) => (0, excel_model_1.qualified)(sheet.name, a)).join(",") };
  }
  get address() {
    return this.loaded("address");
  }
}
class FakeRangeCollection extends FakeObject {
  constructor(ctx, path, resolve) {
    super(ctx, path);
    this.resolveAll = resolve;
  }
  get typeName() {
    return "RangeCollection";
  }
  get loadable() {
    return [];
  }
  exists() {
    return true;
  }
  readProps() {
    return {};
  }
  get items() {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "RangeCollection.items");
    return this.itemList;
  }
  load(propertyNames) {
    const props = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map(
      (p) => p.trim()
    );
    const itemProps = props.map((p) => {
      const m = /^items\/(\w+)$/.exec(p);
      if (!m || !RANGE_PROPS.includes(m[1]))
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
function eachCell(t, where, f) {
  writable(t.sheet, where);
  for (const a of t.areas) {
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) t.sheet.edit(r, c, f);
  }
}
class FakeRangeFormat extends FakeObject {
  constructor(ctx, path, targets) {
    super(ctx, path);
    this.targets = targets;
    this.fill = new FakeFill(ctx, `${path}.fill`, targets);
    this.font = new FakeFont(ctx, `${path}.font`, targets);
  }
  get typeName() {
    return "RangeFormat";
  }
  get loadable() {
    return ["columnWidth", "useStandardWidth", "rowHeight", "useStandardHeight"];
  }
  exists() {
    return true;
  }
  readProps(props) {
    const t = this.targets();
    const widths = new Set();
    for (const a of t.areas)
      for (let c = a.left; c <= a.right; c++)
        widths.add(t.sheet.columnWidths.get(c) ?? excel_model_1.DEFAULT_COLUMN_WIDTH);
    const out = {};
    // One width when every column has it, null when they differ.
    if (props.includes("columnWidth")) out.columnWidth = widths.size === 1 ? [...widths][0] : null;
    if (props.includes("useStandardWidth")) {
      let standard;
      for (const a of t.areas) {
        for (let c = a.left; c <= a.right; c++) {
          const here = !t.sheet.columnWidths.has(c);
          standard = standard === undefined || standard === here ? here : null;
        }
      }
      out.useStandardWidth = standard ?? true;
    }
    const heights = new Set();
    const standardRows = new Set();
    for (const a of t.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        heights.add(t.sheet.rowHeights.get(r) ?? excel_model_1.DEFAULT_ROW_HEIGHT);
        standardRows.add(!t.sheet.rowHeights.has(r));
      }
    }
    if (props.includes("rowHeight")) out.rowHeight = heights.size === 1 ? [...heights][0] : null;
    if (props.includes("useStandardHeight"))
      out.useStandardHeight = standardRows.size === 1 ? [...standardRows][0] : null;
    return out;
  }
  get rowHeight() {
    return this.loaded("rowHeight");
  }
  set rowHeight(v) {
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
  get useStandardHeight() {
    return this.loaded("useStandardHeight");
  }
  set useStandardHeight(v) {
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
  get columnWidth() {
    return this.loaded("columnWidth");
  }
  set columnWidth(v) {
    this.queue(
      { action: "set", columnWidth: v },
      undefined,
      () => {
        const t = this.targets();
        writable(t.sheet, "RangeFormat.columnWidth");
        if (!(v >= 0)) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
        for (const a of t.areas) {
          for (let c = a.left; c <= a.right; c++) {
            if (v === excel_model_1.DEFAULT_COLUMN_WIDTH) t.sheet.columnWidths.delete(c);
            else t.sheet.columnWidths.set(c, v);
          }
        }
      },
      "columnWidth"
    );
  }
  get useStandardWidth() {
    return this.loaded("useStandardWidth");
  }
  set useStandardWidth(v) {
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
  get wrapText() {
    return this.loaded("wrapText");
  }
  set wrapText(v) {
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
  get horizontalAlignment() {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(v) {
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
  get verticalAlignment() {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(v) {
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
class FakeFill extends FakeObject {
  constructor(ctx, path, targets) {
    super(ctx, path);
    this.targets = targets;
  }
  get typeName() {
    return "RangeFill";
  }
  get loadable() {
    return ["color"];
  }
  exists() {
    return true;
  }
  readProps() {
    // One colour when every cell has it (no fill reads as white), null when they differ.
    const t = this.targets();
    let color;
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
  get color() {
    return this.loaded("color");
  }
  set color(v) {
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
  clear() {
    this.queue({ action: "clear" }, undefined, () =>
      eachCell(this.targets(), "RangeFill.clear", (cell) => (cell.fill = undefined))
    );
  }
}
function normalizeColor(v) {
  const m = /^#?([0-9a-f]{6})$/i.exec(v.trim());
  return m ? `#${m[1].toUpperCase()}` : null;
}
class FakeFont {
  constructor(ctx, path, targets) {
    this.ctx = ctx;
    this.path = path;
    this.targets = targets;
  }
  get bold() {
    throw officeError("PropertyNotLoaded", "RangeFont.bold", "(the fake does not load fonts)");
  }
  set bold(v) {
    this.ctx.enqueue({
      wire: { path: this.path, action: "set", bold: v },
      location: "RangeFont.bold",
      run: () =>
        eachCell(this.targets(), "RangeFont.bold", (cell) => (cell.bold = v ? true : undefined)),
    });
  }
}
// --- Data validation -----------------------------------------------------------------------------------
class FakeDataValidation extends FakeObject {
  constructor(ctx, path, target) {
    super(ctx, path);
    this.cellTarget = target;
  }
  get typeName() {
    return "DataValidation";
  }
  get loadable() {
    return ["type", "prompt"];
  }
  exists() {
    return true;
  }
  readProps(props) {
    const { sheet, area } = this.cellTarget();
    const kinds = new Set();
    const prompts = new Set();
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const v = sheet.get(r, c)?.validation;
        kinds.add(v?.type ?? "None");
        prompts.add(JSON.stringify(v?.prompt ?? { showPrompt: true, title: "", message: "" }));
      }
    }
    const out = {};
    if (props.includes("type")) out.type = kinds.size === 1 ? [...kinds][0] : "Inconsistent";
    if (props.includes("prompt"))
      out.prompt = prompts.size === 1 ? JSON.parse([...prompts][0]) : null;
    return out;
  }
  get rule() {
    throw officeError("PropertyNotLoaded", "DataValidation.rule", "(the fake does not load rules)");
  }
  /** Only the drop-down list kind is modelled. */
  set rule(v) {
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
  get type() {
    return this.loaded("type");
  }
  get prompt() {
    return this.loaded("prompt");
  }
  /** A writable object property: it must be set whole (setting prompt.message alone does nothing in Excel). */
  set prompt(v) {
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
  clear() {
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
/** A single cell from a Range proxy or an address ("A1" on a sheet's collection, "Sheet1!A1" on the workbook's). */
function singleCell(ctx, cellAddress, scope, where, badCode) {
  if (cellAddress instanceof FakeRange) {
    const { sheet, area } = cellAddress.target();
    if (area.top !== area.bottom || area.left !== area.right)
      throw officeError(badCode, where, "(not a single cell)");
    return { sheet, row: area.top, col: area.left };
  }
  if (typeof cellAddress !== "string") throw officeError("InvalidArgument", where);
  const bang = cellAddress.lastIndexOf("!");
  let sheet;
  if (bang >= 0) {
    const name = cellAddress
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    sheet = ctx.model.find(name);
  } else sheet = scope?.resolve();
  const a = (0, excel_model_1.parseArea)(cellAddress.slice(bang + 1));
  if (!sheet || !a || a.top !== a.bottom || a.left !== a.right)
    throw officeError(badCode, where, `("${cellAddress}")`);
  return { sheet, row: a.top, col: a.left };
}
function orderedCells(ctx, scope, has) {
  const sheets = scope ? [scope.resolve()] : ctx.model.sheets;
  const out = [];
  for (const sheet of sheets)
    for (const { row, col, cell } of sheet.sortedCells())
      if (has(cell)) out.push({ sheet, row, col });
  return out;
}
class FakeCellThing extends FakeObject {
  get loadable() {
    return ["content"];
  }
  exists() {
    return this.locate() !== null;
  }
  here() {
    const at = this.locate();
    if (!at) throw officeError("ItemNotFound", this.path, "(null object)");
    return at;
  }
  readProps() {
    const { sheet, row, col } = this.here();
    return { content: sheet.get(row, col)?.[this.field] ?? null };
  }
  get content() {
    return this.loaded("content");
  }
  set content(v) {
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
  delete() {
    this.queue({ action: "delete" }, this.requires, () => {
      const { sheet, row, col } = this.here();
      writable(sheet, `${this.typeName}.delete`);
      sheet.edit(row, col, (cell) => (cell[this.field] = undefined));
    });
  }
  getLocation() {
    let bound;
    const fix = () => bound ?? (bound = this.here());
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
class FakeNote extends FakeCellThing {
  constructor(ctx, path, find, orNull) {
    super(ctx, path);
    this.find = find;
    if (orNull) this.registerNullCheck("1.18");
  }
  get typeName() {
    return "Note";
  }
  get field() {
    return "note";
  }
  get requires() {
    return "1.18";
  }
  locate() {
    return this.find();
  }
}
class FakeComment extends FakeCellThing {
  constructor(ctx, path, find) {
    super(ctx, path);
    this.find = find;
  }
  get typeName() {
    return "Comment";
  }
  get field() {
    return "comment";
  }
  get requires() {
    return "1.10";
  }
  locate() {
    return this.find();
  }
}
class FakeNoteCollection {
  constructor(ctx, path, scope) {
    this.ctx = ctx;
    this.path = path;
    this.scope = scope;
  }
  add(cellAddress, content) {
    let at;
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
  getCount() {
    const result = new FakeClientResult("NoteCollection.getCount");
    this.ctx.enqueue({
      wire: { path: this.path, action: "getCount" },
      location: "NoteCollection.getCount",
      requires: "1.18",
      run: () => {
        const n = orderedCells(this.ctx, this.scope, (c) => c.note !== undefined).length;
        return { response: n, commit: () => result.set(n) };
      },
    });
    return result;
  }
  getItemAt(index) {
    let fixed;
    return new FakeNote(
      this.ctx,
      `${this.path}.getItemAt(${index})`,
      () => {
        if (fixed) return fixed;
        const all = orderedCells(this.ctx, this.scope, (c) => c.note !== undefined);
        if (index < 0 || index >= all.length)
          throw officeError("ItemNotFound", "NoteCollection.getItemAt", `(${index})`);
        return (fixed = all[index]);
      },
      false
    );
  }
  getItemOrNullObject(key) {
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
class FakeCommentCollection {
  constructor(ctx, path, scope) {
    this.ctx = ctx;
    this.path = path;
    this.scope = scope;
  }
  add(cellAddress, content) {
    let at;
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
  getCount() {
    const result = new FakeClientResult("CommentCollection.getCount");
    this.ctx.enqueue({
      wire: { path: this.path, action: "getCount" },
      location: "CommentCollection.getCount",
      requires: "1.10",
      run: () => {
        const n = orderedCells(this.ctx, this.scope, (c) => c.comment !== undefined).length;
        return { response: n, commit: () => result.set(n) };
      },
    });
    return result;
  }
  getItemAt(index) {
    let fixed;
    return new FakeComment(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      if (fixed) return fixed;
      const all = orderedCells(this.ctx, this.scope, (c) => c.comment !== undefined);
      if (index < 0 || index >= all.length)
        throw officeError("ItemNotFound", "CommentCollection.getItemAt", `(${index})`);
      return (fixed = all[index]);
    });
  }
}
// --- Charts --------------------------------------------------------------------------------------------
class FakeChartCollection {
  constructor(ctx, path, sheet) {
    this.ctx = ctx;
    this.path = path;
    this.sheetOf = sheet;
  }
  add(type, sourceData, seriesBy) {
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
        chart.source = (0, excel_model_1.qualified)(src.name, area);
        sheet.charts.push(chart);
      },
    });
    const ctx = this.ctx;
    const path = this.path;
    return {
      title: {
        get text() {
          throw officeError("PropertyNotLoaded", "ChartTitle.text");
        },
        set text(v) {
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
