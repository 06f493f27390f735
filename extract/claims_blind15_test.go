package extract

// The rules session 15 wrote: sentences of our own in the style of what
// they read wrong. Each row read otherwise before its rule, or is labelled
// a guard.

// familyCasesS15 are the readings session 15's probes, written texts and
// case folders found wanting.
var familyCasesS15 = []familyCase{
	// A count with no noun in the clues' own measure word (条), right after
	// them, goes on counting them: handled, not problems done.
	{"clue-verbs", "巡察移交问题线索2条，已办结2条。", []string{"clues/received=2", "clues/handled=2"}},
	{"clue-verbs", "巡察移交问题线索两条，已办结两条，给予党纪处分一人。",
		[]string{"clues/received=2", "clues/handled=2", "accountability/disciplined=1"}},
	// Guard: a noun of its own is counted as what it names.
	{"clue-verbs", "移交问题线索5条，整改问题12条。", []string{"clues/received=5", "problems/done=12"}},
}
