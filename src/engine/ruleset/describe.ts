/** The text of `jixiao rules`: presets with their descriptions, rule kinds with their parameters. */

import type { Lang } from "../model";
import { listRuleKinds } from "../rules/registry";
import { presets } from "./presets";

const headings = {
  "zh-CN": {
    presets: "规则集（--rules 取值）",
    kinds: "计分规则类型",
    params: "参数",
    none: "（无参数）",
    required: "必填",
    dsl: "评分标准可直接写规则，如：per-unit 0.5/1pt、bands 95%:full 90%:8 *:0、at-most ratio（详见 docs/rules.md）",
  },
  "en-US": {
    presets: "Rule sets (values of --rules)",
    kinds: "Rule kinds",
    params: "parameters",
    none: "(no parameters)",
    required: "required",
    dsl: "A 评分标准 cell may hold a rule directly, e.g. per-unit 0.5/1pt, bands 95%:full 90%:8 *:0, at-most ratio (see docs/rules.md)",
  },
};

export function describeRules(lang: Lang): string {
  const h = headings[lang];
  const lines: string[] = [h.presets];
  for (const rs of Object.values(presets)) {
    lines.push(`  ${rs.name}${rs.mode === "validate" ? " (validate)" : ""}`);
    lines.push(`      ${rs.description[lang]}`);
  }
  lines.push("", h.kinds);
  for (const kind of listRuleKinds()) {
    lines.push(`  ${kind.name} — ${kind.label[lang]}`);
    const params = Object.entries(kind.params);
    if (params.length === 0) lines.push(`      ${h.none}`);
    for (const [name, info] of params)
      lines.push(`      ${name}${info.required ? ` (${h.required})` : ""}: ${info[lang]}`);
  }
  lines.push("", h.dsl);
  return lines.join("\n");
}
