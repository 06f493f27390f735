package casegen

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/extract"
)

// write writes the model's files into dir.
func (g *gen) write(dir string, m *model) error {
	round := m.round()
	if g.chance("case.json", 0.7) {
		info := map[string]any{"unit": m.unit, "round": round, "feedback_date": m.feedback.Format(time.DateOnly),
			"report_date": m.report.Format(time.DateOnly), "as_of": m.asOf.Format(time.DateOnly)}
		raw, _ := json.MarshalIndent(info, "", "  ")
		if err := os.WriteFile(filepath.Join(dir, "case.json"), raw, 0o644); err != nil {
			return err
		}
	}
	paras := g.reportParas(m, round)
	var err error
	if g.pick("report.format", 2, func(i int) string { return []string{"docx", "txt"}[i] }) == 0 {
		err = writeDOCX(filepath.Join(dir, "report.docx"), paras)
	} else {
		err = os.WriteFile(filepath.Join(dir, "report.txt"), []byte(strings.Join(paras, "\n")+"\n"), 0o644)
	}
	if err != nil {
		return err
	}
	if err := g.writeLedger(dir, m, round); err != nil {
		return err
	}
	return g.writeMinutes(dir, m)
}

func (m *model) round() string { return "市委第二巡察组" }

// dateCN writes t as reports do: 2022年3月10日.
func dateCN(t time.Time) string { return t.Format("2006年1月2日") }

