/** @jest-environment jsdom */
// The screens with React in jsdom, against a fake workbook session: what a person sees and does, and what
// the session is asked to do.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostState } from "../../src/taskpane/host";
import type { BrowserSession, CancelSignal, ReviewDecision, ScoreOutcome, SessionOpeners, WorkbookSession } from "../../src/taskpane/session/contract";
import type { RunChoices } from "../../src/taskpane/state/options";
import type { Progress } from "../../src/workbook/port";
import { evaluation } from "./fixtures";

const BROWSER: HostState = { kind: "browser", reason: "no-office-js" };
const EXCEL: HostState = { kind: "excel", displayLanguage: "zh-CN" };
const E22 = "自评表!E22:NEGATIVE_COMPLETION";

/** What the fake session's next run and undo say (text, as the session renders the plan's notices). */
const sessionNotices: { run: string[]; undo: string[] } = { run: [], undo: [] };
beforeEach(() => {
  sessionNotices.run = [];
  sessionNotices.undo = [];
});

interface Calls {
  score: RunChoices[];
  review: [string, ReviewDecision][];
  select: string[];
  undo: number;
}

function fakeSession(calls: Calls, score?: (onProgress: (p: Progress) => void, signal: CancelSignal) => Promise<ScoreOutcome>): BrowserSession {
  return {
    kind: "browser",
    fileName: "自评表.xlsx",
    grids: () => [{ sheet: "自评表", values: [["指标", "得分"], ["产出", 5]], merges: [] }],
    scored: () => calls.score.length > 0 && calls.undo === 0,
    download: async () => ({ blob: new Blob(["x"]), name: "自评表.scored.xlsx" }),
    async score(choices, onProgress, signal) {
      calls.score.push(choices);
      if (score) return score(onProgress, signal);
      onProgress({ step: "reading", done: 1, total: 1 });
      return { status: "done", evaluation: evaluation(), reviews: {}, notices: sessionNotices.run };
    },
    async review(flagId, decision) {
      calls.review.push([flagId, decision]);
      return { ok: true, entry: { ...decision, time: "2026-11-21T03:07:00.000Z" } };
    },
    async select(sheet, cell) {
      calls.select.push(`${sheet}!${cell}`);
      return { ok: true };
    },
    async undo() {
      calls.undo++;
      return { ok: true, notices: sessionNotices.undo };
    },
  };
}

function setup(host: HostState = BROWSER, score?: Parameters<typeof fakeSession>[1]) {
  const calls: Calls = { score: [], review: [], select: [], undo: 0 };
  const session = fakeSession(calls, score);
  const opened: string[] = [];
  const openers: SessionOpeners = {
    excel: async () => {
      opened.push("excel");
      return session as WorkbookSession;
    },
    browser: async (file) => {
      opened.push(file.name);
      return { ok: true, session };
    },
  };
  render(<App host={host} language="zh-CN" openers={openers} />);
  return { calls, opened };
}

function chooseFile(name: string): void {
  const input = document.querySelector("input[type=file]");
  if (!input) throw new Error("no file input");
  fireEvent.change(input, { target: { files: [new File(["PK"], name)] } });
}

async function runToResults(): Promise<void> {
  chooseFile("自评表.xlsx");
  fireEvent.click(screen.getByRole("button", { name: "运行评分" }));
  await screen.findByTestId("total");
}

