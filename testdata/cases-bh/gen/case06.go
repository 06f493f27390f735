package main

import (
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 06: a provincial hospital, Word 97 .doc. The report says 41 problems and
// lists 40 （一）…（四十）: problem 30 is left out of the list. Ledger row 8 is
// still in progress, its deadline 2024年7月31日 past.
func init() {
	const c = "06-lanjiang-dier-yiyuan-liebiao"
	items := pick(hospPool, 5, 14, 23, 33, 38, 45)
	open := map[int]row{
		8:  {status: "正在推进", due: "2024年7月31日"},
		19: {status: "长期坚持", due: "长期坚持"},
		37: {status: "正在推进", due: "2024年12月31日"},
	}
	st := stateOf([]string{"2024年7月31日", "2024年6月30日", "2024年8月31日"},
		[]string{"2024年7月24日", "2024年6月25日", "2024年8月28日"},
		[]string{"党委会纪要、制度文件", "自查报告", "整改通知及回执", "系统截图、验收单", "退费清单"}, open)
	done, nopen := countDone(items, st)
	note(c, "%d problems, %d done, %d open; 30 is %s", len(items), done, nopen, items[29].t)
	words := func(it item) string {
		switch it.no {
		case 8, 37:
			return "正在推进。"
		case 19:
			return "需长期坚持，正在推进。"
		}
		return []string{"已完成整改。", "已整改完成。", "已完成。"}[it.no%3]
	}
	list := listItems(items, "paren", "关于“T”的问题。", words, map[int]bool{30: true})
	report := `%gongwen
# 中共岚江省第二人民医院委员会关于省委巡视反馈意见整改进展情况的报告
<省委巡视工作领导小组办公室：
省委第九巡视组于2024年3月11日至4月26日对中共岚江省第二人民医院委员会开展了巡视，5月17日反馈了巡视意见。医院党委认真对照反馈意见，逐条研究、逐项整改。现将整改进展情况报告如下。
一、主要做法
医院党委把巡视整改作为落实党委领导下的院长负责制的重要抓手，院党委会多次专题研究整改工作。9月10日，院领导班子召开巡视整改专题民主生活会，逐一认领问题、剖析根源。医院对巡视反馈的41个问题建立整改台账，实行“清单化管理、项目化推进、销号式落实”。目前，已完成整改38个，正在推进3个。
二、反馈问题逐项整改情况
逐项整改情况如下：
` + strings.Join(list, "\n") + `
三、整改成效和长效机制
通过整改，医院党委领导作用进一步发挥，医药购销领域廉洁风险得到有效防控，群众就医获得感明显增强。上一轮巡视反馈的22个问题已全部整改完成，本轮整改中对其中5个问题开展了“回头看”。
四、下一步工作
一是对正在推进的事项挂账督办；二是持续落实“一岗双责”，巩固整改成果；三是力争年底前将整改成果全部转化为制度。
特此报告。
>中共岚江省第二人民医院委员会
>2024年9月27日
`
	addSrc(c, "report.doc.txt", report)
	pm := func(when, no, body string) string {
		return minutesDoc("岚江省第二人民医院党委会议纪要", "〔2024〕"+no+"号", when, "院行政楼会议室",
			"党委书记邵建中", "邵建中、童丽华、施国平、霍振宇、常晓燕", "党委办公室、纪委办公室负责人",
			"会议专题研究巡视整改工作。", body)
	}
	addSrc(c, "minutes/党委会（6月4日）.docx.txt", pm("2024年6月4日", "11", "会议审议通过巡视整改方案，明确41个问题的责任领导、责任科室和整改期限。"))
	addSrc(c, "minutes/党委会（8月13日）.docx.txt", pm("2024年8月13日", "16", "会议听取整改进展汇报，对进度滞后的整改事项进行督办。"))
	addSrc(c, "minutes/专题民主生活会.docx.txt", minutesDoc("中共岚江省第二人民医院委员会领导班子巡视整改专题民主生活会会议记录", "", "2024年9月10日", "院行政楼会议室",
		"党委书记邵建中", "院领导班子成员", "省纪委监委派驻纪检监察组同志",
		"会议聚焦巡视反馈问题，班子成员逐一对照检查，开展批评和自我批评。"))
	ledgers[c] = func(dir string) error {
		cfg := ledgerCfg{
			title:   "岚江省第二人民医院省委巡视反馈问题整改台账",
			head:    []string{"序号", "存在问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改情况", "完成时间", "证明材料", "备注"},
			leaders: []string{"邵建中", "常晓燕", "童丽华", "施国平", "霍振宇"},
			depts:   []string{"党委办公室", "医务科", "纪检监察室", "人事科", "财务科", "设备科", "医保科", "护理部"},
			state:   st,
		}
		rows, merges, at := problemRows(items, cfg)
		note(c, "row of 8: %d, of 30: %d", at[8], at[30])
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: merges})
	}
}