func (g *gen) reportParas(m *model, round string) []string {
	p := []string{m.unit + "关于" + round + "巡察反馈意见整改情况的报告", "中共某某市委巡察工作领导小组："}
	p = append(p, f("根据市委统一部署，%s对%s开展了常规巡察，并于%s反馈了巡察意见。%s高度重视，把巡察整改作为重大政治任务，现将整改情况报告如下。",
		round, m.short, dateCN(m.feedback), m.body))

	// Meetings: one form per figure, chained or in sentences of their own.
	var ms []string
	for _, t := range m.meetingOrder {
		w := g.pickWord("meeting-word."+string(t), meetingWords[t])
		// Democratic life meetings are stated one way; study sessions are
		// not "studied N times".
		var forms []int
		for i, mf := range meetingForms {
			switch {
			case t == extract.MeetingDemocraticLife && mf.id != "noun-count",
				t == extract.MeetingStudy && mf.id == "studied-n-times",
				m.claimedMeetings[t] < 2 && mf.id == "count-before-verb":
				continue
			}
			forms = append(forms, i)
		}
		i := forms[g.pick("phr.meetings."+string(t), len(forms), func(i int) string { return meetingForms[forms[i]].id })]
		ms = append(ms, meetingForms[i].text(w, m.claimedMeetings[t]))
	}
	if g.chance("phr.meetings-chain", 0.5) {
		p = append(p, "巡察反馈后，"+m.body+strings.Join(ms, "、")+"，研究部署整改工作。")
	} else {
		var b strings.Builder
		b.WriteString("巡察反馈后，")
		for i, s := range ms {
			if i > 0 {
				b.WriteString("；")
			}
			b.WriteString(m.body + s)
		}
		p = append(p, b.String()+"。")
	}
	if g.chance("report.set-phrase", 0.5) {
		p = append(p, strings.ReplaceAll(g.pickWord("set-phrase", setPhrases), "{b}", m.body))
	}

	// Problems.
	pf := problemsForms[g.pick("phr.problems", len(problemsForms), func(i int) string { return problemsForms[i].id })]
	doing := m.doing
	for i, pl := range g.planted {
		if pl.Class != "plant=parts-sum" {
			continue
		}
		if !pf.parts {
			g.planted = append(g.planted[:i], g.planted[i+1:]...)
			break
		}
		doing++
		g.planted[i] = Planted{Class: pl.Class, Rule: "arith.parts-sum", Item: string(extract.KindProblems), Claimed: fmt.Sprint(m.total),
			Observed: fmt.Sprint(m.done + doing + m.notD)}
		break
	}
	nd := ""
	if pf.parts && m.notD > 0 {
		nd = f(g.pickWord("phr.not-done", notDoneForms), m.notD)
		if pf.mw != "" {
			nd = strings.ReplaceAll(nd, "个", pf.mw)
		}
	}
	p = append(p, pf.text(m.total, m.done, doing, nd, m.rate))

	// Rules, sanctions, clues, money.
	var other []string
	switch {
	case m.sysForm == "total-with-parts" && m.sysRevised > 0:
		other = append(other, f("建立完善制度%d项，其中新建%d项、修订%d项", m.sysNewClaim+m.sysRevised, m.sysNewClaim, m.sysRevised))
	case m.sysForm == "made-and-revised" && m.sysRevised > 0:
		other = append(other, f("制定出台制度%d项，修订%d项", m.sysNewClaim, m.sysRevised))
	case m.sysRevised > 0:
		other = append(other, f("新建制度%d项、修订完善制度%d项", m.sysNewClaim, m.sysRevised))
	default:
		other = append(other, f("新制定制度%d项", m.sysNewClaim))
	}
	var parts []string
	for _, s := range []struct {
		sub  extract.Subtype
		word string
	}{{extract.SubtypeDisciplined, "给予党纪政务处分"}, {extract.SubtypeOrgHandling, "组织处理"}, {extract.SubtypeAdmonished, "诫勉"},
		{extract.SubtypeCriticized, "通报批评"}} {
		if m.accKinds[s.sub] > 0 {
			parts = append(parts, f("%s%d人", s.word, m.accKinds[s.sub]))
		}
	}
	switch m.accForm {
	case "gong-total":
		other = append(other, f("共问责%d人，其中%s", m.accClaim, strings.Join(parts, "、")))
	case "kinds-only":
		other = append(other, strings.Join(parts, "、"))
	default:
		other = append(other, f("问责干部%d人，其中%s", m.accClaim, strings.Join(parts, "、")))
	}
	p = append(p, "整改中，"+strings.Join(other, "；")+"。")
	handled := 0
	for _, c := range m.clues {
		if !c.open {
			handled++
		}
	}
	if m.cluesHandledClaim > handled {
		handled = m.cluesHandledClaim
	}
	switch m.clueForm {
	case "received-disposed":
		p = append(p, f("收到巡察移交问题线索%d件，已处置%d件。", len(m.clues), handled))
	case "among-closed":
		p = append(p, f("巡察组移交的%d件问题线索中，已了结%d件。", len(m.clues), handled))
	case "all-closed":
		if handled == len(m.clues) {
			p = append(p, f("巡察组移交的%d件问题线索已全部办结。", len(m.clues)))
			break
		}
		fallthrough
	default:
		p = append(p, f("巡察组移交问题线索%d件，已办结%d件。", len(m.clues), handled))
	}
	p = append(p, "整改中，"+f(g.pickWord("phr.money", moneyForms), f("%d.%d", 10+g.r.IntN(200), g.r.IntN(10)))+"。")

	if g.features != nil && hasFeature(g.features, "report.items=yes") {
		if m.typical {
			p = append(p, "现将部分典型问题的整改情况报告如下：")
		}
		k := 0
		for i, rw := range m.rows {
			// A typical list leaves out every other problem, but never one
			// the report misstates.
			if m.typical && i%2 == 1 && (rw.status == extract.StatusDone || !rw.reportDone) {
				continue
			}
			k++
			// The measure was taken before the report, whatever the
			// deadline (an open problem's lies after it).
			taken := rw.deadline.AddDate(0, 0, -15)
			if !taken.Before(m.report) {
				taken = m.feedback.AddDate(0, 0, 15)
			}
			p = append(p, f("（%s）关于“%s”问题的整改", chineseNumber(k), rw.title))
			p = append(p, f("%s，%s制定《%s%s》，明确责任科室和完成时限，逐项对账销号。",
				taken.Format("2006年1月"), m.body, m.short, ruleNames[i%len(ruleNames)]))
			if rw.reportDone {
				p = append(p, g.pickWord("report.item-done", []string{"整改进展：已完成。", "整改情况：已整改到位。", "目前已完成整改。"}))
			} else {
				p = append(p, f("整改进展：正在整改，计划于%s底前完成。", rw.deadline.Format("2006年1月")))
			}
		}
	}
	return append(p, "下一步，"+m.body+"将持续巩固整改成果，建立健全长效机制。", m.unit, dateCN(m.report))
}

func hasFeature(fs []string, x string) bool {
	for _, s := range fs {
		if s == x {
			return true
		}
	}
	return false
}

// table is a sheet as rows of cells, with the merges an XLSX writer makes.
type table struct {
	name   string
	rows   [][]string
	merges [][2]string // cell ranges
}

