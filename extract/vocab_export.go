package extract

// ColumnWords returns a copy of the header words that signal column kind c in
// the column kinds table (docs/vocabulary.md), most specific first; nil for a
// kind not in the table. Generators of test material (internal/casegen) draw
// headers from it.
func ColumnWords(c ColumnKind) []string {
	return append([]string(nil), columnWords[c]...)
}

// MeetingTypeWords returns a copy of the words that name meeting type t in
// the meeting types table (docs/vocabulary.md); nil for other or a type not
// in the table.
func MeetingTypeWords(t MeetingType) []string {
	for _, e := range meetingTypes {
		if e.Type == t {
			return append([]string(nil), e.Words...)
		}
	}
	return nil
}

// SubtypeWords returns a copy of the words that signal subtype s of kind k
// in the subtypes table (docs/vocabulary.md): for problems/total, the verbs
// that introduce a set of problems (反馈, 发现, 移交 …); nil for a subtype
// without words.
func SubtypeWords(k Kind, s Subtype) []string {
	for _, e := range subtypes {
		if e.Kind == k && e.Subtype == s {
			return append([]string(nil), e.Words...)
		}
	}
	return nil
}
