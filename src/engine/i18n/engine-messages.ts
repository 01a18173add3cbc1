import { registerMessages } from "./render";

registerMessages({
  "problem.noSheets": {
    "zh-CN":
      "{file}：工作簿中没有可查找的工作表（只有本工具自己的工作表或规则表，或工作表无法读取），没有找到指标表或预算表。",
    "en-US":
      "{file}: the workbook has no sheet to look in (only this tool's own sheets or rule sheets, or none that can be read); no indicator or budget table found.",
  },
  "problem.noTables": {
    "zh-CN":
      "{file}：在工作表 {sheets} 中没有找到指标表或预算表。指标表的表头应包含 一级指标/二级指标/三级指标（或 指标名称）以及 分值 或 得分；预算表的表头应包含 执行数 以及 预算数/全年预算数/年初预算数。",
    "en-US":
      "{file}: no indicator or budget table found on the sheets {sheets}. An indicator table needs headers such as 一级指标/二级指标/三级指标 (or Indicator) with 分值/Weight or 得分/Score; a budget table needs 执行数/Executed with 预算数/Budget or 年初预算数/Initial budget.",
  },
  "problem.noTables.header": {
    "zh-CN":
      "{file}：工作表「{sheet}」第{row}行像是表头（{headers}），但其中没有能识别的列，找不到指标表或预算表。指标表的表头应包含 一级指标/二级指标/三级指标（或 指标名称）以及 分值 或 得分、指标值、完成值；预算表的表头应包含 执行数 以及 预算数。",
    "en-US":
      "{file}: row {row} of the sheet “{sheet}” looks like a header ({headers}), but none of its columns could be recognised, so no indicator or budget table was found. An indicator table needs headers such as 一级指标/Level 1, 指标名称/Indicator with 分值/Weight or 得分/Score, 指标值/Target, 完成值/Actual; a budget table needs 执行数/Executed with 预算数/Budget.",
  },
});
