import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../i18n";
import type { Workbench } from "../useWorkbench";
import { saveAs } from "./DownloadBar";
import { useSharedStyles } from "./styles";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Drafts the 自评报告 (.docx) of the open workbook and hands it to the user as a download, in both doors. */
export function ReportDraftButton({
  workbench: w,
  form = null,
}: {
  readonly workbench: Workbench;
  /** The form picked in a workbook of several, which is the one drafted. */
  readonly form?: string | null;
}): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [state, setState] = React.useState<{ busy: boolean; text: string }>({
    busy: false,
    text: "",
  });

  const draft = async (): Promise<void> => {
    setState({ busy: true, text: w.strings.draftBusy });
    const outcome = await w.draftReport(form ?? undefined);
    if (outcome.ok) {
      saveAs(outcome.file.blob, outcome.file.name);
      setState({ busy: false, text: format(w.strings.draftSaved, { name: outcome.file.name }) });
    } else {
      setState({ busy: false, text: format(w.strings.draftFailed, { message: outcome.message }) });
    }
  };

  return (
    <div className={`${shared.section} ${styles.row}`} data-testid="report-draft">
      <Button disabledFocusable={state.busy} onClick={() => void draft()}>
        {w.strings.draftButton}
      </Button>
      <Caption1 aria-live="polite">{state.text}</Caption1>
    </div>
  );
}
