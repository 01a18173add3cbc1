import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../i18n";
import type { Screen, Workbench as WorkbenchState } from "../useWorkbench";
import { DownloadBar } from "./DownloadBar";
import { FlagsPanel } from "./FlagsPanel";
import { FormsList } from "./FormsList";
import { shownEvaluation } from "../state/forms";
import { PreviewPanel } from "./PreviewPanel";
import { ResultsPanel } from "./ResultsPanel";
import { RunPanel } from "./RunPanel";
import { useSharedStyles } from "./styles";

const useStyles = makeStyles({
  tabs: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
  },
});

function isScreen(value: unknown): value is Screen {
  return value === "run" || value === "results" || value === "flags" || value === "preview";
}

/** The screens as tabs: Run, Results, Flags, and in browser mode Preview; the download bar in browser mode. */
export function Workbench({
  workbench: w,
}: {
  readonly workbench: WorkbenchState;
}): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { strings, run, browser } = w;
  const whole = run.phase === "done" ? run.evaluation : null;
  // A workbook of several forms: the Results and Flags screens show the form picked in the list, or all of them.
  const [formId, setFormId] = React.useState<string | null>(null);
  React.useEffect(() => setFormId(null), [run.finished]);
  const evaluation = React.useMemo(
    () => (whole ? shownEvaluation(whole, formId) : null),
    [whole, formId]
  );

  // Each screen keeps its place: coming back to the flags finds the list where it was left.
  const scrolled = React.useRef(new Map<Screen, number>());
  const shown = React.useRef(w.screen);
  const restoring = React.useRef(false);
  React.useEffect(() => {
    const remember = (): void => {
      if (!restoring.current)
        scrolled.current.set(shown.current, document.documentElement.scrollTop);
    };
    window.addEventListener("scroll", remember, { passive: true });
    return () => window.removeEventListener("scroll", remember);
  }, []);
  React.useEffect(() => {
    // A new run's screens start at their top.
    scrolled.current.clear();
  }, [run.finished]);
  React.useLayoutEffect(() => {
    shown.current = w.screen;
    // The screen's content may not be tall enough yet (a busy machine lays it out late): the browser then
    // clamps the place, and its scroll event must not be taken for the person's. Try again for a few frames.
    const target = scrolled.current.get(w.screen) ?? 0;
    const root = document.documentElement;
    let frame = 0;
    let tries = 0;
    const place = (): void => {
      root.scrollTop = target;
      if (root.scrollTop !== target && tries++ < 60) frame = requestAnimationFrame(place);
      else restoring.current = false;
    };
    restoring.current = true;
    place();
    return () => {
      cancelAnimationFrame(frame);
      restoring.current = false;
    };
  }, [w.screen]);
  const flagCount = evaluation?.flags.length ?? 0;

  const tab = (screen: Screen, label: string, disabled: boolean): React.JSX.Element => (
    <Tab
      value={screen}
      id={`tab-${screen}`}
      aria-controls={w.screen === screen ? `panel-${screen}` : undefined}
      disabled={disabled}
    >
      {label}
    </Tab>
  );

  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={w.screen}
        onTabSelect={(_, data) => {
          if (isScreen(data.value)) w.showScreen(data.value);
        }}
        aria-label={strings.screensLabel}
      >
        {tab("run", strings.tabRun, false)}
        {tab("results", strings.tabResults, !evaluation)}
        {tab(
          "flags",
          evaluation
            ? format(strings.counted, { name: strings.tabFlags, count: flagCount })
            : strings.tabFlags,
          !evaluation
        )}
        {w.host.kind === "browser" && tab("preview", strings.tabPreview, !browser)}
      </TabList>
      {browser && (run.phase === "done" || run.phase === "undone") && (
        <DownloadBar strings={strings} session={browser} />
      )}
      <div role="tabpanel" id={`panel-${w.screen}`} aria-labelledby={`tab-${w.screen}`}>
        {whole && (w.screen === "results" || w.screen === "flags") && (
          <FormsList strings={strings} evaluation={whole} selected={formId} onSelect={setFormId} />
        )}
        {w.screen === "run" && <RunPanel workbench={w} />}
        {w.screen === "results" && evaluation && (
          <ResultsPanel workbench={w} evaluation={evaluation} form={formId} />
        )}
        {w.screen === "flags" && evaluation && (
          <FlagsPanel workbench={w} evaluation={evaluation} reviews={run.reviews} />
        )}
        {w.screen === "preview" && browser && (
          <PreviewPanel workbench={w} session={browser} evaluation={whole} />
        )}
      </div>
      <div
        className={shared.visuallyHidden}
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcement"
      >
        {w.announcement}
      </div>
    </>
  );
}
