// Command gen rebuilds the blind case folders of testdata/cases-r from the
// report texts in src/ and the ledgers and minutes below. Run from this
// folder: go run . (needs soffice and pdftoppm). expected.json files are
// written by hand and never touched here.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

const out = ".."

type meeting struct{ name, text string }

type kase struct {
	dir     string
	info    map[string]any
	report  string // target name; source is src/NN-report.txt
	ledger  func(dir string)
	minutes []meeting
}

func info(unit, round, fb, rep string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": fb, "report_date": rep, "as_of": rep}
}

func sel(pool []string, idx ...int) []string {
	var o []string
	for _, i := range idx {
		o = append(o, pool[i])
	}
	return o
}

func main() {
	only := ""
	if len(os.Args) > 1 {
		only = os.Args[1]
	}
	for _, k := range cases() {
		if only != "" && !strings.HasPrefix(k.dir, only) {
			continue
		}
		dir := filepath.Join(out, k.dir)
		fmt.Println(k.dir)
		b, err := json.MarshalIndent(k.info, "", "  ")
		must(err)
		write(filepath.Join(dir, "case.json"), append(b, '\n'))
		if k.dir[:2] == "04" {
			// the headline figures as a picture pasted into the report
			fig, err := os.ReadFile("src/04-figure.txt")
			must(err)
			write("src/04-figure.png", picture(string(fig), "src", "png", 110))
		}
		src, err := os.ReadFile(filepath.Join("src", k.dir[:2]+"-report.txt"))
		must(err)
		document(filepath.Join(dir, k.report), string(src), "src")
		if k.ledger != nil {
			k.ledger(dir)
		}
		for _, m := range k.minutes {
			document(filepath.Join(dir, "minutes", m.name), m.text, "src")
		}
		extra(k.dir, dir)
	}
}

// body is the common middle of a minutes text about the rectification.
func body(topic string) []string {
	return []string{
		"会议听取了巡察整改工作领导小组办公室关于" + topic + "的汇报，逐项研究了巡察反馈问题的整改措施和进度。",
		"会议指出，巡察整改是一项严肃的政治任务，各责任领导要对照整改台账逐项推进，已完成的问题要补齐佐证材料，未完成的问题要倒排工期。",
		"会议议定：一、由办公室汇总整改进展，每月向主要负责同志报告1次；二、对进度滞后的事项由分管领导督办。",
	}
}

func dlm(title, when, place, host, attend string) string {
	return minutes(title, when, place, host, attend,
		"会议主题：对照县委巡察反馈意见，深入查摆问题，剖析根源，明确整改方向。",
		"会前，领导班子成员广泛征求意见，开展谈心谈话。会上，主要负责同志代表班子作对照检查，班子成员逐一发言，开展批评和自我批评。",
		"会议强调，要以这次巡察整改专题民主生活会为契机，把巡察反馈问题的整改与日常工作结合起来，确保整改到位。")
}

// extra writes the inputs that are not one document a file.
func extra(name, dir string) {
	switch name[:2] {
	case "08":
		// the office zipped its minutes and sent the archive
		files := map[string][]byte{}
		var order []string
		for i, d := range []string{"4月17日", "5月9日", "6月6日", "7月3日"} {
			n := fmt.Sprintf("党委会纪要%d.docx", i+1)
			files[n] = buildDocx(minutes("中共澄岭县第二中学委员会会议纪要", "2023年"+d+"下午4:00", "学校行政楼会议室", "党委书记刘文博", "学校党委委员", body("巡察整改工作")...), "src")
			order = append(order, n)
		}
		files["民主生活会.docx"] = buildDocx(dlm("第二中学领导班子巡察整改专题民主生活会会议记录", "2023年5月16日上午8:30", "学校行政楼会议室", "党委书记刘文博", "学校领导班子成员"), "src")
		order = append(order, "民主生活会.docx")
		write(filepath.Join(dir, "minutes", "2023年巡察整改会议纪要.zip"), zipOf(files, order))
	case "09":
		// a page printed, scanned at a very low resolution and saved as a picture
		t := dlm("农技推广中心领导班子巡察整改专题民主生活会会议记录", "2023年6月9日上午8:30", "中心四楼会议室", "党总支书记杨启明", "中心领导班子成员")
		write(filepath.Join(dir, "minutes", "民主生活会记录.png"), picture(t, "src", "png", 14))
	}
}
