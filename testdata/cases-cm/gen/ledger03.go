package main

import "path/filepath"

// 03: a branch's .xls (Excel 97, as the head office's system exports it):
// 23 problems, 20 已销号, 3 on 抵债资产 still 推进中 (due after the as-of date).
func init() {
	ledgers["03-chengyuan-qingping-fenhang-lv"] = func(dir string) error {
		titles := []string{
			"贯彻落实总行党委决策部署有温差", "服务制造业发展力度不足", "普惠金融覆盖面不广", "党委议事规则执行不严格",
			"“三重一大”决策程序不规范", "基层党组织标准化建设滞后", "选人用人程序不规范", "干部交流轮岗不到位",
			"授信审批把关不严", "贷后管理流于形式", "不良贷款清收力度不够", "违规发放贷款问责不到位",
			"员工行为管理松散", "内控检查发现问题整改不彻底", "关联交易管理不规范", "费用管理不严格",
			"集中采购执行不到位", "信息科技外包管理薄弱", "消费者权益保护工作不到位", "反洗钱客户身份识别不规范",
			"抵债资产长期未处置", "抵债房产被无偿占用", "抵债资产账务处理不规范",
		}
		depts := []string{"党委办公室", "公司业务部", "普惠金融部", "党委办公室", "党委办公室", "党委组织部", "党委组织部", "人力资源部",
			"授信审批部", "风险管理部", "资产保全部", "纪委办公室", "内控合规部", "内控合规部", "内控合规部", "财务会计部",
			"集中采购办公室", "信息科技部", "消费者权益保护部", "内控合规部", "资产保全部", "资产保全部", "财务会计部"}
		L := []string{"苗正康", "钟若溪", "邝建伟", "纪云帆", "郝敏"}
		var rs []row
		for i, t := range titles {
			r := row{cat: "", title: t, measures: "制定专项整改措施，逐项落实", leader: L[i%5], dept: depts[i],
				due: "2024年9月30日", status: "已销号", done: "2024年9月" + itoa(2+i) + "日", ev: "销号审批表及佐证"}
			if i >= 20 {
				r.due, r.status, r.done, r.ev = "2024年12月31日", "推进中", "", ""
			}
			switch {
			case i < 3:
				r.cat = "贯彻落实党中央决策部署"
			case i < 8:
				r.cat = "党的建设和组织建设"
			case i < 20:
				r.cat = "全面从严治党和风险防控"
			default:
				r.cat = "资产处置"
			}
			rs = append(rs, r)
		}
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"),
			groupSheet("Sheet1", "总行党委第一巡察组反馈问题整改台账", "中共澄源银行青屏分行委员会", rs))
	}
}
