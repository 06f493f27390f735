package extract

import (
	"regexp"
	"strings"
)

// Amounts of money: which are recovered or at issue in the rectification,
// and which are money raised, budgeted or spent in the ordinary way.

// moneyAtIssue are the words of word class money_at_issue.
var moneyAtIssue = classWords(classMoneyAtIssue)

// penaltyWords name a fine or a confiscation: money of its own kind (other),
// whatever verb another amount of the clause has.
const penaltyWords = "处罚|罚款|罚没|罚金"

// moneyVerbs are the verbs of every money subtype (追回, 清退, 挽回 …), and
// negatorEnd are the negators (statusMarks: 未, 无法, 尚未 …).
var moneyVerbs, negatorEnd = func() (string, string) {
	var ws []string
	for _, l := range moneyWords {
		ws = append(ws, l.words)
	}
	for _, m := range statusMarks {
		if m.Mark == markNegator {
			return strings.Join(ws, "|"), strings.Join(m.Words, "|")
		}
	}
	panic("extract: no negator marks")
}()

// moneyVerbNegated tells a clause whose last money verb is negated (损失已
// 无法追回): the amount was not got back. A verb before 的 qualifies a noun
// (追回前期未收回的借款): the one before it is the clause's.
func moneyVerbNegated(clause string) bool {
	for end := len(clause); ; {
		i := lastIndex(clause[:end], moneyVerbs)
		if i < 0 {
			return false
		}
		if rest := clause[i:]; !strings.HasPrefix(rest[wordPrefix(rest, moneyVerbs):], "的") {
			return i > 0 && endsWith(clause[:i], negatorEnd)
		}
		end = i
	}
}

// reChange ends the words of a change over a period (较上年增加, 比2018年
// 增长, 同比下降): the amount after it is a difference of two statistics.
var reChange = regexp.MustCompile(`(较|比|同比|环比)[^，,。；]{0,12}(增加|增长|减少|下降|上升|提高|多|少)了?$`)

// publicAccounts name the accounts of a public budget: a sentence about
// them states the budget's lines, whatever verb each amount has.
const publicAccounts = "预算收入|预算支出|预算数|决算数|一般公共预算|政府性基金预算|国有资本经营预算"
