/**
 * The figures of the five seed reports (/work/shared/seeds/*.txt), typed, one constant per seed.
 * Every number here was checked against the seed text; each carries the seed phrase it comes from.
 * Money is in 万元 unless the field name says otherwise. Rates are written as the seed prints them
 * (text) and as fractions. Nothing here is computed: tests recompute and compare.
 *
 * The second half (SAMPLE_DEMO) is the design of assets/samples/sample.xlsx, built from seed 004,
 * with the expected score of every row worked out by hand.
 */

/** A score line as a report prints it: weight (分值) and self score (自评得分). */
export interface ScoreLine {
  level1: string;
  name: string;
  weight: number;
  score: number;
  /** The seed's deduction reason (扣分原因), verbatim; null where it gives none. */
  reason: string | null;
}

/** A target and what was achieved, as printed. */
export interface TargetActual {
  name: string;
  /** The target text as printed; null where the seed states no target. */
  target: string | null;
  actual: string;
  note?: string;
}

/** One budget line: 年初 / 全年(调整后) / 执行, with the rate as printed. */
export interface BudgetLine {
  name: string;
  initial: number | null;
  budget: number;
  executed: number;
  /** The execution rate exactly as printed, e.g. "92.38%"; null where the seed prints none. */
  statedRate: string | null;
}

// ---------------------------------------------------------------------------------------------
// Seed 000 — 广州市黄埔区工业和信息化局（广州开发区经济和信息化局）, 2021
// ---------------------------------------------------------------------------------------------

