import * as React from "react";
import { Body1, Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Step } from "../../workbook/port";
import { format, type Strings } from "../i18n";
import { stepNumber } from "../state/run-state";

export interface RunProgressProps {
  readonly strings: Strings;
  readonly step: Step;
  readonly fraction: number;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  line: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

export function stepText(strings: Strings, step: Step): string {
  const name =
    step === "reading"
      ? strings.stepReading
      : step === "scoring"
        ? strings.stepScoring
        : strings.stepWriting;
  return format(strings.progressLabel, { index: stepNumber(step), step: name });
}

/** The run's step (reading, scoring, writing), a progress bar, and Cancel. */
export function RunProgress({
  strings,
  step,
  fraction,
  cancelling,
  onCancel,
}: RunProgressProps): React.JSX.Element {
  const styles = useStyles();
  const text = stepText(strings, step);
  return (
    <div className={styles.box} data-testid="run-progress">
      <div className={styles.line}>
        <Body1>{cancelling ? strings.cancelling : text}</Body1>
        <Button size="small" disabled={cancelling} onClick={onCancel}>
          {strings.cancel}
        </Button>
      </div>
      <ProgressBar value={fraction} max={1} thickness="large" aria-label={text} />
    </div>
  );
}
