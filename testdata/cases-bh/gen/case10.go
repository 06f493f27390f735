package main

import (
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 10: a provincial academy of social sciences, clean; the report a page of
// the academy's website (HTML), problems listed 1．…40．; the minutes one
// compiled file holding three meetings, each under its own title.
func init() {
	const c = "10-lanjiang-shekeyuan-clean"
	items := pick(instPool, 4, 17, 29)
	open := map[int]row{
		11: {status: "长期坚持", due: "长期坚持"},
		25: {status: "正在推进", due: "2024年12月31日"},
		38: {status: "正在推进", due: "2025年6月30日"},
	}
	st := stateOf([]string{"2024年8月31日", "2024年9月30日", "2024年7月31日"},
		[]string{"2024年8月30日", "2024年9月26日", "2024年7月29日"},
		[]string{"党委会纪要、文件", "检查报告", "制度文本", "台账", "通报"}, open)
	done, nopen := countDone(items, st)
	note(c, "%d problems, %d done, %d open", len(items), done, nopen)
	words := func(it item) string {
		switch it.no {
		case 11:
			return "长期坚持。"
		case 25, 38:
			return "正在推进。"
		}
		return []string{"已完成。", "已整改到位。"}[it.no%2]
	}
	list := listItems(items, "dot", "关于“T”问题的整改。", words, nil)
	report := `# 中共岚江省社会科学院委员会关于省委巡视反馈意见整改进展情况的通报
根据省委统一部署，2024年3月至5月，省委第七巡视组对中共岚江省社会科学院委员会开展了常规巡视。6月6日，巡视组向院党委反馈了巡视意见。按照党务公开和巡视工作有关要求，现将巡视整改进展情况予以公布。
一、整改工作组织情况
院党委坚决扛起巡视整改主体责任，党委书记认真履行第一责任人职责，领导班子成员落实“一岗双责”。院党委会2次专题研究巡视整改工作，8月22日召开巡视整改专题民主生活会。对照反馈意见，院党委梳理出4个方面40个问题，制定整改措施118条。截至9月底，40个问题中已完成37个、正在推进3个，整改完成率92.5%。
二、反馈问题整改落实情况
对照巡视反馈意见和整改台账，逐项说明如下：
` + strings.Join(list, "\n") + `
三、建章立制情况
坚持把建章立制贯穿整改全过程，新建制度5项、修订制度4项，推动整改常态化长效化。
四、下一步工作
院党委将持续抓好未完成事项的整改，拟于2025年上半年组织开展整改“回头看”；计划再制定《科研诚信案件调查处理办法》等制度2项。
欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0871-66123456；通信地址：岚江市文苑路88号；邮政编码：650031。
>中共岚江省社会科学院委员会
>2024年10月11日
`
	addSrc(c, "report.html.txt", report)
	minutes := "# 岚江省社会科学院党委会会议纪要\n<（第9次）\n<时间：2024年7月3日\n<地点：院本部二楼会议室\n<主持：院党委书记蒋文彬\n<出席：蒋文彬、陶静怡、樊立军、祁永明\n" +
		"会议专题研究巡视整改工作，审议通过巡视整改方案，明确40个问题的牵头院领导、责任部门和完成时限。\n" +
		"# 中共岚江省社会科学院委员会领导班子巡视整改专题民主生活会会议记录\n<时间：2024年8月22日\n<地点：院本部二楼会议室\n<主持：院党委书记蒋文彬\n<出席：院领导班子成员4人\n" +
		"班子成员对照巡视反馈问题逐一作对照检查，开展批评和自我批评。\n" +
		"# 岚江省社会科学院党委会会议纪要\n<（第12次）\n<时间：2024年9月5日\n<地点：院本部二楼会议室\n<主持：院党委书记蒋文彬\n<出席：蒋文彬、陶静怡、樊立军、祁永明\n" +
		"会议专题听取巡视整改进展情况汇报，审议《科研项目经费管理办法》等制度修订稿。\n"
	addSrc(c, "minutes/巡视整改会议纪要汇编.docx.txt", minutes)
	ledgers[c] = func(dir string) error {
		cfg := ledgerCfg{
			title:   "岚江省社会科学院巡视整改台账",
			head:    []string{"序号", "具体问题", "整改措施", "责任领导", "责任部门", "完成时限", "整改进度", "完成时间", "佐证材料"},
			leaders: []string{"蒋文彬", "陶静怡", "樊立军", "祁永明"},
			depts:   []string{"办公室", "科研处", "纪检监察室", "人事处", "财务处", "机关党委"},
			state:   st,
		}
		rows, merges, _ := problemRows(items, cfg)
		rules := [][]string{
			{"序号", "文件名称", "新建/修订", "印发日期"},
			{"1", "院党委会议事规则", "修订", "2024-07-10"},
			{"2", "科研项目经费管理办法", "修订", "2024-09-12"},
			{"3", "采购管理办法", "修订", "2024-07-10"},
			{"4", "中层干部选拔任用办法", "修订", "2024-08-06"},
			{"5", "意识形态工作责任制实施细则", "新建", "2024-07-10"},
			{"6", "科研诚信管理办法", "新建", "2024-08-06"},
			{"7", "编外用工管理办法", "新建", "2024-08-06"},
			{"8", "内部控制管理手册", "新建", "2024-09-12"},
			{"9", "巡视整改常态化长效化工作办法", "新建", "2024-07-10"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: merges},
			casebuild.Sheet{Name: "制度清单", Rows: rules})
	}
}
