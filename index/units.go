package index

import (
	"regexp"
	"strings"
	"unicode/utf8"

	bquery "github.com/blevesearch/bleve/v2/search/query"
)

// UnitGroup returns the name under which a unit's forms are counted
// together in the unit facet: without the leading 中共 and the trailing
// 党组 or 党委 (中共桐岭市文化广电旅游局党组, 桐岭市文化广电旅游局党委 and
// 桐岭市文化广电旅游局 are one unit), and without 委员会 after 中共
// (中共东川工程职业技术学院委员会 is the college's party committee). A
// name left shorter than two characters is kept whole.
func UnitGroup(unit string) string {
	u := strings.TrimSpace(unit)
	party := strings.HasPrefix(u, "中共")
	g := strings.TrimPrefix(u, "中共")
	switch {
	case strings.HasSuffix(g, "党组"):
		g = strings.TrimSuffix(g, "党组")
	case strings.HasSuffix(g, "党委"):
		g = strings.TrimSuffix(g, "党委")
	case party && strings.HasSuffix(g, "委员会"):
		g = strings.TrimSuffix(g, "委员会")
	}
	if utf8.RuneCountInString(g) < 2 {
		return u
	}
	return g
}

// unitFilter keeps the documents whose unit holds u: 桐岭 keeps every
// 桐岭… unit, and a group name of the facet (see UnitGroup) every form of
// it. The units are found in the unit field's dictionary, within the
// bounds of an expanding term (MaxExpansion).
func unitFilter(u string) bquery.Query {
	u = strings.TrimSpace(u)
	return &expandQuery{kind: expandRegexp, pattern: ".*" + regexp.QuoteMeta(u) + ".*", written: "单位“" + u + "”", field: FieldUnit, boost: 1}
}
