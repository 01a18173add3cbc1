import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { format, type Strings } from "../i18n";
import type { BrowserSession } from "../session/contract";
import { downloadName } from "../state/files";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: {
    flex: "1 1 8em",
    minWidth: 0,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
  /** The bar's actions; room for more than one. */
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Hands a Blob to the browser as a file download, under a name of our choosing. */
export function saveAs(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Browser mode: the open workbook's name and a download of its copy as it is now (never the picked file). */
export function DownloadBar({
  strings,
  session,
}: {
  readonly strings: Strings;
  readonly session: BrowserSession;
}): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<{ busy: boolean; problem?: string }>({ busy: false });
  const scored = session.scored();
  const name = downloadName(session.fileName, scored);

  const download = async (): Promise<void> => {
    setState({ busy: true });
    try {
      const file = await session.download();
      saveAs(file.blob, file.name);
      setState({ busy: false });
    } catch (error) {
      setState({
        busy: false,
        problem: format(strings.downloadFailed, {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  return (
    <div
      className={styles.bar}
      data-testid="download-bar"
      role="region"
      aria-label={strings.downloadBarLabel}
    >
      <Caption1 className={styles.text} aria-live="polite">
        {state.busy
          ? strings.downloading
          : (state.problem ?? format(strings.downloadHint, { name }))}
      </Caption1>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          disabledFocusable={state.busy}
          onClick={() => void download()}
        >
          {scored ? strings.downloadScored : strings.downloadCopy}
        </Button>
      </div>
    </div>
  );
}
