package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The rules session 17 wrote: sentences of our own in the style of what the
// blind written sets read wrong. Each row read otherwise before its rule, or
// is labelled a guard.

// familyCasesS17 are session 17's readings.
var familyCasesS17 = []familyCase{
	// Figures told each (分别) of places or bodies listed by name before the
	// word are theirs (named_each.go; blind set wp).
	{"split-by-unit", "其中，青山镇、白沙镇分别完成整改问题17个和14个。",
		[]string{"problems/done=17@other_units", "other=14"}},
	{"split-by-unit", "第一中学、实验小学、城南中学分别清退多收费用8.2万元、5.6万元、3.1万元。",
		[]string{"money/refunded=82000@other_units", "money/refunded=56000@other_units", "money/refunded=31000@other_units"}},
	{"split-by-unit", "河北、山西、辽宁三省立案数分别为126件、98件、87件。",
		[]string{"clues/filed=126@other_units", "clues/received=98@other_units", "clues/received=87@other_units"}},
	{"split-by-unit", "县住建局和县水务局分别追回资金42万元、18万元。",
		[]string{"money/recovered=420000@other_units", "money/recovered=180000@other_units"}},
	// Guards: the unit's own organs, classes of the plan and aspects listed
	// before 分别 name no other unit.
	{"guard", "局党委、纪委分别召开专题会议4次、2次。", []string{"meetings/special=4", "other=2"}},
	{"guard", "政治建设、组织建设方面问题分别为5个和7个，均已完成整改。",
		[]string{"problems/total=5", "problems/total=7"}},
}

func TestNamesListed(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"安平县、白河区", true},
		{"其中，区实验中学、城东小学、滨河中学", false}, // the comma ends the clause: a lead holds none
		{"区实验中学、城东小学、滨河中学", true},
		{"省师范大学、省理工学院整改完成率", true},
		{"广东、四川、河南三省立案数", true},
		{"云南、甘肃两省尚有未整治问题", true},
		{"县住建局和县水务局", true},
		{"其中南苑街道、北湖街道", true},
		{"立行立改、限期整改问题", false},
		{"党委、纪委", false},
		{"广东、四川", false}, // bare names unclosed by their count
		{"全县、各乡镇", false},
		{"白河区", false}, // one name is no list
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, namesListed(tt.s), tt.s)
	}
}
