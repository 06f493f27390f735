package casegen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/extract"
)

// Options steer Varied.
type Options struct {
	// Exclude lists features the generator must not draw: "dim=value", or
	// "dim=*" for every value of a dimension. A dimension whose every value
	// is excluded falls back to its first value.
	Exclude []string
	// Prefer lists features to draw whenever their dimension is drawn and
	// they are not excluded ("dim=value"), to put one feature in every case.
	Prefer []string
}

// Planted is one finding a generated case must produce.
type Planted struct {
	Rule string `json:"rule"`
	Item string `json:"item"`
	// Claimed and Observed are the values the finding must carry, as
	// verify prints them ("" when not compared); "open" as Observed means
	// in_progress or not_done.
	Claimed  string `json:"claimed,omitempty"`
	Observed string `json:"observed,omitempty"`
	// Class is the kind of discrepancy planted (plant=meetings, …).
	Class string `json:"class"`
}

// Manifest records what Varied drew and planted.
type Manifest struct {
	Seed     uint64    `json:"seed"`
	AsOf     string    `json:"as_of"`
	Features []string  `json:"features"`
	Findings []Planted `json:"findings"`
	// Incomplete is set when a file of the case cannot be read (a damaged
	// minutes file): the check must say it is incomplete and not run NotRun,
	// the rules that rest on that input.
	Incomplete bool     `json:"incomplete,omitempty"`
	NotRun     []string `json:"not_run,omitempty"`
}

// minutesRules are the rules that rest on the minutes (docs/rules.md): with
// a minutes file unread they must not run, so that no finding says a
// meeting is missing when its minutes could not be seen.
var minutesRules = []string{"claim.meetings", "meeting.democratic-life-missing"}

// gen is the state of one case being drawn.
type gen struct {
	r        *rand.Rand
	exclude  map[string]bool
	prefer   map[string]bool
	features []string
	planted  []Planted
	notRun   []string
}

func (g *gen) allowed(dim, v string) bool {
	return !g.exclude[dim+"=*"] && !g.exclude[dim+"="+v]
}

// pick draws one of n values of dimension dim, named by name(i), avoiding
// excluded ones, and records the feature.
func (g *gen) pick(dim string, n int, name func(int) string) int {
	var ok []int
	for i := 0; i < n; i++ {
		if g.allowed(dim, name(i)) {
			ok = append(ok, i)
		}
	}
	i := 0
	if len(ok) > 0 {
		i = ok[g.r.IntN(len(ok))]
	}
	for _, j := range ok {
		if g.prefer[dim+"="+name(j)] {
			i = j
		}
	}
	g.note(dim, name(i))
	return i
}

// pickWord draws a word from ws as the feature dim=word.
func (g *gen) pickWord(dim string, ws []string) string {
	return ws[g.pick(dim, len(ws), func(i int) string { return ws[i] })]
}

// chance is true with probability p, recorded as dim=yes or dim=no (an
// excluded outcome is not drawn).
func (g *gen) chance(dim string, p float64) bool {
	yes := g.r.Float64() < p || g.prefer[dim+"=yes"]
	if yes && !g.allowed(dim, "yes") {
		yes = false
	} else if !yes && !g.allowed(dim, "no") {
		yes = true
	}
	g.note(dim, map[bool]string{true: "yes", false: "no"}[yes])
	return yes
}

