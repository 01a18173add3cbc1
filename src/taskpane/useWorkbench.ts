// The task pane's state and actions, wiring the pure state modules (state/*.ts) to a workbook session.
// Screens get what they show and callbacks from here; none of them talks to a workbook itself.
import * as React from "react";
import type { HostState } from "./host";
import { format, strings as stringsFor, type Language, type Strings } from "./i18n";
import type {
  ActionOutcome,
  BrowserSession,
  DraftOutcome,
  ReviewDecision,
  ReviewOutcome,
  SessionOpeners,
  UndoOutcome,
  WorkbookSession,
} from "./session/contract";
import { SAMPLE_NAME, SAMPLE_URL, XLSX_TYPE, isWorkbookName } from "./state/files";
import { NO_FILTER, type FlagFilter } from "./state/flags";
import {
  type ChoicesAction,
  type RunChoices,
  choicesReducer,
  defaultChoices,
  todayIso,
} from "./state/options";
import { type RunState, initialRunState, runReducer } from "./state/run-state";

export type Screen = "run" | "results" | "flags" | "preview";

export interface CellTarget {
  readonly sheet: string;
  readonly cell: string;
}

export interface Workbench {
  readonly language: Language;
  readonly strings: Strings;
  readonly host: HostState;
  readonly screen: Screen;
  showScreen(screen: Screen): void;
  readonly choices: RunChoices;
  changeChoice(action: ChoicesAction): void;
  readonly run: RunState;
  /** Browser mode: the chosen file, and why a file was refused. */
  readonly file: File | undefined;
  readonly fileProblem: string | undefined;
  readonly fileMissing: boolean;
  /** Browser mode: the chosen file is being opened and checked. */
  readonly fileChecking: boolean;
  chooseFile(file: File | undefined): Promise<void>;
  trySample(): Promise<void>;
  startRun(): Promise<void>;
  cancelRun(): void;
  /** The open session in browser mode (for the preview and the download). */
  readonly browser: BrowserSession | undefined;
  /** Changes each time the browser workbook changes, so that the preview reads it again. */
  readonly workbookVersion: number;
  readonly filter: FlagFilter;
  setFilter(filter: FlagFilter): void;
  readonly openFlagId: string | null;
  openFlag(id: string | null): void;
  selectCell(target: CellTarget): Promise<ActionOutcome>;
  readonly previewTarget: CellTarget | null;
  showInPreview(target: CellTarget): void;
  clearPreviewTarget(): void;
  readonly reviewer: string;
  setReviewer(name: string): void;
  review(flagId: string, decision: ReviewDecision): Promise<ReviewOutcome>;
  undo(): Promise<UndoOutcome>;
  /** Set after a run finished, until the Results screen has taken focus. */
  readonly focusResults: boolean;
  resultsFocused(): void;
  /** The last thing to say to a screen reader (runs finishing, undo). */
  readonly announcement: string;
  /** The 自评报告 draft of the open workbook, with the run's choices. */
  draftReport(form?: string): Promise<DraftOutcome>;
}

function problemOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useWorkbench(
  host: HostState,
  language: Language,
  openers: SessionOpeners
): Workbench {
  const strings = stringsFor(language);
  const [screen, setScreen] = React.useState<Screen>("run");
  const [choices, changeChoice] = React.useReducer(
    choicesReducer,
    todayIso(new Date()),
    defaultChoices
  );
  const [run, dispatch] = React.useReducer(runReducer, initialRunState);
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [fileProblem, setFileProblem] = React.useState<string | undefined>(undefined);
  const [fileMissing, setFileMissing] = React.useState(false);
  const [fileChecking, setFileChecking] = React.useState(false);
  const [browser, setBrowser] = React.useState<BrowserSession | undefined>(undefined);
  const [workbookVersion, setWorkbookVersion] = React.useState(0);
  const [filter, setFilter] = React.useState<FlagFilter>(NO_FILTER);
  const [openFlagId, setOpenFlagId] = React.useState<string | null>(null);
  const [previewTarget, setPreviewTarget] = React.useState<CellTarget | null>(null);
  const [reviewer, setReviewer] = React.useState("");
  const [focusResults, setFocusResults] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState("");
  const session = React.useRef<WorkbookSession | undefined>(undefined);
  const signal = React.useRef<{ aborted: boolean }>({ aborted: false });
  /** Set by Cancel while the chosen file is still being read: the read stops (its worker is terminated). */
  const openCancel = React.useRef<{ aborted: boolean }>({ aborted: false });
  /** The chosen file being opened (browser mode): a run started meanwhile waits for it. */
  const opening = React.useRef<Promise<WorkbookSession | string> | undefined>(undefined);

  const changed = (): void => setWorkbookVersion((v) => v + 1);

  const forgetRun = (): void => {
    dispatch({ type: "reset" });
    setOpenFlagId(null);
    setPreviewTarget(null);
    setFilter(NO_FILTER);
    setScreen("run");
  };

  /** A chosen file is opened at once, so that a file that is no workbook is said now, not after 运行评分. */
  const chooseFile = async (chosen: File | undefined): Promise<void> => {
    setFileMissing(false);
    // A new file is a new workbook: what was scored before belongs to the old one.
    session.current = undefined;
    opening.current = undefined;
    setBrowser(undefined);
    setFile(undefined);
    forgetRun();
    if (!chosen) {
      setFileProblem(undefined);
      return;
    }
    if (!isWorkbookName(chosen.name)) {
      setFileProblem(format(strings.notXlsx, { name: chosen.name }));
      return;
    }
    setFileProblem(undefined);
    setFileChecking(true);
    openCancel.current = { aborted: false };
    const pending = openers.browser(chosen, language, openCancel.current).then((opened) => {
      if (opening.current !== pending) return strings.fileMissing;
      setFileChecking(false);
      if (!opened.ok) {
        opening.current = undefined;
        const message = opened.cancelled
          ? format(strings.openCancelled, { name: chosen.name })
          : opened.message;
        setFileProblem(message);
        return message;
      }
      session.current = opened.session;
      setFile(chosen);
      setBrowser(opened.session);
      return opened.session;
    });
    opening.current = pending;
    await pending;
  };

  const trySample = async (): Promise<void> => {
    try {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await chooseFile(new File([await response.arrayBuffer()], SAMPLE_NAME, { type: XLSX_TYPE }));
    } catch (error) {
      setFileProblem(format(strings.sampleFailed, { message: problemOf(error) }));
    }
  };

  /** The session for this run: Excel's workbook, or the chosen file, opened when it was chosen. */
  const ensureSession = async (): Promise<WorkbookSession | string> => {
    if (session.current) return session.current;
    if (host.kind === "excel") {
      session.current = await openers.excel(language);
      return session.current;
    }
    return opening.current ?? strings.fileMissing;
  };

  const startRun = async (): Promise<void> => {
    if (host.kind === "browser" && !file && !opening.current) {
      setFileMissing(true);
      return;
    }
    signal.current = { aborted: false };
    const current = signal.current;
    dispatch({ type: "start" });
    setOpenFlagId(null);
    setPreviewTarget(null);
    try {
      const opened = await ensureSession();
      // Opening a large file takes a while: Cancel pressed meanwhile stops the read, and the run here.
      if (current.aborted) {
        dispatch({ type: "cancelled" });
        return;
      }
      if (typeof opened === "string") {
        dispatch({ type: "failed", message: format(strings.runFailed, { message: opened }) });
        return;
      }
      const outcome = await opened.score(
        choices,
        (progress) => dispatch({ type: "progress", progress }),
        current
      );
      if (outcome.status === "done") {
        // The results screen of a large workbook takes React a long moment to render: as a transition it is
        // rendered in slices between which the page answers the person (the same screen, once it is done).
        React.startTransition(() => {
          dispatch({
            type: "done",
            evaluation: outcome.evaluation,
            reviews: outcome.reviews,
            notices: outcome.notices,
          });
          const totals = outcome.evaluation.totals;
          setAnnouncement(
            totals
              ? format(strings.runDoneAnnouncement, {
                  total: totals.score,
                  grade: totals.grade,
                  flags: outcome.evaluation.flags.length,
                })
              : format(strings.runDoneForms, {
                  forms: outcome.evaluation.forms.length,
                  flags: outcome.evaluation.flags.length,
                })
          );
          setScreen("results");
          setFocusResults(true);
          changed();
        });
      } else if (outcome.status === "cancelled") {
        dispatch({ type: "cancelled" });
        setAnnouncement(strings.runCancelled);
      } else {
        dispatch({
          type: "failed",
          message: format(strings.runFailed, { message: outcome.message }),
        });
      }
    } catch (error) {
      dispatch({
        type: "failed",
        message: format(strings.runFailed, { message: problemOf(error) }),
      });
    }
  };

  const cancelRun = (): void => {
    signal.current.aborted = true;
    openCancel.current.aborted = true;
    dispatch({ type: "cancel" });
  };

  const selectCell = async (target: CellTarget): Promise<ActionOutcome> => {
    setPreviewTarget(target);
    return session.current ? session.current.select(target.sheet, target.cell) : { ok: true };
  };

  const showInPreview = (target: CellTarget): void => {
    setPreviewTarget(target);
    setScreen("preview");
  };

  const review = async (flagId: string, decision: ReviewDecision): Promise<ReviewOutcome> => {
    if (!session.current) return { ok: false, message: strings.notInReview };
    const outcome = await session.current.review(flagId, decision);
    if (outcome.ok) {
      dispatch({ type: "reviewed", flagId, entry: outcome.entry });
      changed();
    }
    return outcome;
  };

  const undo = async (): Promise<UndoOutcome> => {
    if (!session.current) return { ok: true, notices: [] };
    const outcome = await session.current.undo();
    if (outcome.ok) {
      dispatch({ type: "undone", notices: outcome.notices });
      setOpenFlagId(null);
      setPreviewTarget(null);
      setAnnouncement(strings.undone);
      setScreen("run");
      changed();
    }
    return outcome;
  };

  return {
    language,
    strings,
    host,
    screen,
    showScreen: setScreen,
    choices,
    changeChoice,
    run,
    file,
    fileProblem,
    fileMissing,
    fileChecking,
    chooseFile,
    trySample,
    startRun,
    cancelRun,
    browser,
    workbookVersion,
    filter,
    setFilter,
    openFlagId,
    openFlag: setOpenFlagId,
    selectCell,
    previewTarget,
    showInPreview,
    clearPreviewTarget: () => setPreviewTarget(null),
    reviewer,
    setReviewer,
    review,
    undo,
    focusResults,
    resultsFocused: () => setFocusResults(false),
    announcement,
    draftReport: (form?: string) =>
      session.current?.draftReport?.(choices, form) ??
      Promise.resolve({ ok: false, message: strings.draftUnavailable }),
  };
}
