package main

import (
	"fmt"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 09: a county healthcare-security bureau; 11 problems, 9 done. The report
// lists item 4 as done; the ledger has it in progress past its deadline.
// Row 7 is done with no evidence. The report calls item 10 in progress (the
// ledger: done), which is no finding.
var p09 = split(`
定点医药机构违规结算医保基金|186.40||追回违规结算的医保基金186.40万元，对3家机构暂停结算|莫春燕|基金监管股|2024-07-31|已完成|186.40|2024-07-24|追款凭证、处理决定
重复参保重复享受待遇|12.35||追回重复报销待遇12.35万元|庄国庆|医保中心|2024-07-31|已完成|12.35|2024-07-19|退款凭证
医保基金结余率偏高|/||调整门诊统筹支付政策，7月起报销比例提高5个百分点|覃雪峰|待遇保障股|2024-07-31|已完成|/|2024-07-01|政策文件
医保信息系统数据共享不畅|/||与县人社、民政部门建立数据比对机制，每月比对1次|庄国庆|医保中心|2024-08-31|正在整改|/||
个人账户违规支付|5.68||追回个人账户违规支付资金5.68万元|莫春燕|基金监管股|2024-07-31|已完成|5.68|2024-07-30|追款凭证
定点医疗机构协议管理不严|/||修订协议管理办法，对38家定点机构开展年度考核|莫春燕|医药价格股|2024-09-30|已完成|/|2024-09-24|考核通报
医疗救助资金发放审核不严|3.20||追回多发的救助资金3.20万元|庄国庆|待遇保障股|2024-08-31|已完成|3.20|2024-08-14|
药品集中带量采购结余留用资金未拨付|47.10||拨付结余留用资金47.10万元|覃雪峰|医药价格股|2024-08-31|已完成|47.10|2024-08-30|拨付凭证
长期护理保险试点资金管理不规范|/||制定长护险资金管理办法，9月完成年度清算|覃雪峰|医保中心|2024-09-30|已完成|/|2024-09-27|管理办法、清算报告
异地就医备案审核不规范|/||开展异地就医备案专项清理，9月起实行网上备案|庄国庆|医保中心|2024-09-30|已完成|/|2024-09-29|清理报告
医保基金监管长效机制不健全|/||推进智能监控系统建设，2025年上半年全面上线|覃雪峰|基金监管股|2025-06-30|正在整改|/||建设方案
`)

func init() {
	const name = "09-zixi-yibao-zhuangtai"
	blocks[name+"@items"] = func() []string {
		var out []string
		for i, p := range p09 {
			st := "已完成整改。"
			if i >= 9 {
				st = "目前正在整改。"
			}
			out = append(out, fmt.Sprintf("（%s）关于%s的问题", cnNum(i+1), p.Title))
			out = append(out, fmt.Sprintf("整改措施：%s。整改情况：%s", p.Measures, st))
		}
		return out
	}
	ledgers[name] = func(dir string) error {
		rows := [][]string{{"梓溪县医疗保障局审计发现问题整改台账"}}
		rows = append(rows, headB...)
		rows = append(rows, rowsB(p09)...)
		m := append([][2]string{{"A1", "K1"}}, mergesB(2)...)
		return writeXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "审计整改台账", Rows: rows, Merges: m})
	}
}
