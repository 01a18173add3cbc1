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
  "xlsx.notAWorkbook": {
    "zh-CN": "{file}：不是有效的 .xlsx 工作簿（{detail}）",
    "en-US": "{file}: not a valid .xlsx workbook ({detail})",
  },
  "xlsx.unreadable": {
    "zh-CN": "{file}：无法读取文件（{detail}）",
    "en-US": "{file}: the file cannot be read ({detail})",
  },
});
