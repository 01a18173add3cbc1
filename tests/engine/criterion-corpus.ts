/**
 * 评分标准 texts as published by finance bureaus, departments and their evaluators, each with its
 * source address, the row it sits on (weight, and the target the example uses), a hand reading and,
 * where the reading is unambiguous, worked examples scored by hand.
 *
 * A reading of null means no certain rule can be read from the text alone (a rank, an additive
 * checklist, several rates in one cell, a measure other than the row's target …): the parser must
 * refuse it. Texts are transcribed as the page shows them; where the page's text extraction damaged a
 * character, `note` says what was restored.
 */

export type Family =
  | "yes/no with points"
  | "worded tiers"
  | "per point, full-score clause"
  | "proportional"
  | "per item or occurrence"
  | "other steps and units"
  | "bands"
  | "beyond today's kinds";

export interface Example {
  target: string;
  actual: string;
  /** Worked by hand, written in `how`. */
  score: number;
  how: string;
}

export interface CorpusText {
  family: Family;
  source: string;
  text: string;
  /** The row's weight (分值), or null where the source leaves it blank. */
  weight: number | null;
  /** The indicator the text belongs to, where the source names it (gives a lower-is-better row away). */
  indicator?: string;
  /** The row's target cell, as the parser's context (its unit and operator). */
  target?: string;
  reading: object | null;
  why?: string;
  examples?: Example[];
  note?: string;
}

const YUEYANG_GLJ = "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html";
const AGRI_PROJECT = "http://fsou.com/html/text/chl/1670/167082_7.html";
const MOF_ADMIN = "http://www.lygzb.net/html/text/chl/509/50957_3.html";
const MARINE_FUND = "https://m.31ppt.com/p-1836665.html";
const INNOVATION_FUND = "https://m.wenku365.com/p-40571779.html";
const SOFT_SCIENCE = "https://m.1wenmi.com/doc/608323.html";
const YANZHOU_AUDIT = "https://m.bidcenter.com.cn/news-32-131992220.html";
const TOWN_RESPONSIBILITY = "https://360docs.net/doc/3e17390660.html";
const GUANGXI_TOWNS = "https://www.renrendoc.com/p-24759967.html";
const BUDGET_SCHEME = "https://wanglu.net/thread/t13-461855-0.html";
const POVERTY_FUND = "https://max.book118.com/html/2019/0523/8137115111002024.shtm";
const SHIJIAZHUANG_OFFICE = "http://www.fymate.net/html/text/lar/168433/16843383_1.html";
const COUNTY_DEDUCTIONS = "https://www.wm114.cn/wen/178/354909.html";
const WHOLE_EXPENDITURE = "https://m.51dongshi.net/eedfrcvdvdcgg.html";
const LAND_CONSOLIDATION = "https://1wenmi.com/doc/1001044.html";
const CITY_MANAGEMENT = "https://www.renrendoc.com/p-66256100.html";
const CITY_SUPERVISION = "https://m.taowenge.com/p-44502823.html";
const PROJECT_TEMPLATE = "https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html";
const TOWN_VILLAGES =
  "http://www.jiamaocode.com/article/huodongfangan/gongzuofangan/201205/736805.html";

const EQUALS_RESTORED = "the page's text extraction shows 二 for ＝";

const binary = { kind: "binary" };
const missThenBands = (rest: number): object => ({
  kind: "bands",
  basis: "completion",
  bands: [{ min: 1, fraction: 1 }, { points: rest }],
});
const tiers = (share: number): object => ({
  kind: "qualitative",
  bands: { achieved: [1, 1], partial: [share, share], unmet: [0, 0] },
});
const perItem = (points: number, direction: "above" | "below"): object => ({
  kind: "per-unit",
  points,
  step: 1,
  stepUnit: "unit",
  direction,
});

