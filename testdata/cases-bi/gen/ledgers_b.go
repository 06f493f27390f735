package main

import (
	"html"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 05: a county health commission's ledger exported from the county's
// supervision system as ledger.xls — an HTML table in GBK, as web systems
// export "Excel". 12 problems, 11 done; 序号4 done with no evidence, 序号9 in progress.
func init() {
	ledgers["05-yunxiu-weijian-htmlxls"] = func(dir string) error {
		ts := []tm{
			{"党组主体责任压得不实", "制定党组落实主体责任清单"},
			{"基层党组织“三会一课”不规范", "督促局属单位党组织规范组织生活"},
			{"基层党支部软弱涣散", "对4个基层党支部集中整顿"},
			{"医疗废物处置监管不到位", "开展医疗废物处置专项检查，重签处置协议"},
			{"医疗机构依法执业监督检查覆盖面不足", "制定年度监督检查计划，实行全覆盖"},
			{"公立医院药品耗材采购管理不规范", "推行药品耗材集中带量采购"},
			{"往来款项长期挂账未清理", "清理往来款项86.2万元"},
			{"违规发放津贴补贴", "收回违规发放补贴4.3万元"},
			{"基层医疗机构绩效考核流于形式", "修订基层医疗机构绩效考核办法"},
			{"财务报销审核把关不严", "修订财务报销管理办法"},
			{"公务用车管理不规范", "规范公务用车派车登记"},
			{"干部队伍专业结构不合理", "制定卫生专业技术人才引进计划"},
		}
		ps := fill([]string{"党的建设", "党的建设", "党的建设", "行业监管", "行业监管", "行业监管", "财务管理", "财务管理", "行业监管", "财务管理", "作风建设", "队伍建设"}, ts,
			[]string{"龚慧敏", "欧文斌", "潘晓琳", "钟建业"},
			[]string{"办公室", "机关党委", "机关党委", "医政医管股", "卫生监督所", "药政股", "财务股", "财务股", "基层卫生股", "财务股", "办公室", "人事股"},
			[]string{"2024年7月31日", "2024年8月31日"},
			[]string{"2024年7月25日", "2024年8月26日"},
			[]string{"责任清单", "组织生活记录", "整顿工作总结", "", "检查计划", "采购合同", "清理台账", "收款凭证", "", "报销管理办法", "派车登记表", "人才引进计划"},
			map[int]string{8: "2024年12月31日"}, "正在整改")
		var b strings.Builder
		b.WriteString(`<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta name="ProgId" content="Excel.Sheet">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>整改台账</x:Name><x:WorksheetOptions><x:Print><x:ValidPrinterInfo/></x:Print></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td{mso-number-format:"\@";border:.5pt solid windowtext;}</style></head>
<body>
<table border="1" cellspacing="0" cellpadding="0">
<tr><td colspan="11" align="center"><b>云岫县卫生健康局县委巡察反馈问题整改台账（导出时间：2024-09-05 16:32）</b></td></tr>
<tr>`)
		for _, h := range oneRowHead {
			b.WriteString("<td><b>" + h + "</b></td>")
		}
		b.WriteString("</tr>\n")
		for _, r := range numbered(1, ps) {
			b.WriteString("<tr>")
			for _, c := range r {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n</body>\n</html>\n")
		g, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, "ledger.xls"), []byte(g), 0o644)
	}
}

// 06: a city archives' 整改台账.xlsx (named otherwise) with 8 problems, 7 done,
// and a .zip beside it holding the report as DOCX and the ledger again.
func init() {
	ledgers["06-lanchuan-danganguan-yasuobao"] = func(dir string) error {
		ts := []tm{
			{"档案安全管理责任落实不到位", "更换老化灭火器42具，升级库房温湿度监控系统"},
			{"馆藏档案数字化进度滞后", "制定数字化三年计划"},
			{"档案利用服务便民措施不够", "开通线上查档预约，实行跨馆出证"},
			{"政府采购内控制度不健全", "修订政府采购内部控制办法"},
			{"干部轮岗交流不够", "制定中层干部轮岗交流方案"},
			{"党支部“三会一课”质量不高", "制定支部学习计划"},
			{"公务接待管理不规范", "开展公务接待自查，修订管理规定"},
			{"征集进馆档案接收不及时", "对23家应进馆单位逐一督促"},
		}
		ps := fill([]string{"业务管理", "业务管理", "业务管理", "内部管理", "队伍建设", "党的建设", "作风建设", "业务管理"}, ts,
			[]string{"阮清远", "甘晓舟", "黎月华"},
			[]string{"保管利用科", "信息技术科", "保管利用科", "办公室", "办公室", "机关党支部", "办公室", "业务指导科"},
			[]string{"2024年6月30日", "2024年7月31日"},
			[]string{"2024年6月27日", "2024年7月29日"},
			[]string{"检查记录、验收单", "数字化计划", "预约平台截图", "内控办法", "轮岗文件", "学习计划", "自查报告", ""},
			map[int]string{7: "2024年12月31日"}, "正在整改")
		rows := [][]string{{"岚川市档案馆市委巡察反馈问题整改台账"},
			{"序号", "问题类别", "存在问题", "整改措施", "牵头领导", "责任科室", "完成时限", "整改情况", "完成时间", "佐证资料", "备注"}}
		rows = append(rows, numbered(1, ps)...)
		ledger := filepath.Join(dir, "整改台账.xlsx")
		if err := casebuild.WriteXLSX(ledger, casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}}}); err != nil {
			return err
		}
		tmp, err := os.MkdirTemp("", "casesbi")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		docx := filepath.Join(tmp, "report.docx")
		if err := build("src/06-lanchuan-danganguan-yasuobao/岚川市档案馆党组关于市委巡察反馈意见整改情况的报告.pdf.txt", docx); err != nil {
			return err
		}
		d, err := os.ReadFile(docx)
		if err != nil {
			return err
		}
		x, err := os.ReadFile(ledger)
		if err != nil {
			return err
		}
		names := []string{"整改报告（word版）/市档案馆巡察整改情况报告.docx", "整改报告（word版）/附件1：整改台账.xlsx"}
		return writeZip(filepath.Join(dir, "整改报告word版及附件.zip"), names, map[string][]byte{names[0]: d, names[1]: x})
	}
}

