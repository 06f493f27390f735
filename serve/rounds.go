package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/verify"
)

// A round (巡视/巡察轮次) is the cases whose info names it (case.json's
// round, or the upload form's). Its page lists each case's unit, verdict,
// findings by severity, the completion its report claims against the one
// its ledger shows, and its five checkpoints, with two charts; it is
// exported to Excel, and served as JSON (docs/interface.md).

// completion is a done/total pair: the report's claims, or the ledger's
// rows. Known is false when the figures are not there (the report states
// no total, the case has no ledger).
type completion struct {
	Done  int  `json:"done"`
	Total int  `json:"total"`
	Known bool `json:"known"`
}

// Rate is done ÷ total, 0 when unknown or of no problems.
func (c completion) Rate() float64 {
	if !c.Known || c.Total == 0 {
		return 0
	}
	return float64(c.Done) / float64(c.Total)
}

// Percent is the rate as the pages show it: 85.7%, or — when unknown.
func (c completion) Percent() string {
	if !c.Known || c.Total == 0 {
		return "—"
	}
	return trimZero(fmt.Sprintf("%.1f", c.Rate()*100)) + "%"
}

// Text is done/total as the pages show it, or — when unknown.
func (c completion) Text() string {
	if !c.Known {
		return "—"
	}
	return fmt.Sprintf("%d/%d", c.Done, c.Total)
}

func (c completion) MarshalJSON() ([]byte, error) {
	type plain completion
	if !c.Known {
		return []byte("null"), nil
	}
	return json.Marshal(struct {
		plain
		Rate float64 `json:"rate"`
	}{plain(c), c.Rate()})
}

