import { LANGS } from "../engine";

export const USAGE = `绩效评分助手 jixiao — 为绩效自评工作簿评分 / scores 绩效自评 workbooks

用法 / Usage:
  jixiao score IN.xlsx [--out OUT.xlsx] [--json REPORT.json] [options]
  jixiao batch DIR|FILES... --summary SUMMARY.xlsx [--json SUMMARY.json] [--jobs N] [options]
  jixiao undo SCORED.xlsx [--out RESTORED.xlsx]
  jixiao report IN.xlsx [--out OUT.docx] [--form NAME] [options]   自评报告草稿 / self-evaluation report draft (.docx)
  jixiao rules

选项 / Options:
  --rules PRESET|FILE.json   规则集（默认 national-2020）/ rule set (default national-2020)
  ${`--lang ${LANGS.join("|")}`.padEnd(27)}报告语言 / language of messages (default zh-CN)
  --as-of YYYY-MM-DD         序时进度的日期 / date for calendar progress
  --formulas                 得分写成公式 / write scores as Excel formulas where possible
  --fill-scores              填写空的得分单元格（可撤销）/ fill empty 得分 cells (undoable)
  --fail-on error|warning|never   有此级别问题时退出码为 1 / exit 1 on flags at this level (default never)
  --quiet                    只输出错误 / print errors only
  --jobs N                   batch 同时处理的工作簿数（默认 CPU 核数；1 = 逐个处理）
                             / workbooks batch scores at once (default: the core count; 1 = one by one)

退出码 / Exit status: 0 完成 done; 1 有问题 flags at or above --fail-on; 2 输入或参数无法使用 unusable input.
`;
