import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, type Strings } from "../i18n";
import type { UndoOutcome } from "../session/contract";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Undo of the whole run, asked twice: it also removes the review list with its comments. */
export function UndoRun({
  strings,
  onUndo,
}: {
  readonly strings: Strings;
  readonly onUndo: () => Promise<UndoOutcome>;
}): React.JSX.Element {
  const styles = useStyles();
  const [asking, setAsking] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const confirmButton = React.useRef<HTMLButtonElement>(null);

  React.useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  const undo = async (): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    const outcome = await onUndo();
    setBusy(false);
    setAsking(false);
    if (!outcome.ok) setProblem(format(strings.undoFailed, { message: outcome.message }));
  };

  return (
    <div className={styles.box}>
      {asking ? (
        <div role="group" aria-label={strings.undoButton}>
          <Body1 as="p">{strings.undoQuestion}</Body1>
          <div className={styles.buttons}>
            <Button ref={confirmButton} disabledFocusable={busy} onClick={() => void undo()}>
              {strings.undoConfirm}
            </Button>
            <Button appearance="subtle" disabled={busy} onClick={() => setAsking(false)}>
              {strings.undoKeep}
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.buttons}>
          <Button onClick={() => setAsking(true)}>{strings.undoButton}</Button>
        </div>
      )}
      <div aria-live="polite">
        {problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
