/** Messages of the .xlsx door (files a user hands in), zh-CN first and en-US beside it. */

import { registerMessages } from "../../engine/i18n/render";

registerMessages({
  "xlsx.tooLarge": {
    "zh-CN": "{file}：文件大小 {size} MB，超过上限 {limit} MB，不予处理",
    "en-US": "{file}: the file is {size} MB, over the limit of {limit} MB; it is not read",
  },
  "xlsx.tooLargeUnpacked": {
    "zh-CN": "{file}：解压后共 {size} MB，超过上限 {limit} MB（可能是压缩炸弹），不予处理",
    "en-US":
      "{file}: it unpacks to {size} MB, over the limit of {limit} MB (possibly a zip bomb); it is not read",
  },
  "xlsx.tooManyMerges": {
    "zh-CN":
      "{file}：合并单元格共 {count} 处，超过上限 {limit} 处，不予处理；请取消不需要的合并后再试",
    "en-US":
      "{file}: it has {count} merged ranges, over the limit of {limit}; it is not read: unmerge what is not needed and try again",
  },
  "xlsx.sheetUnreadable": {
    "zh-CN":
      "{file}：工作表「{sheet}」的内容在文件中缺失或无法找到，评分副本会丢失此表，因此不予处理；请在 Excel 中打开、检查后另存再试",
    "en-US":
      "{file}: the content of sheet “{sheet}” is missing from the file or cannot be found; the scored copy would lose that sheet, so it is not processed: open it in Excel, check it, save and try again",
  },
  "xlsx.notAWorkbook": {
    "zh-CN":
      "“{file}”打不开：它不是有效的 .xlsx 工作簿（可能已损坏，或是改了扩展名的其他文件）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。",
    "en-US":
      "\u201c{file}\u201d cannot be opened: it is not a valid .xlsx workbook (it may be damaged, or another kind of file renamed). Open it in Excel or WPS, save it as .xlsx and try again.",
  },
  "xlsx.unreadable": {
    "zh-CN": "{file}：无法读取文件，请确认文件没有被其他程序占用后再试",
    "en-US": "{file}: the file cannot be read; make sure no other program holds it and try again",
  },
  "xlsx.empty": {
    "zh-CN": "{file}：文件是空的（0 字节），不是工作簿",
    "en-US": "{file}: the file is empty (0 bytes), not a workbook",
  },
  "xlsx.encrypted": {
    "zh-CN": "{file}：工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再试",
    "en-US":
      "{file}: the workbook is password-protected (encrypted) and cannot be read; remove the password in Excel, save and try again",
  },
  "xlsx.oldXls": {
    "zh-CN":
      "{file}：这是旧版 Excel 97-2003 工作簿（.xls），本工具只读 .xlsx 和 .xlsm；请在 Excel 或 WPS 中打开它，点「文件 → 另存为」，保存类型选「Excel 工作簿 (*.xlsx)」，再用另存的文件重试",
    "en-US":
      "{file}: this is an old Excel 97-2003 workbook (.xls); only .xlsx and .xlsm are read: open it in Excel or WPS, choose File → Save As, pick the type “Excel Workbook (*.xlsx)”, and try again with the saved file",
  },
  "xlsx.wpsEt": {
    "zh-CN":
      "{file}：这是 WPS 表格文件（.et），本工具只读 .xlsx 和 .xlsm；请在 WPS 中打开它，点「文件 → 另存为」，文件类型选「Microsoft Excel 文件 (*.xlsx)」，再用另存的文件重试",
    "en-US":
      "{file}: this is a WPS Spreadsheets file (.et); only .xlsx and .xlsm are read: open it in WPS, choose File → Save As, pick the type “Microsoft Excel File (*.xlsx)”, and try again with the saved file",
  },
  "xlsx.ods": {
    "zh-CN": "{file}：这是 OpenDocument 表格（.ods），仅支持 .xlsx；请另存为 .xlsx 再试",
    "en-US":
      "{file}: this is an OpenDocument spreadsheet (.ods); only .xlsx is supported: save it as .xlsx and try again",
  },
  "xlsx.csv": {
    "zh-CN": "{file}：这是文本或 CSV 文件，不是 .xlsx 工作簿；请在 Excel 中打开后另存为 .xlsx 再试",
    "en-US":
      "{file}: this is a text or CSV file, not an .xlsx workbook; open it in Excel, save it as .xlsx and try again",
  },
});
