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
}
