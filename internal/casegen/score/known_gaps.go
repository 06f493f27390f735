package score

// KnownGaps — the one list of known gaps — are the features of generated
// cases that the checker does not handle yet, each with the point of issue 12 whose fix it waits for (2:
// claims phrasing, 3: ledger layouts and statuses, 4: minutes). The property
// test (property_test.go) draws its cases without them, and so does
// gencase -varied -score -skip-known-gaps; TestKnownGapsStillFail checks that each
// still makes its cases fail. Remove an entry when its fix merges (that test
// then says which).
var KnownGaps = []struct{ Feature, Issue string }{
	// 3: ledger layouts.
	{"ledger.two-row-header=yes", "3: two-row header (整改情况 over 整改进展/完成时间/佐证材料)"},
	{"header.department=主责部门", "3: department header"},
	{"header.department=牵头处室", "3: department header"},
	{"header.department=落实单位", "3: department header"},
	{"header.deadline=计划完成时间", "3: deadline header read as completion date"},
	{"header.status=目前进展", "3: status header"},
	{"header.status=整改落实情况", "3: status header"},
	// 3: statuses.
	{"status.not_done=not-done-negated", "3: 未销号 / 未按期完成 / 未全部完成 / 不能按期完成 read as done"},
	{"status.in_progress=pending", "3: 待销号 / 拟销号 / 申请销号 read as done"},
	// 4: minutes.
	{"minutes.party_committee=中共{u}委员会会议纪要", "4: 中共…委员会会议纪要 not a party committee meeting"},
	// The table's own words 党委扩大会 / 党组扩大会 hold 大会, whose row
	// (other) is tried first.
	{"minutes.party_committee={u}党委扩大会纪要", "4: 党委扩大会 typed other (大会)"},
	{"minutes.party_committee={u}党组扩大会纪要", "4: 党组扩大会 typed other (大会)"},
	// 2: claims phrasing.
	{"phr.problems=in-period", "2: N个尚在整改期内"},
	{"phr.problems=banjie", "2: 已办结 / 阶段性办结 N个"},
	{"phr.not-done=，尚未启动%d个", "2: 尚未启动N个 not a not-done part"},
	{"phr.meetings.party_committee=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.work=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.special=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.study=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.study=count-before-noun", "2: 召开N次理论学习中心组专题学习"},
}

// KnownGapFeatures returns the features of KnownGaps.
func KnownGapFeatures() []string {
	var out []string
	for _, g := range KnownGaps {
		out = append(out, g.Feature)
	}
	return out
}
