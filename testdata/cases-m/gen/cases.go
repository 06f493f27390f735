package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

var docs = []out{
	{"01-report.txt", "01-jiaoyuju-pdf-repeat/report.pdf", "pdf"},
	{"01-m1.txt", "01-jiaoyuju-pdf-repeat/minutes/局党组2024年第7次会议纪要.docx", "docx"},
	{"01-m2.txt", "01-jiaoyuju-pdf-repeat/minutes/局党组2024年第9次会议纪要.docx", "docx"},
	{"01-m3.txt", "01-jiaoyuju-pdf-repeat/minutes/局党组2024年第11次会议纪要.pdf", "pdf"},
	{"01-m4.txt", "01-jiaoyuju-pdf-repeat/minutes/专题民主生活会.docx", "docx"},

	{"02-report.txt", "02-renmin-yiyuan-cover/report.docx", "docx"},

	{"03-report.txt", "03-diyi-zhongxue-scans/report.pdf", "pdf"},
	{"03-m1.txt", "03-diyi-zhongxue-scans/minutes/scan-0712.pdf", "scanpdf"},
	{"03-m2.txt", "03-diyi-zhongxue-scans/minutes/scan-0828.pdf", "scanpdf"},
	{"03-m3.txt", "03-diyi-zhongxue-scans/minutes/校党委2024年第15次会议纪要.docx", "docx"},
	{"03-m4.txt", "03-diyi-zhongxue-scans/minutes/IMG_20240920.png", "scanpng"},

	{"04-report.txt", "04-weijianwei-combined/report.pdf", "pdf"},
	{"04-m.txt", "04-weijianwei-combined/minutes/2024年委党组及整改工作会议纪要汇编.docx", "docx"},

	{"05-report.txt", "05-caizhengju-hidden/report.pdf", "pdf"},

	{"06-report.txt", "06-zhujianju-words/report.docx", "docx"},

	{"07-report.txt", "07-zhongyiyuan-textbox/report.pdf", "pdf"},

	{"08-report.txt", "08-renshe-aggregate/report.pdf", "pdf"},

	{"09-report.txt", "09-jiaoyuju-wenze/report.docx", "docx"},

	{"10-report.txt", "10-yibaoju-xiansuo/report.pdf", "pdf"},

	{"11-report.txt", "11-eryuan-odt/report.pdf", "pdf"},
	{"11-m1.txt", "11-eryuan-odt/minutes/院党委2024年第5次会议纪要.docx", "docx"},
	{"11-m2.txt", "11-eryuan-odt/minutes/院党委2024年第8次会议纪要.docx", "docx"},
	{"11-m3.txt", "11-eryuan-odt/minutes/院党委2024年第10次会议纪要.odt", "odt"},
	{"11-m4.txt", "11-eryuan-odt/minutes/专题民主生活会纪要.docx", "docx"},

	{"12-report.txt", "12-jiaotongju-ods/report.docx", "docx"},

	{"13-report.txt", "13-zhiyuan-damaged/report.pdf", "pdf"},
	{"13-m1.txt", "13-zhiyuan-damaged/minutes/院党委2024年第6次会议纪要.docx", "docx"},

	{"14-report.txt", "14-shijianju-wps/report.wps", "wps"},

	{"15-report.txt", "15-xianzhongyiyuan-csv/report.docx", "docx"},
	{"15-m.txt", "15-xianzhongyiyuan-csv/minutes/2024年院党委会议纪要（第3-9次）.docx", "docx"},
	{"15-m2.txt", "15-xianzhongyiyuan-csv/minutes/专题民主生活会.pdf", "pdf"},

	{"16-report.txt", "16-tushuguan-twoheader/report.pdf", "pdf"},
}

// broken are the inputs that cannot be read, made on purpose.
var broken = []func() error{
	// 12: the ledger saved as OpenDocument spreadsheet (.ods), a format not read
	func() error {
		tmp, err := os.MkdirTemp("", "casesm-ods")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		x := filepath.Join(tmp, "ledger.xlsx")
		l := ledger{dst: x, sheets: []sheet{probSheet("问题整改台账", []string{"溪川市云岭县交通运输局巡察整改台账"}, hdr12, p12, false, nil)}}
		if err := l.write(); err != nil {
			return err
		}
		cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile", "--convert-to", "ods", "--outdir", tmp, x)
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("soffice ods: %v: %s", err, b)
		}
		b, err := os.ReadFile(filepath.Join(tmp, "ledger.ods"))
		if err != nil {
			return err
		}
		return os.WriteFile("12-jiaotongju-ods/ledger.ods", b, 0o644)
	},
	// 13: a minutes DOCX cut off in transfer: the zip's end is missing
	func() error {
		tmp, err := os.MkdirTemp("", "casesm-cut")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := build(out{"13-m2.txt", filepath.Join(tmp, "m.docx"), "docx"}); err != nil {
			return err
		}
		b, err := os.ReadFile(filepath.Join(tmp, "m.docx"))
		if err != nil {
			return err
		}
		if _, err := zip.NewReader(bytes.NewReader(b), int64(len(b))); err != nil {
			return err
		}
		return os.WriteFile("13-zhiyuan-damaged/minutes/院党委2024年第9次会议纪要.docx", b[:len(b)*3/5], 0o644)
	},
}

// ps builds problems from lines "类别|问题|措施|领导|单位|时限|状态|完成时间|佐证".
func ps(lines string) []prob {
	var out []prob
	for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
		f := strings.Split(strings.TrimSpace(l), "|")
		for len(f) < 11 {
			f = append(f, "")
		}
		out = append(out, prob{cat: f[0], text: f[1], measures: f[2], leader: f[3], dept: f[4],
			deadline: f[5], status: f[6], done: f[7], evidence: f[8], note: f[9], money: f[10]})
	}
	return out
}
