package casegen

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// TwoRounds writes a unit's history of two inspection rounds, for the rule
// history.recurrence (回头看): round1/report.txt, the report of the first
// round, listing its problems each with its status, some called done; and
// round2/, a case of the second round, fed back after that report: case.json,
// a ledger (ledger.csv) and a report listing
//
//   - problems the first report called done, worded again the way a new
//     feedback words them (仍/依然 inserted, a verb added to what is
//     managed, the judgement changed, 问题 appended): recurrences;
//   - problems the first report listed but did not call done: not
//     recurrences (they were never said to be solved);
//   - new problems, some sharing only their judgement (不规范, 不到位 …) or
//     their kind of work (管理, 程序) with the first round's: not
//     recurrences.
//
// The manifest (also history.json in dir) lists what was planted.
func TwoRounds(dir string, seed uint64) (HistoryManifest, error) {
	h := drawHistory(rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d)))
	h.Seed = seed
	if err := h.write(dir); err != nil {
		return HistoryManifest{}, err
	}
	raw, _ := json.MarshalIndent(h.HistoryManifest, "", "  ")
	return h.HistoryManifest, os.WriteFile(filepath.Join(dir, "history.json"), raw, 0o644)
}

// HistoryManifest records a drawn history.
type HistoryManifest struct {
	Seed uint64 `json:"seed"`
	// Unit1 and Unit2 are the unit as each round's report names it (two
	// forms of one unit: with or without 中共, 党组 or 党委).
	Unit1 string `json:"unit1"`
	Unit2 string `json:"unit2"`
	// Report1 is the first report's date; Feedback2 the second round's
	// feedback date (later).
	Report1   string `json:"report1"`
	Feedback2 string `json:"feedback2"`
	// Earlier are the first report's problems.
	Earlier []EarlierProblem `json:"earlier"`
	// Problems are the second round's problems, in the order its ledger
	// and report list them.
	Problems []HistoryProblem `json:"problems"`
	// InReport and InLedger tell where the second round lists them.
	InReport bool `json:"in_report"`
	InLedger bool `json:"in_ledger"`
}

