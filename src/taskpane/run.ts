// What the Run button asks for, and what comes back. The scoring itself is wired in later:
// the task pane only hands a request to a RunHandler and shows the outcome.

export type RunRequest =
  | { readonly kind: "excel" }
  | { readonly kind: "browser"; readonly file: File };

export type RunOutcome =
  | { readonly status: "done"; readonly detail?: string }
  | { readonly status: "not-connected" };

export type RunHandler = (request: RunRequest) => Promise<RunOutcome>;

/**
 * Browser mode loads its workbook code with import(): ExcelJS and the .xlsx adapter are heavy and
 * Excel users never need them, so they stay out of the initial JavaScript.
 */
export const defaultRunHandler: RunHandler = async (request) => {
  if (request.kind === "browser") {
    const { runInBrowser } = await import(/* webpackChunkName: "browser-run" */ "./browser-run");
    return runInBrowser(request.file);
  }
  return { status: "not-connected" };
};