// 07: a township's WPS .et (an Excel 97 workbook), 13 problems, 11 done.
func init() {
	ledgers["07-yunxiu-chengguanzhen-clean"] = func(dir string) error {
		var ts []tm
		for _, t := range []string{"镇党委落实全面从严治党主体责任不到位", "软弱涣散村党组织整顿不彻底", "村级“四议两公开”执行不规范",
			"村集体资产底数不清", "集体土地承包合同管理混乱", "村级财务报账不规范", "惠民惠农资金发放监管不严", "镇机关作风纪律松弛",
			"民生实事项目推进缓慢", "信访矛盾化解不及时", "安全生产隐患排查不彻底", "镇属国有资产出租不规范", "农村人居环境整治成效不明显"} {
			ts = append(ts, tm{t, "明确责任人和时限，逐项整改"})
		}
		ps := fill([]string{"党的建设", "党的建设", "基层治理", "三资管理", "三资管理", "三资管理", "民生保障", "作风建设", "民生保障", "基层治理", "安全生产", "三资管理", "民生保障"}, ts,
			[]string{"覃振华", "林素芬", "闭永康", "杨海涛"},
			[]string{"党政综合办", "党建办", "党建办", "经管站", "经管站", "财政所", "财政所", "纪委", "经发办", "综治中心", "应急办", "财政所", "村建站"},
			[]string{"2024年5月31日", "2024年6月30日"},
			[]string{"2024年5月29日", "2024年6月25日"},
			[]string{"责任清单", "整顿验收表", "抽查记录", "清产核资报告", "合同清理台账", "报账制度", "发放清册", "整治通报", "项目进度表", "化解台账", "隐患整改表", "出租合同", "整治验收表"},
			map[int]string{8: "2024年11月30日", 12: "2024年11月30日"}, "正在推进")
		rows := append([][]string{{"城关镇县委巡察反馈问题整改台账"}}, twoRowHead...)
		rows = append(rows, numbered(1, ps)...)
		m := append([][2]string{{"A1", "K1"}}, twoRowMerges(2)...)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"), casebuild.Sheet{Name: "巡察整改台账", Rows: rows, Merges: m})
	}
}

