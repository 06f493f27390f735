package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 02: a teachers' college, PDF. 52 problems, 45 done, 7 in progress; the
// report claims a rate of 88.46% (45/52 is 86.54%); a table by aspect in the
// report; one done row (序号17) with no evidence. Only a problems sheet.
func init() {
	const c = "02-chengzhou-shifan-rate"
	items := pick(uniPool, 19, 47)
	open := map[int]row{
		4:  {status: "正在整改", due: "2024年12月31日"},
		11: {status: "正在整改", due: "2025年3月31日"},
		18: {status: "正在整改", due: "2024年12月31日"},
		25: {status: "长期坚持", due: "长期坚持"},
		33: {status: "正在整改", due: "2024年11月30日"},
		44: {status: "正在整改", due: "2024年12月31日"},
		50: {status: "长期坚持", due: "长期坚持"},
	}
	base := stateOf([]string{"2024年7月31日", "2024年6月30日", "2024年8月31日", "2024年7月15日"},
		[]string{"2024年7月22日", "2024年6月27日", "2024年8月16日", "2024年7月10日"},
		[]string{"会议纪要、印发文件", "检查报告、整改通知", "制度文本及印发通知", "清退凭证", "工作台账"}, open)
	st := func(it item) row {
		r := base(it)
		if it.no == 17 {
			r.ev = ""
		}
		return r
	}
	done, nopen := countDone(items, st)
	note(c, "%d problems, %d done, %d open", len(items), done, nopen)
	// the table by aspect
	var tab []string
	tab = append(tab, "|问题类别|问题数（个）|已完成（个）|正在整改（个）|")
	cur, n, d := "", 0, 0
	tn, td := 0, 0
	flush := func() {
		if cur != "" {
			name := strings.TrimSuffix(cur[strings.Index(cur, "、")+len("、"):], "方面")
			tab = append(tab, fmt.Sprintf("|%s|%d|%d|%d|", name, n, d, n-d))
		}
	}
	for _, it := range items {
		if it.section != cur {
			flush()
			cur, n, d = it.section, 0, 0
		}
		n++
		tn++
		if st(it).status == "已完成" {
			d++
			td++
		}
	}
	flush()
	tab = append(tab, fmt.Sprintf("|合计|%d|%d|%d|", tn, td, tn-td))
	report := `%gongwen
# 中共澄州师范学院委员会关于省委巡视反馈意见整改落实情况的报告
<省委巡视办：
2024年3月4日至4月19日，省委第五巡视组对中共澄州师范学院委员会进行了巡视。5月10日，巡视组向学院党委反馈了巡视情况，指出了党的政治建设和思想建设、全面从严治党、领导班子和干部队伍建设、学校治理和事业发展、巡视审计整改五个方面的问题。学院党委把巡视整改作为重大政治任务，按照“四个对照”要求，一体推进立行立改、集中整改和长效整改。现将有关情况报告如下。
一、整改工作总体情况
学院党委书记履行第一责任人职责，先后召开党委常委会11次，其中专题研究巡视整改工作4次；8月9日召开巡视整改专题民主生活会。学院对照反馈意见细化形成问题清单、任务清单、责任清单，共明确反馈问题52个，已完成整改45个，正在整改7个，整改完成率88.46%。正在整改的问题主要涉及学科专业结构调整、干部队伍建设等需要较长周期的事项。
表1 巡视反馈问题整改进展统计
` + strings.Join(tab, "\n") + `
二、各方面问题整改情况
（一）党的政治建设和思想建设方面。修订党委常委会议事规则和校长办公会议议事规则，党委领导下的校长负责制进一步落实；制定意识形态工作责任制实施细则，对全院网站和新媒体账号逐一登记备案；新增思政课专职教师11名。
（二）全面从严治党方面。制定落实全面从严治党主体责任清单，班子成员签订责任书16份；开展公务接待、差旅费专项检查，清退违规报销费用4.3万元；对2020年以来基建项目开展专项审计，修订采购管理办法。
（三）领导班子和干部队伍建设方面。严格执行民主集中制，实行“末位表态”；对2021年以来干部任用材料逐一复核；建立优秀年轻干部库，选派9人到地方挂职。
（四）学校治理和事业发展方面。制定内部控制基本制度，建立预算执行月通报制度；开展实验室安全大检查3轮；启用合同管理系统，对2023年以来签订的合同逐一复查。
（五）巡视审计整改方面。对2019年巡视反馈问题开展“回头看”，建立审计整改台账，将巡视整改日常监督纳入纪委常态化监督。
三、执纪问责和建章立制情况
学院纪委对巡视发现的问题严肃追责，问责干部6人。坚持以制度管人管事，新建修订制度18项，形成一批管长远、治根本的制度成果。
四、存在的不足和下一步打算
虽然整改取得了阶段性成效，但个别问题整改进度不够快，长效机制有待巩固。下一步，学院党委将继续落实“一岗双责”，对正在整改的7个问题挂图作战，逐项明确完成节点，确保年底前基本完成。
特此报告。
>中共澄州师范学院委员会
>2024年9月6日
`
	addSrc(c, "report.pdf.txt", report)
	cm := func(no, when, body string) string {
		return minutesDoc("中共澄州师范学院委员会常委会会议纪要", "〔2024〕第"+no+"期", when, "学院办公楼302会议室",
			"党委书记梁国栋", "梁国栋、邓建华、韦丽萍、黄永春、陆晓东、蒙海燕", "纪委、党政办公室负责同志",
			"会议专题研究巡视整改工作。", body,
			"会议强调，要坚持问题导向，对整改台账实行销号管理，未经验收不得销号。")
	}
	addSrc(c, "minutes/2024.05.17常委会.docx.txt", cm("9", "2024年5月17日", "会议审议通过巡视整改方案，明确52个问题的责任领导、牵头部门和整改时限。"))
	addSrc(c, "minutes/2024.06.14常委会.docx.txt", cm("12", "2024年6月14日", "会议听取了意识形态工作、网络阵地管理等问题整改进展汇报，审议了有关制度。"))
	addSrc(c, "minutes/2024.07.19常委会.docx.txt", cm("15", "2024年7月19日", "会议研究了干部选拔任用、基建项目审计等问题的整改，部署开展整改“回头看”。"))
	addSrc(c, "minutes/2024.08.23常委会.docx.txt", cm("18", "2024年8月23日", "会议听取了巡视整改总体进展汇报，审议了巡视整改落实情况报告（送审稿）。"))
	addSrc(c, "minutes/专题民主生活会.docx.txt", minutesDoc("中共澄州师范学院委员会领导班子巡视整改专题民主生活会情况记录", "", "2024年8月9日", "学院办公楼302会议室",
		"党委书记梁国栋", "学院党委领导班子成员", "省纪委监委驻省教育厅纪检监察组同志",
		"本次会议以巡视整改为主题，班子成员对照巡视反馈问题认领责任，深入查摆，开展批评和自我批评。",
		"会议明确，对尚未完成整改的事项逐项制定时间表，确保整改落地见效。"))
	ledgers[c] = func(dir string) error {
		cfg := ledgerCfg{
			title:   "澄州师范学院省委巡视反馈问题整改台账",
			head:    []string{"序号", "存在问题", "整改举措", "责任领导", "牵头部门", "整改时限", "完成情况", "完成时间", "佐证材料"},
			leaders: []string{"梁国栋", "黄永春", "邓建华", "韦丽萍", "陆晓东"},
			depts:   []string{"党政办公室", "宣传部", "纪委办公室", "组织人事部", "计划财务处", "国资与后勤处", "教务处", "学生工作处"},
			state:   st,
		}
		rows, merges, at := problemRows(items, cfg)
		note(c, "row of 17: %d; open rows %v", at[17], []int{at[4], at[11], at[18], at[25], at[33], at[44], at[50]})
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: merges})
	}
}
