package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// parseProbs reads problems written one a line: 类别|问题|措施|领导|部门|时限|进展|完成时间|佐证.
func parseProbs(s string) []prob {
	var ps []prob
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Split(strings.TrimSpace(l), "|")
		if len(f) != 9 {
			panic(fmt.Sprintf("%d fields: %s", len(f), l))
		}
		ps = append(ps, prob{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]})
	}
	return ps
}

var cnDigits = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// cn writes 1–99 in Chinese numerals as list numbers do (十一, 二十).
func cn(n int) string {
	switch {
	case n < 10:
		return cnDigits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + cnDigits[n%10]
	default:
		return cnDigits[n/10] + "十" + cnDigits[n%10]
	}
}

// items writes the report's list of problems: a heading （N）关于“…”问题的整改
// each, then its measures and status. status gives the report's words for a
// problem when they are not the ledger's; omit leaves ledger rows (1-based) out.
func items(ps []prob, status map[int]string, omit map[int]bool, statusLead string) []string {
	var out []string
	n := 0
	for i, p := range ps {
		if omit[i+1] {
			continue
		}
		n++
		st := p.status
		if s, ok := status[i+1]; ok {
			st = s
		}
		// a quotation inside the quoted title is written with single quotes
		t := strings.NewReplacer("“", "‘", "”", "’").Replace(p.title)
		out = append(out, fmt.Sprintf("### （%s）关于“%s”问题的整改", cn(n), t))
		out = append(out, fmt.Sprintf("%s。%s%s。", p.measures, statusLead, st))
	}
	return out
}

// annex writes the 整改清单 as table lines, with the report's statuses.
func annex(head []string, ps []prob, status map[int]string) []string {
	out := []string{"|" + strings.Join(head, "|") + "|"}
	for i, p := range ps {
		st := p.status
		if s, ok := status[i+1]; ok {
			st = s
		}
		out = append(out, fmt.Sprintf("|%d|%s|%s|%s|%s|%s|%s|", i+1, p.cat, p.title, p.measures, p.dept, p.due, st))
	}
	return out
}

// dlm is the minutes of a special democratic life meeting on the rectification.
func dlm(file, unit, date, host string) meeting {
	return meeting{file: file, title: unit + "巡察整改专题民主生活会会议记录", date: date, place: "机关二楼会议室", host: host,
		attend: "领导班子全体成员；市委巡察组、市纪委监委派驻纪检监察组有关同志到会指导",
		body: []string{
			"会议围绕巡察反馈问题整改，通报了会前征求意见情况和巡察反馈意见整改落实情况，班子成员逐一进行对照检查，开展批评和自我批评。",
			"会议要求，对照整改台账逐项推进，确保反馈问题件件有着落、事事有回音，整改完成后及时销号。",
		}}
}

// writeCSV writes rows as a CSV file, in GBK when gbk is set, else UTF-8 with a BOM.
func writeCSV(path string, gbk bool, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(",")
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = "\"" + strings.ReplaceAll(c, "\"", "\"\"") + "\""
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	if gbk {
		s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		if err != nil {
			return err
		}
		return os.WriteFile(path, []byte(s), 0o644)
	}
	return os.WriteFile(path, []byte("\ufeff"+b.String()), 0o644)
}

// csvRows is the problems as CSV rows: the header, then a row each.
func csvRows(ps []prob) [][]string {
	rows := [][]string{stdHead}
	for i, p := range ps {
		rows = append(rows, []string{fmt.Sprint(i + 1), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev})
	}
	return rows
}

// simpleSheet is a sheet of a title row, a header and rows numbered from 1.
func simpleSheet(name, title string, head []string, rows [][]string) casebuild.Sheet {
	out := [][]string{{title}, head}
	for i, r := range rows {
		out = append(out, append([]string{fmt.Sprint(i + 1)}, r...))
	}
	return casebuild.Sheet{Name: name, Rows: out}
}

// counts is a report's figures of the problems: total, done, in progress.
func counts(ps []prob) (total, done int) {
	for _, p := range ps {
		if p.status == "已完成" {
			done++
		}
	}
	return len(ps), done
}