// preferred reports whether a preferred feature starts with prefix.
func (g *gen) preferred(prefix string) bool {
	for k := range g.prefer {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

func (g *gen) note(dim, v string) {
	feat := dim + "=" + v
	for _, x := range g.features {
		if x == feat {
			return
		}
	}
	g.features = append(g.features, feat)
}

func (g *gen) plant(class, rule, item, claimed, observed string) {
	g.planted = append(g.planted, Planted{Rule: rule, Item: item, Claimed: claimed, Observed: observed, Class: class})
}

// row is one problem of the ledger.
type row struct {
	no, title, section  string
	status              extract.Status
	statusWord          string
	leader, dept        string
	deadline, completed time.Time
	evidence            string
	reportDone          bool // the report's item calls it done
}

type clue struct {
	handed, closed time.Time
	open           bool
}

type meeting struct {
	typ   extract.MeetingType
	title string
	date  time.Time
}

// model is a case before it is written.
type model struct {
	unit, short, body        string
	feedback, report, asOf   time.Time
	rows                     []row
	clues                    []clue
	acc                      []int // index into accMethods
	sysNew, sysRevised       int
	minutes                  []meeting
	claimedMeetings          map[extract.MeetingType]int
	meetingOrder             []extract.MeetingType
	total, done, doing, notD int // the report's figures
	rate                     string
	accClaim                 int
	sysNewClaim              int
	accForm, sysForm         string
	clueForm                 string
	accKinds                 map[extract.Subtype]int // the report's figures by kind
	cluesHandledClaim        int
	unreadable               int  // the minutes file written damaged, -1 for none
	typical                  bool // the report lists typical problems only
}

// Varied writes into dir a case drawn from seed: a report, a ledger and
// minutes in varied phrasings, layouts and formats, agreeing with each other
// except for the discrepancies it plants, which the manifest lists (and
// manifest.json in dir records).
func Varied(dir string, seed uint64, opt Options) (Manifest, error) {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), exclude: map[string]bool{}, prefer: map[string]bool{}}
	for _, e := range opt.Exclude {
		g.exclude[e] = true
	}
	for _, e := range opt.Prefer {
		g.prefer[e] = true
	}
	m := g.draw()
	if err := os.MkdirAll(filepath.Join(dir, "minutes"), 0o755); err != nil {
		return Manifest{}, err
	}
	if err := g.write(dir, m); err != nil {
		return Manifest{}, err
	}
	sort.Strings(g.features)
	man := Manifest{Seed: seed, AsOf: m.asOf.Format(time.DateOnly), Features: g.features, Findings: g.planted,
		Incomplete: m.unreadable >= 0, NotRun: g.notRun}
	raw, _ := json.MarshalIndent(man, "", "  ")
	return man, os.WriteFile(filepath.Join(dir, "manifest.json"), raw, 0o644)
}

func (g *gen) name() string {
	return surnames[g.r.IntN(len(surnames))] + givenNames[g.r.IntN(len(givenNames))]
}

