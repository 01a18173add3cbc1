/** @jest-environment jsdom */
// A workbook of several forms on the pane: the forms list with each total, grade and flags; a click shows one form.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostState } from "../../src/taskpane/host";
import type { BrowserSession, SessionOpeners } from "../../src/taskpane/session/contract";
import { evaluate } from "../../src/engine/evaluate";
import type { Evaluation } from "../../src/engine/model";
import { getPreset } from "../../src/engine/ruleset/presets";
import { GUIDE, PROJECT_TITLE, nationalForm } from "../fixtures/forms";

const BROWSER: HostState = { kind: "browser", reason: "no-office-js" };

/** Two copies of the national form (77.66 / 中 each), the second with a 总分 of 80: two errors on it alone. */
function twoForms(): Evaluation {
  const rs = getPreset("national-2020")!;
  const out = evaluate(
    [
      { sheet: "填报说明", values: GUIDE, merges: [] },
      { sheet: "项目一", values: nationalForm("招商引资与产业发展", 77.66), merges: [] },
      { sheet: "项目二", values: nationalForm("招商引资与产业发展", 80), merges: [] },
    ],
    rs,
    { file: "twoproj.xlsx", ruleSetName: rs.name }
  );
  if (!out.ok) throw new Error("not evaluated");
  return out.evaluation;
}

/** The forms each report draft was asked for. */
let drafted: (string | undefined)[] = [];
beforeEach(() => {
  drafted = [];
});

function setup(): void {
  const e = twoForms();
  const session: BrowserSession = {
    kind: "browser",
    fileName: "twoproj.xlsx",
    grids: () => [],
    scored: () => true,
    download: async () => ({ blob: new Blob(["x"]), name: "twoproj.scored.xlsx" }),
    score: async () => ({ status: "done", evaluation: e, reviews: {}, notices: [] }),
    review: async () => ({ ok: true, entry: { status: "confirmed", reviewer: "x", time: "t" } }),
    select: async () => ({ ok: true }),
    undo: async () => ({ ok: true, notices: [] }),
    draftReport: async (_choices: unknown, form?: string) => {
      drafted.push(form);
      return { ok: false, message: "not drafted in this test" };
    },
  } as unknown as BrowserSession;
  const openers: SessionOpeners = {
    excel: async () => session,
    browser: async () => ({ ok: true, session }),
  };
  render(<App host={BROWSER} language="zh-CN" openers={openers} />);
}

async function runToResults(): Promise<void> {
  const input = document.querySelector("input[type=file]");
  if (!input) throw new Error("no file input");
  fireEvent.change(input, { target: { files: [new File(["PK"], "twoproj.xlsx")] } });
  fireEvent.click(screen.getByRole("button", { name: "运行评分" }));
  await screen.findByTestId("forms-list");
}

test("the forms are listed with total, grade and flags; no total across them", async () => {
  setup();
  await runToResults();
  const items = screen.getAllByTestId("form-item");
  expect(items.map((i) => i.getAttribute("data-form"))).toEqual(["项目一", "项目二"]);
  expect(items[0].textContent).toBe(
    `${PROJECT_TITLE}项目一 · 77.66/100 分，等级 中；0 错误 · 0 警告 · 0 提示`
  );
  // 总分 80 against 77.66 summed, and 中 stated where 80 would be 良
  expect(items[1].textContent).toContain("77.66/100 分，等级 中；2 错误");
  expect(screen.getByTestId("forms-no-total").textContent).toContain("没有合计的总分或等级");
  expect(screen.queryByTestId("total")).toBeNull();
  expect(screen.getByTestId("announcement").textContent).toBe(
    "评分完成：共 2 张评价表，各自计分定级，发现 2 个问题。"
  );
});

test("a click shows that form alone, on the results and the flags; 全部评价表 shows them all again", async () => {
  setup();
  await runToResults();
  fireEvent.click(screen.getAllByTestId("form-item")[1]);
  expect(screen.getAllByTestId("form-item")[1].getAttribute("aria-pressed")).toBe("true");
  expect(screen.getByTestId("total").textContent).toBe("77.66");
  expect(screen.getByTestId("grade").textContent).toBe("中");
  fireEvent.click(screen.getByRole("tab", { name: "问题（2）" }));
  const flags = Array.from(document.querySelectorAll<HTMLElement>("[data-flag-id]")).map((f) =>
    f.getAttribute("data-flag-id")
  );
  expect(flags.sort()).toEqual(["项目二!B13:GRADE_MISMATCH", "项目二!G12:SUM_MISMATCH"]);

  fireEvent.click(screen.getAllByTestId("form-item")[0]);
  expect(screen.getByRole("tab", { name: "问题（0）" })).toBeTruthy();
  fireEvent.click(screen.getByTestId("form-all"));
  expect(
    within(screen.getByTestId("forms-list")).getByTestId("form-all").getAttribute("aria-pressed")
  ).toBe("true");
  expect(screen.getByRole("tab", { name: "问题（2）" })).toBeTruthy();
});

test("the report draft is asked for the form picked", async () => {
  setup();
  await runToResults();
  fireEvent.click(screen.getAllByTestId("form-item")[1]);
  fireEvent.click(screen.getByRole("button", { name: "起草自评报告（Word）" }));
  await screen.findByText(/not drafted in this test/);
  expect(drafted).toEqual(["项目二"]);
});