func (g *gen) header(k extract.ColumnKind) string {
	ws := append(extract.ColumnWords(k), extraHeaders[k]...)
	return g.pickWord("header."+string(k), ws)
}

func (g *gen) dateCell(t time.Time, format string) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(format)
}

func (g *gen) problemsTable(m *model, round string) table {
	tb := table{name: "问题整改台账"}
	dfmt := []string{"2006-01-02", "2006.01.02", "2006年1月2日", "2006/1/2"}[g.pick("ledger.date-format", 4,
		func(i int) string { return []string{"iso", "dots", "cn", "slash"}[i] })]
	cols := []extract.ColumnKind{extract.ColNo, extract.ColProblem, extract.ColMeasures, extract.ColLeader, extract.ColDepartment,
		extract.ColDeadline, extract.ColStatus, extract.ColCompleted, extract.ColEvidence}
	width := len(cols)
	lastCol, _ := excelize.ColumnNumberToName(width)
	if g.chance("ledger.title-row", 0.7) {
		tb.rows = append(tb.rows, []string{round + "反馈问题整改落实情况台账"})
		tb.merges = append(tb.merges, [2]string{"A1", lastCol + "1"})
	}
	if g.chance("ledger.fill-row", 0.4) {
		tb.rows = append(tb.rows, []string{"填报单位（盖章）：" + m.unit + "　　填报时间：" + dateCN(m.report.AddDate(0, 0, -2))})
		n := fmt.Sprint(len(tb.rows))
		tb.merges = append(tb.merges, [2]string{"A" + n, lastCol + n})
	}
	var hdr []string
	for _, c := range cols {
		hdr = append(hdr, g.header(c))
	}
	if g.chance("ledger.two-row-header", 0.35) {
		top := append([]string(nil), hdr[:6]...)
		top = append(top, "整改情况", "", "")
		h := len(tb.rows) + 1
		for i := 0; i < 6; i++ {
			c, _ := excelize.ColumnNumberToName(i + 1)
			tb.merges = append(tb.merges, [2]string{f("%s%d", c, h), f("%s%d", c, h+1)})
		}
		tb.merges = append(tb.merges, [2]string{f("G%d", h), f("I%d", h)})
		bottom := []string{"", "", "", "", "", "", hdr[6], hdr[7], hdr[8]}
		tb.rows = append(tb.rows, top, bottom)
	} else {
		tb.rows = append(tb.rows, hdr)
	}
	secRows := g.chance("ledger.section-rows", 0.35)
	subtotals := secRows && g.chance("ledger.subtotal-rows", 0.5)
	secNo := 0
	for i, rw := range m.rows {
		if secRows && (i == 0 || m.rows[i-1].section != rw.section) {
			k := 0
			for _, x := range m.rows[i:] {
				if x.section != rw.section {
					break
				}
				k++
			}
			secNo++
			tb.rows = append(tb.rows, []string{f("%s、%s方面（%d个）", chineseNumber(secNo), rw.section, k)})
			n := fmt.Sprint(len(tb.rows))
			tb.merges = append(tb.merges, [2]string{"A" + n, lastCol + n})
		}
		tb.rows = append(tb.rows, []string{rw.no, rw.title + "。具体表现为相关制度执行不严、监督管理不到位", "完善制度，开展专项检查，建立整改台账",
			rw.leader, rw.dept, g.dateCell(rw.deadline, dfmt), rw.statusWord, g.dateCell(rw.completed, dfmt), rw.evidence})
		if subtotals && (i == len(m.rows)-1 || m.rows[i+1].section != rw.section) {
			k, d := 0, 0
			for _, x := range m.rows[:i+1] {
				if x.section == rw.section {
					k++
					if x.status == extract.StatusDone {
						d++
					}
				}
			}
			tb.rows = append(tb.rows, []string{"小计", f("共%d个问题，已完成%d个", k, d)})
		}
	}
	return tb
}

