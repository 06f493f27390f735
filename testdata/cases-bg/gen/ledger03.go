package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// A county middle school's 回头看 ledger as a WPS .et: 7 problems, 5 done;
// 序号4 (row 6), which the report calls done, is in progress, as is 序号7.
func init() {
	ledgers["03-yuanlan-erzhong-huitoukan"] = func(dir string) error {
		ts := []tm{
			{"上轮巡察指出的教辅资料征订问题整改不彻底", "修订教辅资料征订管理办法，逐班清查，清退违规费用"},
			{"食堂财务管理不规范", "实行收支两条线，每月公示，开展专项审计"},
			{"“三重一大”事项集体决策记录不完整", "重新印发集体决策实施办法，补正会议记录"},
			{"校舍维修工程未按规定比选施工单位", "复核2023年4个维修项目，修订小型工程项目管理办法"},
			{"绩效工资分配方案未经教职工大会审议", "提交教职工代表大会审议并公示"},
			{"上轮巡察指出的有偿补课问题仍有发生", "签订承诺书，设立举报渠道，处理违规教师"},
			{"党员教育管理不严格", "建立党员积分管理台账，每季度量化考评"},
		}
		ps := fill([]string{"上轮整改不彻底", "财务管理", "民主决策", "工程管理", "民主管理", "上轮整改不彻底", "党的建设"}, ts,
			[]string{"刘明轩", "苏建平", "陶志远", "冯志华", "陶志远", "陶志远", "孔令勤"},
			[]string{"教务处", "总务处", "办公室", "总务处", "工会", "政教处", "党总支办公室"},
			[]string{"2024年6月30日"},
			[]string{"2024年5月28日", "2024年6月14日", "2024年5月20日", "", "2024年6月21日", "2024年6月6日", ""},
			[]string{"教辅征订管理办法、退费清单", "食堂收支公示、审计报告", "集体决策实施办法", "", "教代会决议、公示截图", "承诺书、通报", ""},
			map[int]string{3: "2024年12月31日", 6: "2024年12月31日"}, "正在整改")
		ps[3].note = "4个项目已复核2个，管理办法已起草"
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"),
			casebuild.Sheet{Name: "回头看问题整改台账", Rows: withHead("沅岚县第二中学巡察整改“回头看”反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}})
	}
}