func (g *gen) draw() *model {
	r := g.r
	m := &model{claimedMeetings: map[extract.MeetingType]int{}, unreadable: -1}
	places := []string{"青川县", "临江市", "东林区", "白水县", "南岭市"}
	bureaus := []string{"自然资源局", "财政局", "交通运输局", "市场监督管理局", "卫生健康委员会", "住房和城乡建设局"}
	place, bureau := places[r.IntN(len(places))], bureaus[r.IntN(len(bureaus))]
	m.body = []string{"党组", "党委"}[g.pick("unit.body", 2, func(i int) string { return []string{"党组", "党委"}[i] })]
	m.short = place + bureau
	m.unit = "中共" + m.short + m.body
	m.feedback = time.Date(2019+r.IntN(5), time.Month(1+r.IntN(9)), 1+r.IntN(27), 0, 0, 0, 0, time.UTC)
	m.report = m.feedback.AddDate(0, 0, 60+r.IntN(20))
	m.asOf = m.report.AddDate(0, 0, 10+r.IntN(20))

	// The plants: each is drawn on its own, then kept only where it does
	// not clash with another.
	plant := func(name string, p float64) bool { return g.chance("plant."+name, p) }
	pMeet, pItem, pNoEv, pNoOwner, pOverdue := plant("meetings", 0.3), plant("item-status", 0.25), plant("no-evidence", 0.25),
		plant("no-owner", 0.25), plant("overdue", 0.25)
	pParts, pRate, pTotal := plant("parts-sum", 0.15), plant("rate", 0.15), plant("problems-total", 0.12)
	pDLM, pClueOver, pClues, pAcc, pSys := plant("dlm-missing", 0.1), plant("clue-overdue", 0.2), plant("clues", 0.15),
		plant("accountability", 0.15), plant("systems", 0.15)

	// The ledger's problems.
	n := 6 + r.IntN(9)
	used := r.Perm(len(problemTitles))[:n]
	nSec := 2 + r.IntN(3)
	sec := r.Perm(len(sections))[:nSec]
	for i := 0; i < n; i++ {
		st := extract.StatusDone
		if x := r.IntN(10); x >= 7 {
			st = extract.StatusInProgress
			if x == 9 {
				st = extract.StatusNotDone
			}
		}
		rw := row{no: fmt.Sprint(i + 1), title: problemTitles[used[i]], section: sections[sec[i*nSec/n]], status: st,
			leader: g.name(), dept: departments[r.IntN(len(departments))]}
		if st == extract.StatusDone {
			rw.deadline = m.feedback.AddDate(0, 0, 20+r.IntN(35))
			rw.completed = rw.deadline.AddDate(0, 0, -1-r.IntN(5))
			rw.evidence = "《" + ruleNames[r.IntN(len(ruleNames))] + "》；整改工作记录"
			rw.reportDone = true
		} else {
			rw.deadline = m.asOf.AddDate(0, 0, 30+r.IntN(150))
		}
		m.rows = append(m.rows, rw)
	}
	// Every status class appears in its own right; at least one row is done.
	m.rows[0].status, m.rows[0].deadline = extract.StatusDone, m.feedback.AddDate(0, 0, 30)
	m.rows[0].completed, m.rows[0].evidence, m.rows[0].reportDone = m.feedback.AddDate(0, 0, 25), "整改报告；会议记录", true
	open := func() []int {
		var o []int
		for i, rw := range m.rows {
			if rw.status != extract.StatusDone {
				o = append(o, i)
			}
		}
		return o
	}
	if pItem || pOverdue {
		if len(open()) < 2 {
			m.rows[n-1].status, m.rows[n-1].evidence, m.rows[n-1].reportDone = extract.StatusInProgress, "", false
			m.rows[n-1].deadline, m.rows[n-1].completed = m.asOf.AddDate(0, 0, 40), time.Time{}
			m.rows[n-2].status, m.rows[n-2].evidence, m.rows[n-2].reportDone = extract.StatusNotDone, "", false
			m.rows[n-2].deadline, m.rows[n-2].completed = m.asOf.AddDate(0, 0, 50), time.Time{}
		}
	}
	for i := range m.rows {
		rw := &m.rows[i]
		var cls []int
		for j, s := range statusWords {
			if s.status == rw.status {
				cls = append(cls, j)
			}
		}
		j := cls[g.pick("status."+string(rw.status), len(cls), func(k int) string { return statusWords[cls[k]].id })]
		rw.statusWord = g.pickWord("status-word", statusWords[j].words)
	}

	listed := g.chance("report.items", 0.7)
	// A list of typical problems only: not meant to hold them all, so its
	// length is no count of the total (issue 12 point 5).
	m.typical = listed && g.chance("report.items-typical", 0.25)
	if pItem && !listed {
		pItem = false
	}
	o := open()
	if pItem {
		i := o[0]
		m.rows[i].reportDone = true
		g.plant("plant=item-status", "claim.item-status", m.rows[i].no, string(extract.StatusDone), "open")
	}
	if pOverdue {
		i := o[len(o)-1]
		if pItem && len(o) == 1 {
			pOverdue = false
		} else {
			m.rows[i].deadline = m.asOf.AddDate(0, 0, -5-r.IntN(20))
			g.plant("plant=overdue", "ledger.overdue", m.rows[i].no, "", "")
		}
	}
	dones := func() []int {
		var d []int
		for i, rw := range m.rows {
			if rw.status == extract.StatusDone {
				d = append(d, i)
			}
		}
		return d
	}
	if pNoEv {
		d := dones()
		i := d[len(d)-1]
		m.rows[i].evidence = ""
		g.plant("plant=no-evidence", "ledger.no-evidence", m.rows[i].no, "", "")
	}
	if pNoOwner {
		i := r.IntN(n)
		switch g.pick("no-owner.missing", 2, func(k int) string { return []string{"leader", "department"}[k] }) {
		case 0:
			m.rows[i].leader = ""
		default:
			m.rows[i].dept = ""
		}
		g.plant("plant=no-owner", "ledger.no-owner", m.rows[i].no, "", "")
	}

	// The report's problems figures: what the report's items say.
	m.total = n
	for _, rw := range m.rows {
		switch {
		case rw.reportDone:
			m.done++
		case rw.status == extract.StatusNotDone:
			m.notD++
		default:
			m.doing++
		}
	}
	ledgerDone := len(dones())
	if m.done > ledgerDone {
		g.plant("plant=item-status", "claim.problems-done", string(extract.SubtypeDone), fmt.Sprint(m.done), fmt.Sprint(ledgerDone))
	}
	if pTotal {
		m.total++
		g.plant("plant=problems-total", "claim.problems-total", string(extract.SubtypeTotal), fmt.Sprint(m.total), fmt.Sprint(n))
		if listed && !m.typical {
			g.plant("plant=problems-total", "arith.list-count", string(extract.KindProblems), fmt.Sprint(m.total), fmt.Sprint(n))
		}
		m.doing++ // the parts still add up: one more problem in progress
	}
	m.rate = rateOf(m.done, m.total)
	if pRate {
		wrong := rateOf(m.done, m.total+2)
		if wrong == m.rate {
			wrong = rateOf(m.done-1, m.total)
		}
		g.plant("plant=rate", "arith.rate", string(extract.KindProblems), strings.TrimSuffix(wrong, "%"), round2(float64(m.done)*100/float64(m.total)))
		m.rate = wrong
	}

	// Meetings: the minutes on file, and the report's figures of them.
	types := []extract.MeetingType{extract.MeetingPartyCommittee, extract.MeetingWork, extract.MeetingSpecial, extract.MeetingStudy}
	r.Shuffle(len(types), func(i, j int) { types[i], types[j] = types[j], types[i] })
	// Types whose phrasing or minute title is preferred come first, are
	// kept, and hold the planted discrepancy.
	nt := 1 + r.IntN(3)
	for i, t := range types {
		if g.preferred("phr.meetings."+string(t)+"=") || g.preferred("minutes."+string(t)+"=") {
			types[0], types[i] = types[i], types[0]
			nt = max(nt, 1)
		}
	}
	types = types[:nt]
	if !pDLM {
		types = append(types, extract.MeetingDemocraticLife)
	}
	span := int(m.report.Sub(m.feedback).Hours()/24) - 2
	for _, t := range types {
		k := 1 + r.IntN(4)
		if g.preferred("phr.meetings." + string(t) + "=") {
			k = max(k, 2)
		}
		if t == extract.MeetingDemocraticLife {
			k = 1
		}
		for j := 0; j < k; j++ {
			title := g.pickWord("minutes."+string(t), titlesOf(t))
			m.minutes = append(m.minutes, meeting{typ: t, title: title, date: m.feedback.AddDate(0, 0, 1+r.IntN(span))})
		}
		m.claimedMeetings[t] = k
		m.meetingOrder = append(m.meetingOrder, t)
	}
	if pMeet {
		t := m.meetingOrder[r.IntN(len(m.meetingOrder))]
		if t == extract.MeetingDemocraticLife || g.preferred("phr.meetings.") || g.preferred("minutes.") {
			t = m.meetingOrder[0]
		}
		m.claimedMeetings[t]++
		g.plant("plant=meetings", "claim.meetings", string(t), fmt.Sprint(m.claimedMeetings[t]), fmt.Sprint(m.claimedMeetings[t]-1))
	}
	if pDLM {
		g.plant("plant=dlm-missing", "meeting.democratic-life-missing", "", "", "")
	}
	if g.chance("minutes.distractor", 0.4) {
		m.minutes = append(m.minutes, meeting{typ: extract.MeetingOther, title: g.pickWord("minutes.other", distractorTitles),
			date: m.feedback.AddDate(0, 0, 1+r.IntN(span))})
	}

	// The other sheets: only an XLSX ledger holds them.
	xlsx := g.pick("ledger.format", 2, func(i int) string { return []string{"xlsx", "csv"}[i] }) == 0
	if !xlsx {
		pClueOver, pClues, pAcc, pSys = false, false, false, false
	}
	nClues := 2 + r.IntN(4)
	for i := 0; i < nClues; i++ {
		h := m.feedback.AddDate(0, 0, 3+r.IntN(10))
		m.clues = append(m.clues, clue{handed: h, closed: h.AddDate(0, 0, 10+r.IntN(40))})
	}
	m.cluesHandledClaim = nClues
	if pClues {
		c := &m.clues[nClues-1]
		c.open, c.closed = true, time.Time{}
		c.handed = m.asOf.AddDate(0, 0, -20)
		g.plant("plant=clues", "claim.clues", string(extract.SubtypeHandled), fmt.Sprint(nClues), fmt.Sprint(nClues-1))
	}
	if pClueOver {
		c := &m.clues[0]
		days := 70 + r.IntN(20)
		c.closed = c.handed.AddDate(0, 0, days)
		if c.closed.After(m.asOf) {
			c.closed = m.asOf.AddDate(0, 0, -1)
			days = int(c.closed.Sub(c.handed).Hours() / 24)
		}
		g.plant("plant=clue-overdue", "clue.overdue", clueNo(m, 0), "", fmt.Sprint(days))
	}
	nAcc := 2 + r.IntN(5)
	for i := 0; i < nAcc; i++ {
		m.acc = append(m.acc, r.IntN(len(accMethods)))
	}
	m.accClaim = nAcc
	m.accForm = accForms[g.pick("phr.accountability", len(accForms), func(i int) string { return accForms[i] })]
	m.accKinds = map[extract.Subtype]int{}
	for _, a := range m.acc {
		m.accKinds[accMethods[a].sub]++
	}
	if pAcc {
		if m.accForm == "kinds-only" {
			// Without a total each kind is compared: one more of the first.
			sub := accMethods[m.acc[0]].sub
			m.accKinds[sub]++
			g.plant("plant=accountability", "claim.accountability", string(sub), fmt.Sprint(m.accKinds[sub]), fmt.Sprint(m.accKinds[sub]-1))
		} else {
			m.accClaim++
			g.plant("plant=accountability", "claim.accountability", string(extract.SubtypeTotal), fmt.Sprint(m.accClaim), fmt.Sprint(nAcc))
		}
	}
	m.sysNew, m.sysRevised = 1+r.IntN(4), r.IntN(3)
	m.sysForm = sysForms[g.pick("phr.systems", len(sysForms), func(i int) string { return sysForms[i] })]
	m.sysNewClaim = m.sysNew
	if pSys {
		m.sysNewClaim++
		g.plant("plant=systems", "claim.systems", string(extract.SubtypeNew), fmt.Sprint(m.sysNewClaim), fmt.Sprint(m.sysNew))
		if m.sysForm == "total-with-parts" && m.sysRevised > 0 {
			g.plant("plant=systems", "claim.systems", string(extract.SubtypeTotal), fmt.Sprint(m.sysNewClaim+m.sysRevised), fmt.Sprint(m.sysNew+m.sysRevised))
		}
	}
	var cf []string
	for _, c := range clueForms {
		if c != "all-closed" || !pClues {
			cf = append(cf, c)
		}
	}
	m.clueForm = cf[g.pick("phr.clues", len(cf), func(i int) string { return cf[i] })]
	if pParts {
		g.plant("plant=parts-sum", "", "", "", "") // filled in by the report writer
	}
	// A minutes file that cannot be read (damaged): the rules that rest on
	// the minutes do not run, so what was planted on them is not found, and
	// the report's meeting figures are not checked.
	if g.chance("minutes.unreadable", 0.08) {
		m.unreadable = r.IntN(len(m.minutes))
		var kept []Planted
		for _, p := range g.planted {
			if !slices.Contains(minutesRules, p.Rule) {
				kept = append(kept, p)
			}
		}
		g.planted, g.notRun = kept, minutesRules
	}
	return m
}

// rateOf is done ÷ total as a report writes it: 100% or two decimals.
func rateOf(done, total int) string {
	if done == total {
		return "100%"
	}
	return round2(float64(done)*100/float64(total)) + "%"
}

func round2(x float64) string {
	s := fmt.Sprintf("%.2f", x)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

func f(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// opt formats n into format, or nothing when n is 0.
func opt(n int, format string) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(format, n)
}

// titlesOf is the minute titles of type t: those of minuteTitles, and for
// the party committee, work and special meetings one made of each word of
// extract's meeting types table ({u}推进会纪要).
func titlesOf(t extract.MeetingType) []string {
	ts := append([]string(nil), minuteTitles[t]...)
	switch t {
	case extract.MeetingPartyCommittee, extract.MeetingWork, extract.MeetingSpecial:
		for _, w := range extract.MeetingTypeWords(t) {
			ts = append(ts, "{u}"+w+"纪要")
		}
	}
	return ts
}
