/**
 * Microsoft's Office.js client library (the `@microsoft/office-js` Excel build, pinned below), loaded in a
 * Node vm with the few window / document / navigator members it touches while loading. Its `Excel.run`
 * then builds, serialises and sends real requests; `OfficeExtension.SessionBase._overrideSession` hands
 * them to an executor of ours (office-host.ts) instead of a network or a host bridge.
 *
 * The library is not in node_modules (the package is 87 MB): scripts/install-test-deps.sh unpacks this one
 * file into .cache. When it is missing the tests fail and say how to get it; they never skip.
 */

import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const OFFICE_JS_VERSION = "1.1.110";
/**
 * The newest ExcelApi requirement set this build has members of (Office 16.0.15407): notes (1.18) are not in
 * it, so a host behind it simulates at most this.
 */
export const OFFICE_JS_EXCEL_API = "1.15";
const IN_CACHE = `.cache/office-js/${OFFICE_JS_VERSION}/excel-web-16.00.js`;

/** The library in the repository's .cache, looked up from here (tests/fakes, or the bench's compiled copy). */
function findLibrary(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, IN_CACHE);
    if (fs.existsSync(file) || path.dirname(dir) === dir) return file;
    if (fs.existsSync(path.join(dir, "package.json")) && !dir.includes(`${path.sep}dist`))
      return file;
  }
}

/** One serialised request as the library hands it to a request executor. */
export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: RequestBody;
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 3 method, 4 property, 5 indexer, 6 reference id */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

export interface Action {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ResponseMessage {
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: {
    Results: { ActionId: number; Value: unknown }[];
    Error?: { Code: string; Message: string; ActionIndex: number; Location: string };
  };
}

export interface RequestExecutor {
  executeAsync(
    customData: unknown,
    flags: number,
    message: RequestMessage
  ): Promise<ResponseMessage>;
}

/** The globals of the library's vm that the host uses. */
export interface OfficeJs {
  Excel: { run<T>(batch: (context: unknown) => Promise<T>): Promise<T> };
  OfficeExtension: {
    SessionBase: {
      _overrideSession?: {
        _resolveRequestUrlAndHeaderInfo(): Promise<{
          url: string;
          headers: Record<string, string>;
        }>;
        _createRequestExecutorOrNull(): RequestExecutor;
      };
    };
    CommonUtility: { _doApiNotSupportedCheck: boolean };
  };
}

/** Which requirement sets the simulated Excel supports, as Office.context.requirements answers. */
let supported: (name: string, minVersion?: string) => boolean = () => false;
export function setRequirements(
  isSetSupported: (name: string, minVersion?: string) => boolean
): void {
  supported = isSetSupported;
}

let loaded: OfficeJs | undefined;

/** The library, loaded once per test file. */
export function officeJs(): OfficeJs {
  if (loaded) return loaded;
  const file = findLibrary();
  if (!fs.existsSync(file)) {
    throw new Error(
      `Microsoft's Office.js ${OFFICE_JS_VERSION} is missing at ${file}: ` +
        "run `bash scripts/install-test-deps.sh` (it unpacks @microsoft/office-js there). " +
        "The Office.js adapter tests run through it and are not skipped without it."
    );
  }
  const noop = (): void => undefined;
  const element = (): unknown => ({ style: {}, setAttribute: noop, appendChild: noop });
  const sandbox: Record<string, unknown> = {
    console: { log: noop, warn: noop, error: noop, info: noop, debug: noop },
    setTimeout,
    clearTimeout,
    navigator: { userAgent: "node" },
    document: {
      readyState: "complete",
      getElementsByTagName: () => [],
      createElement: element,
      addEventListener: noop,
    },
    location: { href: "https://localhost/taskpane.html", search: "", hash: "" },
    addEventListener: noop,
  };
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  const lib = sandbox as unknown as OfficeJs;
  // Office.context is a getter of the library's own; the library reads window.Office.context.requirements.
  sandbox.Office = Object.create(sandbox.Office as object, {
    context: {
      value: { requirements: { isSetSupported: (n: string, v?: string) => supported(n, v) } },
    },
  });
  // The library checks requirement sets itself (Office.context.requirements.isSetSupported) only with this on.
  lib.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  loaded = lib;
  return lib;
}
