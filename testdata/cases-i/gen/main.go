// Command gen builds the case folders of testdata/cases-i from the texts in
// src/ and the ledgers described below. Run from this folder: go run .
// It needs LibreOffice (soffice) and pdftoppm for the DOCX, DOC, WPS, PDF,
// ODT/ODS, XLS/ET and PNG files.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const out = ".."

func main() {
	for _, c := range cases {
		dir := filepath.Join(out, c.name)
		must(os.RemoveAll(filepath.Join(dir, "minutes")))
		must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
		cj, _ := json.MarshalIndent(c.info, "", "  ")
		must(os.WriteFile(filepath.Join(dir, "case.json"), append(cj, '\n'), 0o644))
		c.build(dir)
	}
}

type info struct {
	Unit         string `json:"unit"`
	Round        string `json:"round,omitempty"`
	FeedbackDate string `json:"feedback_date"`
	ReportDate   string `json:"report_date,omitempty"`
	AsOf         string `json:"as_of"`
}

type kase struct {
	name  string
	info  info
	build func(dir string)
}

// soffice converts src to format ext into dir and returns the new file.
func soffice(src, ext, dir string) string {
	cmd := exec.Command("soffice", "--headless", "--convert-to", ext, "--outdir", dir, src)
	if b, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprint(err, string(b)))
	}
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	e := ext
	if i := strings.IndexByte(e, ':'); i >= 0 {
		e = e[:i]
	}
	return filepath.Join(dir, base+"."+e)
}

// convert converts src (a file of src/) to ext and moves it to dst.
func convert(src, ext, dst string) {
	tmp, err := os.MkdirTemp("", "casesi")
	must(err)
	defer os.RemoveAll(tmp)
	got := soffice(src, ext, tmp)
	b, err := os.ReadFile(got)
	must(err)
	must(os.WriteFile(dst, b, 0o644))
	fmt.Println("wrote", dst)
}

func copyFile(src, dst string) {
	b, err := os.ReadFile(src)
	must(err)
	must(os.WriteFile(dst, b, 0o644))
}

// minutes is one meeting's minutes as text.
func minutes(title, when, host, who, body string) string {
	return title + "\n\n时间：" + when + "\n地点：机关会议室\n主持：" + host + "\n参会：" + who + "\n记录：办公室\n\n" + body + "\n"
}

// txt writes a text file.
func txt(path, s string) {
	must(os.WriteFile(path, []byte(s), 0o644))
}

// asText writes s to a temporary text file named name and converts it.
func asText(name, s, ext, dst string) {
	tmp, err := os.MkdirTemp("", "casesi-src")
	must(err)
	defer os.RemoveAll(tmp)
	p := filepath.Join(tmp, name+".txt")
	txt(p, s)
	convert(p, ext, dst)
}

// png renders text as a scanned-looking page: a PDF by LibreOffice, then an
// image of its first page at 300 dpi.
func png(s, dst string) {
	tmp, err := os.MkdirTemp("", "casesi-png")
	must(err)
	defer os.RemoveAll(tmp)
	p := filepath.Join(tmp, "page.txt")
	txt(p, s)
	pdf := soffice(p, "pdf", tmp)
	cmd := exec.Command("pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", pdf, filepath.Join(tmp, "page"))
	if o, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprint(err, string(o)))
	}
	copyFile(filepath.Join(tmp, "page.png"), dst)
	fmt.Println("wrote", dst)
}

// defaults fills n rows from ps: done, with evidence, a leader and a date
// deadline; fmtDate writes a month-day as the ledger writes dates.
func defaults(ps []prob, fmtDate func(m, d int) string, done []string) []row {
	var rs []row
	for i, p := range ps {
		m := 6 + i%4
		rs = append(rs, row{
			no: i + 1, p: p, leader: leaders[i%len(leaders)],
			deadline:  fmtDate(m, 30),
			status:    done[i%len(done)],
			completed: fmtDate(m, 10+i%15),
			evidence:  "《" + p.title + "整改情况说明》及会议记录、制度文件",
		})
	}
	return rs
}

func dotted(m, d int) string  { return fmt.Sprintf("2023.%d.%d", m, d) }
func slashed(m, d int) string { return fmt.Sprintf("2023/%d/%d", m, d) }
func hanDate(m, d int) string { return fmt.Sprintf("2023年%d月%d日", m, d) }
func isoDate(m, d int) string { return fmt.Sprintf("2023-%02d-%02d", m, d) }
