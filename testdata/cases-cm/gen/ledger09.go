package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 09: a sub-branch's XLSX: 12 problems, 10 已销号, 2 推进中 due after the
// as-of date.
func init() {
	ledgers["09-chengyuan-chengxi-zhihang-clean"] = func(dir string) error {
		titles := []string{"党总支落实全面从严治党主体责任不到位", "支部书记抓党建述职不深入", "党员发展程序不规范", "对公贷款贷前调查不实",
			"票据业务贸易背景审查不严", "员工行为管理失之于宽", "网点现金管理不规范", "费用管理存在漏洞",
			"代销理财产品“双录”执行不到位", "客户信息保护不到位", "存量不良贷款处置迟缓", "抵押房产处置进展缓慢"}
		L := []string{"詹若愚", "柏晓蕾", "贲志诚", "康怀瑾"}
		var rs []row
		for i, t := range titles {
			r := row{title: t, measures: "落实整改措施", leader: L[i%4], dept: []string{"综合办公室", "公司业务部", "运营管理部", "风险管理部"}[i%4],
				due: "2024年9月30日", status: "已销号", done: "2024年9月" + itoa(3+i) + "日", ev: "销号材料"}
			if i >= 10 {
				r.due, r.status, r.done, r.ev = "2025年6月30日", "推进中", "", ""
				r.note = "已进入司法程序"
			}
			rs = append(rs, r)
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			groupSheet("城西支行", "分行党委第二巡察组反馈问题整改台账", "澄源银行青屏分行城西支行", rs))
	}
}
