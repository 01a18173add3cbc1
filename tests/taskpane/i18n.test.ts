import { presets } from "../../src/engine/ruleset";
import { severities } from "../../src/engine/review/severity";
import type { FlagCode } from "../../src/engine/model";
import {
  LANGUAGES,
  flagCodeLabel,
  presetTitle,
  reviewStatusLabel,
  severityLabel,
  strings,
} from "../../src/taskpane/i18n";

describe("task pane words", () => {
  test("every flag code of the catalogue has a short name in both languages", () => {
    for (const language of LANGUAGES) {
      for (const code of Object.keys(severities) as FlagCode[])
        expect(flagCodeLabel(language, code)).not.toBe("");
    }
    expect(flagCodeLabel("zh-CN", "NEGATIVE_COMPLETION")).toBe("完成率为负");
  });

  test("every preset has a title in both languages; an unknown rule set shows its own name", () => {
    for (const language of LANGUAGES) {
      for (const name of Object.keys(presets)) expect(presetTitle(language, name)).not.toBe(name);
    }
    expect(presetTitle("zh-CN", "my-region")).toBe("my-region");
  });

  test("review statuses are written in Chinese and shown in the user's language", () => {
    expect(reviewStatusLabel(strings("en-US"), "已确认")).toBe("Confirmed");
    expect(reviewStatusLabel(strings("en-US"), "已驳回")).toBe("Rejected");
    expect(reviewStatusLabel(strings("zh-CN"), "待复核")).toBe("待复核");
    expect(reviewStatusLabel(strings("en-US"), "自定义")).toBe("自定义");
    expect(severityLabel(strings("zh-CN"), "error")).toBe("错误");
    expect(severityLabel(strings("en-US"), "info")).toBe("Info");
  });

  test("placeholders are the same in both languages", () => {
    const zh = strings("zh-CN");
    const en = strings("en-US");
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[])
      expect({ key, names: names(en[key]) }).toEqual({ key, names: names(zh[key]) });
  });
});
