// Where is the task pane running? In Excel (Office.js ready with host "Excel") or in a plain browser.
//
// office.js is added to the page by loadOfficeJs() once the page has rendered, so the page paints without
// it; detection starts when it has loaded or failed. Then three things can happen:
//  - it could not be fetched (offline, blocked): `window.Office` is undefined -> browser mode at once;
//  - it loaded outside Office: `Office.onReady` resolves with a null host -> browser mode;
//  - it loaded but `Office.onReady` never settles (seen when the host frame never answers) -> the
//    race against a timeout decides browser mode, so the page never waits forever.

/** The small part of the Office.js global that host detection reads. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  context?: { displayLanguage?: string };
}

export type BrowserReason = "no-office-js" | "no-host" | "other-host" | "timeout" | "error";

export type DetectedHost =
  | { readonly kind: "excel"; readonly displayLanguage?: string; readonly platform?: string }
  | { readonly kind: "browser"; readonly reason: BrowserReason };

/** What the UI shows: detection still running, or its result. */
export type HostState = { readonly kind: "detecting" } | DetectedHost;

export const OFFICE_READY_TIMEOUT_MS = 1500;
/** Office.js from Microsoft's CDN, as Office requires. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** How long to wait for office.js to arrive at all, on a slow network. */
export const OFFICE_LOAD_TIMEOUT_MS = 15000;

/**
 * Adds the office.js script to the page and resolves when it has loaded or failed, or after the timeout.
 * Added by script rather than written in taskpane.html, so that first paint never waits for the CDN.
 */
export function loadOfficeJs(
  doc: Document,
  timeoutMs: number = OFFICE_LOAD_TIMEOUT_MS
): Promise<void> {
  return new Promise((resolve) => {
    const script = doc.createElement("script");
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    script.addEventListener("load", done, { once: true });
    script.addEventListener("error", done, { once: true });
    script.src = OFFICE_JS_URL;
    doc.head.appendChild(script);
  });
}

/** The Office.js global, if office.js has loaded into this page. */
export function findOffice(scope: object = globalThis): OfficeGlobal | undefined {
  const candidate = (scope as { Office?: unknown }).Office;
  if (typeof candidate !== "object" || candidate === null) return undefined;
  const onReady = (candidate as { onReady?: unknown }).onReady;
  return typeof onReady === "function" ? (candidate as OfficeGlobal) : undefined;
}

function readDisplayLanguage(office: OfficeGlobal): string | undefined {
  try {
    const language = office.context?.displayLanguage;
    return typeof language === "string" && language !== "" ? language : undefined;
  } catch {
    return undefined;
  }
}

export interface DetectOptions {
  readonly scope?: object;
  readonly timeoutMs?: number;
}

export function detectHost(options: DetectOptions = {}): Promise<DetectedHost> {
  const office = findOffice(options.scope);
  if (!office) return Promise.resolve({ kind: "browser", reason: "no-office-js" });
  const timeoutMs = options.timeoutMs ?? OFFICE_READY_TIMEOUT_MS;

  return new Promise<DetectedHost>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: "browser", reason: "timeout" }), timeoutMs);
    const settle = (result: DetectedHost): void => {
      clearTimeout(timer);
      resolve(result);
    };
    let ready: Promise<{ host: unknown; platform?: unknown }>;
    try {
      ready = Promise.resolve(office.onReady());
    } catch {
      settle({ kind: "browser", reason: "error" });
      return;
    }
    ready.then(
      (info) => {
        if (info.host === null || info.host === undefined) {
          settle({ kind: "browser", reason: "no-host" });
        } else if (String(info.host) === "Excel") {
          const platform =
            info.platform === null || info.platform === undefined
              ? undefined
              : String(info.platform);
          settle({ kind: "excel", displayLanguage: readDisplayLanguage(office), platform });
        } else {
          settle({ kind: "browser", reason: "other-host" });
        }
      },
      () => settle({ kind: "browser", reason: "error" })
    );
  });
}
