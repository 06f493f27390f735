package main

import "fmt"

// P is one problem row, by meaning; Cols lays it out.
type P struct {
	No, Cat, Title, Meas, Lead, Dept, Deadline, Status, Done, Ev, Note string
}

var titles = []string{
	"落实全面从严治党主体责任不到位", "意识形态工作责任制落实不到位", "“三重一大”决策制度执行不严",
	"专项资金管理使用不规范", "政府采购程序不规范", "公务用车管理不严格", "干部选拔任用程序不规范",
	"基层党组织建设薄弱", "执行中央八项规定精神不到位", "内部控制制度不健全", "固定资产管理混乱",
	"档案管理不规范", "合同履约管理不到位", "党风廉政教育流于形式", "项目建设监管不力",
	"往来款项清理不及时", "财务报销审核不严", "债权债务清理不及时", "整改长效机制不健全",
	"干部教育培训针对性不强", "非税收入征管不到位", "工程结算审核把关不严", "民生实事推进缓慢",
	"涉企检查事项过多过频", "信访积案化解不力", "安全生产责任落实不到位",
}

var cats = []string{"政治建设方面", "党的领导方面", "全面从严治党方面", "选人用人方面"}
var leaders = []string{"王立新", "副局长陈晓岚", "周海峰", "党组成员刘敏", "赵文博", "副主任孙沛然"}
var depts = []string{"办公室", "计划财务科", "人事科", "机关党委", "规划建设科", "政策法规科"}

// gen makes the rows for a status string: D done, P in progress, N not done.
// dates writes a y-m-d date the case's way; ds the done status word, ps the
// in-progress one.
func gen(statuses string, dates func(y, m, d int) string, ds, ps []string) []P {
	var out []P
	for i, s := range statuses {
		p := P{
			No:    fmt.Sprint(i + 1),
			Cat:   cats[i*len(cats)/len(statuses)],
			Title: titles[i%len(titles)],
			Lead:  leaders[i%len(leaders)],
			Dept:  depts[i%len(depts)],
		}
		p.Meas = fmt.Sprintf("制定专项整改工作方案，%d月底前完成清理并建立问题清单", 8+i%2)
		switch s {
		case 'D':
			p.Deadline = dates(2023, 9, 30)
			p.Done = dates(2023, 8, 1+i%27)
			p.Status = ds[i%len(ds)]
			p.Ev = fmt.Sprintf("整改佐证%02d：会议纪要、制度文件", i+1)
		case 'P':
			if i%2 == 0 {
				p.Deadline = "长期坚持"
			} else {
				p.Deadline = dates(2023, 12, 31)
			}
			p.Status = ps[i%len(ps)]
		case 'N':
			p.Deadline = dates(2024, 3, 31)
			p.Status = "未完成，原因是涉及历史遗留问题，需上级部门协调"
		}
		out = append(out, p)
	}
	return out
}

func iso(y, m, d int) string   { return fmt.Sprintf("%d-%02d-%02d", y, m, d) }
func dot(y, m, d int) string   { return fmt.Sprintf("%d.%d.%d", y, m, d) }
func slash(y, m, d int) string { return fmt.Sprintf("%d/%d/%d", y, m, d) }
func cn(y, m, d int) string    { return fmt.Sprintf("%d年%d月%d日", y, m, d) }

// lay writes rows under the columns named by keys (no cat title meas lead
// dept deadline status done ev note, or "" for an empty column).
func lay(keys []string, ps []P) [][]string {
	var out [][]string
	for _, p := range ps {
		if p.No == "" && p.Title == "" {
			out = append(out, nil)
			continue
		}
		var r []string
		for _, k := range keys {
			r = append(r, map[string]string{"no": p.No, "cat": p.Cat, "title": p.Title, "meas": p.Meas, "lead": p.Lead,
				"dept": p.Dept, "deadline": p.Deadline, "status": p.Status, "done": p.Done, "ev": p.Ev, "note": p.Note}[k])
		}
		out = append(out, r)
	}
	return out
}

// blank inserts a blank row before index i.
func blank(ps []P, i int) []P {
	out := append([]P{}, ps[:i]...)
	out = append(out, P{})
	return append(out, ps[i:]...)
}

// meeting writes the minutes of one meeting.
func meeting(title, date, host, body string) string {
	return title + "\n" +
		"时间：" + date + "\n" +
		"地点：机关三楼会议室\n" +
		"主持：" + host + "\n" +
		"出席：领导班子成员\n列席：各科室主要负责人\n" +
		body + "\n" +
		"会议议定：一、各责任科室对照整改台账逐项对账销号，未完成事项明确时间节点；二、办公室每周汇总整改进展，报领导小组审定。\n"
}

const rectBody = "会议听取了巡察反馈问题整改工作进展情况汇报，逐项研究了整改台账中尚未完成事项的推进措施，对下一阶段整改工作作出部署。"

func pc(name, format, title, date string) File {
	return File{Name: name, Format: format, Text: meeting(title, date, "党组书记、局长", rectBody)}
}

func dlm(name, format, unit, date string) File {
	return File{Name: name, Format: format, Text: meeting(unit+"巡察整改专题民主生活会会议记录", date, "党组书记",
		"会议围绕巡察反馈问题整改开展批评和自我批评，班子成员逐一对照检查，认领整改责任，会前开展了谈心谈话。")}
}