// EarlierProblem is a problem of the first report.
type EarlierProblem struct {
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

// The classes of a second round's problem.
const (
	ClassRecurrence = "recurrence" // called done before, listed again
	ClassOpenAgain  = "open-again" // listed before, not called done
	ClassNew        = "new"
)

// HistoryProblem is a problem of the second round.
type HistoryProblem struct {
	Title string `json:"title"`
	Class string `json:"class"`
	// Earlier is the first report's title it words again ("" for a new one).
	Earlier string `json:"earlier,omitempty"`
	// Rewording lists how it was worded again: adverb, verb, judgement,
	// suffix; shares lists what a new problem shares with an earlier one
	// (judgement, aspect).
	Rewording []string `json:"rewording,omitempty"`
	Shares    []string `json:"shares,omitempty"`
}

// frame is a kind of problem: what it is about and which side of it
// (公务用车 + 管理), with the ways a new feedback words that side again.
type frame struct {
	subject, aspect string
	again           []string
}

// frames are the problems a history draws from; no two share a subject.
var frames = []frame{
	{"公务用车", "管理", []string{"使用管理", "日常管理"}},
	{"公务接待", "管理", []string{"接待管理", "日常管理"}},
	{"办公用房", "管理", []string{"使用管理", "清理管理"}},
	{"津补贴发放", "管理", []string{"审核管理", "日常管理"}},
	{"政府采购", "程序", []string{"程序执行", "流程"}},
	{"选人用人", "程序", []string{"程序执行", "工作程序"}},
	{"国有资产处置", "程序", []string{"程序执行", "报批程序"}},
	{"干部档案", "审核", []string{"审核把关", "专项审核"}},
	{"会议费支出", "审核", []string{"报销审核", "审核把关"}},
	{"财务报销", "审核", []string{"审核把关"}},
	{"意识形态工作", "责任制", []string{"责任制落实", "责任落实"}},
	{"“三重一大”", "决策制度", []string{"决策制度执行", "集体决策制度执行"}},
	{"项目招标投标", "管理", []string{"监督管理", "全过程管理"}},
	{"内部控制", "制度", []string{"制度执行", "制度建设"}},
	{"信息公开", "工作", []string{"工作开展", "工作落实"}},
	{"基层党组织", "换届", []string{"按期换届", "换届工作"}},
	{"安全生产", "监管", []string{"监管责任落实", "监督检查"}},
	{"廉政风险", "防控", []string{"防控机制", "排查防控"}},
	{"直属单位", "监管", []string{"监督管理", "日常监管"}},
	{"专项资金", "拨付", []string{"拨付使用", "拨付进度"}},
	{"合同", "管理", []string{"签订管理", "履约管理"}},
	{"执法检查", "工作", []string{"工作开展"}},
}

// judgements end a problem's title: how the thing fell short.
var judgements = []string{"不规范", "不到位", "不严格", "不及时", "不健全", "不力", "缺位", "混乱", "流于形式", "滞后"}

// againAdverbs are inserted before the judgement of a problem pointed out
// again.
var againAdverbs = []string{"仍", "依然", "仍然", "依旧", "还"}

// history is a history being drawn.
type history struct {
	HistoryManifest
	short                   string
	feedback1, feedback2    time.Time
	report1, report2, asOf2 time.Time
	open                    []bool // per problem of round 2: still open in its ledger
}

func drawHistory(r *rand.Rand) *history {
	h := &history{}
	places := []string{"青川县", "临江市", "东林区", "白水县", "南岭市", "北川县", "西河区"}
	bureaus := []string{"自然资源局", "财政局", "交通运输局", "市场监督管理局", "卫生健康委员会", "住房和城乡建设局", "水利局", "教育局"}
	h.short = places[r.IntN(len(places))] + bureaus[r.IntN(len(bureaus))]
	forms := []string{"中共" + h.short + "党组", h.short + "党组", "中共" + h.short + "党委", h.short + "党委"}
	h.Unit1, h.Unit2 = forms[r.IntN(len(forms))], forms[r.IntN(len(forms))]
	h.feedback1 = time.Date(2018+r.IntN(3), time.Month(1+r.IntN(9)), 1+r.IntN(27), 0, 0, 0, 0, time.UTC)
	h.report1 = h.feedback1.AddDate(0, 0, 60+r.IntN(30))
	h.feedback2 = h.report1.AddDate(1+r.IntN(2), r.IntN(6), 0)
	h.report2 = h.feedback2.AddDate(0, 0, 60+r.IntN(30))
	h.asOf2 = h.report2.AddDate(0, 0, 10+r.IntN(20))
	h.Report1, h.Feedback2 = h.report1.Format(time.DateOnly), h.feedback2.Format(time.DateOnly)

	// The first round: 6 to 10 problems, at least two done and one not.
	perm := r.Perm(len(frames))
	n1 := 6 + r.IntN(5)
	first, rest := perm[:n1], perm[n1:]
	type old struct {
		f    frame
		judg string
		done bool
	}
	olds := make([]old, n1)
	for i, fi := range first {
		olds[i] = old{frames[fi], judgements[r.IntN(len(judgements))], r.IntN(10) < 6}
		if i < 2 {
			olds[i].done = true
		} else if i == 2 {
			olds[i].done = false
		}
		h.Earlier = append(h.Earlier, EarlierProblem{Title: olds[i].f.subject + olds[i].f.aspect + olds[i].judg, Done: olds[i].done})
	}
	r.Shuffle(len(h.Earlier), func(i, j int) {
		h.Earlier[i], h.Earlier[j] = h.Earlier[j], h.Earlier[i]
		olds[i], olds[j] = olds[j], olds[i]
	})
	var done, notDone []int
	for i, o := range olds {
		if o.done {
			done = append(done, i)
		} else {
			notDone = append(notDone, i)
		}
	}

	// The second round.
	r.Shuffle(len(done), func(i, j int) { done[i], done[j] = done[j], done[i] })
	r.Shuffle(len(notDone), func(i, j int) { notDone[i], notDone[j] = notDone[j], notDone[i] })
	nRec := 1 + r.IntN(min(3, len(done)))
	for _, i := range done[:nRec] {
		o := olds[i]
		t, how := again(r, o.f, o.judg)
		h.Problems = append(h.Problems, HistoryProblem{Title: t, Class: ClassRecurrence, Earlier: h.Earlier[i].Title, Rewording: how})
	}
	nOpen := r.IntN(min(2, len(notDone)) + 1)
	for _, i := range notDone[:nOpen] {
		o := olds[i]
		t, how := h.Earlier[i].Title, []string(nil)
		if r.IntN(2) == 0 {
			t, how = again(r, o.f, o.judg)
		}
		h.Problems = append(h.Problems, HistoryProblem{Title: t, Class: ClassOpenAgain, Earlier: h.Earlier[i].Title, Rewording: how})
	}
	// New problems: of frames the first round did not list; half of them
	// take the judgement of one of its problems, and where they can its
	// kind of work too.
	nNew := 2 + r.IntN(4)
	for k := 0; k < nNew && k < len(rest); k++ {
		f := frames[rest[k]]
		j := judgements[r.IntN(len(judgements))]
		var shares []string
		if r.IntN(2) == 0 {
			o := olds[r.IntN(len(olds))]
			j, shares = o.judg, []string{"judgement"}
			for x := k; x < len(rest); x++ {
				if frames[rest[x]].aspect == o.f.aspect {
					rest[k], rest[x] = rest[x], rest[k]
					f, shares = frames[rest[k]], append(shares, "aspect")
					break
				}
			}
		}
		t := f.subject + f.aspect + j
		if r.IntN(3) == 0 {
			t = f.subject + f.aspect + againAdverbs[r.IntN(len(againAdverbs))] + j // 仍 does not make a problem old
		}
		h.Problems = append(h.Problems, HistoryProblem{Title: t, Class: ClassNew, Shares: shares})
	}
	r.Shuffle(len(h.Problems), func(i, j int) { h.Problems[i], h.Problems[j] = h.Problems[j], h.Problems[i] })
	for range h.Problems {
		h.open = append(h.open, r.IntN(3) > 0)
	}
	switch r.IntN(4) {
	case 0:
		h.InLedger = true
	case 1:
		h.InReport = true
	default:
		h.InLedger, h.InReport = true, true
	}
	return h
}

// again words a problem of frame f judged judg as a new feedback points it
// out again: one to three of an adverb before the judgement (仍不规范), the
// side of it worded otherwise (使用管理), another judgement, 问题 at the end.
func again(r *rand.Rand, f frame, judg string) (string, []string) {
	var how []string
	for len(how) == 0 {
		for _, w := range []string{"adverb", "verb", "judgement", "suffix"} {
			if r.IntN(2) == 0 {
				how = append(how, w)
			}
		}
	}
	aspect, adverb, suffix := f.aspect, "", ""
	for _, w := range how {
		switch w {
		case "adverb":
			adverb = againAdverbs[r.IntN(len(againAdverbs))]
		case "verb":
			aspect = f.again[r.IntN(len(f.again))]
		case "judgement":
			old := judg
			for judg == old {
				judg = judgements[r.IntN(len(judgements))]
			}
		case "suffix":
			suffix = "问题"
		}
	}
	return f.subject + aspect + adverb + judg + suffix, how
}

func (h *history) write(dir string) error {
	for _, d := range []string{"round1", "round2"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	round1 := []string{h.Unit1 + "关于市委第一巡察组巡察反馈意见整改情况的报告", "中共某某市委巡察工作领导小组：",
		f("市委第一巡察组于%s向%s反馈了巡察意见，现将整改情况报告如下。", dateCN(h.feedback1), h.short)}
	for i, p := range h.Earlier {
		status := "整改情况：正在整改，持续推进。"
		if p.Done {
			status = []string{"整改情况：已完成。", "整改情况：已整改到位。", "整改进展：已完成整改。"}[i%3]
		}
		round1 = append(round1, f("（%s）关于“%s”问题的整改", chineseNumber(i+1), p.Title),
			"制定专项整改方案，明确责任科室和完成时限，逐项对账销号。", status)
	}
	round1 = append(round1, h.Unit1, dateCN(h.report1))
	if err := os.WriteFile(filepath.Join(dir, "round1", "report.txt"), []byte(strings.Join(round1, "\n")+"\n"), 0o644); err != nil {
		return err
	}

	info := map[string]any{"unit": h.Unit2, "round": "市委第三巡察组", "feedback_date": h.Feedback2,
		"report_date": h.report2.Format(time.DateOnly), "as_of": h.asOf2.Format(time.DateOnly)}
	raw, _ := json.MarshalIndent(info, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "round2", "case.json"), raw, 0o644); err != nil {
		return err
	}
	n, d := len(h.Problems), 0
	for _, o := range h.open {
		if !o {
			d++
		}
	}
	round2 := []string{h.Unit2 + "关于市委第三巡察组巡察反馈意见整改情况的报告", "中共某某市委巡察工作领导小组：",
		f("市委第三巡察组于%s反馈问题%d个，已完成整改%d个，正在整改%d个。", dateCN(h.feedback2), n, d, n-d)}
	if h.InReport {
		for i, p := range h.Problems {
			status := "整改进展：已完成。"
			if h.open[i] {
				status = "整改进展：正在整改。"
			}
			round2 = append(round2, f("（%s）关于“%s”问题的整改", chineseNumber(i+1), p.Title),
				"召开专题会议研究整改措施，建立问题清单，逐项推进。", status)
		}
	}
	round2 = append(round2, h.Unit2, dateCN(h.report2))
	if err := os.WriteFile(filepath.Join(dir, "round2", "report.txt"), []byte(strings.Join(round2, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	if !h.InLedger {
		return nil
	}
	fh, err := os.Create(filepath.Join(dir, "round2", "ledger.csv"))
	if err != nil {
		return err
	}
	w := csv.NewWriter(fh)
	rows := [][]string{{"序号", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改状态", "完成时间", "佐证材料"}}
	for i, p := range h.Problems {
		deadline := h.feedback2.AddDate(0, 0, 40+i)
		status, completed, ev := "已完成", deadline.AddDate(0, 0, -3).Format(time.DateOnly), "整改工作记录"
		if h.open[i] {
			deadline = h.asOf2.AddDate(0, 2, i)
			status, completed, ev = "正在整改", "", ""
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), p.Title + "。具体表现为相关制度执行不严、监督管理不到位", "完善制度，开展专项检查",
			"王建国", "办公室", deadline.Format(time.DateOnly), status, completed, ev})
	}
	if err := w.WriteAll(rows); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}
