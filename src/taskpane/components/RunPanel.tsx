import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HostState } from "../host";
import { format, type Strings } from "../i18n";
import type { RunHandler, RunOutcome, RunRequest } from "../run";
import { WorkbookPicker } from "./WorkbookPicker";

export interface RunPanelProps {
  readonly host: HostState;
  readonly strings: Strings;
  readonly onRun: RunHandler;
}

interface Notice {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
}

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

function noticeFor(outcome: RunOutcome, strings: Strings): Notice {
  return outcome.status === "done"
    ? { intent: "success", text: outcome.detail ?? strings.runDone }
    : { intent: "warning", text: strings.engineNotConnected };
}

export function RunPanel({ host, strings, onRun }: RunPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [fileMissing, setFileMissing] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const chooseButton = React.useRef<HTMLButtonElement>(null);
  const browserMode = host.kind === "browser";

  const chooseFile = (chosen: File | undefined): void => {
    setFile(chosen);
    setFileMissing(false);
    setNotice(undefined);
  };

  const run = async (): Promise<void> => {
    let request: RunRequest;
    if (browserMode) {
      if (!file) {
        setFileMissing(true);
        chooseButton.current?.focus();
        return;
      }
      request = { kind: "browser", file };
    } else {
      request = { kind: "excel" };
    }
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice(noticeFor(await onRun(request), strings));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setNotice({ intent: "error", text: format(strings.runFailed, { message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.panel} aria-label={strings.runPanelLabel}>
      {host.kind === "excel" && <Body1>{strings.excelHint}</Body1>}
      {browserMode && (
        <MessageBar intent="info" layout="multiline" data-testid="browser-notice">
          <MessageBarBody>
            <MessageBarTitle>{strings.browserNoticeTitle}</MessageBarTitle>
            {strings.browserNotice}
          </MessageBarBody>
        </MessageBar>
      )}
      {browserMode && (
        <WorkbookPicker
          strings={strings}
          file={file}
          missing={fileMissing}
          disabled={busy}
          buttonRef={chooseButton}
          onChange={chooseFile}
        />
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="large"
          disabled={host.kind === "detecting"}
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void run()}
        >
          {strings.runButton}
        </Button>
        {busy && <span aria-live="polite">{strings.running}</span>}
      </div>
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
