// Host detection and language choice of the task pane, without a browser.
import { detectHost, findOffice, type OfficeGlobal } from "../../src/taskpane/host";
import { format, LANGUAGES, matchLanguage, pickLanguage, strings } from "../../src/taskpane/i18n";

function officeScope(onReady: OfficeGlobal["onReady"], displayLanguage?: string): { Office: OfficeGlobal } {
  return { Office: { onReady, context: { displayLanguage } } };
}

describe("detectHost", () => {
  test("no office.js: browser mode at once", async () => {
    expect(findOffice({})).toBeUndefined();
    expect(findOffice({ Office: { onReady: "not a function" } })).toBeUndefined();
    await expect(detectHost({ scope: {} })).resolves.toEqual({ kind: "browser", reason: "no-office-js" });
  });

  test("office.js outside Office (null host): browser mode", async () => {
    const scope = officeScope(() => Promise.resolve({ host: null, platform: null }));
    await expect(detectHost({ scope })).resolves.toEqual({ kind: "browser", reason: "no-host" });
  });

  test("Excel: excel mode with Office's display language and platform", async () => {
    const scope = officeScope(() => Promise.resolve({ host: "Excel", platform: "PC" }), "en-US");
    await expect(detectHost({ scope })).resolves.toEqual({ kind: "excel", displayLanguage: "en-US", platform: "PC" });
  });

  test("another Office host is not Excel", async () => {
    const scope = officeScope(() => Promise.resolve({ host: "Word", platform: "PC" }));
    await expect(detectHost({ scope })).resolves.toEqual({ kind: "browser", reason: "other-host" });
  });

  test("Office.onReady that never settles: browser mode after the timeout", async () => {
    const scope = officeScope(() => new Promise(() => undefined));
    const started = Date.now();
    await expect(detectHost({ scope, timeoutMs: 50 })).resolves.toEqual({ kind: "browser", reason: "timeout" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  test("Office.onReady that throws or rejects: browser mode", async () => {
    const throwing = officeScope(() => {
      throw new Error("boom");
    });
    await expect(detectHost({ scope: throwing })).resolves.toEqual({ kind: "browser", reason: "error" });
    const rejecting = officeScope(() => Promise.reject(new Error("boom")));
    await expect(detectHost({ scope: rejecting })).resolves.toEqual({ kind: "browser", reason: "error" });
  });
});

describe("i18n", () => {
  test("zh-CN is the first and default language, and both tables have every string", () => {
    expect(LANGUAGES[0]).toBe("zh-CN");
    const keys = Object.keys(strings("zh-CN")).sort();
    expect(Object.keys(strings("en-US")).sort()).toEqual(keys);
    for (const language of LANGUAGES) {
      for (const key of keys) expect(strings(language)[key as keyof ReturnType<typeof strings>]).not.toBe("");
    }
    expect(strings("zh-CN").appTitle).toBe("绩效评分助手");
    expect(strings("zh-CN").runButton).toBe("运行评分");
  });

  test("matchLanguage maps tags to supported languages", () => {
    expect(matchLanguage("zh")).toBe("zh-CN");
    expect(matchLanguage("zh-Hans-CN")).toBe("zh-CN");
    expect(matchLanguage("zh_TW")).toBe("zh-CN");
    expect(matchLanguage("en-GB")).toBe("en-US");
    expect(matchLanguage("fr-FR")).toBeUndefined();
    expect(matchLanguage("")).toBeUndefined();
    expect(matchLanguage(undefined)).toBeUndefined();
  });

  test("pickLanguage: URL override, then Office, else the browser, else zh-CN", () => {
    expect(pickLanguage({ search: "?lang=en-US", officeDisplayLanguage: "zh-CN" })).toBe("en-US");
    expect(pickLanguage({ search: "?x=1&lang=zh-CN", navigatorLanguage: "en-US" })).toBe("zh-CN");
    expect(pickLanguage({ officeDisplayLanguage: "en-US", navigatorLanguage: "zh-CN" })).toBe("en-US");
    // In Office, Office's language counts, not the webview's.
    expect(pickLanguage({ officeDisplayLanguage: "de-DE", navigatorLanguage: "en-US" })).toBe("zh-CN");
    expect(pickLanguage({ navigatorLanguage: "en-AU" })).toBe("en-US");
    expect(pickLanguage({ search: "?lang=xx", navigatorLanguage: "ja-JP" })).toBe("zh-CN");
    expect(pickLanguage({})).toBe("zh-CN");
  });

  test("format fills placeholders and leaves unknown ones", () => {
    expect(format("已选择：{name}", { name: "自评表.xlsx" })).toBe("已选择：自评表.xlsx");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
