package extract

// The rules session 13 wrote: sentences of our own in the style of what
// they read wrong. Each row read otherwise before its rule, or is labelled
// a guard.

// familyCasesSession13 are the readings written before the session's blind
// batches came in.
var familyCasesSession13 = []familyCase{
	// A planned completion, whole or basic, is work under way: the count
	// after …的有 takes the state the plan names.
	{"in-progress-after-verb", "截至目前，23个问题中已完成整改20个，预计于年底前基本完成的有3个。",
		[]string{"problems/total=23", "problems/done=20", "problems/in_progress=3"}},
	// Guard: the plan of a whole completion.
	{"in-progress-after-verb", "截至目前，23个问题中已完成整改20个，预计于年底前完成的有3个。",
		[]string{"problems/total=23", "problems/done=20", "problems/in_progress=3"}},
	// A discussion held as the object of its verb is a study session; a
	// meeting that dispatches the rectification (专题调度) is a work meeting.
	{"meetings-noun-count", "组织集中理论学习12场次，开展专题研讨5场次。", []string{"meetings/study=12", "meetings/study=5"}},
	{"meetings-noun-count", "围绕整改开展研讨交流3次。", []string{"meetings/study=3"}},
	// Guard: what a meeting named before did (专题研讨) leaves it the body's.
	{"meetings-verb-count", "召开党组会议专题研讨巡察整改工作4次。", []string{"meetings/party_committee=4"}},
	{"meetings-verb-count", "巡察反馈以来，召开会议专题调度巡察问题整改工作9次。", []string{"meetings/work=9"}},
	// Guard: a meeting for one subject is a special meeting.
	{"meetings-verb-count", "巡察反馈以来，召开会议专题研究巡察整改工作9次。", []string{"meetings/special=9"}},
}
