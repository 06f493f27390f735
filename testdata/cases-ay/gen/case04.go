package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 04: 蘅江县农业农村局党组, DOCX saved by WPS: the red-letter head set in a
// text box, a footnote on the opening paragraph with figures of the two units
// inspected alongside, paragraphs broken by soft line breaks (text pasted from
// a PDF), one of them between 正在 and 整改3个: 11 = 9 + 3 does not hold.
var ps04 = casebuild.ParseProblems(`
政治建设|落实乡村振兴战略部署不够有力|2024年6月制定乡村振兴重点任务责任清单，每月调度1次|局党组书记 戚远帆|办公室|2024-06-30|已完成|2024-06-24|责任清单、调度记录
政治建设|粮食安全党政同责落实有差距|7月制定粮食生产目标责任考核办法，与14个乡镇签订责任书|局长 戚远帆|种植业股|2024-07-31|已完成|2024-07-19|考核办法、责任书
履职尽责|高标准农田建设质量监管不严|7月对2022年以来建成的高标准农田项目开展质量复核，复核项目11个|副局长 焦明岳|农田建设管理股|2024-08-31|已完成|2024-08-22|复核报告
履职尽责|涉农补贴资金发放审核不严|7月开展涉农补贴资金发放专项清理，追回冒领资金3.4万元|副局长 焦明岳|计划财务股|2024-07-31|已完成|2024-07-30|清理报告、追回凭证
履职尽责|农村集体“三资”管理不规范|2024年12月底前完成全县农村集体资产清产核资复核，建立村级资产台账|副局长 焦明岳|农村经营管理股|2024-12-31|正在整改||工作方案
履职尽责|畜禽养殖污染治理推进缓慢|8月完成规模养殖场粪污处理设施配套验收，验收养殖场27家|副局长 鲍春林|畜牧兽医股|2024-08-31|已完成|2024-08-28|验收记录
履职尽责|农产品质量安全监管存在盲区|7月建立农产品质量安全网格化监管制度，配备协管员36名|副局长 鲍春林|农产品质量安全股|2024-07-31|已完成|2024-07-25|监管制度、人员名单
全面从严治党|党组主体责任落实不到位|6月制定党组落实全面从严治党主体责任清单，每季度专题研究1次|局党组书记 戚远帆|机关党支部|2024-06-30|已完成|2024-06-20|责任清单
全面从严治党|项目资金廉政风险防控薄弱|2025年3月底前完成涉农项目资金廉政风险点排查，建立项目全流程监管机制|局党组成员 柯如海|计划财务股|2025-03-31|正在整改||风险点清单（初稿）
全面从严治党|落实中央八项规定精神不够严格|6月开展公务接待专项检查，清退超标准接待费用0.8万元|局党组成员 柯如海|办公室|2024-06-30|已完成|2024-06-27|检查报告
组织建设|农技推广队伍青黄不接|8月出台农技人员定向培养实施方案，招聘农技人员6名|局党组书记 戚远帆|人事股|2024-08-31|已完成|2024-08-26|实施方案、招聘公告
`)

func init() {
	const name = "04-hengjiang-nongye-hongtou"
	blocks[name+"@ITEMS"] = func() []string {
		return casebuild.ReportItems(ps04, nil, nil, "整改进展：")
	}
	const host = "局党组书记 戚远帆"
	pc := func(file, date, body string) meeting {
		return meeting{file, "中共蘅江县农业农村局党组会议纪要", date, "局三楼会议室", host, "局党组成员", []string{body}}
	}
	addMinutes(name,
		pc("2024-06-11-dangzuhui.docx", "2024年6月11日", "会议传达县委第一巡察组巡察反馈意见，研究制定巡察整改方案，明确“三张清单”。"),
		pc("2024-07-23-dangzuhui.docx", "2024年7月23日", "会议听取巡察整改进展汇报，研究涉农补贴资金专项清理中发现问题的处理意见。"),
		pc("2024-08-30-dangzuhui.docx", "2024年8月30日", "会议审议巡察整改情况报告，研究整改销号工作。"),
		dlm("2024-07-02-zhuanti-minzhushenghuohui.docx", "中共蘅江县农业农村局党组", "2024年7月2日", host),
	)
	ledgers[name] = func(dir string) error {
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.ProblemSheet("整改台账", "县委第一巡察组反馈问题整改台账", casebuild.ProblemHead, ps04))
	}
}
