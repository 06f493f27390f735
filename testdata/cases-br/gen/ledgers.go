package main

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// sheet2 is a problems sheet with a title row over the two-row header
// (整改情况 spanning 整改进展, 完成时间, 佐证材料); the first problem is on row 4.
func sheet2(name, title string, ps []prob, extra ...[]string) casebuild.Sheet {
	rows := append([][]string{{title}}, twoRowHead...)
	rows = append(rows, numbered(1, ps)...)
	rows = append(rows, extra...)
	return casebuild.Sheet{Name: name, Rows: rows, Merges: append([][2]string{{"A1", "K1"}}, twoRowMerges(2)...)}
}

func xlsx(dir string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), sheets...)
}

func init() {
	// 01: a 街道's 9 problems, all done with evidence.
	ledgers["01-dongguan-jiedao-clean"] = func(dir string) error {
		ps := fill([]string{"党的领导", "全面从严治党", "基层党组织建设"}, []tm{
			{"落实意识形态工作责任制不到位", "制定意识形态工作责任清单，每半年专题研判一次"},
			{"党工委理论学习中心组学习流于形式", "修订中心组学习制度，建立学习档案"},
			{"城市更新项目推进缓慢", "成立项目专班，倒排工期，每周调度"},
			{"“三重一大”事项集体决策不规范", "修订“三重一大”决策事项清单"},
			{"公务接待费用报销不规范", "逐笔清理2023年以来接待费用，退回违规报销款"},
			{"工程项目结算审核把关不严", "对12个已结算项目开展复核，追回多付工程款"},
			{"社区党组织“三会一课”不规范", "开展社区党组织书记轮训，每月抽查记录"},
			{"发展党员程序不严谨", "对近三年发展党员档案逐份核查补正"},
			{"网格员队伍管理松散", "制定网格员考核办法，按月考核"},
		}, []string{"王振华", "周晓雯", "李国栋"}, []string{"党政办公室", "党建工作办公室", "城市管理办公室", "财政所"},
			[]string{"2025年6月30日", "2025年7月31日"}, []string{"2025年6月20日", "2025年7月18日"},
			[]string{"责任清单、研判记录", "学习制度、学习档案", "专班文件、调度记录", "决策事项清单", "退款凭证", "复核报告", "培训签到表", "档案核查表", "考核办法"}, nil, "")
		return xlsx(dir, sheet2("巡察整改台账", "东关街道县委巡察反馈问题整改台账", ps))
	}
	// 02: a state firm's 12 problems, 10 done (序号6 done with no evidence), 2 under way.
	ledgers["02-chengjian-kaifa-done"] = func(dir string) error {
		ps := fill([]string{"党的建设", "经营管理", "风险防控", "选人用人"}, []tm{
			{"公司党委前置研究重大经营事项不到位", "修订党委前置研究讨论重大经营管理事项清单"},
			{"安置房项目成本核算不准确", "委托第三方对3个安置房项目成本重新核算"},
			{"工程招标代理机构管理不规范", "建立招标代理机构考评库，年度考评"},
			{"中层干部选任程序不规范", "修订中层管理人员选拔任用办法"},
			{"应收账款清收不力", "成立清欠小组，逐笔制定清收方案"},
			{"合同管理台账不完整", "全面梳理2022年以来合同，补建台账"},
			{"资产出租未公开招租", "制定资产出租管理办法，统一进场公开招租"},
			{"员工加班费发放依据不足", "核查加班记录，规范审批流程"},
			{"党支部标准化建设滞后", "对4个党支部开展达标验收"},
			{"安全生产责任落实不到位", "签订安全生产责任书，每月开展隐患排查"},
			{"闲置土地盘活进度慢", "制定闲置地块分类处置方案"},
			{"对下属项目公司监管缺位", "建立项目公司经营月报制度"},
		}, []string{"陈立军", "孙海燕", "刘建波"}, []string{"党群工作部", "财务审计部", "工程管理部", "综合办公室", "资产经营部"},
			[]string{"2025年6月30日", "2025年7月15日"}, []string{"2025年6月26日", "2025年7月10日"},
			[]string{"事项清单", "核算报告", "考评办法", "选任办法", "清收方案", "", "管理办法", "审批单", "验收表", "责任书"},
			map[int]string{10: "2025年12月31日", 11: "2025年10月31日"}, "正在整改")
		return xlsx(dir, sheet2("问题整改台账", "澄川县城市建设开发有限公司集团巡察反馈问题整改台账", ps))
	}
	// 03: a county bureau's 15 problems, 13 done; 序号9 under way past 2025-06-30.
	ledgers["03-nongye-ju-rate"] = func(dir string) error {
		ps := fill([]string{"党的领导", "乡村振兴", "资金管理", "作风建设", "基层党建"}, []tm{
			{"贯彻落实粮食安全党政同责不够有力", "制定耕地保护和粮食安全责任清单"},
			{"高标准农田建设质量管控不严", "对2023年度项目逐个复查，限期整改质量缺陷"},
			{"农机购置补贴审核不严", "开展补贴资金专项清查，追回违规补贴"},
			{"衔接资金项目资产管理不清", "建立项目资产台账，明确管护主体"},
			{"涉农专项资金拨付滞后", "建立拨付进度月通报制度"},
			{"“四风”问题整治不彻底", "开展公务用车、办公用房专项检查"},
			{"机关党支部组织生活不规范", "统一支部工作记录本，每季度检查"},
			{"农村集体“三资”监管薄弱", "开展集体资产清产核资复核"},
			{"动物防疫物资管理混乱", "建立防疫物资出入库登记，开展盘点"},
			{"农业执法案卷不规范", "开展执法案卷评查"},
			{"政府采购内控不健全", "修订采购内控制度"},
			{"干部教育培训针对性不强", "制定年度干部培训计划"},
			{"农产品质量安全监测覆盖不全", "增加抽检批次，覆盖全部乡镇"},
			{"下属单位财务管理不规范", "对3个下属单位开展财务检查"},
			{"意识形态阵地管理不严", "清理规范单位公众号、宣传栏"},
		}, []string{"赵德胜", "黄丽萍", "吴建新", "郑小兵"}, []string{"办公室", "农田建设科", "计划财务科", "农经站", "机关党委", "畜牧兽医中心"},
			[]string{"2025年5月31日", "2025年6月30日"}, []string{"2025年5月28日", "2025年6月25日"},
			[]string{"责任清单", "复查报告", "清查报告", "资产台账", "通报", "检查通报", "检查记录", "复核表", "盘点表", "评查通报", "内控制度", "培训计划", "抽检报告", "检查报告", "清理台账"},
			map[int]string{8: "2025年6月30日", 12: "2025年12月31日"}, "正在整改")
		return xlsx(dir, sheet2("问题整改", "澄川县农业农村局县委巡察反馈问题整改台账", ps))
	}
	// 04: a 街道's 10 problems, 8 done, 2 under way within their deadlines.
	ledgers["04-xicheng-jiedao-huiyi"] = func(dir string) error {
		ps := fill([]string{"党的领导", "全面从严治党", "基层党组织建设", "巡察整改"}, []tm{
			{"贯彻上级决策部署打折扣", "建立重点任务督办台账，每月通报"},
			{"老旧小区改造项目监管不到位", "对5个改造项目逐一开展质量回访"},
			{"低保动态管理不及时", "全面复核低保对象，清退不符合条件对象"},
			{"临时救助审批不规范", "修订临时救助审批流程"},
			{"财务报销手续不全", "对2024年以来凭证逐笔核查补正"},
			{"食堂经费管理不规范", "建立食堂收支台账，每季度公示"},
			{"社区换届后班子培训不到位", "对8个社区班子开展集中轮训"},
			{"流动党员管理底数不清", "开展流动党员排查，建立台账"},
			{"上轮巡察整改成果巩固不够", "开展上轮整改回头看"},
			{"物业服务投诉处置慢", "建立物业投诉闭环处置机制"},
		}, []string{"何建平", "林秀芳", "冯志强"}, []string{"党政办公室", "社会事务办公室", "财政所", "党建工作办公室", "城市管理办公室"},
			[]string{"2025年6月30日", "2025年7月31日"}, []string{"2025年6月23日", "2025年7月25日"},
			[]string{"督办台账", "回访记录", "复核名册", "审批流程", "核查表", "", "培训签到表", "排查台账", "回头看报告", "处置记录"},
			map[int]string{5: "2025年10月31日", 9: "2025年12月31日"}, "正在整改")
		return xlsx(dir, sheet2("整改台账", "西城街道县委巡察反馈问题整改台账", ps))
	}
	// 07: a 街道's 10 problems, 9 done; 序号6 under way (deadline 2025-09-30).
	ledgers["07-nanmen-jiedao-zhuangtai"] = func(dir string) error {
		ps := fill([]string{"党的领导", "全面从严治党", "基层党组织建设"}, []tm{
			{"学习贯彻党的创新理论不够深入", "修订党工委理论学习中心组学习计划"},
			{"安全生产监管存在盲区", "开展沿街商铺消防隐患排查"},
			{"征迁补偿资金管理不规范", "逐户核对补偿资金，建立发放台账"},
			{"政府采购程序不规范", "修订街道采购管理办法"},
			{"办公用房超标准使用", "腾退超标准办公用房"},
			{"集体资产出租合同到期未续签", "逐份清理出租合同，重新公开招租"},
			{"社区“两委”履职能力不强", "开展社区干部轮训"},
			{"软弱涣散党组织整顿不到位", "对2个社区党组织实施挂点整顿"},
			{"信访积案化解进度慢", "落实领导包案，逐案化解"},
			{"公车使用登记不全", "启用公车使用电子登记"},
		}, []string{"蒋文斌", "许丽娟", "曹永刚"}, []string{"党政办公室", "应急管理办公室", "征迁办公室", "财政所", "党建工作办公室"},
			[]string{"2025年6月30日", "2025年7月31日"}, []string{"2025年6月18日", "2025年7月22日"},
			[]string{"学习计划", "排查台账", "发放台账", "采购管理办法", "腾退清单", "", "培训签到表", "整顿验收表", "化解台账", "电子登记截图"},
			map[int]string{5: "2025年9月30日"}, "正在整改")
		return xlsx(dir, sheet2("问题整改台账", "南门街道县委巡察反馈问题整改台账", ps))
	}
	// 08: a county bureau's 13 problems (11 done) and 3 people held accountable.
	ledgers["08-weijian-ju-fenbumen"] = func(dir string) error {
		ps := fill([]string{"党的领导", "医疗卫生", "资金管理", "全面从严治党"}, []tm{
			{"党组落实公立医院党委领导下的院长负责制指导不够", "制定局属医院党委会议事规则指导意见"},
			{"医保基金使用监管不力", "联合医保部门开展专项检查"},
			{"基层医疗卫生机构绩效考核不实", "修订绩效考核方案"},
			{"公共卫生专项资金结余较大", "清理结余资金，按规定统筹使用"},
			{"医疗设备采购论证不充分", "建立大型设备采购论证制度"},
			{"医德医风问题治理不到位", "开展医疗领域不正之风专项整治"},
			{"局机关干部作风不实", "开展作风纪律专项检查"},
			{"村卫生室建设标准不统一", "制定村卫生室标准化建设验收标准"},
			{"家庭医生签约服务流于形式", "开展签约服务质量抽查"},
			{"卫生监督执法不严", "开展执法案卷评查"},
			{"党风廉政建设主体责任落实不力", "签订责任书，开展廉政谈话"},
			{"基层党组织书记抓党建述职不规范", "规范述职评议程序"},
			{"临时聘用人员管理不规范", "清理规范临时聘用人员"},
		}, []string{"罗永红", "唐志明", "邓美华"}, []string{"办公室", "医政医管股", "规划财务股", "基层卫生股", "机关党委"},
			[]string{"2025年7月31日", "2025年8月31日"}, []string{"2025年7月20日", "2025年8月22日"},
			[]string{"指导意见", "检查通报", "考核方案", "清理报告", "论证制度", "整治报告", "检查通报", "验收标准", "抽查记录", "评查通报", "责任书", "述职评议表", "清理名册"},
			map[int]string{6: "2025年12月31日", 11: "2025年11月30日"}, "正在整改")
		acc := [][]string{
			{"巡察整改问责情况登记表"},
			{"序号", "被问责人", "单位及职务", "问责方式", "决定时间"},
			{"1", "廖某某", "县卫生计生监督执法大队副大队长", "诫勉", "2025-06-19"},
			{"2", "江某某", "某乡镇卫生院院长", "批评教育", "2025-07-03"},
			{"3", "夏某某", "局规划财务股副股长", "批评教育", "2025-07-03"},
		}
		return xlsx(dir, sheet2("问题整改", "澄川县卫生健康局县委巡察反馈问题整改台账", ps),
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}

// pdfLedger is a ledger kept in Excel and printed to PDF: a title row, one
// header row, the rows, and a line under them.
type pdfLedger struct {
	title, foot string
	rows        [][]string // the header first
}

// printPDF writes dir/ledger.pdf: the workbook laid out for A4 landscape,
// columns wide enough to wrap, printed by LibreOffice Calc.
func (l pdfLedger) printPDF(dir string) error {
	rows := append([][]string{{l.title}}, l.rows...)
	rows = append(rows, []string{l.foot})
	last := len(rows)
	widths := []float64{5, 22, 34, 7, 10, 11, 8, 11, 14}
	sh := casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "I1"}, {"A" + itoa(last), "I" + itoa(last)}}}
	return soffice.Workbook(filepath.Join(dir, "ledger.pdf"), "pdf:calc_pdf_Export", func(x string) error {
		return casebuild.WriteXLSXWith(x, func(f *excelize.File) (casebuild.CellFunc, error) {
			wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
				Border: []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"}, {Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}},
				Font:   &excelize.Font{Size: 10}})
			if err != nil {
				return nil, err
			}
			head, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}, Font: &excelize.Font{Size: 16, Bold: true}})
			if err != nil {
				return nil, err
			}
			return func(f *excelize.File, sheet, cell, v string) error {
				if cell == "A1" {
					for i, w := range widths {
						c, _ := excelize.ColumnNumberToName(i + 1)
						if err := f.SetColWidth(sheet, c, c, w); err != nil {
							return err
						}
					}
					o := "landscape"
					size := 9
					w, h := 1, 0
					if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &o, Size: &size, FitToWidth: &w, FitToHeight: &h}); err != nil {
						return err
					}
					fit := true
					if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
						return err
					}
					for r := 1; r <= last; r++ {
						ht := 44.0
						switch r {
						case 1:
							ht = 30
						case 2, last:
							ht = 24
						}
						if err := f.SetRowHeight(sheet, r, ht); err != nil {
							return err
						}
					}
				}
				if err := f.SetCellStr(sheet, cell, v); err != nil {
					return err
				}
				col, row, _ := excelize.CellNameToCoordinates(cell)
				switch {
				case row == 1:
					return f.SetCellStyle(sheet, cell, cell, head)
				case row < last && col <= len(widths):
					return f.SetCellStyle(sheet, cell, cell, wrap)
				}
				return nil
			}, nil
		}, sh)
	})
}

func init() {
	ledgers["05-shenji-ju-clean"] = pdf05.printPDF
	ledgers["06-jiaotou-gongsi-total"] = pdf06.printPDF
}