describe("Run screen", () => {
  test("Run without a workbook asks for one and puts focus on the file chooser", () => {
    const { calls } = setup();
    fireEvent.click(screen.getByRole("button", { name: "运行评分" }));
    expect(screen.getByText("请先选择工作簿")).toBeTruthy();
    expect(document.activeElement?.textContent).toBe("选择文件…");
    expect(calls.score).toHaveLength(0);
  });

  test("a file that is not .xlsx is refused by name, with focus on the message; an .xlsx is opened when chosen", async () => {
    const { opened } = setup();
    chooseFile("说明.txt");
    expect(screen.getByText("“说明.txt”不是 .xlsx 工作簿，请选择 .xlsx 文件。")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId("file-problem"));
    chooseFile("自评表.xlsx");
    expect(await screen.findByText("已选择：自评表.xlsx")).toBeTruthy();
    // Opened (and so checked) on choosing, before any run.
    expect(opened).toEqual(["自评表.xlsx"]);
    expect(screen.queryByText("“说明.txt”不是 .xlsx 工作簿，请选择 .xlsx 文件。")).toBeNull();
  });

  test("the choices made go to the run", async () => {
    const { calls, opened } = setup();
    fireEvent.change(screen.getByLabelText("执行率分母"), { target: { value: "available" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "公式模式：系统得分写成 Excel 公式" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "按序时进度核对执行率（年中监控）" }));
    fireEvent.change(screen.getByLabelText("截至日期"), { target: { value: "2020-06-30" } });
    await runToResults();
    expect(opened).toEqual(["自评表.xlsx"]);
    expect(calls.score[0]).toMatchObject({ ruleSetName: "national-2020", denominator: "available", formulas: true, fillScores: false, asOfEnabled: true, asOf: "2020-06-30" });
  });

  test("progress shows the step; Cancel stops the run and says nothing was changed", async () => {
    let finish: (outcome: ScoreOutcome) => void = () => undefined;
    let seen: CancelSignal | undefined;
    setup(BROWSER, (onProgress, signal) => {
      seen = signal;
      onProgress({ step: "scoring", done: 0, total: 1 });
      return new Promise((resolve) => (finish = resolve));
    });
    chooseFile("自评表.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "运行评分" }));
    await waitFor(() => expect(within(screen.getByTestId("run-progress")).getByText("第 2/3 步：正在评分…")).toBeTruthy());
    expect(screen.getByTestId("progress-announcement").textContent).toBe("第 2/3 步：正在评分…");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(seen?.aborted).toBe(true);
    expect(within(screen.getByTestId("run-progress")).getByText("正在取消…")).toBeTruthy();
    await act(async () => finish({ status: "cancelled" }));
    expect(screen.getByTestId("run-notice").textContent).toBe("已取消，工作簿未做任何更改。");
  });

  test("a failed run says why", async () => {
    setup(BROWSER, async () => ({ status: "failed", message: "自评表.xlsx：不是有效的 .xlsx 工作簿（x）" }));
    chooseFile("自评表.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "运行评分" }));
    await waitFor(() => expect(screen.getByTestId("run-notice").textContent).toBe("评分失败：自评表.xlsx：不是有效的 .xlsx 工作簿（x）"));
  });

  test("in Excel there is no file to choose, and the run goes to the open workbook", async () => {
    const { opened } = setup(EXCEL);
    expect(document.querySelector("input[type=file]")).toBeNull();
    expect(screen.queryByRole("tab", { name: "预览" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "运行评分" }));
    await screen.findByTestId("total");
    expect(opened).toEqual(["excel"]);
  });
});

describe("Results screen", () => {
  test("total, grade, chart, rates and counts; focus on the results", async () => {
    setup();
    await runToResults();
    expect(screen.getByTestId("total").textContent).toBe("79.59");
    expect(screen.getByTestId("grade").textContent).toBe("中");
    expect(document.activeElement?.id).toBe("results-heading");
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe("一级指标得分与分值。产出指标：得分 38.85，分值 50；效益指标：得分 22.50，分值 30");
    expect(within(screen.getByTestId("rates")).getByText("83.27%")).toBeTruthy();
    expect(screen.getByRole("table", { name: /自评与系统得分/ })).toBeTruthy();
    expect(screen.getByTestId("flag-counts").textContent).toContain("错误1");
    expect(screen.getByTestId("announcement").textContent).toBe("评分完成：系统总分 79.59，等级 中，发现 5 个问题。");
    expect(screen.getByRole("tab", { name: "问题（5）" })).toBeTruthy();
  });

  test("undo asks first, then takes the run away", async () => {
    const { calls } = setup();
    await runToResults();
    fireEvent.click(screen.getByRole("button", { name: "撤销本次评分" }));
    expect(document.activeElement?.textContent).toBe("确定撤销");
    fireEvent.click(screen.getByRole("button", { name: "不撤销" }));
    expect(calls.undo).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "撤销本次评分" }));
    fireEvent.click(screen.getByRole("button", { name: "确定撤销" }));
    await waitFor(() => expect(screen.getByTestId("run-notice").textContent).toBe("已撤销：评分写入的内容已全部移除。"));
    expect(document.activeElement).toBe(screen.getByTestId("run-notice"));
    expect(calls.undo).toBe(1);
    expect(screen.getByRole("tab", { name: "结果" }).hasAttribute("disabled")).toBe(true);
    // Nothing to note: no notice box.
    expect(screen.queryByTestId("run-notices")).toBeNull();
  });

  test("the run's and the undo's notices are shown as text: on the results, then beside 已撤销", async () => {
    const renamed = "工作簿中已有他人的工作表「评分汇总」，原样保留；本工具的工作表改名为「评分汇总 (2)」";
    const kept = "工作表「<b>表</b>」的 H22 在本工具以前写入的列中，但内容已被他人改写，原样保留，未清除也未覆盖";
    sessionNotices.run = [renamed];
    sessionNotices.undo = [kept];
    setup();
    await runToResults();
    const onResults = screen.getByTestId("run-notices");
    expect(onResults.textContent).toBe(`请留意${renamed}`);
    fireEvent.click(screen.getByRole("button", { name: "撤销本次评分" }));
    fireEvent.click(screen.getByRole("button", { name: "确定撤销" }));
    await waitFor(() => expect(screen.getByTestId("run-notice")).toBeTruthy());
    const afterUndo = screen.getByTestId("run-notices");
    expect(afterUndo.textContent).toBe(`请留意${kept}`);
    // Sheet text stays text: the tag is shown, never made an element.
    expect(afterUndo.querySelector("b")).toBeNull();
    expect(afterUndo.textContent).not.toContain(renamed);
  });
});

