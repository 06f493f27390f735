package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 09: 澜浦县机关事务管理局党组, a WeChat public-account article (澜浦机关党建)
// saved as HTML. Clean: 10 = 8 + 2, 80%, 党组会议两次 and the special
// democratic life meeting on file. Signed 2024-11-29, published 2024-12-06:
// row 9 (in progress, due 2024-12-05) is not overdue on the report's date.
// Chrome: 阅读 10万+, 在看 2451, QR captions, 往期推荐 with figures.
var ps09 = casebuild.ParseProblems(`
政治建设|党组理论学习中心组学习制度执行不严|2024年10月修订中心组学习制度，建立学习督学机制|局党组书记 温叙白|办公室|2024-10-31|已完成|2024-10-18|学习制度
政治建设|落实党政机关过紧日子要求有差距|10月制定《澜浦县党政机关公用经费支出管理办法》|局长 温叙白|财务科|2024-10-31|已完成|2024-10-29|管理办法
履职尽责|公务用车平台化管理不到位|10月将全县112辆公务用车全部纳入平台管理|副局长 苗以衡|公务用车管理中心|2024-10-31|已完成|2024-10-30|平台截图、车辆清单
履职尽责|办公用房清理整改不彻底|11月完成超标准办公用房调整腾退，涉及单位4家|副局长 苗以衡|资产管理科|2024-11-30|已完成|2024-11-22|腾退清单
履职尽责|公共机构节能管理措施落实不到位|10月开展公共机构节能专项检查，检查单位25家|副局长 苗以衡|节能科|2024-10-31|已完成|2024-10-25|检查通报
履职尽责|机关食堂管理不规范|10月修订机关食堂管理制度，公开采购价格|副局长 祁半夏|后勤服务中心|2024-10-31|已完成|2024-10-21|管理制度
全面从严治党|党组主体责任压得不实|10月制定党组主体责任清单，每季度研究1次|局党组书记 温叙白|机关党支部|2024-10-31|已完成|2024-10-11|责任清单
全面从严治党|维修工程项目管理不规范|2025年3月底前完成2022年以来维修项目结算审计|局党组成员 祁半夏|资产管理科|2025-03-31|正在整改||审计方案
组织建设|干部教育培训不够系统|12月5日前完成全局干部业务培训1期|局党组成员 祁半夏|人事科|2024-12-05|正在整改||培训方案
组织建设|党支部“三会一课”记录不规范|10月对党支部组织生活记录开展检查，补充完善记录|局党组成员 祁半夏|机关党支部|2024-10-31|已完成|2024-10-24|检查记录
`)

func init() {
	const name = "09-lanpu-jiguanshiwu-wechat-clean"
	blocks[name+"@ITEMS"] = func() []string { return casebuild.ReportItems(ps09, nil, nil, "目前") }
	pc := func(file, date, body string) meeting {
		return meeting{file, "中共澜浦县机关事务管理局党组会议纪要", date, "局二楼会议室", "局党组书记 温叙白", "局党组成员；各科室负责人列席", []string{body}}
	}
	addMinutes(name,
		pc("2024-09-14-dangzuhui.docx", "2024年9月14日", "会议传达县委第四巡察组反馈意见，研究部署巡察整改工作，审议整改工作方案。"),
		pc("2024-11-21-dangzuhui.docx", "2024年11月21日", "会议逐项审议巡察整改销号事项，审议巡察整改进展情况报告。"),
		dlm("2024-10-15-zhuanti-minzhushenghuohui.docx", "中共澜浦县机关事务管理局党组", "2024年10月15日", "局党组书记 温叙白"),
	)
	ledgers[name] = func(dir string) error {
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.ProblemSheet("Sheet1", "县委第四巡察组反馈问题整改台账", casebuild.ProblemHead, ps09))
	}
}
