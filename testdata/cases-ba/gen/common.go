package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

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
func csvRows(ps []casebuild.Problem) [][]string {
	rows := [][]string{casebuild.ProblemHead}
	for i, p := range ps {
		rows = append(rows, []string{fmt.Sprint(i + 1), p.Cat, p.Title, p.Measures, p.Leader, p.Dept, p.Due, p.Status, p.Done, p.Evidence})
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
func counts(ps []casebuild.Problem) (total, done int) {
	for _, p := range ps {
		if p.Status == "已完成" {
			done++
		}
	}
	return len(ps), done
}

// dlm is the minutes of a special democratic life meeting on the rectification.
func dlm(file, unit, date, host string) meeting {
	return meeting(casebuild.DemocraticLifeMeeting(file, unit, date, host))
}
