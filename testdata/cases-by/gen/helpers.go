package main

import (
	"archive/zip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// open marks a row not done: its status and deadline (its completion date
// and evidence are left empty).
type open struct{ status, due string }

// rows makes the problem rows of titles, every one done on doneOn[i%…] before
// its deadline due[i%…] with evidence ev[i%…], unless open lists it (0-based).
func rows(cats, titles, leaders, depts, due, doneOn, ev []string, opened map[int]open) []prob {
	var ps []prob
	for i, t := range titles {
		p := prob{cat: cats[i%len(cats)], title: t, measures: measureOf(t),
			leader: leaders[i%len(leaders)], dept: depts[i%len(depts)],
			due: due[i%len(due)], status: "已完成", done: doneOn[i%len(doneOn)], ev: ev[i%len(ev)]}
		if o, ok := opened[i]; ok {
			p.status, p.due, p.done, p.ev = o.status, o.due, "", ""
		}
		ps = append(ps, p)
	}
	return ps
}

// measureOf is a row's measures, told from the problem's last words.
func measureOf(t string) string {
	switch {
	case strings.Contains(t, "制度") || strings.Contains(t, "管理"):
		return "修订完善相关管理制度，组织专项检查，建立长效监管机制"
	case strings.Contains(t, "资金") || strings.Contains(t, "费"):
		return "全面清理核查，追回或清退违规资金，规范审批流程"
	case strings.Contains(t, "党"):
		return "党组（党委）专题研究，制定责任清单，纳入年度考核"
	default:
		return "制定专项整改方案，明确责任人和完成时限，逐项督办销号"
	}
}

// meeting writes one meeting's minutes under dir/minutes as file (a .docx,
// .pdf or .doc made by LibreOffice from the markup).
func meeting(dir, file, title, date, place, host, attend string, body ...string) error {
	text := "# " + title + "\n<时间：" + date + "\n<地点：" + place + "\n<主持人：" + host + "\n<参会人员：" + attend + "\n<记录人：办公室 工作人员\n" + strings.Join(body, "\n") + "\n"
	return bd.BuildText(file, text, filepath.Join(dir, "minutes", file))
}

// plainMeeting is meeting's text as a plain text, as a clerk pastes it into
// Notepad and saves it under a name ending in .doc.
func plainMeeting(path, title, date, place, host, attend string, body ...string) error {
	text := title + "\r\n\r\n时间：" + date + "\r\n地点：" + place + "\r\n主持人：" + host + "\r\n参会人员：" + attend + "\r\n记录人：党办 工作人员\r\n\r\n" + strings.Join(body, "\r\n\r\n") + "\r\n"
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

// problemsSheet is the one-row-header problems sheet under a title row.
func problemsSheet(name, title string, ps []prob) casebuild.Sheet {
	return casebuild.Sheet{Name: name, Rows: withHead(title, numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}}
}

// encryptXLS writes the sheets as an Excel 97 workbook at path with an
// opening password (encrypt.py, LibreOffice's uno).
func encryptXLS(path, password string, sheets ...casebuild.Sheet) error {
	tmp, err := os.MkdirTemp("", "casesby")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "plain.xlsx")
	if err := casebuild.WriteXLSX(x, sheets...); err != nil {
		return err
	}
	abs, _ := filepath.Abs(path)
	cmd := exec.Command("/usr/bin/python3", "encrypt.py", x, abs, password)
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

// truncated writes the sheets as an XLSX at path, then keeps only its first
// frac of bytes, as a download cut off half-way leaves it.
func truncated(path string, frac float64, sheets ...casebuild.Sheet) error {
	if err := casebuild.WriteXLSX(path, sheets...); err != nil {
		return err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b[:int(float64(len(b))*frac)], 0o644)
}

// zipDir packs every file of dir into the archive at out (names relative to
// dir's parent, so the archive holds the folder), each dated modified, then
// removes dir.
func zipDir(dir, out string, modified time.Time) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := zip.NewWriter(f)
	base := filepath.Dir(dir)
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(base, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		zw, err := w.CreateHeader(&zip.FileHeader{Name: filepath.ToSlash(rel), Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		_, err = zw.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.RemoveAll(dir)
}
