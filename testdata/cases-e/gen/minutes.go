package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// M is one meeting's minutes. Docx minutes are written under gen/src and
// turned into Word files by build.sh; the others go straight into the case.
type M struct {
	File   string // name under minutes/, without extension
	Docx   bool
	Style  int // 0 header block, 1 narrative opening, 2 date at the foot
	Title  string
	Sub    string // 〔2022〕6号, （第3次）…
	Date   string // 2022年5月10日
	Time   string // 上午 / 下午9:00
	Place  string
	Host   string
	Attend string
	Body   []string
	Issuer string // who issues the minutes (style 2 foot)
}

func (m M) text() string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteString("\n") }
	line(m.Title)
	if m.Sub != "" {
		line(m.Sub)
	}
	switch m.Style {
	case 0:
		line("")
		line("时间：" + m.Date + m.Time)
		line("地点：" + m.Place)
		line("主持：" + m.Host)
		line("参加：" + m.Attend)
		line("记录：办公室")
		line("")
		for _, p := range m.Body {
			line(p)
		}
	case 1:
		line("")
		line(fmt.Sprintf("%s%s，%s在%s主持召开会议。%s参加会议。", m.Date, m.Time, m.Host, m.Place, m.Attend))
		for _, p := range m.Body {
			line(p)
		}
	case 2:
		line("")
		line(fmt.Sprintf("会议由%s主持，%s出席。", m.Host, m.Attend))
		for _, p := range m.Body {
			line(p)
		}
		line("")
		line(m.Issuer)
		line(m.Date)
	}
	return b.String()
}

// writeMinutes puts each file where build.sh (docx) or the case (txt) expects it.
func writeMinutes(caseName string, ms []M) {
	for _, m := range ms {
		var path string
		if m.Docx {
			path = filepath.Join(root, "gen", "src", caseName, "minutes", m.File+".txt")
		} else {
			path = filepath.Join(root, caseName, "minutes", m.File+".txt")
		}
		must(os.MkdirAll(filepath.Dir(path), 0o755))
		must(os.WriteFile(path, []byte(m.text()), 0o644))
	}
}
