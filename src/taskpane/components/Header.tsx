import * as React from "react";
import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";

export interface HeaderProps {
  readonly title: string;
  readonly subtitle: string;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { flexShrink: 0, width: "32px", height: "32px" },
  text: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

export function Header({ title, subtitle }: HeaderProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img className={styles.logo} src="assets/icon-32.png" alt="" width={32} height={32} />
      <div className={styles.text}>
        <Title3 as="h1" className={styles.title}>
          {title}
        </Title3>
        <Caption1 className={styles.subtitle}>{subtitle}</Caption1>
      </div>
    </header>
  );
}
