import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Workbench } from "../useWorkbench";
import { useSharedStyles } from "./styles";
import { RunNotices } from "./RunNotices";
import { RunOptions } from "./RunOptions";
import { RunProgress, stepText } from "./RunProgress";
import { WorkbookPicker } from "./WorkbookPicker";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  notice: { overflowWrap: "anywhere" },
});

interface Notice {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
}

function noticeOf(w: Workbench): Notice | undefined {
  switch (w.run.phase) {
    case "failed":
      return { intent: "error", text: w.run.message ?? "" };
    case "cancelled":
      return { intent: "warning", text: w.strings.runCancelled };
    case "undone":
      return { intent: "success", text: w.strings.undone };
    default:
      return undefined;
  }
}

/** The Run screen: the workbook (browser mode), the run's choices, one primary button, progress. */
export function RunPanel({ workbench: w }: { readonly workbench: Workbench }): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const chooseButton = React.useRef<HTMLButtonElement>(null);
  const browserMode = w.host.kind === "browser";
  const running = w.run.phase === "running";
  const notice = noticeOf(w);
  const noticeBox = React.useRef<HTMLDivElement>(null);
  const phase = w.run.phase;

  React.useEffect(() => {
    // After an undo, a failure or a cancel, focus (and the view) goes to what happened.
    if (phase === "undone" || phase === "failed" || phase === "cancelled")
      noticeBox.current?.focus();
  }, [phase]);

  const onRun = (): void => {
    // Without a workbook the run asks for one: focus goes to where it is chosen.
    if (browserMode && !w.file) chooseButton.current?.focus();
    void w.startRun();
  };

  return (
    <section className={shared.panel} aria-label={w.strings.runPanelLabel}>
      {w.host.kind === "excel" && <Body1>{w.strings.excelHint}</Body1>}
      {browserMode && (
        <MessageBar intent="info" layout="multiline" data-testid="browser-notice">
          <MessageBarBody>
            <MessageBarTitle>{w.strings.browserNoticeTitle}</MessageBarTitle>
            {w.strings.browserNotice}
          </MessageBarBody>
        </MessageBar>
      )}
      {browserMode && (
        <WorkbookPicker
          strings={w.strings}
          file={w.file}
          missing={w.fileMissing}
          checking={w.fileChecking}
          problem={w.fileProblem}
          disabled={running || w.fileChecking}
          buttonRef={chooseButton}
          onChange={(chosen) => void w.chooseFile(chosen)}
          onTrySample={() => void w.trySample()}
        />
      )}
      <RunOptions
        strings={w.strings}
        language={w.language}
        choices={w.choices}
        disabled={running}
        onChange={w.changeChoice}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="large"
          disabled={w.host.kind === "detecting"}
          disabledFocusable={running}
          onClick={onRun}
        >
          {w.strings.runButton}
        </Button>
        {running && (
          <RunProgress
            strings={w.strings}
            step={w.run.step}
            fraction={w.run.fraction}
            cancelling={w.run.cancelling}
            onCancel={w.cancelRun}
          />
        )}
      </div>
      {/* Always present, so that screen readers hear each step as it starts. */}
      <div className={shared.visuallyHidden} aria-live="polite" data-testid="progress-announcement">
        {running ? (w.run.cancelling ? w.strings.cancelling : stepText(w.strings, w.run.step)) : ""}
      </div>
      <div aria-live="polite">
        {notice && (
          <MessageBar
            intent={notice.intent}
            layout="multiline"
            data-testid="run-notice"
            ref={noticeBox}
            tabIndex={-1}
            className={styles.notice}
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {w.run.phase === "undone" && <RunNotices strings={w.strings} notices={w.run.notices} />}
      </div>
    </section>
  );
}
