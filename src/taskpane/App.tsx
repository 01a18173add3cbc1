import * as React from "react";
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import { Header } from "./components/Header";
import { HostStatus } from "./components/HostStatus";
import { Workbench } from "./components/Workbench";
import type { HostState } from "./host";
import type { Language } from "./i18n";
import { defaultOpeners } from "./openers";
import type { SessionOpeners } from "./session/contract";
import { useWorkbench } from "./useWorkbench";

export interface AppProps {
  readonly host: HostState;
  readonly language: Language;
  /** How a workbook session is opened; tests give fakes. */
  readonly openers?: SessionOpeners;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", minWidth: "0" },
  main: { flexGrow: 1, minWidth: 0 },
});

export function App({ host, language, openers = defaultOpeners }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const workbench = useWorkbench(host, language, openers);
  return (
    <FluentProvider theme={webLightTheme} dir="ltr" className={styles.root}>
      <Header title={workbench.strings.appTitle} subtitle={workbench.strings.appSubtitle} />
      <main className={styles.main}>
        <Workbench workbench={workbench} />
      </main>
      <HostStatus host={host} strings={workbench.strings} />
    </FluentProvider>
  );
}