export const corpus: CorpusText[] = [
  // ── yes/no with the condition in words and the points as a number ─────────────────────────────
  {
    family: "yes/no with points",
    source: AGRI_PROJECT,
    text: "项目档案资料齐全的得2分,不齐全的扣2分。",
    weight: 2,
    target: "是",
    reading: binary,
    examples: [
      { target: "是", actual: "是", score: 2, how: "齐全: the weight" },
      { target: "是", actual: "否", score: 0, how: "不齐全: 2 − 2" },
    ],
  },
  {
    family: "yes/no with points",
    source: CITY_MANAGEMENT,
    text: "1 未设立机构或人员 经费不到位或职责 不明确 扣 1 分",
    weight: 1,
    reading: binary,
    note: "the page lost the punctuation; the list number 1 is the source's",
  },
  {
    family: "yes/no with points",
    source: CITY_MANAGEMENT,
    text: "2 未建立二级平台 扣 1 分",
    weight: 1,
    reading: binary,
  },
  {
    family: "yes/no with points",
    source: CITY_MANAGEMENT,
    text: "3 未建立奖惩机制和考评制度 扣 1 分",
    weight: 1,
    reading: binary,
  },
  {
    family: "yes/no with points",
    source: CITY_MANAGEMENT,
    text: "2 责任区划分不合理 扣 1 分",
    weight: 1,
    reading: binary,
  },
  {
    family: "yes/no with points",
    source: CITY_MANAGEMENT,
    text: "3 未建立责任区 责任人管理档案 扣 2 分",
    weight: 2,
    target: "是",
    reading: binary,
    examples: [{ target: "是", actual: "否", score: 0, how: "档案未建立: 2 − 2" }],
  },
  {
    family: "yes/no with points",
    source: GUANGXI_TOWNS,
    text: "完成劳务输出任务计10分不完成任务扣2分",
    weight: 10,
    target: "5000人",
    reading: missThenBands(8),
    examples: [
      { target: "5000人", actual: "5000人", score: 10, how: "完成: 10" },
      { target: "5000人", actual: "4800人", score: 8, how: "不完成: 10 − 2" },
    ],
  },
  {
    family: "yes/no with points",
    source: GUANGXI_TOWNS,
    text: "完成秋冬菜种植任务计10分;不完成任务扣2分",
    weight: 10,
    target: "3万亩",
    reading: missThenBands(8),
    examples: [{ target: "3万亩", actual: "2.5万亩", score: 8, how: "不完成: 10 − 2" }],
  },
  {
    family: "yes/no with points",
    source: GUANGXI_TOWNS,
    text: "农林牧副渔业总产值比上年度增长12%完成任务计10分不完成任务扣2分",
    weight: 10,
    reading: missThenBands(8),
    note: "the text restates the target (增长12%); the parser does not read a figure it cannot place",
  },

  // ── worded tiers with their points ─────────────────────────────────────────────────────────────
  {
    family: "worded tiers",
    source: AGRI_PROJECT,
    text: "财务会计制度健全的得10分,基本健全的得6分,不健全的扣10分。",
    weight: 10,
    reading: tiers(0.6),
  },
  {
    family: "worded tiers",
    source: MARINE_FUND,
    text: "海洋经济发展引导资金设立的依据是否充分,充分:3分;一般:1.5分;没有:0分",
    weight: 3,
    reading: tiers(0.5),
  },
  {
    family: "worded tiers",
    source: MARINE_FUND,
    text: "海洋经济发展引导资金设立目标是否明确,明确:3分;基本明确:1.5分;不明确:0分",
    weight: 3,
    reading: tiers(0.5),
  },
  {
    family: "worded tiers",
    source: MARINE_FUND,
    text: "引导项目与XX市海洋经济发展总体规划、XX市2009年产业发展导向目录等规划文件的相符性,相符程度高:4分,基本相符:2分,不相符:0分",
    weight: 4,
    reading: tiers(0.5),
  },
  {
    family: "worded tiers",
    source: YUEYANG_GLJ,
    text: "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。",
    weight: 3,
    indicator: "资金结余",
    reading: tiers(2 / 3),
  },
  {
    family: "worded tiers",
    source: AGRI_PROJECT,
    text: "项目的实际支出与批复计划相符的得10分,基本相符的得6分,调整较大的扣10分。存在支出不符合专项资金管理办法的,酌情扣分。",
    weight: 10,
    reading: null,
    why: "three tiers and a discretionary deduction on top of them: not one rule",
  },
  {
    family: "worded tiers",
    source: INNOVATION_FUND,
    text: "资金使用合理规范(6分)比较合理规范(5分)基本合理规范(4分)不太合理规范(3分到0分)",
    weight: 6,
    reading: null,
    why: "four tiers, the last a range of scores",
  },
  {
    family: "worded tiers",
    source: INNOVATION_FUND,
    text: "全面完成质量标准(5分)较好完成质量标准(4分)完成情况一般(2分)完成情况较差(1分到0分)",
    weight: 5,
    reading: null,
    why: "four tiers, the last a range of scores",
  },
  {
    family: "worded tiers",
    source: INNOVATION_FUND,
    text: "完成相关许可认证(10分)经努力可在近期完成(6分)近期完成有困难(3分)近期完成的可能性不大(0分)",
    weight: 10,
    reading: null,
    why: "four tiers do not map onto 达成 / 部分达成 / 未达成",
  },
  {
    family: "worded tiers",
    source: INNOVATION_FUND,
    text: "技术指标全部完成(10分)个别非关键指标未完成(8分)有一项关键指标未完成(5分)整体完成情况不理想(3分到0分)",
    weight: 10,
    reading: null,
    why: "four tiers, the last a range of scores",
  },
  {
    family: "worded tiers",
    source: CITY_SUPERVISION,
    text: "信访投诉亮红灯扣1分,蓝灯扣0.5分",
    weight: null,
    reading: null,
    why: "deductions by the colour of a complaint, out of a shared 10 points",
  },

  // ── per-point deductions whose full-score clause is phrased another way ─────────────────────────
  {
    family: "per point, full-score clause",
    source: YUEYANG_GLJ,
    text: "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
    weight: 5,
    indicator: "财政供养人员控制率",
    target: "≤100%",
    reading: {
      kind: "per-unit",
      points: 0.5,
      step: 1,
      stepUnit: "pt",
      direction: "above",
      threshold: 1,
      thresholdUnit: "ratio",
    },
    examples: [
      { target: "≤100%", actual: "98%", score: 5, how: "within 100%: full" },
      { target: "≤100%", actual: "103%", score: 3.5, how: "3 points over: 5 − 3 × 0.5" },
    ],
  },
  {
    family: "per point, full-score clause",
    source: YUEYANG_GLJ,
    text: "“三公经费”变动率≦0,计5分;\n“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。",
    weight: 5,
    indicator: "“三公经费”变动率",
    target: "≤0",
    reading: {
      kind: "per-unit",
      points: 0.5,
      step: 1,
      stepUnit: "pt",
      direction: "above",
      threshold: 0,
    },
    examples: [{ target: "≤0", actual: "4%", score: 3, how: "4 points over 0: 5 − 4 × 0.5" }],
  },
  {
    family: "per point, full-score clause",
    source: WHOLE_EXPENDITURE,
    text: "“三公经费”变动率≦0,计8分;“三公经费”>0,每超过一个百分点扣0.8分,扣完为止。",
    weight: 8,
    indicator: "“三公经费”变动率",
    target: "≤0",
    reading: {
      kind: "per-unit",
      points: 0.8,
      step: 1,
      stepUnit: "pt",
      direction: "above",
      threshold: 0,
    },
    examples: [{ target: "≤0", actual: "2.5%", score: 6, how: "2.5 points over: 8 − 2.5 × 0.8" }],
  },
  {
    family: "per point, full-score clause",
    source: YUEYANG_GLJ,
    text: "以100%为标准。三公经费控制率≦100%,计6分;\n每超过一个百分点扣1分,扣完为止。",
    weight: 6,
    indicator: "“三公经费”控制率",
    target: "≤100%",
    reading: {
      kind: "per-unit",
      points: 1,
      step: 1,
      stepUnit: "pt",
      direction: "above",
      threshold: 1,
      thresholdUnit: "ratio",
    },
    examples: [{ target: "≤100%", actual: "102%", score: 4, how: "2 points over: 6 − 2 × 1" }],
  },
  {
    family: "per point, full-score clause",
    source: AGRI_PROJECT,
    text: "计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。",
    weight: 20,
    indicator: "建设内容完成量",
    target: "100%",
    reading: {
      kind: "per-unit",
      points: 1,
      step: 1,
      stepUnit: "pt",
      direction: "below",
      threshold: 1,
      thresholdUnit: "ratio",
      maxDeduction: 20,
    },
    examples: [
      { target: "100%", actual: "95%", score: 15, how: "5 points short: 20 − 5" },
      { target: "100%", actual: "70%", score: 0, how: "30 points short, capped at 20" },
    ],
  },
  {
    family: "per point, full-score clause",
    source: AGRI_PROJECT,
    text: "项目计划投资完成100%的得10分,每减少1个百分点扣1分,扣完10分为止。",
    weight: 10,
    indicator: "资金落实",
    target: "100%",
    reading: {
      kind: "per-unit",
      points: 1,
      step: 1,
      stepUnit: "pt",
      direction: "below",
      threshold: 1,
      thresholdUnit: "ratio",
      maxDeduction: 10,
    },
    examples: [{ target: "100%", actual: "97%", score: 7, how: "3 points short: 10 − 3" }],
  },

  // ── proportional formulas ──────────────────────────────────────────────────────────────────────
  {
    family: "proportional",
    source: BUDGET_SCHEME,
    text: "按完成比例计算得分,满分为止.",
    weight: 20,
    indicator: "一般公共预算支出实际完成率",
    target: "100%",
    reading: { kind: "at-least" },
    examples: [{ target: "100%", actual: "95%", score: 19, how: "20 × 95 / 100" }],
  },
  {
    family: "proportional",
    source: BUDGET_SCHEME,
    text: "二者择其一进行考核,按完成比例计算得分,满分为止.",
    weight: 20,
    indicator: "结转结余率",
    target: "0.09",
    reading: null,
    why: "结转结余率 is lower-is-better: 按完成比例 there does not say which way the ratio runs",
  },
  {
    family: "proportional",
    source: LAND_CONSOLIDATION,
    text: "财政资金、社会资本等资金拨付到位占经批准的实施方案确定的资金比例(评价指标得分=资金到位率*该项指标分值)。",
    weight: 5,
    target: "100%",
    reading: { kind: "at-least" },
    examples: [{ target: "100%", actual: "80%", score: 4, how: "5 × 80%" }],
    note: EQUALS_RESTORED,
  },
  {
    family: "proportional",
    source: LAND_CONSOLIDATION,
    text: "评价指标得分=支出使用资金占到位资金的比例*该项指标分值",
    weight: 5,
    target: "100%",
    reading: { kind: "at-least" },
    examples: [{ target: "100%", actual: "90%", score: 4.5, how: "5 × 90%" }],
    note: EQUALS_RESTORED,
  },
  {
    family: "proportional",
    source: LAND_CONSOLIDATION,
    text: "1 .各项评价指标按照经批准的实施方案确定的实现程度赋分,即“评价指标得分=实际完成量/目标任务的比值*该项指标分值”。2 .若实施方案没有该项建设任务的,不扣分。",
    weight: 2,
    indicator: "新增耕地面积",
    target: "21公顷",
    reading: { kind: "at-least" },
    examples: [{ target: "21公顷", actual: "18.9公顷", score: 1.8, how: "2 × 18.9 / 21" }],
    note: EQUALS_RESTORED,
  },
  {
    family: "proportional",
    source: TOWN_RESPONSIBILITY,
    text: "凡按时完成镇下达任务的得满分,合作医疗以资金解缴到镇财政所为准,完不成任务按比例减分。",
    weight: 5,
    indicator: "农村合作医疗",
    target: "1000人",
    reading: { kind: "at-least" },
    examples: [{ target: "1000人", actual: "900人", score: 4.5, how: "5 × 900 / 1000" }],
  },
  {
    family: "proportional",
    source: POVERTY_FUND,
    text: "年度增幅高于中央安排本省的财政专项扶贫资金增幅的得满分低于增幅的按比例减分",
    weight: null,
    reading: { kind: "at-least" },
  },

  // ── deductions per occurrence or per item ──────────────────────────────────────────────────────
  {
    family: "per item or occurrence",
    source: YUEYANG_GLJ,
    text: "①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定;\n②资金拨付有完整的审批程序和手续;\n③项目支出按规定经过评估论证;\n④支出符合部门预算批复的用途;\n⑤资金使用无截留、挤占、挪用、虚列支出等情况。\n以上情况每出现一例不符合要求的扣1分,扣完为止。",
    weight: 3,
    indicator: "资金使用合规性",
    target: "0例",
    reading: perItem(1, "above"),
    examples: [{ target: "0例", actual: "2例", score: 1, how: "2 cases: 3 − 2 × 1" }],
  },
  {
    family: "per item or occurrence",
    source: YANZHOU_AUDIT,
    text: "根据考勤情况、抽查结果和活动记录,不按时上下班或迟到早退的、不按规定参加会议及相关活动的、不遵守请销假制度的、工作时间乱串岗或做与工作无关事项的,以上每发现1次扣1分。",
    weight: null,
    reading: perItem(1, "above"),
  },
  {
    family: "per item or occurrence",
    source: YANZHOU_AUDIT,
    text: "根据审计回访及被审计单位反馈情况,依法按程序、文明廉洁审计不到位的,每发现1次扣2分。",
    weight: null,
    reading: perItem(2, "above"),
  },
  {
    family: "per item or occurrence",
    source: SHIJIAZHUANG_OFFICE,
    text: "重要信息迟报、漏报、瞒报的每次扣20分。",
    weight: null,
    reading: perItem(20, "above"),
  },
  {
    family: "per item or occurrence",
    source: SHIJIAZHUANG_OFFICE,
    text: "未按程序办理的每件扣10分。",
    weight: 10,
    target: "0件",
    reading: perItem(10, "above"),
    examples: [{ target: "0件", actual: "1件", score: 0, how: "1 case: 10 − 10" }],
  },
  {
    family: "per item or occurrence",
    source: CITY_MANAGEMENT,
    text: "4 街道 乡镇 社区未设立城管机构 少 一处扣 1 分 扣完为止",
    weight: 2,
    target: "5个",
    reading: perItem(1, "below"),
    examples: [{ target: "5个", actual: "4个", score: 1, how: "1 short: 2 − 1" }],
  },
  {
    family: "per item or occurrence",
    source: CITY_MANAGEMENT,
    text: "1 有管理死角的 每处扣 1 分",
    weight: 5,
    target: "0处",
    reading: perItem(1, "above"),
    examples: [{ target: "0处", actual: "3处", score: 2, how: "3 places: 5 − 3" }],
  },
  {
    family: "per item or occurrence",
    source: GUANGXI_TOWNS,
    text: "完成“吨粮田”、“万元田”建设任务以及优质稻和玉米单交种植推广任务计10分;每小项不完成任务扣1分",
    weight: 10,
    target: "4项",
    reading: perItem(1, "below"),
    examples: [{ target: "4项", actual: "3项", score: 9, how: "1 item not done: 10 − 1" }],
  },
  {
    family: "per item or occurrence",
    source: GUANGXI_TOWNS,
    text: "完成桑园种植面积任务和示范面积任务以及新品种、新技术推广应用任务计10分;每小项不完成任务扣1分",
    weight: 10,
    reading: perItem(1, "below"),
  },
  {
    family: "per item or occurrence",
    source: CITY_MANAGEMENT,
    text: "1 未与责任人签订责任书 每处扣 0 2 分 扣完为止",
    weight: 5,
    reading: null,
    why: "the figure lost its decimal point (0.2 shows as 0 2): never read a damaged figure",
  },
  {
    family: "per item or occurrence",
    source: SHIJIAZHUANG_OFFICE,
    text: "未按时办结的每件扣5分,无正当理由未办理的每件扣10分。",
    weight: 20,
    reading: null,
    why: "two rates for two kinds of case in one row",
  },
  {
    family: "per item or occurrence",
    source: SHIJIAZHUANG_OFFICE,
    text: "答复格式不规范的每件扣2分,答复内容与实际情况不符的每件扣5分,未答复所提问题的每件扣5分,答复内容不完整、语气生硬的每件扣2分。",
    weight: 30,
    reading: null,
    why: "four rates for four kinds of case",
  },
  {
    family: "per item or occurrence",
    source: COUNTY_DEDUCTIONS,
    text: "不执行上级决定、决议的每件(次)扣5分,不按时完成的每件(次)扣2分。",
    weight: null,
    reading: null,
    why: "two rates for two kinds of case",
  },
  {
    family: "per item or occurrence",
    source: COUNTY_DEDUCTIONS,
    text: "无故缺席1次扣1分;迟到1次扣0.5分;早退1次扣0.5分;未经同意代会1次扣0.5分;做与会议无关的事每次扣0.5分;没有及时贯彻落实会议精神的每次扣0.5分;在会上被领导点名批评的扣1分。",
    weight: null,
    reading: null,
    why: "seven rates for seven kinds of case",
  },
  {
    family: "per item or occurrence",
    source: COUNTY_DEDUCTIONS,
    text: "未按要求及时办理或回复市委、市政府、县委、县政府专项督办件,“书记县长信箱”和领导批示件的每件扣0.5分;无法办理又不说明情况的每件扣0.5分;网民留言或反映事项未按要求及时回复办理的每件扣0.1分;造成不良影响的每件扣0.5分。",
    weight: null,
    reading: null,
    why: "several rates for several kinds of case",
  },
  {
    family: "per item or occurrence",
    source: YUEYANG_GLJ,
    text: "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。",
    weight: 3,
    indicator: "支付进度",
    reading: null,
    why: "the measure (projects behind two schedules) is not the row's target",
  },
  {
    family: "per item or occurrence",
    source: CITY_SUPERVISION,
    text: "市文明办督查组巡查发现问题每宗0.3分,未及时整改的扣1分,同样问题连续通报二次的扣2分",
    weight: null,
    reading: null,
    why: "three rates, and the first lacks its verb",
  },
  {
    family: "per item or occurrence",
    source: CITY_SUPERVISION,
    text: "被投诉市容市貌问题未及时整改的扣0.3分",
    weight: null,
    reading: null,
    why: "once or per case is not said",
  },
  {
    family: "per item or occurrence",
    source: CITY_SUPERVISION,
    text: "同一投诉问题累计三次以上未及时处理回复的扣1分",
    weight: null,
    reading: null,
    why: "a deduction on a count threshold, once or per case not said",
  },
  {
    family: "per item or occurrence",
    source: SHIJIAZHUANG_OFFICE,
    text: "未按程序要求走访的,每项扣5分,未组织复查的,每项扣5分;走访率、复查率高于规定指标的,每项增2分。",
    weight: 20,
    reading: null,
    why: "two deductions and a bonus",
  },

  // ── per-unit deductions in other steps and units ───────────────────────────────────────────────
  {
    family: "other steps and units",
    source: MOF_ADMIN,
    text: "根据项目工作量完成情况评分,如大型修缮项目已完成的工程量占计划的百分比,大型购置项目已完成的采购数量占计划的百分比,大型会议的人数、天数等是否超过计划及超过多少等。实际完成情况与计划每相差3%,扣1分,扣满15分为止。",
    weight: 15,
    reading: null,
    why: "相差 counts both ways (above the plan too); a per-unit rule counts one side",
  },
  {
    family: "other steps and units",
    source: MOF_ADMIN,
    text: "根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原因或特殊原因外,应根据超计划时间占计划完成时间百分比扣分。实际完成情况与计划每相差4%,扣1分,扣满10分为止。",
    weight: 10,
    reading: null,
    why: "the measure is the overrun as a share of the planned duration, not the row's target",
  },
  {
    family: "other steps and units",
    source: LAND_CONSOLIDATION,
    text: "项目实施前,资金一次性到位的,或根据项目年度投资计划分期到位的,得满分;资金到位滞后年度投资计划,每滞后一年扣2分,扣完为止。",
    weight: 10,
    indicator: "社会资本投资到位率",
    target: "2021年12月31日",
    reading: { kind: "per-unit", points: 2, step: 12, stepUnit: "month", direction: "late" },
    examples: [
      {
        target: "2021年12月31日",
        actual: "2023年12月31日",
        score: 6,
        how: "2 years late: 10 − 2 × 2",
      },
    ],
    note: "the page breaks the cell across a table row (…扣2 | 分,扣完为止); joined here",
  },
  {
    family: "other steps and units",
    source: TOWN_RESPONSIBILITY,
    text: "水利工程水费在10月30日之前凡按时完成任务的得满分,未按时完成任务,每推迟一天扣0.5分。",
    weight: 5,
    indicator: "水利工程",
    target: "2021年10月30日",
    reading: { kind: "per-unit", points: 0.5, step: 1, stepUnit: "day", direction: "late" },
    examples: [
      { target: "2021年10月30日", actual: "2021年10月28日", score: 5, how: "on time" },
      {
        target: "2021年10月30日",
        actual: "2021年11月3日",
        score: 3,
        how: "4 days late: 5 − 4 × 0.5",
      },
    ],
  },

  // ── score bands in other spellings ─────────────────────────────────────────────────────────────
  {
    family: "bands",
    source: YUEYANG_GLJ,
    text: "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。",
    weight: 5,
    indicator: "重点支出安排率",
    target: "≥90%",
    reading: {
      kind: "bands",
      unit: "ratio",
      bands: [
        { min: 0.9, fraction: 1 },
        { min: 0.8, points: 4 },
        { min: 0.7, points: 3 },
        { min: 0.6, points: 2 },
        { points: 0 },
      ],
    },
    examples: [
      { target: "≥90%", actual: "85%", score: 4, how: "80%(含)-90%: 4" },
      { target: "≥90%", actual: "55%", score: 0, how: "below 60%: 0" },
    ],
  },
  {
    family: "bands",
    source: MARINE_FUND,
    text: "项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分",
    weight: 5,
    target: "100%",
    reading: {
      kind: "bands",
      unit: "ratio",
      basis: "completion",
      bands: [
        { min: 1, fraction: 1 },
        { min: 0.9, points: 3 },
        { min: 0.7, points: 1 },
        { points: 0 },
      ],
    },
    examples: [{ target: "100%", actual: "95%", score: 3, how: "completion 95%: 90-100% → 3" }],
  },
  {
    family: "bands",
    source: MARINE_FUND,
    text: "项目建设进度与计划的符合程度,100%符合:5分;90-100%符合:3分;70-90%:1分;70%以下:0分",
    weight: 5,
    reading: {
      kind: "bands",
      unit: "ratio",
      bands: [
        { min: 1, fraction: 1 },
        { min: 0.9, points: 3 },
        { min: 0.7, points: 1 },
        { points: 0 },
      ],
    },
  },
  {
    family: "bands",
    source: INNOVATION_FUND,
    text: "资金全部到位(14分)到位率在75%以上(10分到13分)到位率50%以上(7分到9分)到位率不足50%(6分到0分)",
    weight: 14,
    reading: null,
    why: "each band gives a range of scores: the evaluator picks within it",
  },
  {
    family: "bands",
    source: INNOVATION_FUND,
    text: "完成(5分)完成80%以上(4分)完成60%以上(3分)完成50%及以下(2分到0分)",
    weight: 5,
    reading: null,
    why: "50–60% is not said, and the last band is a range of scores",
  },
  {
    family: "bands",
    source: SOFT_SCIENCE,
    text: "全部完成(60分)完成80%以上(41-59)完成60%及以上(21-40)完成60%以下(0-20)",
    weight: 60,
    reading: null,
    why: "each band gives a range of scores",
  },

  // ── beyond today's kinds: descending bands, checklists, bonuses, ranks ─────────────────────────
  {
    family: "beyond today's kinds",
    source: YUEYANG_GLJ,
    text: "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。",
    weight: 3,
    indicator: "预算调整率",
    target: "≤10%",
    reading: {
      kind: "bands",
      unit: "ratio",
      bands: [
        { min: 0.3, exclusive: true, points: 0 },
        { min: 0.2, exclusive: true, points: 0.5 },
        { min: 0.1, exclusive: true, points: 1 },
        { min: 0, exclusive: true, points: 2 },
        { fraction: 1 },
      ],
    },
    why: "a lower-is-better scale: each step starts just above its lower figure, the exact 0 at the bottom",
    examples: [
      { target: "≤10%", actual: "0%", score: 3, how: "=0: 3" },
      { target: "≤10%", actual: "10%", score: 2, how: "0-10%(含): 2" },
      { target: "≤10%", actual: "15%", score: 1, how: "10-20%(含): 1" },
      { target: "≤10%", actual: "35%", score: 0, how: "大于30%: 0" },
    ],
  },
  {
    family: "beyond today's kinds",
    source: YUEYANG_GLJ,
    text: "①已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度,1分;\n②相关管理制度合法、合规、完整,1分;\n③相关管理制度得到有效执行,1分。",
    weight: 3,
    indicator: "管理制度健全性",
    reading: { kind: "manual" },
    why: "an additive checklist whose items add up to the weight: each item met or not is the evaluator's call, shown the list",
  },
  {
    family: "beyond today's kinds",
    source: PROJECT_TEMPLATE,
    text: "目标明确(1分),目标细化(1分),目标量化(2分)",
    weight: 4,
    indicator: "目标内容",
    reading: { kind: "manual" },
    why: "an additive checklist whose items add up to the weight: each item met or not is the evaluator's call, shown the list",
  },
  {
    family: "beyond today's kinds",
    source: PROJECT_TEMPLATE,
    text: "项目符合经济社会发展规划和部门年度工作计划(2分),根据需要制定中长期实施规划(1分)",
    weight: 3,
    indicator: "决策依据",
    reading: { kind: "manual" },
    why: "an additive checklist whose items add up to the weight: each item met or not is the evaluator's call, shown the list",
  },
  {
    family: "beyond today's kinds",
    source: SHIJIAZHUANG_OFFICE,
    text: "省市人大常委会和政协工作机构,及人大代表、政协委员对答复及办理结果提出表扬的,每件加5分;表示不满意的,每件扣5分。提案办理的经验被采用的,每篇加2分。",
    weight: 30,
    reading: null,
    why: "bonuses and deductions together",
  },
  {
    family: "beyond today's kinds",
    source: SHIJIAZHUANG_OFFICE,
    text: "市政府办公厅采用信息类每条计5分,调研类每篇计15分。",
    weight: null,
    reading: null,
    why: "points added per item, no weight",
  },
  {
    family: "beyond today's kinds",
    source: SHIJIAZHUANG_OFFICE,
    text: "承办数量在50至99件、100件(含本数)以上的,分别增记2、3分;提前10天以上办结的每件加1分;未按时办结的每件扣1分。",
    weight: 20,
    reading: null,
    why: "bonuses and a deduction together",
  },
  {
    family: "beyond today's kinds",
    source: SHIJIAZHUANG_OFFICE,
    text: "不及时取件一次扣5分,误件、压件、丢件一次扣5分至10分,泄密一次扣10分至20分。",
    weight: 20,
    reading: null,
    why: "ranges of deductions for several kinds of case",
  },
  {
    family: "beyond today's kinds",
    source: TOWN_RESPONSIBILITY,
    text: "凡能按时完成农业保险任务的得满分,增减按比例加减分。",
    weight: 5,
    reading: null,
    why: "points are added above the target: more than the weight",
  },
  {
    family: "beyond today's kinds",
    source: TOWN_RESPONSIBILITY,
    text: "凡新增一户养殖小区得满分(上级政策指标除外),每超一个加0.5分,加分最高不超过本项基本分。",
    weight: 5,
    reading: null,
    why: "a bonus per unit above the target",
  },
  {
    family: "beyond today's kinds",
    source: TOWN_RESPONSIBILITY,
    text: "凡完成镇年初下达股金任务的得满分,增减按比例加减分",
    weight: 5,
    reading: null,
    why: "points are added above the target",
  },
  {
    family: "beyond today's kinds",
    source: TOWN_RESPONSIBILITY,
    text: "凡新增农民专业合作社和土地股份合作社各一个得满分,增、减一个加、减2分。",
    weight: 5,
    reading: null,
    why: "a bonus and a deduction per unit",
  },
  {
    family: "beyond today's kinds",
    source: GUANGXI_TOWNS,
    text: "完成小额信贷资金历年资金累计回收率任务基础分为10分没有小额信贷回收任务的乡镇计10分;有任务的乡镇累计回收率达90%以上的加5分回收率达不到90%的倒扣基础分2分",
    weight: 10,
    reading: null,
    why: "a bonus and a different score for towns without the task",
  },
  {
    family: "beyond today's kinds",
    source: GUANGXI_TOWNS,
    text: "抓好贫困村基础设施建设完成人畜饮水工程、村屯道路、沼气池建设任务完成任务计15分不完成任务扣2分没有贫困村的乡镇计10分",
    weight: 15,
    reading: null,
    why: "a second full score for towns without poor villages",
  },
  {
    family: "beyond today's kinds",
    source: COUNTY_DEDUCTIONS,
    text: "对在市级绩效管理考核中被扣分的单位,在县级考核中进行双倍扣分。",
    weight: null,
    reading: null,
    why: "a deduction that depends on another assessment",
  },
  {
    family: "beyond today's kinds",
    source: COUNTY_DEDUCTIONS,
    text: "因工作失误,造成不良影响,被省、市、县新闻媒体负面曝光的,按省、市和县每件(次)分别扣3分、2分、1分。",
    weight: null,
    reading: null,
    why: "a rate by the level of the media",
  },
  {
    family: "beyond today's kinds",
    source: CITY_MANAGEMENT,
    text: "4 劝阻或抄告处罚或提请曝光的 每起得 0 5 分 最高 2 分",
    weight: 2,
    reading: null,
    why: "points added per case, and the figure lost its decimal point",
  },
  {
    family: "beyond today's kinds",
    source: TOWN_VILLAGES,
    text: "爭項爭資:年度內爭項爭資達3萬元的,計3分,每超額完成1萬的加計1分,加分不超過5分;年度內爭項爭資未達到3萬元的,扣3分。",
    weight: 3,
    reading: null,
    why: "a bonus per 万元 above the target",
  },
  {
    family: "beyond today's kinds",
    source: TOWN_VILLAGES,
    text: "招商引資:招商引資一家工業企業加3分。",
    weight: null,
    reading: null,
    why: "a bonus per firm, no weight",
  },
];