func (g *gen) otherTables(m *model) []table {
	clues := table{name: "问题线索台账", rows: [][]string{{"巡察移交问题线索处置情况"},
		{"序号", "线索编号", "反映对象", "反映问题", "移交时间", "承办单位", "处置方式", "处置时间", "办理状态"}}}
	for i, c := range m.clues {
		st, how, closed := "已办结", "谈话函询", c.closed.Format(time.DateOnly)
		if c.open {
			st, how, closed = "正在核查", "初步核实", ""
		}
		clues.rows = append(clues.rows, []string{fmt.Sprint(i + 1), clueNo(m, i), "某科室工作人员", "反映其违规办理审批事项",
			c.handed.Format(time.DateOnly), "市纪委监委", how, closed, st})
	}
	acc := table{name: "问责情况", rows: [][]string{{"序号", "姓名", "单位及职务", "问责事由", "问责方式", "问责时间"}}}
	for i, a := range m.acc {
		acc.rows = append(acc.rows, []string{fmt.Sprint(i + 1), g.name(), "某科室科长", "履职不力", accMethods[a].word,
			m.feedback.AddDate(0, 0, 30+i).Format(time.DateOnly)})
	}
	sys := table{name: "制度建设", rows: [][]string{{"序号", "制度名称", "类别", "印发时间"}}}
	for i := 0; i < m.sysNew+m.sysRevised; i++ {
		kind := "新建"
		if i >= m.sysNew {
			kind = "修订"
		}
		sys.rows = append(sys.rows, []string{fmt.Sprint(i + 1), "《" + m.short + ruleNames[i%len(ruleNames)] + "》", kind,
			m.feedback.AddDate(0, 0, 20+i).Format(time.DateOnly)})
	}
	return []table{clues, acc, sys}
}

func clueNo(m *model, i int) string { return f("XC-%d-%02d", m.feedback.Year(), i+1) }

func (g *gen) writeLedger(dir string, m *model, round string) error {
	pt := g.problemsTable(m, round)
	if hasFeature(g.features, "ledger.format=csv") {
		fh, err := os.Create(filepath.Join(dir, "ledger.csv"))
		if err != nil {
			return err
		}
		w := csv.NewWriter(fh)
		for _, r := range pt.rows {
			rec := make([]string, 9)
			copy(rec, r)
			if err := w.Write(rec); err != nil {
				fh.Close()
				return err
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			fh.Close()
			return err
		}
		return fh.Close()
	}
	x := excelize.NewFile()
	defer x.Close()
	for i, tb := range append([]table{pt}, g.otherTables(m)...) {
		if i == 0 {
			if err := x.SetSheetName("Sheet1", tb.name); err != nil {
				return err
			}
		} else if _, err := x.NewSheet(tb.name); err != nil {
			return err
		}
		for j, r := range tb.rows {
			cell, _ := excelize.CoordinatesToCellName(1, j+1)
			vals := make([]any, len(r))
			for k, v := range r {
				vals[k] = v
			}
			if err := x.SetSheetRow(tb.name, cell, &vals); err != nil {
				return err
			}
		}
		for _, mg := range tb.merges {
			if err := x.MergeCell(tb.name, mg[0], mg[1]); err != nil {
				return err
			}
		}
	}
	return x.SaveAs(filepath.Join(dir, "ledger.xlsx"))
}

func (g *gen) writeMinutes(dir string, m *model) error {
	for i, mt := range m.minutes {
		title := strings.NewReplacer("{u}", m.short, "{c}", m.body).Replace(mt.title)
		body := []string{title, f("（%d年第%d次）", mt.date.Year(), i+1), "时间：" + dateCN(mt.date) + "上午9:00", "地点：机关三楼会议室",
			"主持：" + g.name(), "出席：" + g.name() + "　" + g.name() + "　" + g.name()}
		if mt.typ == extract.MeetingOther {
			body = append(body, "会议研究了机关日常工作和安全生产有关事项。")
		} else {
			body = append(body, "会议听取了巡察整改工作进展情况汇报，研究部署下一阶段整改任务，要求各责任科室对照整改台账逐项推进，按期销号。")
		}
		name := f("%02d-%s", i+1, mt.date.Format(time.DateOnly))
		var err error
		format := g.pick("minutes.format", 2, func(k int) string { return []string{"txt", "docx"}[k] })
		switch {
		case i == m.unreadable:
			// A Word file cut short: its zip header and nothing after.
			err = os.WriteFile(filepath.Join(dir, "minutes", name+".docx"), []byte("PK\x03\x04"+title), 0o644)
		case format == 0:
			err = os.WriteFile(filepath.Join(dir, "minutes", name+".txt"), []byte(strings.Join(body, "\n")+"\n"), 0o644)
		default:
			err = writeDOCX(filepath.Join(dir, "minutes", name+".docx"), body)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
