import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { HostState } from "../host";
import { format, type Strings } from "../i18n";

export interface HostStatusProps {
  readonly host: HostState;
  readonly strings: Strings;
}

const useStyles = makeStyles({
  footer: {
    marginTop: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

function hostName(host: HostState, strings: Strings): string {
  switch (host.kind) {
    case "detecting":
      return strings.hostDetecting;
    case "excel":
      return strings.hostExcel;
    case "browser":
      return strings.hostBrowser;
  }
}

/** One line at the bottom saying where the task pane runs. */
export function HostStatus({ host, strings }: HostStatusProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Caption1 role="status" data-host={host.kind}>
        {format(strings.hostLabel, { host: hostName(host, strings) })}
      </Caption1>
    </footer>
  );
}
