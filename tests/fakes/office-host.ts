/**
 * An in-memory Excel host behind Microsoft's own Office.js client (office-js.ts). `host.run` is the real
 * `Excel.run`: the library queues, serialises and tracks loads itself; each request it sends arrives here as
 * Office's wire format (object paths and actions), is replayed on the strict fake's Excel (excel-fake.ts,
 * which keeps Excel's behaviour: sheets, cells, protection, limits, requirement sets, edit mode …) and
 * answered the way the library parses an answer: `{ Results: [{ ActionId, Value }], Error? }`, property
 * values under PascalCase keys, collection items under `_Items`, `_ReferenceId` for every object it
 * instantiated.
 *
 * Requests are weighed as sent: the UTF-8 length of the body the library serialised, and of the answer.
 * The library's clean-up request at the end of a run (only `_RemoveReference` calls) is answered but not
 * counted as a sync: the adapter never asked for it.
 */

import type { IsSetSupported, RunFn, XlContext } from "../../src/workbook/excel/api";
import {
  ExcelFake,
  FakeOfficeError,
  type FakeOptions,
  type HostContext,
  versionLE,
} from "./excel-fake";
import type { WorkbookModel } from "./excel-model";
import {
  type Action,
  type ArgumentInfo,
  type RequestBody,
  type RequestMessage,
  type ResponseMessage,
  OFFICE_JS_EXCEL_API,
  OFFICE_JS_VERSION,
  officeJs,
  setRequirements,
} from "./office-js";

const INSTANTIATE = 1;
const QUERY = 2;
const METHOD = 3;
const SET_PROPERTY = 4;

const encoder = new TextEncoder();
const utf8Bytes = (x: unknown): number => encoder.encode(JSON.stringify(x)).length;

/** "GetRange" → "getRange", "Values" → "values"; private members ("_ValidateArraySize") keep their name */
const member = (name: string): string =>
  name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1);
/** "numberFormat" → "NumberFormat" */
const wireKey = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

type Obj = Record<string, unknown>;

/** Every request the client sent, as sent, including the clean-ups that are not syncs. */
export interface SentRequest {
  requestBytes: number;
  responseBytes: number;
  cleanup: boolean;
}

export class OfficeHost extends ExcelFake {
  /** Every request the library sent (syncs and clean-ups), measured as sent. */
  readonly sent: SentRequest[] = [];
  private ctx: HostContext;
  private readonly refs = new Map<string, unknown>();
  private nextRef = 0;

  constructor(model?: WorkbookModel, options: FakeOptions = {}) {
    const apiVersion = options.apiVersion ?? OFFICE_JS_EXCEL_API;
    if (!versionLE(apiVersion, OFFICE_JS_EXCEL_API))
      throw new Error(
        `Office.js ${OFFICE_JS_VERSION} has no ExcelApi ${apiVersion}: use the strict fake (ExcelFake) for it`
      );
    super(model, { ...options, apiVersion });
    this.ctx = this.openContext();
  }

