package extract

// clueUnderWay tells a figure that follows clues without naming them whose
// status is under way or not done (移交问题线索3件，已办结2件，正在办理1件: the 1):
// no clue subtype counts clues still being handled, and without a clue noun
// the figure is not a count of clues received. It is filed as other.
func clueUnderWay(f figure) bool {
	if hasNear(f, "线索") {
		return false
	}
	st, ok := statusOf(f.pre)
	if !ok {
		st, ok = statusOf(f.post) // 其余3件正在核查
	}
	return ok && (st == StatusInProgress || st == StatusNotDone)
}
