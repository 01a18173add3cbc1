import * as React from "react";
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import { Header } from "./components/Header";
import { HostStatus } from "./components/HostStatus";
import { RunPanel } from "./components/RunPanel";
import type { HostState } from "./host";
import { strings as stringsFor, type Language } from "./i18n";
import type { RunHandler } from "./run";

export interface AppProps {
  readonly host: HostState;
  readonly language: Language;
  readonly onRun: RunHandler;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", minWidth: "0" },
  main: { flexGrow: 1 },
});

export function App({ host, language, onRun }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const strings = stringsFor(language);
  return (
    <FluentProvider theme={webLightTheme} dir="ltr" className={styles.root}>
      <Header title={strings.appTitle} subtitle={strings.appSubtitle} />
      <main className={styles.main}>
        <RunPanel host={host} strings={strings} onRun={onRun} />
      </main>
      <HostStatus host={host} strings={strings} />
    </FluentProvider>
  );
}