// 08: a city investment group's XLSX: 14 problems (12 done), 3 clues (all
// closed within 60 days), 5 people held accountable, 7 rules (4 new, 3 revised).
func init() {
	ledgers["08-lanchuan-chengtou-clean"] = func(dir string) error {
		var ts []tm
		for _, t := range []string{"党委前置研究重大事项程序执行不严", "投资项目可研论证不充分", "工程招标管理不规范", "安置房项目竣工决算滞后",
			"子公司历史遗留债务清理缓慢", "资金集中管理不到位", "融资成本偏高", "国有资产出租未公开招租", "中层干部选拔任用程序不规范",
			"子公司负责人考核不严", "财务报销审核不严", "公务用车管理不规范", "基层党组织建设薄弱", "廉洁风险防控机制不健全"} {
			ts = append(ts, tm{t, "制定整改措施，明确责任和时限"})
		}
		ps := fill([]string{"公司治理", "投资管理", "工程管理", "工程管理", "财务管理", "财务管理", "财务管理", "资产管理", "选人用人", "选人用人", "财务管理", "作风建设", "党的建设", "党风廉政"}, ts,
			[]string{"雷振邦", "包立新", "吴晓岚", "邱一鸣", "范志强"},
			[]string{"党委办公室", "投资发展部", "工程管理部", "工程管理部", "财务部", "财务部", "融资部", "资产经营部", "人力资源部", "人力资源部", "财务部", "综合办公室", "党群工作部", "纪检监察室"},
			[]string{"2024年7月31日", "2024年8月31日"},
			[]string{"2024年7月22日", "2024年8月27日"},
			[]string{"议事规则", "可研评审意见", "招标管理办法", "", "", "资金管理办法", "融资置换方案", "招租公告", "选拔任用办法", "考核办法", "报销管理制度", "用车台账", "支部建设方案", "风险防控手册"},
			map[int]string{3: "2025年6月30日", 4: "2025年6月30日"}, "正在整改")
		clues := [][]string{
			{"市委巡察移交问题线索处置台账"},
			{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			{"1", "LCCT-2024-01", "工程管理部原副经理张某某", "反映在工程招标中打招呼", "2024-04-30", "集团纪委", "谈话函询，予以了结", "2024-06-14", "已办结"},
			{"2", "LCCT-2024-02", "资产经营部工作人员李某某", "反映违规出租门面", "2024-04-30", "集团纪委", "初步核实后予以了结", "2024-06-20", "已办结"},
			{"3", "LCCT-2024-03", "子公司副经理陈某某", "反映公车私用", "2024-04-30", "集团纪委", "谈话函询，予以了结", "2024-06-25", "已办结"},
		}
		acc := [][]string{
			{"问责情况台账"},
			{"序号", "姓名", "单位及职务", "问责方式", "处理时间"},
			{"1", "李某某", "资产经营部工作人员", "党纪处分（党内警告）", "2024-07-08"},
			{"2", "张某某", "工程管理部原副经理", "诫勉", "2024-06-14"},
			{"3", "周某某", "投资发展部副经理", "诫勉", "2024-07-16"},
			{"4", "陈某某", "子公司副经理", "批评教育", "2024-06-25"},
			{"5", "何某某", "财务部工作人员", "批评教育", "2024-07-16"},
		}
		rules := [][]string{
			{"建章立制清单"},
			{"序号", "制度名称", "新建或修订", "印发时间"},
			{"1", "集团投资决策管理办法", "修订", "2024-07-12"},
			{"2", "工程招标采购管理办法", "新建", "2024-07-12"},
			{"3", "资金集中管理办法", "新建", "2024-08-09"},
			{"4", "中层干部选拔任用办法", "修订", "2024-08-09"},
			{"5", "子公司负责人经营业绩考核办法", "新建", "2024-08-23"},
			{"6", "财务报销管理制度", "修订", "2024-06-28"},
			{"7", "廉洁风险防控管理办法", "新建", "2024-09-06"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改", Rows: withHead("岚川城投集团市委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}},
			casebuild.Sheet{Name: "线索处置", Rows: clues, Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}},
			casebuild.Sheet{Name: "制度建设", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}
}

// 09: a county market regulation bureau's XLSX, 10 problems all done;
// 序号7 names no responsible leader.
func init() {
	ledgers["09-yunxiu-shijianju-huiyi"] = func(dir string) error {
		var ts []tm
		for _, t := range []string{"学校食堂食品安全监管存在盲区", "校外托餐机构监管缺位", "“互联网+明厨亮灶”覆盖率低", "行政处罚案件程序不规范",
			"执法案卷管理混乱", "执法车辆使用管理不规范", "特种设备安全监管不到位", "市场监管所标准化建设滞后", "投诉举报处置不及时", "党支部组织生活不规范"} {
			ts = append(ts, tm{t, "制定整改措施，明确完成时限"})
		}
		ps := fill([]string{"食品安全", "食品安全", "食品安全", "执法办案", "执法办案", "机关管理", "安全监管", "基层建设", "为民服务", "党的建设"}, ts,
			[]string{"冯启明", "龙晓军", "庞雪梅", "韦家宁"},
			[]string{"食品经营股", "食品经营股", "食品经营股", "法规股", "法规股", "办公室", "特种设备股", "综合股", "消费者权益保护股", "机关党支部"},
			[]string{"2024年7月31日", "2024年8月31日"},
			[]string{"2024年7月23日", "2024年8月29日"},
			[]string{"检查通报", "备案清单", "改造验收表", "评查报告", "案卷目录", "公车平台截图", "检查记录", "验收表", "处置台账", "组织生活记录"}, nil, "")
		ps[6].leader = ""
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "问题整改台账", Rows: withHead("县市场监管局县委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}})
	}
}

// 10: a city veterans affairs bureau's XLSX, 14 problems, 12 done; 序号9 is
// the one the report's list leaves out; 序号12 and 14 in progress.
func init() {
	ledgers["10-lanchuan-tuijunju-heji"] = func(dir string) error {
		ts := []tm{
			{"落实全面从严治党主体责任不到位", "制定主体责任清单"},
			{"党组理论学习中心组学习不深入", "制定年度学习计划"},
			{"优抚对象抚恤补助资金发放不精准", "逐一比对优抚对象信息，追回多发资金"},
			{"退役士兵安置工作不规范", "修订退役士兵安置工作规程"},
			{"光荣院管理服务不到位", "开展专项检查，增配护理员"},
			{"烈士纪念设施维护管理滞后", "排查零散烈士纪念设施，集中修缮"},
			{"退役军人服务站建设不规范", "按五有标准逐一验收"},
			{"政府采购程序不规范", "修订政府采购管理办法"},
			{"机关财务报销审核不严", "修订财务报销审核规定"},
			{"公务接待超标准", "开展公务接待自查，退缴超标准费用"},
			{"干部队伍年龄结构老化", "制定年轻干部培养计划"},
			{"退役军人信访积案化解不力", "局领导包案化解信访积案"},
			{"拥军优属政策宣传不到位", "编印政策汇编，开展宣传进社区"},
			{"就业创业扶持政策落实不到位", "举办专场招聘会，核查创业担保贷款贴息"},
		}
		ps := fill([]string{"党的建设", "党的建设", "优抚褒扬", "移交安置", "优抚褒扬", "优抚褒扬", "服务保障", "内部管理", "内部管理", "作风建设", "队伍建设", "权益维护", "服务保障", "就业创业"}, ts,
			[]string{"梁振宇", "聂海平", "罗静怡", "严文博"},
			[]string{"办公室", "机关党委", "优抚科", "移交安置科", "优抚科", "褒扬纪念科", "服务中心", "规划财务科", "规划财务科", "办公室", "政治处", "权益维护科", "思想政治科", "就业创业科"},
			[]string{"2024年7月31日", "2024年8月31日"},
			[]string{"2024年7月19日", "2024年8月23日"},
			[]string{"责任清单", "学习计划", "比对清单、追回凭证", "安置工作规程", "检查报告", "修缮验收表", "验收表", "采购管理办法", "报销审核规定", "退缴凭证", "培养计划", "", "政策汇编", ""},
			map[int]string{11: "2024年12月31日", 13: "2024年12月31日"}, "正在整改")
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: withHead("市退役军人事务局市委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}})
	}
}
