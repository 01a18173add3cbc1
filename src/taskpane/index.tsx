// Task pane entry: render at once, then find out whether Excel hosts us (see host.ts).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost, loadOfficeJs, type HostState } from "./host";
import { pickLanguage, strings, type Language } from "./i18n";

function languageFor(host: HostState): Language {
  return pickLanguage({
    search: window.location.search,
    officeDisplayLanguage: host.kind === "excel" ? host.displayLanguage : undefined,
    navigatorLanguage: navigator.language,
  });
}

function mountPoint(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "container";
  document.body.appendChild(created);
  return created;
}

/** Outside Office a file dropped beside the drop zone must not replace the page. */
function keepDroppedFilesInPage(): void {
  for (const type of ["dragover", "drop"]) {
    window.addEventListener(type, (event) => {
      if ((event as DragEvent).dataTransfer?.types.includes("Files")) event.preventDefault();
    });
  }
}

const root = createRoot(mountPoint());

function show(host: HostState): void {
  const language = languageFor(host);
  document.documentElement.lang = language;
  document.title = strings(language).appTitle;
  if (host.kind === "browser") keepDroppedFilesInPage();
  root.render(
    <React.StrictMode>
      <App host={host} language={language} />
    </React.StrictMode>
  );
}

show({ kind: "detecting" });
void loadOfficeJs(document)
  .then(() => detectHost())
  .then(show);