  /** Excel.run of Microsoft's client, sending its requests to this host. */
  override readonly run: RunFn = async <T>(batch: (context: XlContext) => Promise<T>) => {
    const lib = officeJs();
    lib.OfficeExtension.SessionBase._overrideSession = {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "host", headers: {} }),
      _createRequestExecutorOrNull: () => ({
        executeAsync: (_data: unknown, _flags: number, message: RequestMessage) =>
          this.answer(message),
      }),
    };
    setRequirements(this.isSetSupported);
    this.runs++;
    return lib.Excel.run(async (context) => {
      const result = await batch(context as XlContext);
      // Actions still queued when the batch ends are never sent: a correct adapter leaves none.
      const pending = (context as { _pendingRequest: { _actions: unknown[] } })._pendingRequest;
      this.unsyncedAtEnd += pending._actions.length;
      return result;
    });
  };

  /** Office.context.requirements.isSetSupported, also what the library checks its own APIs with. */
  override readonly isSetSupported: IsSetSupported = (name, minVersion) =>
    name === "ExcelApi" && this.supports(minVersion ?? "1.1");

  private async answer(message: RequestMessage): Promise<ResponseMessage> {
    const body = message.Body;
    const requestBytes = utf8Bytes(body);
    const cleanup = body.Actions.every(
      (a) => a.ActionType === INSTANTIATE || a.Name === "_RemoveReference"
    );
    const response = cleanup ? this.cleanUp(body) : await this.replay(body, requestBytes);
    const responseBytes = utf8Bytes(response.Body);
    this.sent.push({ requestBytes, responseBytes, cleanup });
    if (!cleanup) {
      const record = this.syncs[this.syncs.length - 1];
      record.responseBytes = responseBytes;
      if (!response.Body.Error && responseBytes > this.payloadLimit) {
        record.error = "ResponsePayloadSizeLimitExceeded";
        return failure(
          new FakeOfficeError(record.error, `(${responseBytes} bytes)`),
          -1,
          response.Body.Results
        );
      }
    }
    return response;
  }

  private cleanUp(body: RequestBody): ResponseMessage {
    for (const a of body.Actions)
      if (a.Name === "_RemoveReference") this.refs.delete(String(a.ArgumentInfo?.Arguments?.[0]));
    return { HttpStatusCode: 200, Headers: {}, Body: { Results: [] } };
  }

  /** Replays one request on the fake's Excel, then answers each action. */
  private async replay(body: RequestBody, requestBytes: number): Promise<ResponseMessage> {
    const objects = new Map<number, unknown>();
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const info = body.ObjectPaths[String(id)];
      let obj: unknown;
      const parent = (): Obj => resolve(info.ParentObjectPathId as number) as Obj;
      switch (info.ObjectPathType) {
        case 1:
          obj = this.ctx.workbook;
          break;
        case 3:
          obj =
            info.Name === "GetItemAt" && !("getItemAt" in parent())
              ? (parent().items as unknown[])[Number(info.ArgumentInfo?.Arguments?.[0])]
              : call(parent(), info.Name, args(info.ArgumentInfo, resolve));
          break;
        case 4:
          obj = parent()[member(info.Name)];
          break;
        case 5:
          obj = call(parent(), "GetItem", args(info.ArgumentInfo, resolve));
          break;
        case 6:
          if (!this.refs.has(info.Name))
            throw new FakeOfficeError("InvalidObjectPath", `unknown reference ${info.Name}`);
          obj = this.refs.get(info.Name);
          break;
        default:
          throw new Error(`object path type ${info.ObjectPathType} is not hosted`);
      }
      objects.set(id, obj);
      return obj;
    };

    // Queue every action on the fake, noting which of the fake's operations each one queued.
    const opStart: number[] = [];
    const answers: (() => unknown)[] = [];
    let thrown: { error: FakeOfficeError; index: number } | undefined;
    const base = this.ctx.pending();
    for (const [i, action] of body.Actions.entries()) {
      opStart.push(this.ctx.pending() - base);
      try {
        answers.push(this.queue(action, resolve));
      } catch (e) {
        if (!(e instanceof FakeOfficeError)) throw e;
        thrown = { error: e, index: i };
        break;
      }
    }
    try {
      await this.ctx.syncMeasured(requestBytes);
    } catch (e) {
      if (!(e instanceof FakeOfficeError)) throw e;
      const index = e.opIndex === undefined ? -1 : actionOf(opStart, e.opIndex);
      return failure(e, index, []);
    }
    const results = body.Actions.slice(0, answers.length).map((a, i) => ({
      ActionId: a.Id,
      Value: answers[i](),
    }));
    if (thrown) return failure(thrown.error, thrown.index, results);
    return { HttpStatusCode: 200, Headers: {}, Body: { Results: results } };
  }

  /** Queues one action on the fake; returns how to read its answer after the sync. */
  private queue(action: Action, resolve: (id: number) => unknown): () => unknown {
    const target = resolve(action.ObjectPathId) as Obj;
    switch (action.ActionType) {
      case INSTANTIATE:
        return () => {
          if (isNull(target)) return null;
          const ref = `r${++this.nextRef}`;
          this.refs.set(ref, target);
          return { _ReferenceId: ref };
        };
      case QUERY: {
        const select = action.QueryInfo?.Select ?? [];
        const collection = "items" in target;
        (target.load as (p: string) => void)(
          select.map((p) => (collection ? `items/${p}` : p)).join(",")
        );
        return () => {
          if (isNull(target)) return null;
          if (collection)
            return { _Items: (target.items as Obj[]).map((item) => pick(item, select)) };
          return pick(target, select);
        };
      }
      case METHOD: {
        if (action.Name === "_KeepReference") return () => null;
        const result = call(target, action.Name, args(action.ArgumentInfo, resolve));
        return () =>
          result !== null && typeof result === "object" && "value" in result
            ? (result as { value: unknown }).value
            : null;
      }
      case SET_PROPERTY:
        target[member(action.Name)] = args(action.ArgumentInfo, resolve)[0];
        return () => null;
      default:
        throw new Error(`action type ${action.ActionType} (${action.Name}) is not hosted`);
    }
  }
}

