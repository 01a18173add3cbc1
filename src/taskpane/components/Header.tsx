import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

export interface HeaderProps {
  readonly title: string;
  readonly subtitle: string;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { flexShrink: 0, width: "20px", height: "20px" },
  title: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
});

export function Header({ title, subtitle }: HeaderProps): React.JSX.Element {
  const styles = useStyles();
  // One line: the pane is narrow, and what the user came for starts below it.
  return (
    <header className={styles.header}>
      <img className={styles.logo} src="assets/icon-32.png" alt="" width={20} height={20} />
      <Subtitle2 as="h1" className={styles.title} title={subtitle}>
        {title}
      </Subtitle2>
    </header>
  );
}
