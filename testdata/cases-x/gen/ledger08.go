package main

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["08-fengyang-shijian-itemstatus"] = func(dir string) {
		ps := []P{
			{No: "1", Cat: "政治建设", Title: "落实食品安全党政同责不够有力", Meas: "修订食品安全工作责任清单，开展学校食堂全覆盖检查", Leader: "局长 易建国", Dept: "食品安全协调股", Dead: "2023.6.30", Status: "已完成", Done: "2023.6.26", Evid: "《食品安全工作责任清单》"},
			{No: "2", Cat: "业务工作", Title: "食品安全抽检不合格产品核查处置不及时", Meas: "建立不合格产品核查处置台账", Leader: "副局长 常丽娟", Dept: "食品抽检股", Dead: "2023.6.30", Status: "已完成", Done: "2023.6.29", Evid: "核查处置台账"},
			{No: "3", Cat: "业务工作", Title: "特种设备安全监管存在盲区", Meas: "开展特种设备拉网式排查，建立隐患动态清零机制", Leader: "副局长 武振华", Dept: "特种设备安全监察股", Dead: "2023.12.31", Status: "正在推进，隐患动态清零机制尚在试运行", Done: "", Evid: "排查台账"},
			{No: "4", Cat: "业务工作", Title: "行政处罚自由裁量权行使不规范", Meas: "开展案卷评查，制定裁量权基准", Leader: "副局长 常丽娟", Dept: "法规股", Dead: "2023.7.31", Status: "已完成", Done: "2023.7.20", Evid: "《行政处罚裁量权基准》"},
			{No: "5", Cat: "党的建设", Title: "基层市场监管所执法力量薄弱", Meas: "申请调剂编制，补充执法人员", Leader: "局长 易建国", Dept: "人事股", Dead: "2023.12.31", Status: "正在推进", Done: "", Evid: ""},
			{No: "6", Cat: "党的建设", Title: "党组落实意识形态工作责任制不到位", Meas: "专题研究意识形态工作，制定责任清单", Leader: "局长 易建国", Dept: "办公室", Dead: "2023.6.30", Status: "已完成", Done: "2023.6.19", Evid: "《意识形态工作责任清单》"},
		}
		f := excelize.NewFile()
		sheet(f, "问题台账", "沣阳县市场监督管理局县委巡察反馈问题整改台账", "",
			[]col{{"序号", "no"}, {"问题类别", "cat"}, {"反馈问题", "title"}, {"整改措施", "meas"}, {"责任领导", "leader"}, {"责任股室", "dept"}, {"整改时限", "dead"}, {"完成时间", "done"}, {"整改情况", "status"}, {"佐证材料", "evid"}},
			ps, "")
		save(f, filepath.Join(dir, "ledger.xlsx"), "问题台账")
	}
}
