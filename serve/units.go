package serve

import (
	"net/http"
	"net/url"
	"sort"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/verify"
)

// A unit's page (/units/{unit}) shows every case of the unit — under any of
// its forms, with or without 中共, 党组 or 党委 (index.UnitGroup) — round by
// round, oldest first, with its verdict and the problems carried over: the
// findings of history.recurrence, a problem an earlier report of the unit
// called done that the round lists again.

// unitURL is the page of a unit.
func unitURL(unit string) string { return "/units/" + url.PathEscape(unit) }

// unitRound is one case of a unit.
type unitRound struct {
	ID          string         `json:"id"`
	Round       string         `json:"round"`
	ReportDate  string         `json:"report_date"`
	Status      Status         `json:"status"`
	Verdict     verify.Verdict `json:"verdict,omitempty"`
	High        int            `json:"high"`
	Medium      int            `json:"medium"`
	Low         int            `json:"low"`
	CarriedOver []carriedOver  `json:"carried_over"`
	// RoundURL is the round's page.
	RoundURL string `json:"-"`
}

// carriedOver is a problem of a round that an earlier report called done.
type carriedOver struct {
	Title string `json:"title"`
	// Earlier is the earlier report's problem and status, Note when and
	// where it was called done.
	Earlier string `json:"earlier"`
	Note    string `json:"note"`
	File    string `json:"file"`
}

// unitView is a unit's page.
type unitView struct {
	Unit   string      `json:"unit"`
	Rounds []unitRound `json:"rounds"`
}

// unitFigures reads the cases of unit, oldest report first.
func (s *Server) unitFigures(unit string) (*unitView, error) {
	group := index.UnitGroup(unit)
	v := &unitView{Unit: unit, Rounds: []unitRound{}}
	for _, c := range s.store.list() {
		u := caseUnit(c)
		if u == "" || index.UnitGroup(u) != group {
			continue
		}
		r := unitRound{ID: c.ID, Round: c.Info.Round, ReportDate: caseReportDate(c), Status: c.Status, CarriedOver: []carriedOver{},
			RoundURL: roundURL(c.Info.Round)}
		if c.Status == StatusDone {
			r.Verdict, r.High, r.Medium, r.Low = c.Summary.Verdict, c.Summary.High, c.Summary.Medium, c.Summary.Low
			res, err := s.readResult(c.ID)
			if err != nil {
				return nil, err
			}
			for _, f := range res.Findings {
				if f.Rule != verify.RuleRecurrence {
					continue
				}
				co := carriedOver{Title: f.Title}
				if n := len(f.Evidence); n > 0 {
					e := f.Evidence[n-1] // the earlier report's problem
					co.Earlier, co.Note, co.File = e.Text, e.Note, e.File
				}
				r.CarriedOver = append(r.CarriedOver, co)
			}
		}
		v.Rounds = append(v.Rounds, r)
	}
	sort.SliceStable(v.Rounds, func(i, j int) bool {
		a, b := v.Rounds[i], v.Rounds[j]
		if a.ReportDate != b.ReportDate {
			return a.ReportDate < b.ReportDate
		}
		return a.ID < b.ID
	})
	return v, nil
}

func (s *Server) unitPage(w http.ResponseWriter, r *http.Request) {
	unit := r.PathValue("unit")
	v, err := s.unitFigures(unit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(v.Rounds) == 0 {
		s.fail(w, r, errorf(http.StatusNotFound, "没有这个单位的案卷：%s", unit))
		return
	}
	s.render(w, http.StatusOK, "unit", page{Title: unit, Nav: "rounds", Data: v})
}
