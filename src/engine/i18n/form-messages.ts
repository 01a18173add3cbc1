import { registerMessages } from "./render";

/** Messages about forms (engine/forms). */
registerMessages({
  "flag.FORM_ASSIGNED.budget": {
    "zh-CN":
      "工作表「{sheet}」上的预算表旁没有计分的指标表，而工作簿有多张评价表：它已计入评价表「{form}」。如不对，请把预算表移到所属评价表的工作表上。",
    "en-US":
      "The budget table on the sheet “{sheet}” has no scored indicator table beside it, and the workbook holds several forms: it was counted in the form “{form}”. If that is wrong, move it onto its own form's sheet.",
  },
  "flag.FORM_ASSIGNED.indicators": {
    "zh-CN":
      "工作表「{sheet}」上的指标表没有分值或得分列（如关键指标表），旁边也没有计分的指标表，而工作簿有多张评价表：它已归入评价表「{form}」。如不对，请把它移到所属评价表的工作表上。",
    "en-US":
      "The indicator table on the sheet “{sheet}” has no weight or score column (a key-indicator table, say) and no scored table beside it, and the workbook holds several forms: it was put with the form “{form}”. If that is wrong, move it onto its own form's sheet.",
  },
});
