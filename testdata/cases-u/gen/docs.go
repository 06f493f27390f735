package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// it is one problem as the report lists it, with the status it gives.
type it struct {
	p      prob
	status string
	meas   string // measures as the report words them ("" for the problem's own)
}

// R is a report: header, opening, figures, the item list, closing.
type R struct {
	red, docNo, title, to string
	toc                   []string
	open, figs            []string
	listHead, listIntro   string
	style                 string // cn （一）, dot 1.1, paren （1）①, "" no list
	items                 []it
	tail                  func(d *doc) // after the list (下一步, 附件 …)
	sign, date            string
	footer                bool
}

var cnNum = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"}

func (r R) doc() *doc {
	d := &doc{footer: r.footer}
	if r.red != "" {
		d.ps("Red", r.red)
		d.ps("Center", r.docNo)
	}
	d.ps("Title", r.title)
	if len(r.toc) > 0 {
		d.ps("Center", "目　录")
		for _, t := range r.toc {
			d.ps("Cell", t)
		}
	}
	if r.to != "" {
		d.ps("Cell", r.to)
	}
	d.lines(r.open...)
	d.ps("H1", "一、整改工作总体情况")
	d.lines(r.figs...)
	if r.style != "" {
		d.ps("H1", r.listHead)
		if r.listIntro != "" {
			d.p(r.listIntro)
		}
	}
	aspect, an, in := "", 0, 0
	for i, x := range r.items {
		m := x.meas
		if m == "" {
			m = x.p.measure
		}
		switch r.style {
		case "cn":
			d.ps("H1", fmt.Sprintf("（%s）关于“%s”问题的整改", cnNum[i], x.p.title))
			d.p("整改措施：" + m + "。")
			d.p("整改情况：" + x.status)
		case "dot":
			if x.p.aspect != aspect {
				aspect = x.p.aspect
				an++
				in = 0
				d.ps("H1", fmt.Sprintf("%d. %s方面", an, aspect))
			}
			in++
			d.ps("H1", fmt.Sprintf("%d.%d 关于“%s”问题的整改", an, in, x.p.title))
			d.p("整改措施：" + m + "。")
			d.p("整改情况：" + x.status)
		case "paren":
			d.ps("H1", fmt.Sprintf("（%d）关于%s的问题", i+1, x.p.title))
			d.p("整改措施：①" + m + "；②建立长效机制，每半年开展一次“回头看”。")
			d.p("完成情况：" + x.status)
		}
	}
	if r.tail != nil {
		r.tail(d)
	}
	d.ps("Right", r.sign)
	d.ps("Right", r.date)
	return d
}

// mtg is one meeting in a minutes file.
type mtg struct {
	title, when, where, host, present, body string
}

func minutes(ms ...mtg) *doc {
	d := &doc{}
	for i, m := range ms {
		st := "Title"
		if i > 0 {
			st = "PB"
		}
		d.ps(st, m.title)
		d.p("时间：" + m.when)
		d.p("地点：" + m.where)
		d.p("主持：" + m.host)
		d.p("出席：" + m.present)
		d.p("记录：办公室")
		for _, b := range strings.Split(m.body, "\n") {
			d.p(b)
		}
	}
	return d
}

// party is a party committee (group) meeting about the rectification.
func party(title, when, host, present, round, topic string) mtg {
	return mtg{title, when, "机关三楼会议室", host, present,
		"会议传达学习了" + round + "反馈意见，专题研究巡视巡察整改工作。\n" +
			"会议听取了" + topic + "的汇报，逐项审议了整改进展。\n" +
			"会议议定：一是对照问题清单、任务清单、责任清单倒排工期；二是未完成事项由分管领导牵头督办；三是整改材料由办公室统一归档。"}
}

func dlm(title, when, host, present, round string) mtg {
	return mtg{title, when, "机关二楼会议室", host, present,
		"会议主题：深入查摆" + round + "反馈问题，深刻剖析根源，开展批评和自我批评，研究巡察整改工作。\n" +
			"班子主要负责同志代表领导班子作对照检查，班子成员逐一发言，开展相互批评，每名同志都对照反馈问题认领了责任。\n" +
			"会议要求：把开好专题民主生活会作为推动巡察整改的重要抓手，确保反馈问题件件有着落、事事有回音。"}
}

type caseInfo struct {
	Unit       string `json:"unit"`
	Round      string `json:"round"`
	Feedback   string `json:"feedback_date"`
	ReportDate string `json:"report_date"`
	AsOf       string `json:"as_of"`
}

func writeCase(dir string, ci caseInfo) {
	must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
	b, err := json.MarshalIndent(ci, "", "  ")
	must(err)
	must(os.WriteFile(filepath.Join(dir, "case.json"), append(b, '\n'), 0o644))
}

// rowsOf builds ledger rows: problems in order, status chooser by index.
func rowsOf(ps []prob, f func(i int, r *lrow)) []lrow {
	out := make([]lrow, len(ps))
	for i, p := range ps {
		out[i] = lrow{p: p, no: fmt.Sprint(i + 1)}
		f(i, &out[i])
	}
	return out
}

// evidenceFor names the proof of a done problem.
func evidenceFor(p prob) string {
	if i := strings.Index(p.measure, "《"); i >= 0 {
		j := strings.Index(p.measure[i:], "》")
		return p.measure[i:i+j+len("》")] + "印发文件、会议记录"
	}
	return p.dept + "整改报告及工作台账"
}

// dates for a done row: a deadline at a month's end some months after the
// feedback, and a completion date before both the deadline and the as-of date.
func doneDates(feedback, asOf string, i int, style string) (deadline, completed string) {
	fb, err := time.Parse("2006-01-02", feedback)
	must(err)
	ao, err := time.Parse("2006-01-02", asOf)
	must(err)
	dl := time.Date(fb.Year(), fb.Month()+time.Month(2+i%3), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	done := dl.AddDate(0, 0, -(4 + (i*7)%19))
	if !done.Before(ao) {
		done = ao.AddDate(0, 0, -(6 + i%9))
	}
	return fmtDate(dl, style), fmtDate(done, style)
}

func fmtDate(t time.Time, style string) string {
	y, m, d := t.Year(), int(t.Month()), t.Day()
	switch style {
	case "dot":
		return fmt.Sprintf("%d.%d.%d", y, m, d)
	case "slash":
		return fmt.Sprintf("%d/%d/%d", y, m, d)
	case "iso":
		return t.Format("2006-01-02")
	}
	return fmt.Sprintf("%d年%d月%d日", y, m, d)
}
