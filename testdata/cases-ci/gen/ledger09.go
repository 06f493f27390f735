package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 上寨村: title, 填报 line, merged two-row header, 5 problems (4 done, 1
// 正在整改 due after the report); 序号3 names no 责任人.
func init() {
	ledgers["09-shangzhai-cun-shenghuohui"] = func(dir string) error {
		secs := []section{{"", []row{
			{"组织建设", "支部组织生活不规范，主题党日流于形式", "制定主题党日年度计划，每月10日固定开展", "龙德贵", "村党支部", "2025年6月30日", "已完成", "2025年6月10日", "主题党日记录", ""},
			{"村务管理", "村务公开内容不全、更新不及时", "按月公开村级财务收支，重大事项随时公开", "杨秀梅", "村委会", "2025年6月30日", "已完成", "2025年6月25日", "公开栏照片", ""},
			{"村务管理", "低保评议程序不规范", "重新召开村民代表会议评议，结果公示", "", "村委会", "2025年7月31日", "已完成", "2025年7月16日", "评议记录、公示照片", ""},
			{"集体经济", "村集体经济合作社账务与村委会账务混用", "委托乡经管站代理记账，实行分账核算", "吴正华", "村集体经济合作社", "2025年9月30日", "正在整改", "", "", ""},
			{"工程项目", "村级小型项目未执行“四议两公开”", "完善项目决策程序，建立项目档案", "龙德贵", "村委会", "2025年7月31日", "已完成", "2025年7月25日", "会议记录、项目档案", ""},
		}, nil}}
		head := twoRowHead("反馈问题", "责任主体", "完成时限")
		head[0][4] = "责任人"
		rows, merges, at := layout("上寨村巡察反馈问题整改台账",
			"填报单位：上寨村党支部　　　　填报人：杨秀梅　　　　填报时间：2025年8月15日",
			head, secs)
		show("09", at)
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "Sheet1", Rows: rows, Merges: merges})
	}
}