export const SEED_000 = {
  file: "000_f3b604e074076d91.txt",
  department: "广州市黄埔区工业和信息化局（广州开发区经济和信息化局）",
  year: 2021,
  /** 「全年预算数 150055.68 万元，执行数 149174.48 万元，完成预算的 99.4%。」 */
  budget: {
    name: "部门整体支出",
    initial: null,
    budget: 150055.68,
    executed: 149174.48,
    statedRate: "99.4%",
  } as BudgetLine,
  /** 99.4% as a fraction: 149,174.48 / 150,055.68 = 0.99413, printed to one decimal of a percent. */
  statedRateValue: 0.994,
  /** Targets from 「部门整体支出绩效目标」, actuals from 「履职效能分析」. No weights or scores are printed. */
  indicators: [
    {
      // 「促进企业发展扶持专项资金兑现率 95%以上」 — target and actual printed alike
      name: "促进企业发展扶持专项资金兑现率",
      target: "95%以上",
      actual: "95%以上",
    },
    {
      // target 「工业产值同比增长。」 (no figure); actual 「工业产值同比增长4.2%」
      name: "工业产值同比增长",
      target: "同比增长",
      actual: "4.2%",
    },
    {
      // 「对区内150家从事区块链技术和产业相关业务的企业或机构开展调研工作，企业满意率超95%」
      name: "区块链企业跟踪监测企业满意率",
      target: null,
      actual: "超95%",
    },
    {
      // target 「成功举办绽放杯大赛」; actual 「共收到425个项目报名参赛，最终共有66个优秀5G应用案例项目斩获全国赛各类奖项」
      name: "“绽放杯”5G应用征集大赛报名项目",
      target: "成功举办绽放杯大赛",
      actual: "425个",
      note: "66个项目获全国赛奖项",
    },
  ] as TargetActual[],
  /** Other printed figures. */
  facts: {
    icEnterprises: 120, // 「集聚集成电路上下游企业超 120 家」
    icRevenue100m: 252, // 「2021 年全年实现营收 252 亿元」 (亿元)
    equipmentEnterprises: 246, // 「集聚装备企业 246 家」
    equipmentOutput100m: 548.4, // 「实现工业总产值 548.4 亿元，同比增长 5.9%」 (亿元)
    equipmentGrowth: "5.9%",
    blockchainSurveyed: 150, // 「对区内150家从事区块链技术和产业相关业务的企业或机构开展调研工作」
    seminars: 5, // 「组织开展 5 场企业座谈会」
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Seed 001 — 广州市工业和信息化局, 2021
// ---------------------------------------------------------------------------------------------

export const SEED_001 = {
  file: "001_98a5634400e74046.txt",
  department: "广州市工业和信息化局",
  year: 2021,
  /** 「2021 年全年预算数 387,236.73 万元，均为财政拨款。」 */
  budget: 387236.73,
  /** 「按预算级次，包括：市本级支出 285,129.73 万元，转移支付区 102,107 万元」 */
  budgetByLevel: { 市本级支出: 285129.73, 转移支付区: 102107 },
  /** 「按资金结构，包括：基本支出 12,716.53 万元，项目支出 374,520.2 万元」 */
  budgetByType: { 基本支出: 12716.53, 项目支出: 374520.2 },
  /** 「2021 年全年预算执行数 387,143.16 万元，执行率 99.98%，均为财政拨款支出。」 */
  executed: 387143.16,
  /** 「市本级支出 285,073.13 万元，转移支付区 102,070.03 万元」 */
  executedByLevel: { 市本级支出: 285073.13, 转移支付区: 102070.03 },
  /** 「基本支出 12,674.45 万元，项目支出 374,468.71 万元」 */
  executedByType: { 基本支出: 12674.45, 项目支出: 374468.71 },
  statedRate: "99.98%",
  /**
   * 「管理效能指标 45 分，共设置二级指标 6 个、三级指标 21 个 … 履职效能指标 50 分，共设置二级指标 7 个、
   * 三级指标 42 个 … 工作表现加减分（工作受表彰或批评）5 分」
   */
  framework: {
    管理效能: { weight: 45, level2Count: 6, level3Count: 21 },
    履职效能: { weight: 50, level2Count: 7, level3Count: 42 },
    工作表现加减分: { bound: 5 },
  },
  /** Second-level weights and scores: the seed reports scores only at this level. */
  scores: [
    {
      // 「资金管理，分值16分，自评得分14.98分」
      level1: "管理效能",
      name: "资金管理",
      weight: 16,
      score: 14.98,
      reason:
        "部门预算调整次数较多，部分调整集中在年底；调整的二级项目数量多，部分项目预算调整次数、调整幅度较大。预算执行过程中，市产业发展中心存在凭证附件不完整等问题。",
    },
    {
      // 「采购管理2分，自评得分1.65分」
      level1: "管理效能",
      name: "采购管理",
      weight: 2,
      score: 1.65,
      reason: "政府采购执行率与实际采购执行有差异，按比例得分。",
    },
    {
      // 「信息公开管理4分，自评得分4分」 — the seed names it 信息公开管理
      level1: "管理效能",
      name: "信息公开管理",
      weight: 4,
      score: 4,
      reason: null,
    },
    {
      // 「资产管理4分，自评得分3.3分」
      level1: "管理效能",
      name: "资产管理",
      weight: 4,
      score: 3.3,
      reason:
        "局本级及下属单位资产分析报告不够严谨未披露闲置资产，部分闲置资产未及时处置；无线电监测站存在个别固定资产标签遗落等情况。",
    },
    {
      // 「成本管理 4 分，自评得分 4 分」
      level1: "管理效能",
      name: "成本管理",
      weight: 4,
      score: 4,
      reason: null,
    },
    {
      // 「绩效管理15分，自评得分13.55分」
      level1: "管理效能",
      name: "绩效管理",
      weight: 15,
      score: 13.55,
      reason:
        "绩效目标合理性方面，整体绩效目标体现了年度工作计划，但与部门“十四五规划”及中长期规划结合度不高，整体绩效目标与本年度部门预算资金匹配度不足，未完全体现中央、省级下达资金部分的绩效目标。个别项目未结合支出实际调整绩效目标。三是绩效指标明确性不够，部分绩效指标统计口径不够清晰。",
    },
    {
      // 「（1）推动工业增加值、工业投资等稳步增长，分值 7 分，自评得分 7 分」
      level1: "履职效能",
      name: "推动工业增加值、工业投资等稳步增长",
      weight: 7,
      score: 7,
      reason: null,
    },
    {
      // 「（2）构建具有国际竞争力的现代产业体系，分值 10 分，自评得分 10 分」
      level1: "履职效能",
      name: "构建具有国际竞争力的现代产业体系",
      weight: 10,
      score: 10,
      reason: null,
    },
    {
      // 「（3）优化产业发展生态环境。分值 7 分，自评得分 6.8 分」
      level1: "履职效能",
      name: "优化产业发展生态环境",
      weight: 7,
      score: 6.8,
      reason:
        "《广州市工业和信息化发展“十四五”规划》在 2021 年未完成审批流程，2022 年 3 月 14 日市政府常务会审定通过，酌量扣分。",
    },
    {
      // 「（4）推进数字新基建等新型基础设施建设。分值 11 分，自评得分 11 分」
      level1: "履职效能",
      name: "推进数字新基建等新型基础设施建设",
      weight: 11,
      score: 11,
      reason: null,
    },
    {
      // 「（5）优化产业园区载体建设。分值 4 分，自评得分 4 分」
      level1: "履职效能",
      name: "优化产业园区载体建设",
      weight: 4,
      score: 4,
      reason: null,
    },
    {
      // 「（6）持续优化中小企业民营经济发展环境。分值 7 分，自评得分 7 分」
      level1: "履职效能",
      name: "持续优化中小企业民营经济发展环境",
      weight: 7,
      score: 7,
      reason: null,
    },
    {
      // 「(7) 提升无线电智能化、精细化管理水平。分值 4 分，自评得分 4 分」
      level1: "履职效能",
      name: "提升无线电智能化、精细化管理水平",
      weight: 4,
      score: 4,
      reason: null,
    },
  ] as ScoreLine[],
  /** 「2020 年度行政单位事业单位内部控制报告编报工作受市财政局表扬，加 2.5 分」; bound 5 (see framework). */
  bonus: {
    name: "工作表现加减分",
    bound: 5,
    score: 2.5,
    reason: "2020 年度行政单位事业单位内部控制报告编报工作受市财政局表扬，加 2.5 分。",
  },
  /** 「部门整体支出绩效自评得分93.78分」. The seed prints no grade: 优 follows from the 90-band. */
  total: 93.78,
  grade: "优",
  /** The table 「序号 整体支出关键指标 预期实现目标值 年度完成情况」 (7 rows; no weights printed). */
  keyIndicators: [
    { name: "先进制造业增加值占规模以上制造业增加值比重", target: "65%左右", actual: "65.7%" },
    { name: "软件和信息服务业收入增速", target: "≥15%", actual: "18.4%" },
    { name: "产业基金拉动倍数", target: "2 倍", actual: "4.23 倍" },
    { name: "2021 年智能网联汽车产业集群产值", target: "6,000 亿元", actual: "6,117.99 亿元" },
    { name: "申报省特色产业园区的园区数量", target: "6 个", actual: "6 个" },
    {
      name: "建立广州和深圳、东莞、佛山智能装备产业联席机制",
      target: "形成产业集群发展工作小组方案，召开 2 次以上联席会议",
      actual:
        "印发《广深佛莞智能装备产业集群建设工作领导小组组建方案》，并先后两次组织召开广深佛莞智能装备产业集群促进工作会议，组织四市工信部门、分代表机构共同研讨集群促进工作情况及部署下一阶段工作。",
    },
    {
      name: "营商环境",
      target:
        "按照全市优化营商环境的工作部署，举办“民营企业服务周”活动，推动落实《广州市持续深化获得电力改革实施方案》",
      actual:
        "成功举办 2021 年广州市民营企业服务周活动，共举办政策宣讲和服务对接等活动 14 场；印发实施《广州市持续优化用电营商环境行动方案》《广州市进一步优化电力接入营商环境实施办法（修订）》；推动用电营商环境 4.0 版 19 条主要任务落地见效；2021 年省营商环境评价中，我市获得电力指标排名第一。",
    },
  ] as TargetActual[],
} as const;

// ---------------------------------------------------------------------------------------------
// Seed 002 — 广州开发区黄埔临港经济区管理委员会, 2021
// ---------------------------------------------------------------------------------------------

export const SEED_002 = {
  file: "002_06393292e48e48db.txt",
  department: "广州开发区黄埔临港经济区管理委员会",
  year: 2021,
  /** 「全年预算数 1507.47 万元，执行数 1491.52 万元，完成预算的 98.9%。」 */
  budget: {
    name: "部门整体支出",
    initial: null,
    budget: 1507.47,
    executed: 1491.52,
    statedRate: "98.9%",
  } as BudgetLine,
  statedRateValue: 0.989,
  /**
   * Targets from 「部门整体支出绩效目标」 (all qualitative), actuals from 「履职效能分析」. No weights or
   * scores are printed. The investment row: 「重点项目 1-12 月总完成投资 25.47 亿元，完成年度任务的
   * 278.94%」 — the seed prints the completion, not the target amount; "100%" (the 年度任务 itself) is
   * our reading of the target.
   */
  indicators: [
    {
      name: "重点项目年度投资任务完成率",
      target: "100%",
      actual: "278.94%",
      note: "1-12月总完成投资25.47亿元",
    },
    {
      // target 「拟定片区整体策划方案」; actual 「完成《鱼珠片区珠江岸线企业搬迁改造整体策划与实施方案》编制」
      name: "岸线企业搬迁改造整体策划方案",
      target: "拟定片区整体策划方案",
      actual: "完成《鱼珠片区珠江岸线企业搬迁改造整体策划与实施方案》编制",
      note: "梳理了50个地块情况（面积约368公顷）",
    },
    {
      // target 「制作人工智能与数字经济试验区鱼珠片区形象宣传片」; actual 「完成“DIGITAL 鱼珠”宣传片」
      name: "鱼珠片区形象宣传片",
      target: "制作形象宣传片",
      actual: "完成“DIGITAL 鱼珠”宣传片",
    },
    {
      // target 「对重点建设项目业主单位开展安全教育培训、安全生产评估」;
      // actual 「委托第三方机构开展安全生产评估 7 次、“回头看” 7 次、安全培训 2 次」
      name: "重点建设项目安全生产评估",
      target: "开展安全教育培训、安全生产评估",
      actual: "7次",
      note: "“回头看”7次、安全培训2次",
    },
    {
      // no target; 「吸引 149 家注资 2000 万元以上企业落户，总注册额超 323 亿元」
      name: "吸引注资2000万元以上企业落户",
      target: null,
      actual: "149家",
      note: "总注册额超323亿元",
    },
    {
      // target 「做好政策兑现工作」; actual 「召开了 2 场临港经济区规上企业政策宣讲会」
      name: "规上企业政策宣讲会",
      target: "做好政策兑现工作",
      actual: "2场",
    },
  ] as TargetActual[],
  facts: {
    investment100m: 25.47, // 「总完成投资 25.47 亿元」 (亿元)
    investmentCompletion: "278.94%", // 「完成年度任务的 278.94%」
    constructionProjects: 52, // 「编制涵盖片区 52 个建设项目的《开发建设项目图册》」
    problemsSolved: 20, // 「解决项目难题 20 件」
    safetyAssessments: 7, // 「安全生产评估 7 次、“回头看” 7 次、安全培训 2 次」
    followUps: 7,
    safetyTrainings: 2,
    enterprisesVisited: 185, // 「实地走访企业 185 家次」
    issuesResolved: 44, // 「协调解决 … 等 44 项问题」
    tradeEnterpriseSales100m: 233.48, // 「76 家限上商贸业企业 1-11 月销售额为 233.48 亿元，同比增长 89.27%」
    tradeEnterpriseGrowth: "89.27%",
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Seed 003 — 广州市花都区科技工业商务和信息化局, 2023
// ---------------------------------------------------------------------------------------------

export const SEED_003 = {
  file: "003_271b1e5e94320d1c.txt",
  department: "广州市花都区科技工业商务和信息化局",
  year: 2023,
  /** 「年初批复预算收入 24,265.03 万元，调整后预算收入 46,025.62 万元」 */
  initialBudget: 24265.03,
  adjustedBudget: 46025.62,
  /**
   * The seed does not print the adjustment rate; domain.md §6 does: (46,025.62 − 24,265.03) / 24,265.03
   * = 89.68 %. The seed names the cause: 「年中增加对口帮扶…专项资金…等上级资金等，导致预算调整率大」.
   */
  adjustmentRate: "89.68%",
  /**
   * 「本年度整体收入决算 46,014.63 万元，其中：一般公共预算财政拨款收入 42,190.64 万元，政府性基金预算财政
   * 拨款收入 98 万元，其他收入 3,725.99 万元」
   */
  income: 46014.63,
  incomeBySource: {
    一般公共预算财政拨款收入: 42190.64,
    政府性基金预算财政拨款收入: 98,
    其他收入: 3725.99,
  },
  /** 「整体支出决算为 44,792.02 万元，其中：基本支出 4,506 万元，项目支出 40,286.02 万元」 */
  expenditure: 44792.02,
  expenditureByType: { 基本支出: 4506, 项目支出: 40286.02 },
  /** 「整体预算完成率为 97.3%」 = 44,792.02 / 46,025.62 (0.97320) */
  statedRate: "97.3%",
  /** 「一级项目 27 个，二级项目 73 个，共涉及资金 37,684.64 万元」; 「政府性基金预算项目 … 98 万元」 */
  selfEvaluatedProjects: {
    level1: 27,
    level2: 73,
    funds: 37684.64,
    fundProjects: 1,
    fundProjectFunds: 98,
  },
  /** 履职效能 (50, incl. 预算资金支出率 10) and 管理效率 (50): weights and scores as printed. */
  scores: [
    {
      // 「1. 部门整体绩效目标效益指标完成情况，分值 20 分，自评得分 19.5 分」
      level1: "履职效能",
      name: "部门整体绩效目标效益指标完成情况",
      weight: 20,
      score: 19.5,
      reason: "受外贸新业态政策调整等影响，导致当年完成全区进出口额降幅较大。",
    },
    {
      // 「2. 部门整体绩效目标产出指标完成情况，分值 20 分，自评得分 17 分」
      level1: "履职效能",
      name: "部门整体绩效目标产出指标完成情况",
      weight: 20,
      score: 17,
      reason:
        "东风日产持续不佳，拉低全区批发增速。东风日产两家销售公司销售额为 777 亿元，同比下降 29.3%，受此影响，全区限上批发销售额 1576.24 亿元，同比下降 3.6%。",
    },
    {
      // 「3. 部门预算资金支出率，分值 10 分，自评得分 10 分，原因主要是：部门预算资金支出率高」
      level1: "履职效能",
      name: "部门预算资金支出率",
      weight: 10,
      score: 10,
      reason: "部门预算资金支出率高。",
    },
    // 「（三）管理效率分析」 1–7
    { level1: "管理效率", name: "预算编制", weight: 3, score: 3, reason: null }, // 「预算编制，分值 3 分，自评得分 3 分」
    { level1: "管理效率", name: "预算执行", weight: 4, score: 4, reason: null }, // 「预算执行，分值 4 分，自评得分 4 分」
    { level1: "管理效率", name: "信息公开", weight: 4, score: 4, reason: null }, // 「信息公开，分值 4 分，自评得分 4 分」
    { level1: "管理效率", name: "绩效管理", weight: 15, score: 15, reason: null }, // 「绩效管理，分值 15 分，自评得分 15 分」
    { level1: "管理效率", name: "采购管理", weight: 10, score: 10, reason: null }, // 「采购管理，分值 10 分，自评得分 10 分」
    { level1: "管理效率", name: "资产管理", weight: 10, score: 10, reason: null }, // 「资产管理，分值 10 分，自评得分 10 分」
    { level1: "管理效率", name: "运行成本", weight: 4, score: 4, reason: null }, // 「运行成本，分值 4 分，自评得分 4 分」
  ] as ScoreLine[],
  /** 「部门整体支出绩效评价综合评分为 96.5 分」. The seed prints no grade: 优 follows from the 90-band. */
  total: 96.5,
  grade: "优",
  indicators: [
    {
      // 「2023 年入库科技型中小企业 1320 家、超额完成市下达 1237 家的目标任务，同比增长 28.03%」
      name: "入库科技型中小企业",
      target: "1237家",
      actual: "1320家",
      note: "同比增长28.03%",
    },
    {
      // 「东风日产两家销售公司销售额为 777 亿元，同比下降 29.3% … 全区限上批发销售额 1576.24 亿元，同比下降 3.6%」
      name: "全区限上批发销售额增速",
      target: null,
      actual: "-3.6%",
      note: "限上批发销售额1576.24亿元",
    },
  ] as TargetActual[],
} as const;

// ---------------------------------------------------------------------------------------------
// Seed 004 — 仲恺高新区经济发展局, 2020
// ---------------------------------------------------------------------------------------------

export const SEED_004 = {
  file: "004_0b37341ce517e90b.txt",
  department: "仲恺高新区经济发展局",
  year: 2020,
  /**
   * 「2020 年我局预算收入 16141.66 万元，其中基本支出预算 953.17 万元，部门项目支出预算 272.96 万元，公共
   * 项目支出预算 14915.53 万元。」
   */
  initialBudget: 16141.66,
  initialByType: { 基本支出: 953.17, 部门项目支出: 272.96, 公共项目支出: 14915.53 },
  /** 「根据惠仲财预[2020]11号文件，压减部分工作经费 43.54 万元」 */
  cut: 43.54,
  /** 「实际下达预算资金 16098.12 万元（基本支出 933.57 万元、部门项目支出 249.02 万元、公共项目支出 14915.53 万元）」 */
  budget: 16098.12,
  /**
   * By type, 年初 → 实际下达 → 支出, rates as printed: 「2020 年我局预算支出 14871.77 万元，预算执行率
   * 92.38%。其中基本支出 932.66 万元，预算执行率 99.90%；部门项目支出 207.36 万元，预算执行率 83.27%；公共项目
   * 支出 13731.75 万元，预算执行率 92.06%。」 The cut per type (19.60, 23.94, 0) is not printed: it is 年初 − 下达.
   */
  byType: [
    { name: "基本支出", initial: 953.17, budget: 933.57, executed: 932.66, statedRate: "99.90%" },
    {
      name: "部门项目支出",
      initial: 272.96,
      budget: 249.02,
      executed: 207.36,
      statedRate: "83.27%",
    },
    {
      name: "公共项目支出",
      initial: 14915.53,
      budget: 14915.53,
      executed: 13731.75,
      statedRate: "92.06%",
    },
  ] as BudgetLine[],
  executed: 14871.77,
  statedRate: "92.38%",
  /**
   * 「区委、区管委会下达了过会新签约项目160宗、新落地（摘牌）项目90宗、新开工项目80宗、新竣工项目25宗的年度
   * 招商任务 … 完成全年新过会项目174宗（完成率109%）、新落地项目51宗（完成率57%）、新开工22宗（完成率28%）、
   * 新竣工33宗（完成率132%）」. Four tasks, not five: "新签约" and "过会" are one task (过会新签约项目).
   * The plan section has other, earlier figures for the same work (「对接约 200 宗项目，推进约 70 宗项目过会」,
   * 「不低于 70 宗项目摘牌」, 「全年不少于 80 宗项目新开工」, 「全年不少于 25 宗项目竣工」); the tasks above are
   * the ones the results are measured against.
   */
  projects: [
    { name: "过会新签约项目", target: 160, actual: 174, statedCompletion: "109%" },
    { name: "新落地（摘牌）项目", target: 90, actual: 51, statedCompletion: "57%" },
    { name: "新开工项目", target: 80, actual: 22, statedCompletion: "28%" },
    { name: "新竣工项目", target: 25, actual: 33, statedCompletion: "132%" },
  ],
  /** Other targets with results, 「目标：… 完成情况：…」. */
  indicators: [
    // 「目标：小升规任务 75 家。完成情况：小升规任务 141 家。」
    { name: "小升规企业", target: "75家", actual: "141家" },
    // 「目标：工业投资目标 135.3 亿元，增长 28%」 / 「完成情况：工业投资 140.8 亿元，增长 33.6%」
    { name: "工业投资", target: "135.3亿元", actual: "140.8亿元" },
    { name: "工业投资增速", target: "28%", actual: "33.6%" },
    // 「规上工业增加值增长 3%」 / 「规上工业增加值 406 亿元，同比下降 1.6%」
    { name: "规上工业增加值增速", target: "3%", actual: "-1.6%", note: "规上工业增加值406亿元" },
    // 「市下达外资目标 11 亿元」 / 「2020 年全年实际外资预计完成 14.81 亿元」 (1-11 月实际 8.2 亿元)
    {
      name: "实际利用外资",
      target: "11亿元",
      actual: "14.81亿元",
      note: "全年预计数；1-11月实际外资8.2亿元，合同外资32.69亿元",
    },
    // 「目标：5G 基站建设任务数 406 座。完成情况：建成 5G 基站 430 座。」
    { name: "新建5G基站", target: "406座", actual: "430座" },
    // 「实现了入区工业投资项目拿地2个月动工建设目标，部分建设项目拿地即动工」
    { name: "入区工业投资项目拿地至动工时间", target: "2个月", actual: "2个月" },
  ] as TargetActual[],
  /** 「2020 年整体支出绩效自评结果为 89 分，达到“良”等级」 */
  total: 89,
  grade: "良",
  /** 「存在问题 … 项目完成及时性不足，部分项目存在实际支出进度慢于计划的现象；部门履职的社会经济环境效益有待进一步提升」 */
  problems: [
    "项目完成及时性不足，部分项目存在实际支出进度慢于计划的现象",
    "部门履职的社会经济环境效益有待进一步提升",
    "绩效目标的设置和管理仍需进一步加强",
  ],
} as const;

// ---------------------------------------------------------------------------------------------
// The demo workbook assets/samples/sample.xlsx (a 项目支出绩效自评表 built from seed 004)
// ---------------------------------------------------------------------------------------------

/**
 * Operator as a 指标性质 column shows it: "≥" / "≤" for numbers, "定性" for qualitative rows.
 * `value`/`unit` split the target the way that column layout needs; `percent` gives the fractions a
 * percent-formatted number cell holds.
 */
export interface SampleIndicator {
  level1: string;
  level2: string;
  name: string;
  /** Target and actual as the text cells show them. */
  target: string;
  actual: string;
  weight: number;
  op: "≥" | "≤" | "定性";
  targetValue: number | string;
  actualValue: number | string;
  unit: string;
  /** The score the sheet states; null = left empty for the tool to compute. */
  statedScore: number | null;
  reason: string | null;
  /** Worked by hand (see the comment on each row); 2 decimals. */
  expectedScore: number;
}

/**
 * Choices (not seed figures — the seed prints no per-row weights or scores):
 * - Level-1 weights are the national defaults (domain.md §5): 预算执行率 10, 产出 50, 效益 30, 满意度 10;
 *   the leaf weights below are ours. 新落地 has weight 9 so its score (51/90·9 = 5.1) is exact.
 * - 得分 is EMPTY on every quantitative row (the tool computes it). The two qualitative rows carry the
 *   evaluator's stated score, which the engine only checks against the grade band (domain.md §4):
 *   社会效益 部分达成 4.5 of 6 (band [3.6, 4.8)); 满意度 达成 9 of 10 (band [8, 10]).
 * - Targets use the seed's own phrasing where it has one (「不少于80宗」, 「不低于70宗项目摘牌」 → 不低于90宗 for the
 *   90-宗 task, 「全年不少于25宗」) and ≥ elsewhere. 规上工业增加值增速 is written "≥3%", not "增长3%", so the
 *   at-least rule applies and the negative completion scores 0.
 * - Reasons: seed phrases where the seed gives one; deliberately none on 新落地 (REASON_MISSING) and on
 *   满意度 (REASON_MISSING), and none on 新竣工 at 132 % (OVER_ACHIEVEMENT).
 * - Satisfaction: seed 004 prints no survey figure, so the row is qualitative, its actual taken from
 *   「持续优化惠企服务质量」.
 *
 * Expected scores, at-least rule s = w·min(1, B/A), 2 decimals, negative completion → 0:
 *   预算执行率   10 × 14,871.77 / 16,098.12 = 10 × 0.9238203 = 9.24
 *   过会新签约   174 ≥ 160                       → 10
 *   新落地       9 × 51/90 = 9 × 0.566667        → 5.10
 *   新开工       10 × 22/80 = 10 × 0.275         → 2.75
 *   新竣工       33 ≥ 25                         → 6     (132 % — over-achievement, no reason)
 *   新建5G基站   430 ≥ 406                       → 5
 *   小升规企业   141 ≥ 75                        → 5     (188 %, reason given)
 *   拿地至动工   at most: 2 ≤ 2 个月             → 5
 *   工业投资     140.8 ≥ 135.3 亿元              → 6
 *   工业投资增速 33.6 % ≥ 28 %                   → 6
 *   规上增加值   −1.6 % vs ≥3 %: negative        → 0
 *   实际利用外资 14.81 ≥ 11 亿元                 → 6     (134.6 %, reason given)
 *   社会效益     qualitative, stated             → 4.5
 *   满意度       qualitative, stated             → 9
 *   产出 (weights 10+9+10+6+5+5+5 = 50) = 10 + 5.10 + 2.75 + 6 + 5 + 5 + 5 = 38.85
 *   效益 (weights 6×5 = 30) = 6 + 6 + 0 + 6 + 4.5 = 22.5;  满意度 (10) = 9
 *   TOTAL = 9.24 + 38.85 + 22.5 + 9 = 79.59  → 中 (60 ≤ 79.59 < 80)
 *   (unrounded, 9.238203 + 70.35 = 79.588203: the same at 2 decimals)
 */
export const SAMPLE_INDICATORS: SampleIndicator[] = [
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "过会新签约项目",
    target: "≥160宗",
    actual: "174宗",
    weight: 10,
    op: "≥",
    targetValue: 160,
    actualValue: 174,
    unit: "宗",
    statedScore: null,
    reason: null,
    expectedScore: 10, // 174 ≥ 160
  },
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "新落地（摘牌）项目",
    target: "不低于90宗",
    actual: "51宗",
    weight: 9,
    op: "≥",
    targetValue: 90,
    actualValue: 51,
    unit: "宗",
    statedScore: null,
    reason: null,
    expectedScore: 5.1, // 9 × 51/90
  },
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "新开工项目",
    target: "不少于80宗",
    actual: "22宗",
    weight: 10,
    op: "≥",
    targetValue: 80,
    actualValue: 22,
    unit: "宗",
    statedScore: null,
    reason: "项目完成及时性不足，部分项目存在实际进度慢于计划的现象",
    expectedScore: 2.75, // 10 × 22/80
  },
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "新竣工项目",
    target: "不少于25宗",
    actual: "33宗",
    weight: 6,
    op: "≥",
    targetValue: 25,
    actualValue: 33,
    unit: "宗",
    statedScore: null,
    reason: null,
    expectedScore: 6, // 33 ≥ 25
  },
  {
    level1: "产出指标",
    level2: "质量指标",
    name: "新建5G基站",
    target: "≥406座",
    actual: "430座",
    weight: 5,
    op: "≥",
    targetValue: 406,
    actualValue: 430,
    unit: "座",
    statedScore: null,
    reason: null,
    expectedScore: 5, // 430 ≥ 406
  },
  {
    level1: "产出指标",
    level2: "质量指标",
    name: "小升规企业",
    target: "≥75家",
    actual: "141家",
    weight: 5,
    op: "≥",
    targetValue: 75,
    actualValue: 141,
    unit: "家",
    statedScore: null,
    reason: "全年小升规141家，超额完成市下达75家任务",
    expectedScore: 5, // 141 ≥ 75
  },
  {
    level1: "产出指标",
    level2: "时效指标",
    name: "入区工业投资项目拿地至动工时间",
    target: "≤2个月",
    actual: "2个月",
    weight: 5,
    op: "≤",
    targetValue: 2,
    actualValue: 2,
    unit: "个月",
    statedScore: null,
    reason: null,
    expectedScore: 5, // at most: 2 ≤ 2
  },
  {
    level1: "效益指标",
    level2: "经济效益指标",
    name: "工业投资",
    target: "≥135.3亿元",
    actual: "140.8亿元",
    weight: 6,
    op: "≥",
    targetValue: 135.3,
    actualValue: 140.8,
    unit: "亿元",
    statedScore: null,
    reason: null,
    expectedScore: 6, // 140.8 ≥ 135.3
  },
  {
    level1: "效益指标",
    level2: "经济效益指标",
    name: "工业投资增速",
    target: "≥28%",
    actual: "33.6%",
    weight: 6,
    op: "≥",
    targetValue: 28,
    actualValue: 33.6,
    unit: "%",
    statedScore: null,
    reason: null,
    expectedScore: 6, // 33.6 % ≥ 28 %
  },
  {
    level1: "效益指标",
    level2: "经济效益指标",
    name: "规上工业增加值增速",
    target: "≥3%",
    actual: "-1.6%",
    weight: 6,
    op: "≥",
    targetValue: 3,
    actualValue: -1.6,
    unit: "%",
    statedScore: null,
    reason: "规上工业增加值406亿元，同比下降1.6%，未完成增长3%的目标",
    expectedScore: 0, // negative completion
  },
  {
    level1: "效益指标",
    level2: "经济效益指标",
    name: "实际利用外资",
    target: "≥11亿元",
    actual: "14.81亿元",
    weight: 6,
    op: "≥",
    targetValue: 11,
    actualValue: 14.81,
    unit: "亿元",
    statedScore: null,
    reason: "全年实际外资含华阳、今台的恢复数及力辰实业、安姆科的新增数",
    expectedScore: 6, // 14.81 ≥ 11
  },
  {
    level1: "效益指标",
    level2: "社会效益指标",
    name: "部门履职社会经济环境效益",
    target: "效果明显",
    actual: "部分达成",
    weight: 6,
    op: "定性",
    targetValue: "效果明显",
    actualValue: "部分达成",
    unit: "",
    statedScore: 4.5,
    reason: "部门履职的社会经济环境效益有待进一步提升",
    expectedScore: 4.5, // stated, inside the 部分达成 band [3.6, 4.8)
  },
  {
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    name: "企业对惠企服务满意度",
    target: "达成预期指标",
    actual: "达成预期指标",
    weight: 10,
    op: "定性",
    targetValue: "达成预期指标",
    actualValue: "达成预期指标",
    unit: "",
    statedScore: 9,
    reason: null,
    expectedScore: 9, // stated, inside the 达成 band [8, 10]
  },
];

/** The budget block and the by-type sheet of sample.xlsx, and the hand-computed expectations. */
export const SAMPLE_DEMO = {
  file: "sample.xlsx",
  sheet: "项目支出绩效自评表",
  detailSheet: "预算执行明细",
  projectName: "2020年度部门整体支出（招商引资及经济发展）",
  department: "仲恺高新区经济发展局",
  /**
   * Fund sources: seed 004 does not split by source; the whole 16,141.66 is 「预算收入」 and 16,098.12 the
   * 「实际下达预算资金」 from 区财政 (惠仲财预[2020]11号), so all of it sits on 当年财政拨款 and 上年结转资金 /
   * 其他资金 are 0. The by-type split the seed does print goes on the second sheet.
   */
  budget: { initial: 16141.66, budget: 16098.12, executed: 14871.77, weight: 10 },
  /** 10 × 14,871.77 / 16,098.12 = 9.238203 → 9.24 */
  expectedBudgetScore: 9.24,
  /** The execution rate cell holds a formula (E/D) whose cached result is this, formatted 0.00%. */
  expectedRate: 0.9238,
  /** Σ leaf weights 90 + budget 10. */
  totalWeight: 100,
  expectedTotal: 79.59,
  expectedGrade: "中",
} as const;