function call(target: Obj, name: string, argv: unknown[]): unknown {
  const f = target[member(name)];
  if (typeof f !== "function")
    throw new Error(`the host has no ${name} on ${target.constructor.name}`);
  return (f as (...a: unknown[]) => unknown).apply(target, argv);
}

/** Arguments as values, object arguments resolved from their paths. */
function args(info: ArgumentInfo | undefined, resolve: (id: number) => unknown): unknown[] {
  const list = info?.Arguments ?? [];
  const refs = info?.ReferencedObjectPathIds ?? [];
  return list.map((a, i) => (refs[i] ? resolve(refs[i]) : a));
}

function isNull(target: Obj): boolean {
  try {
    return target.isNullObject === true;
  } catch {
    return false; // not an *OrNullObject proxy: it exists or its sync failed
  }
}

/** The loaded properties, nested paths ("protection/protected") as nested objects, PascalCase keys. */
function pick(target: Obj, select: string[]): Obj {
  const out: Obj = {};
  for (const path of select) {
    const parts = path.split("/");
    let from: Obj = target;
    let into = out;
    parts.forEach((p, i) => {
      const key = wireKey(p);
      if (i === parts.length - 1) into[key] = from[p];
      else {
        into = (into[key] ??= {}) as Obj;
        from = from[p] as Obj;
      }
    });
  }
  return out;
}

/** The action that queued the fake's operation `op`. */
function actionOf(opStart: number[], op: number): number {
  let index = 0;
  opStart.forEach((start, i) => start <= op && (index = i));
  return index;
}

function failure(
  e: FakeOfficeError,
  actionIndex: number,
  results: { ActionId: number; Value: unknown }[]
): ResponseMessage {
  return {
    HttpStatusCode: 200,
    Headers: {},
    Body: {
      Results: results,
      Error: {
        Code: e.code,
        Message: e.message,
        ActionIndex: actionIndex,
        Location: e.debugInfo.errorLocation ?? "",
      },
    },
  };
}

/**
 * The Excel a test runs against: this host behind Microsoft's client up to the client build's newest
 * requirement set (the default), the strict fake alone beyond it (notes, ExcelApi 1.18).
 */
export function excelFor(model: WorkbookModel, options: FakeOptions = {}): ExcelFake {
  return versionLE(options.apiVersion ?? OFFICE_JS_EXCEL_API, OFFICE_JS_EXCEL_API)
    ? new OfficeHost(model, options)
    : new ExcelFake(model, options);
}
