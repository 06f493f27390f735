package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// A county market regulation bureau's Excel 97 ledger, two-row header: 10
// problems (9 done, 1 long-term in progress). No rules sheet: the report's
// four rules are the four files of evidence/.
func init() {
	ledgers["09-qingxi-shijian-clean"] = func(dir string) error {
		ts := []tm{
			{"党组理论学习中心组学习不深入", "制定年度学习计划，开展专题研讨"},
			{"食品安全“两个责任”包保督导不够深入", "将包保督导纳入年度考核，按月调度"},
			{"农贸市场食品安全监管存在盲区", "开展农贸市场专项检查"},
			{"行政处罚自由裁量不规范", "建立行政处罚案件集体讨论办法"},
			{"执法记录仪使用不规范", "制定执法记录仪使用管理规定"},
			{"特种设备安全监管不到位", "制定特种设备安全监管工作规程，开展隐患排查"},
			{"违规收取检测费用", "清退违规收取的检测费用"},
			{"公务接待管理不严格", "修订局机关公务接待管理办法"},
			{"基层市场监管所党建工作薄弱", "开展基层所党支部标准化建设"},
			{"干部队伍年龄结构老化", "制定干部队伍建设规划，公开招录执法人员"},
		}
		ps := fill([]string{"政治建设", "履职尽责", "履职尽责", "依法行政", "依法行政", "履职尽责", "作风建设", "作风建设", "党的建设", "干部队伍"}, ts,
			[]string{"廖振华", "梁伟", "苏晓红", "覃志刚"},
			[]string{"办公室", "食品安全协调股", "食品流通股", "法规股", "法规股", "特种设备股", "财务股", "办公室", "机关党支部", "人事股"},
			[]string{"2024-08-31", "2024-09-30"},
			[]string{"2024-08-26", "2024-09-23"},
			[]string{"学习计划", "", "检查通报", "集体讨论办法", "管理规定", "工作规程", "退款凭证", "接待办法", "验收表", "队伍建设规划"},
			map[int]string{1: "长期坚持"}, "正在整改")
		rows := [][]string{{"县市场监管局县委巡察反馈问题整改台账"}}
		rows = append(rows, twoRowHead...)
		rows = append(rows, numbered(1, ps)...)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"),
			casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: append(twoRowMerges(2), [2]string{"A1", "K1"})})
	}
}
