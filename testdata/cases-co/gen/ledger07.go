package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// A county education bureau's XLSX: 8 problems, 7 done; 序号5 (row 7), the
// school-repair tendering the report calls done, still in progress.
func init() {
	ledgers["07-qiyun-jiaoyu-zhuangtai"] = func(dir string) error {
		L, X := "立行立改", "限期整改"
		rs := []row{
			done(L, "义务教育薄弱环节改善资金结余未及时收回", "402.0", "收回结余资金统筹使用", "廖国强", "计划财务股", "2024年7月31日", "2024年7月12日", "收回通知"),
			done(L, "学校向学生收取教辅资料费", "21.6", "督促学校清退多收费用", "欧阳红", "基础教育股", "2024年8月31日", "2024年8月28日", "退费签领表"),
			done(L, "营养改善计划资金会计核算不规范", "217.7", "调整账务，规范科目核算", "胡德贵", "县学生资助管理中心", "2024年7月31日", "2024年7月24日", "调账凭证"),
			done(X, "学生资助对象认定不精准", "", "数据比对，复核资助对象", "胡德贵", "县学生资助管理中心", "2024年9月30日", "2024年9月26日", "复核名单"),
			open(X, "校舍维修项目未按规定招标", "", "修订管理办法，开展合规性复查", "廖国强", "县教育后勤服务中心", "2024年12月31日", "正在整改，复查已完成7个项目"),
			done(X, "食堂采购未执行定点采购", "", "开展食材集中采购招标", "廖国强", "县教育后勤服务中心", "2024年8月31日", "2024年8月27日", "中标通知书"),
			done(X, "专项资金绩效目标不明确", "", "制定绩效管理办法", "石淑贞", "计划财务股", "2024年9月30日", "2024年9月20日", "绩效管理办法"),
			done(L, "教育收费公示不规范", "", "督促学校规范公示", "欧阳红", "基础教育股", "2024年8月31日", "2024年8月30日", "公示照片"),
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "审计整改台账", Rows: table("栖云县教育局教育专项资金审计问题整改台账", rs), Merges: [][2]string{{"A1", "L1"}}})
	}
}