describe("Flags screen", () => {
  async function openFlags() {
    const setupResult = setup();
    await runToResults();
    fireEvent.click(screen.getByRole("tab", { name: "问题（5）" }));
    return setupResult;
  }

  function item(id: string): HTMLElement {
    const found = document.querySelector<HTMLElement>(`[data-flag-id="${id}"]`);
    if (!found) throw new Error(`no flag ${id}`);
    return found;
  }

  test("grouped by severity and code, with counts", async () => {
    await openFlags();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["错误（1）", "警告（4）"]);
    // Headed in words; the code is in the tooltip.
    const codes = screen.getAllByRole("heading", { level: 4 });
    expect(codes.map((h) => h.textContent)).toEqual([
      "得分与计算不符（1）",
      "未填写扣分原因（2）",
      "完成率为负（1）",
      "执行率偏低（1）",
    ]);
    expect(codes[2]?.getAttribute("title")).toBe("问题代码：NEGATIVE_COMPLETION");
    expect(item(E22).textContent).toContain("E22 有问题：完成率为负");
  });

  test("opening a flag selects its cell; a decision needs a reviewer and is saved at once", async () => {
    const { calls } = await openFlags();
    fireEvent.click(item(E22));
    expect(item(E22).getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(calls.select).toEqual(["自评表!E22"]));
    const form = screen.getByTestId("flag-review");
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    expect(within(form).getByText("请选择处理结果")).toBeTruthy();
    fireEvent.click(within(form).getByRole("radio", { name: /确认问题/ }));
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    expect(within(form).getByText("请填写复核人")).toBeTruthy();
    expect(calls.review).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText("复核人"), { target: { value: "张三" } });
    fireEvent.change(within(form).getByLabelText("复核意见"), { target: { value: "已核实：受疫情影响" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    await within(form).findByText("已保存到复核清单：已确认");
    expect(calls.review).toEqual([[E22, { status: "已确认", reviewer: "张三", comment: "已核实：受疫情影响" }]]);
    expect(item(E22).textContent).toContain("已确认");
    expect(item(E22).textContent).toContain("已核实：受疫情影响 — 张三");
  });

  test("保存并下一条 saves, then opens the next listed flag with focus on it", async () => {
    const { calls } = await openFlags();
    fireEvent.click(item(E22));
    const form = screen.getByTestId("flag-review");
    fireEvent.click(within(form).getByRole("radio", { name: /驳回（无需修改）/ }));
    fireEvent.change(within(form).getByLabelText("复核人"), { target: { value: "张三" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存并下一条" }));
    await waitFor(() => expect(item("明细!F5:EXECUTION_LOW").getAttribute("aria-expanded")).toBe("true"));
    expect(document.activeElement).toBe(item("明细!F5:EXECUTION_LOW"));
    expect(calls.review).toEqual([[E22, { status: "已驳回", reviewer: "张三", comment: "" }]]);
    expect(item(E22).textContent).toContain("已驳回");
  });

  test("arrow keys and previous / next move through the listed flags; the reviewer's name stays", async () => {
    await openFlags();
    fireEvent.click(item(E22));
    fireEvent.change(within(screen.getByTestId("flag-review")).getByLabelText("复核人"), { target: { value: "张三" } });
    fireEvent.keyDown(item(E22), { key: "ArrowDown" });
    expect(item("明细!F5:EXECUTION_LOW").getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(item("明细!F5:EXECUTION_LOW"));
    expect((within(screen.getByTestId("flag-review")).getByLabelText("复核人") as HTMLInputElement).value).toBe("张三");
    fireEvent.click(screen.getByRole("button", { name: "上一个" }));
    expect(item(E22).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("toolbar").textContent).toContain("第 4/5 个");
    fireEvent.keyDown(item(E22), { key: "Home" });
    expect(item("自评表!H9:SCORE_MISMATCH").getAttribute("aria-expanded")).toBe("true");
    expect((screen.getByRole("button", { name: "上一个" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("search and filters narrow the list", async () => {
    await openFlags();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "执行率" } });
    expect(screen.getByTestId("shown-count").textContent).toBe("显示 1/5 个问题");
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("级别"), { target: { value: "error" } });
    expect(screen.getByTestId("shown-count").textContent).toBe("显示 1/5 个问题");
    fireEvent.change(screen.getByLabelText("复核状态"), { target: { value: "已驳回" } });
    expect(screen.getByText("没有符合条件的问题。")).toBeTruthy();
  });

  test("in browser mode a flag is shown in the preview, its cell shaded", async () => {
    await openFlags();
    fireEvent.click(item(E22));
    fireEvent.click(within(screen.getByTestId("flag-review")).getByRole("button", { name: /单元格 自评表!E22/ }));
    const table = await screen.findByTestId("preview-table");
    expect(table.getAttribute("data-sheet")).toBe("自评表");
    expect(screen.getByRole("tab", { name: "预览" }).getAttribute("aria-selected")).toBe("true");
  });
});
