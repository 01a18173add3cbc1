/** What the command line prints, zh-CN first and en-US beside it. */

import { registerMessages } from "../engine";

registerMessages({
  "cli.summary": {
    "zh-CN":
      "{file}：总分 {score}/{weight}，等级 {grade}；问题 {errors} 个错误、{warnings} 个警告、{infos} 条提示；{scored} 行已计分、{unscored} 行未计分。",
    "en-US":
      "{file}: total {score}/{weight}, grade {grade}{gloss}; flags: {errors} errors, {warnings} warnings, {infos} info; {scored} rows scored, {unscored} not scored.",
  },
  "cli.noGrade": {
    "zh-CN": "  未评定等级：{reason}",
    "en-US": "  No grade: {reason}",
  },
  "cli.stated": {
    "zh-CN": "  表内填报：总分 {score}，等级 {grade}",
    "en-US": "  As stated in the sheet: total {score}, grade {grade}",
  },
  "cli.wrote": { "zh-CN": "已写出评分副本：{path}", "en-US": "Scored copy written: {path}" },
  "cli.wroteJson": { "zh-CN": "已写出报告：{path}", "en-US": "Report written: {path}" },
  "cli.wroteSummary": { "zh-CN": "已写出汇总：{path}", "en-US": "Summary written: {path}" },
  "cli.wroteDraft": {
    "zh-CN": "已写出自评报告草稿：{path}",
    "en-US": "Report draft written: {path}",
  },
  "cli.restored": {
    "zh-CN": "已撤销评分，写出：{path}",
    "en-US": "Scoring undone, written: {path}",
  },
  "cli.progress": { "zh-CN": "[{i}/{n}] {file}", "en-US": "[{i}/{n}] {file}" },
  "cli.cancelled": { "zh-CN": "已取消", "en-US": "Cancelled" },
  "cli.notFound": { "zh-CN": "{file}：文件不存在", "en-US": "{file}: no such file" },
  "cli.isFolder": {
    "zh-CN": "{file}：这是一个文件夹，不是工作簿（批量处理文件夹请用 batch）",
    "en-US": "{file}: this is a folder, not a workbook (use batch for a folder)",
  },
  "cli.outIsFolder": {
    "zh-CN": "{file}：输出位置是一个已有的文件夹，请给出文件名",
    "en-US": "{file}: the output names an existing folder; give a file name",
  },
  "cli.outputsClash": {
    "zh-CN": "{file}：与另一个输出 {other} 是同一个文件，一个会覆盖另一个",
    "en-US": "{file}: the same file as the other output {other}; one would overwrite the other",
  },
  "cli.cannotWrite": {
    "zh-CN": "{file}：无法写入该位置（文件夹不存在、无写入权限或磁盘已满）",
    "en-US": "{file}: cannot be written there (no such folder, no permission, or the disk is full)",
  },
  "cli.failed": {
    "zh-CN": "{file}：无法处理此工作簿，文件内容有本工具无法读懂的部分；原文件未被改动",
    "en-US":
      "{file}: this workbook cannot be processed: part of it is beyond what this tool can read; the file was not changed",
  },
  "cli.notXlsx": {
    "zh-CN": "{file}：不是 .xlsx 工作簿（仅支持 .xlsx）",
    "en-US": "{file}: not an .xlsx workbook (only .xlsx is supported)",
  },
  "cli.sameAsInput": {
    "zh-CN": "{file}：输出文件不能与输入相同，原文件从不被覆盖",
    "en-US": "{file}: the output must differ from the input; the input is never overwritten",
  },
  "cli.badRules": {
    "zh-CN": "规则集 {source} 无法使用：{errors}",
    "en-US": "Rule set {source} cannot be used: {errors}",
  },
  "cli.noInputs": {
    "zh-CN": "{dir}：没有找到 .xlsx 工作簿",
    "en-US": "{dir}: no .xlsx workbooks found",
  },
  "cli.batchFailed": {
    "zh-CN": "{count} 个工作簿无法处理，见汇总表",
    "en-US": "{count} workbooks could not be processed; see the summary",
  },
});
