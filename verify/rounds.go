package verify

import (
	"regexp"

	"github.com/zhenggai/zhenggai/extract"
)

// currentProblems returns the ledger's problems of the round the report
// counts. A ledger may keep its problems in several sheets, one per year or
// per round (2022年度 and 2023年度; 上轮（已销号） and 本轮): the report's
// totals are of the current one, the latest year's or the sheets not named
// as an earlier round, and the rows of the others would add problems the
// report does not count. With one sheet, or sheets that name no year or
// round (明细, 问题清单), all rows are the round's. sheet is the current
// sheet's name when the rows were narrowed to one, "" otherwise.
func (in *Input) currentProblems() (rows []extract.LedgerProblem, sheet string) {
	var names []string
	seen := map[string]bool{}
	for _, p := range in.Ledger.Problems {
		if !seen[p.Ref.Sheet] {
			seen[p.Ref.Sheet] = true
			names = append(names, p.Ref.Sheet)
		}
	}
	if len(names) < 2 {
		return in.Ledger.Problems, ""
	}
	keep := map[string]bool{}
	for _, n := range names {
		if !reEarlierRound.MatchString(n) {
			keep[n] = true
		}
	}
	if len(keep) == len(names) || len(keep) == 0 {
		keep = latestYear(names)
	}
	if len(keep) == 0 || len(keep) == len(names) {
		return in.Ledger.Problems, ""
	}
	for _, p := range in.Ledger.Problems {
		if keep[p.Ref.Sheet] {
			rows = append(rows, p)
			sheet = p.Ref.Sheet
		}
	}
	if len(keep) > 1 {
		sheet = ""
	}
	return rows, sheet
}

// reEarlierRound finds a sheet name that says its rows are of an earlier
// round; reYear a year in a sheet name.
var (
	reEarlierRound = regexp.MustCompile(`上轮|上一轮|前一轮|前轮|首轮|第一轮|上次`)
	reYear         = regexp.MustCompile(`(19|20)[0-9]{2}`)
	reRoundYear    = regexp.MustCompile(`(19|20)[0-9]{2}年?(度|第|上半年|下半年|巡察|巡视|审计|督察|轮|批)`)
	reDeadlineYear = regexp.MustCompile(`(19|20)[0-9]{2}年[^年]{0,6}(前|底|时限|期限)`)
)

// latestYear returns the names of the latest year when every name holds
// the year of a round (2022年度, 2023年巡察, 2024年第一批) and they hold
// more than one; nil otherwise. A year of a deadline (2024年底前完成整改问题)
// names no round: the sheets are one round's problems split by deadline.
func latestYear(names []string) map[string]bool {
	years := map[string]string{}
	latest := ""
	for _, n := range names {
		y := reYear.FindString(n)
		if y == "" || !reRoundYear.MatchString(n) || reDeadlineYear.MatchString(n) {
			return nil
		}
		years[n] = y
		latest = max(latest, y)
	}
	keep := map[string]bool{}
	for n, y := range years {
		if y == latest {
			keep[n] = true
		}
	}
	return keep
}