func trimZero(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// roundRow is one case of a round.
type roundRow struct {
	ID      string         `json:"id"`
	Unit    string         `json:"unit"`
	Status  Status         `json:"status"`
	Verdict verify.Verdict `json:"verdict,omitempty"`
	High    int            `json:"high"`
	Medium  int            `json:"medium"`
	Low     int            `json:"low"`
	// Claimed is what the report claims: problems done of the total;
	// Ledger what its ledger's problems sheet shows.
	Claimed     completion                `json:"claimed"`
	Ledger      completion                `json:"ledger"`
	Checkpoints []verify.CheckpointResult `json:"checkpoints,omitempty"`
	Error       string                    `json:"error,omitempty"`
	// States are the five checkpoints' states, in order, for the page;
	// UnitURL the unit's page.
	States  []checkpointCell `json:"-"`
	UnitURL string           `json:"-"`
}

// checkpointCell is a checkpoint's state in a case, as the page shows it.
type checkpointCell struct {
	Checkpoint verify.Checkpoint
	Label      string // the checkpoint's name
	State      verify.CheckpointState
	Name       string // the state's name
}

// ruleCount is how many findings a rule made in a round.
type ruleCount struct {
	Rule     verify.RuleID   `json:"rule"`
	Name     string          `json:"name"`
	Severity verify.Severity `json:"severity"`
	Count    int             `json:"count"`
}

// roundView is a round's figures: its page, its JSON and its Excel file.
type roundView struct {
	Round string     `json:"round"`
	Cases []roundRow `json:"cases"`
	// Verdicts counts the checked cases by verdict; Pending the cases not
	// checked yet, Failed those that could not be checked.
	Verdicts map[string]int `json:"verdicts"`
	Pending  int            `json:"pending"`
	Failed   int            `json:"failed"`
	High     int            `json:"high"`
	Medium   int            `json:"medium"`
	Low      int            `json:"low"`
	ByRule   []ruleCount    `json:"findings_by_rule"`
}

// claimedCompletion is the report's headline figures of its problems: the
// first of its own claims (not a table's) of the problems done and of the
// total, as the rules read them.
func claimedCompletion(claims []extract.Claim) completion {
	var c completion
	var done, total bool
	for _, cl := range claims {
		if !cl.IsOwn() || cl.InTable || cl.Kind != extract.KindProblems {
			continue
		}
		switch {
		case cl.Subtype == extract.SubtypeDone && !done:
			c.Done, done = int(cl.Value), true
		case cl.Subtype == extract.SubtypeTotal && !total:
			c.Total, total = int(cl.Value), true
		}
	}
	c.Known = done && total
	return c
}

// roundCases are the cases of a round, by unit, each with its unit.
func (s *Server) roundCases(round string) ([]caseState, []string) {
	var out []caseState
	var units []string
	for _, c := range s.store.list() {
		if c.Info.Round == round {
			out = append(out, c)
			units = append(units, caseUnit(c))
		}
	}
	sort.Stable(byUnit{out, units})
	return out, units
}

// byUnit sorts cases by their units.
type byUnit struct {
	cases []caseState
	units []string
}

func (b byUnit) Len() int           { return len(b.cases) }
func (b byUnit) Less(i, j int) bool { return b.units[i] < b.units[j] }
func (b byUnit) Swap(i, j int) {
	b.cases[i], b.cases[j] = b.cases[j], b.cases[i]
	b.units[i], b.units[j] = b.units[j], b.units[i]
}

// roundFigures reads a round's figures from its cases' results.
func (s *Server) roundFigures(round string) (*roundView, error) {
	v := &roundView{Round: round, Cases: []roundRow{}, Verdicts: map[string]int{}, ByRule: []ruleCount{}}
	byRule := map[verify.RuleID]int{}
	cases, units := s.roundCases(round)
	for i, c := range cases {
		row := roundRow{ID: c.ID, Unit: units[i], Status: c.Status}
		if row.Unit != "" {
			row.UnitURL = unitURL(row.Unit)
		}
		switch c.Status {
		case StatusDone:
			res, err := s.readResult(c.ID)
			if err != nil {
				return nil, err
			}
			row.Verdict, row.High, row.Medium, row.Low = c.Summary.Verdict, c.Summary.High, c.Summary.Medium, c.Summary.Low
			row.Claimed = claimedCompletion(res.Claims)
			if l := res.LedgerProblems; l != nil {
				row.Ledger = completion{Done: l.Done, Total: l.Problems, Known: true}
			}
			row.Checkpoints = res.Checkpoints
			for _, cp := range verify.Checkpoints() {
				cell := checkpointCell{Checkpoint: cp, Label: cp.Name()}
				for _, r := range res.Checkpoints {
					if r.Checkpoint == cp {
						cell.State, cell.Name = r.State, r.State.Name()
					}
				}
				row.States = append(row.States, cell)
			}
			v.Verdicts[string(row.Verdict)]++
			v.High, v.Medium, v.Low = v.High+row.High, v.Medium+row.Medium, v.Low+row.Low
			for _, f := range res.Findings {
				byRule[f.Rule]++
			}
		case StatusFailed:
			row.Error = c.Error
			v.Failed++
		default:
			v.Pending++
		}
		v.Cases = append(v.Cases, row)
	}
	for _, r := range verify.Rules() {
		if n := byRule[r.ID()]; n > 0 {
			v.ByRule = append(v.ByRule, ruleCount{r.ID(), r.Name(), r.Severity(), n})
		}
	}
	sort.SliceStable(v.ByRule, func(i, j int) bool { return v.ByRule[i].Count > v.ByRule[j].Count })
	return v, nil
}

// roundListItem is a round in the list of rounds.
type roundListItem struct {
	Round   string    `json:"round"`
	Cases   int       `json:"cases"`
	Pending int       `json:"pending"`
	Latest  time.Time `json:"latest"`
	URL     string    `json:"url"`
	// Verdicts counts the checked cases by verdict.
	Verdicts map[string]int `json:"verdicts"`
}

// roundList lists the rounds, the one with the newest case first, and
// counts the cases that name no round.
func (s *Server) roundList() (items []roundListItem, unnamed int) {
	at := map[string]int{}
	for _, c := range s.store.list() { // newest first
		if c.Info.Round == "" {
			unnamed++
			continue
		}
		i, ok := at[c.Info.Round]
		if !ok {
			i = len(items)
			at[c.Info.Round] = i
			items = append(items, roundListItem{Round: c.Info.Round, Latest: c.Created, URL: roundURL(c.Info.Round), Verdicts: map[string]int{}})
		}
		items[i].Cases++
		switch c.Status {
		case StatusDone:
			items[i].Verdicts[string(c.Summary.Verdict)]++
		case StatusQueued, StatusRunning:
			items[i].Pending++
		}
	}
	return items, unnamed
}

// ---- pages and exports

// roundsPageView is the list of rounds' page.
type roundsPageView struct {
	Rounds  []roundListItem
	Unnamed int
}

func (s *Server) roundsPage(w http.ResponseWriter, r *http.Request) {
	items, unnamed := s.roundList()
	s.render(w, http.StatusOK, "rounds", page{Title: "巡察轮次", Nav: "rounds", CSRF: s.csrfToken(w, r), Data: roundsPageView{items, unnamed}})
}

func (s *Server) apiRounds(w http.ResponseWriter, r *http.Request) {
	items, _ := s.roundList()
	if items == nil {
		items = []roundListItem{}
	}
	writeJSONResponse(w, http.StatusOK, map[string]any{"total": len(items), "rounds": items})
}

// roundOf reads the round a request names; a round without cases is 404.
func (s *Server) roundOf(w http.ResponseWriter, r *http.Request) (*roundView, bool) {
	round := r.PathValue("round")
	v, err := s.roundFigures(round)
	if err != nil {
		s.fail(w, r, err)
		return nil, false
	}
	if len(v.Cases) == 0 {
		s.fail(w, r, errorf(http.StatusNotFound, "没有这个轮次的案卷：%s", round))
		return nil, false
	}
	return v, true
}

// roundPageView is a round's page: its figures and its charts.
type roundPageView struct {
	*roundView
	Checkpoints []verify.Checkpoint
	Completion  chart
	Rules       chart
	XLSX        string
	// Span is the columns a row of a case not checked spans after its unit.
	Span int
}

func (s *Server) roundPage(w http.ResponseWriter, r *http.Request) {
	v, ok := s.roundOf(w, r)
	if !ok {
		return
	}
	p := page{Title: v.Round, Nav: "rounds", Data: roundPageView{roundView: v, Checkpoints: verify.Checkpoints(),
		Completion: completionChart(v.Cases), Rules: rulesChart(v.ByRule), XLSX: roundURL(v.Round) + "/round.xlsx",
		Span: 6 + len(verify.Checkpoints())}}
	if v.Pending > 0 {
		p.Refresh = 2
	}
	s.render(w, http.StatusOK, "round", p)
}

func (s *Server) apiRound(w http.ResponseWriter, r *http.Request) {
	if v, ok := s.roundOf(w, r); ok {
		writeJSONResponse(w, http.StatusOK, v)
	}
}

func (s *Server) roundXLSX(w http.ResponseWriter, r *http.Request) {
	v, ok := s.roundOf(w, r)
	if !ok {
		return
	}
	f, err := roundWorkbook(v)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", downloads[fileXLSX].ctype)
	w.Header().Set("Content-Disposition", contentDisposition(fileSafe(v.Round, 60)+"_轮次汇总_"+time.Now().In(beijing).Format("20060102")+".xlsx", "round", ".xlsx"))
	if err := f.Write(w); err != nil {
		s.cfg.Logf("zhenggai serve：轮次“%s”：写出工作簿：%v", v.Round, err)
	}
}

// The sheets and headers of a round's workbook.
const (
	sheetRoundUnits = "各单位核查情况"
	sheetRoundRules = "问题类型统计"
)

var roundHeaders = []string{"被巡视（察）单位", "案卷编号", "核查状态", "结论", "高", "中", "低",
	"报告称已完成", "报告称问题总数", "报告称完成率", "台账已完成", "台账问题总数", "台账完成率"}

// roundWorkbook is a round's figures as an Excel workbook: a sheet of the
// units (with the five checkpoints) and one of the findings by rule.
func roundWorkbook(v *roundView) (*excelize.File, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheetRoundUnits); err != nil {
		return nil, err
	}
	hdr := []any{}
	for _, h := range roundHeaders {
		hdr = append(hdr, h)
	}
	for _, c := range verify.Checkpoints() {
		hdr = append(hdr, c.Name())
	}
	if err := f.SetSheetRow(sheetRoundUnits, "A1", &hdr); err != nil {
		return nil, err
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	if err != nil {
		return nil, err
	}
	rate := func(c completion) any {
		if !c.Known || c.Total == 0 {
			return "—"
		}
		return c.Rate()
	}
	count := func(n int, known bool) any {
		if !known {
			return "—"
		}
		return n
	}
	for i, row := range v.Cases {
		verdict := statusName(row.Status)
		if row.Status == StatusDone {
			verdict = row.Verdict.Name()
		}
		vals := []any{row.Unit, row.ID, statusName(row.Status), verdict, row.High, row.Medium, row.Low,
			count(row.Claimed.Done, row.Claimed.Known), count(row.Claimed.Total, row.Claimed.Known), rate(row.Claimed),
			count(row.Ledger.Done, row.Ledger.Known), count(row.Ledger.Total, row.Ledger.Known), rate(row.Ledger)}
		for _, cell := range row.States {
			vals = append(vals, cell.Name)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheetRoundUnits, cell, &vals); err != nil {
			return nil, err
		}
		for _, col := range []int{10, 13} {
			c, _ := excelize.CoordinatesToCellName(col, i+2)
			if err := f.SetCellStyle(sheetRoundUnits, c, c, pct); err != nil {
				return nil, err
			}
		}
	}
	if err := f.SetColWidth(sheetRoundUnits, "A", "A", 32); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(sheetRoundRules); err != nil {
		return nil, err
	}
	if err := f.SetSheetRow(sheetRoundRules, "A1", &[]any{"规则编号", "问题类型", "严重程度", "发现数"}); err != nil {
		return nil, err
	}
	for i, rc := range v.ByRule {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheetRoundRules, cell, &[]any{string(rc.Rule), rc.Name, rc.Severity.Name(), rc.Count}); err != nil {
			return nil, err
		}
	}
	return f, nil
}
