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
			return i > 0 && endsWith(withoutManner(clause[:i]), negatorEnd)
		}
		end = i
	}
}

// reMannerEnd matches the words that say how money is paid back (按规定, 按照相关要求, 及时,
// 足额): between a negator and its verb (未按规定退还, 未按照相关要求及时退
// 还) they leave the verb negated.
var reMannerEnd = regexp.MustCompile(`(?:按(?:照)?(?:相关|有关)?(?:规定|要求)|及时|足额|全额|按时|按期|全部)+$`)

// withoutManner returns s without the words of manner it ends with.
func withoutManner(s string) string {
	if loc := reMannerEnd.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// pendingMoneyWords in the clause after an amount say its verb of money
// is planned or under way (拟予追缴, 正在处理退款事宜): the words of a plan
// and of work going on, the pending mark 待, and 正 before 处理 (正处理退款):
// the money is at issue, not yet recovered.
var pendingMoneyWords = plannedWords + "|" + goingOnWords + "|待|正处理"

// reChange ends the words of a change over a period (较上年增加, 比2018年
// 增长, 同比下降): the amount after it is a difference of two statistics.
var reChange = regexp.MustCompile(`(较|比|同比|环比)[^，,。；]{0,12}(增加|增长|减少|下降|上升|提高|多|少)了?$`)

// publicAccounts name the accounts of a public budget: a sentence about
// them states the budget's lines, whatever verb each amount has.
const publicAccounts = "预算收入|预算支出|预算数|决算数|一般公共预算|政府性基金预算|国有资本经营预算"

// handInWords hand money in (上缴, 上交): paid back when the money was got
// by a breach.
const handInWords = "上缴|上交|缴回|交回"

// takenWords name money or gifts taken that should not have been (红包,
// 回扣, 违纪款, 收受…钱物): handed in, they are paid back (上交红包
// 礼金和购物卡共计…; 上缴违纪款153万元).
const takenWords = "违纪|收受|红包|礼金|回扣|购物卡|贿赂|不当所得"

// moneyFigure reads an amount of money: recovered or refunded, at issue, or
// other. parent is the whole a figure after 其中 is a part of, nil otherwise.
func moneyFigure(f figure, c Claim, topic, parent *Claim) (Claim, bool) {
	c.Kind = KindMoney
	c.Subtype = SubtypeOther
	if has(f.sentenceBefore(), publicAccounts) {
		// Any amount of a sentence about a budget's lines, whatever
		// word names it (返还性收入1.91亿元 is a line of revenue).
		return claimOther(c, f), true
	}
	if has(f.pre, "增收节支|增收节资") && has(f.pre, moneyVerbs) {
		// 促进增收节支和挽回损失5.2亿元: revenue raised and spending saved
		// counted with the losses retrieved, an audit office's results
		// over the units it audited, no money the unit got back.
		return c, true
	}
	if moneyVerbNegated(f.clause) {
		// 损失已无法追回: money the verb says was not got back.
		return c, true
	}
	pre, clause := f.pre, f.clause[:f.postEnd]
	ofMoney := parent != nil && parent.Kind == KindMoney
	// opens: the amount's words open on a verb; own: on a verb of its own
	// item of a list (归还原资金渠道0.9亿元、调整账目1.2亿元), so that no verb
	// of an item before is its.
	opens := opensOnVerb(f)
	own := opens && listItem(f)
	if has(f.lead, "通过|采取|采用") {
		// 通过补缴…、归还原资金渠道等方式整改问题金额N亿元: the verbs of the
		// means are not the amount's (pre may start inside the means, after
		// its 、).
		if m := reByMeans.FindAllStringIndex(f.lead, -1); m != nil && m[len(m)-1][1] > len(f.lead)-len(pre) {
			pre = f.lead[m[len(m)-1][1]:]
		}
		clause = reByMeans.ReplaceAllString(clause, "")
	}
	if sub, ok := firstOf(pre, moneyWords); ok {
		c.Subtype = sub
	} else if sub, ok := disposedAfter(f); ok {
		// 把违规收取的押金8.4万元，退还给32户村民: the verb after the
		// object 把 fronts.
		c.Subtype = sub
	} else if handedInTaken(f, pre) {
		// 上缴违规领取的补贴9.6万元: money got by a breach, handed
		// in, is paid back — the breach named in the money's own words
		// after the verb; surplus handed to the treasury (结余资金…上缴
		// 县财政) and revenue (上缴非税收入) are not.
		c.Subtype = SubtypeRefunded
	} else if has(f.pre, penaltyWords) {
		// A fine names its own amount (收缴资金…万元、行政处罚…万元): the
		// verb of the clause's other items is not its.
		return c, true
	} else if ofMoney && opens {
		// 已整改2.9亿元，其中…、调整账目1.2亿元，拨付到位0.4亿元: a part of
		// the money rectified, by a means of its own — neither the verb of
		// an item before nor money spent.
		return c, true
	} else if sub, ok := firstOf(clause, moneyWords); ok && !own {
		// The clause up to the next amount: a verb right before a later
		// one is that one's (使用的基金达3120万元、仅退回了210万元) — unless
		// the amount's own item of a list opens on a verb of its own
		// (归还原资金渠道0.9亿元、调整账目1.2亿元).
		c.Subtype = sub
	} else if sub, ok := firstOf(f.tail(), moneyWords); ok && !own && !reByMeans.MatchString(f.tail()) {
		// Not 已整改金额N万元，通过收回…、归还…和调整账目四种方式: the sum
		// over the means the next clause lists is none of them.
		// 共计100余万元，未按照要求及时退还给群众: not paid back, at issue.
		if !has(f.tail(), pendingMoneyWords) && !moneyVerbNegated(f.tail()) {
			c.Subtype = sub // 清理出违规发放的津补贴78万多元，全部予以清退
		} // 违规收费30余万元，正在处理退款: not yet refunded
	} else if sub, ok := sumOfClauseBefore(f); ok && !own {
		c.Subtype = sub // 追回多发的补贴和过节费，共计3.8万元
	} else if ofMoney {
		// 整改金额86.5万元：…，规范入账村集体资源发包收入23.6万元: a part of
		// money at issue or rectified is of it, whatever its words.
		return c, true
	} else if has(f.pre, spendingWords) && !owedBack(f) && !misstated(f) || has(f.post, spendingAfter) || paidOut(f) || sampled(f) ||
		has(f.post, "^(以上|以下)的") || has(f.lead, statisticWords) && !misstated(f) && !has(f.sentenceBefore(), breachWords) || reChange.MatchString(f.pre) {
		// Money invested, budgeted, paid out or spent, an amount that is a
		// condition (10万元以上的项目), a statistic of the economy or of
		// public finance (税收总额完成…亿元) or its change over a year
		// (较上年增加…亿元), or any amount of a sentence about a budget's
		// or final account's lines (一般公共预算收入…，实际完成…亿元，
		// 加上…调入资金…亿元): no rectification figure.
		return claimOther(c, f), true
	} else if s := string(f.sent); !has(s, moneyAtIssue) && !has(s, misstateWords) && !mentions(s, moneyWords) {
		// An amount no verb of money recovered names is the
		// rectification's only when its sentence is about a problem,
		// a breach or a penalty (涉及资金, 违规发放, 罚款): else it is
		// money raised, paid or owed in the ordinary way (筹集…资金,
		// 合同价款, 发行…债券).
		return claimOther(c, f), true
	}
	return c, true
}

// reByMeans finds the means a rectification took (通过补缴、归还等方式,
// 采取退回等措施), whose verbs are not the verb of the amount after them.
var reByMeans = regexp.MustCompile(`(通过|采取|采用)[^，,；;。]*?(方式|途径|手段|措施|办法|渠道)`)

// disposedAfter returns the money subtype of the verb that opens the clause
// after an amount fronted by 把 or 将 (把…押金8.4万元，退还给村民): the
// disposal construction puts the verb after its object.
func disposedAfter(f figure) (Subtype, bool) {
	if !strings.Contains(f.lead, "把") && !strings.Contains(f.lead, "将") || f.post != "" {
		return "", false
	}
	next := f.clausesAfter(1)
	if len(next) == 0 {
		return "", false
	}
	clause := []rune(next[0])
	if c := next[0]; strings.ContainsFunc(c, isArabic) && strings.Contains(c, "元") {
		return "", false // 将…资金120万元，追回80万元: the verb is the next amount's
	}
	// The verb within the clause's first six characters (全部退还, 已予追回).
	return firstOf(string(clause[:min(len(clause), 6)]), moneyWords)
}

// paidOut tells an amount right after a verb of money paid out in the
// ordinary way (为老年人发放养老补贴149万元), in a clause that says nothing of
// a breach (违规发放) and does not make the payment happen (推动、加快资金
// 拨付: paying out what was held back is the rectification).
func paidOut(f figure) bool {
	return has(f.pre, paymentWords) && !has(f.clause, moneyAtIssue) && !has(f.clause, payingCause)
}

// owedBack tells an amount named by a word of public money (结余, 收入 …)
// that was owed back and not paid (结余资金未缴财政N元), or is paid back
// after it (将结余资金N元上缴财政): the word names the money, the breach or
// its correction is the figure's.
func owedBack(f figure) bool {
	return has(f.pre, "未缴|未上缴|未足额缴|欠缴|未收回|未退还|未返还") || has(f.post, "^(上缴|缴回|缴入|收回|退回|退还)")
}

// sampled tells an amount an audit sampled or covered (审计重点抽查扶贫资金336
// 亿元, 完成审计项目26项，审计资金3.1亿元): the
// money looked at, not money at issue — unless something found in it is
// named between (抽查发现违规列支…).
func sampled(f figure) bool {
	i := lastIndex(f.pre, "抽查|抽审|审计资金|审计金额|审计总额")
	return i >= 0 && !has(f.pre[i:], foundInSample)
}

// payingCause are the words that make a payment happen (推动, 加快 …): paying
// out what was held back is the rectification.
var payingCause = causeWords + "|加快"

// foundInSample are the words that name something found in money sampled.
var foundInSample = moneyAtIssue + "|发现"

// misstateWords are word class misstated: an amount they name is at issue,
// whatever line of the accounts it is (多计收入1.3亿元, 少计利润0.14亿元).
var misstateWords = classWords(classMisstated)

// misstated tells an amount the words before it say was misstated.
func misstated(f figure) bool { return has(f.pre, misstateWords) }

// sumOfClauseBefore tells the money verb of the clause before an amount
// that only sums it up (…追回多发的补贴和过节费，共计3.8万元), or sums the
// value of what the clause names (…主动清退所收受的礼金、购物卡，共计价值21
// 万余元).
func sumOfClauseBefore(f figure) (Subtype, bool) {
	if !has(f.pre, "^(共计|合计|总计|共)(价值|金额)?(为|达)?$") {
		return "", false
	}
	before := strings.TrimRight(f.sentenceBefore()[:len(f.sentenceBefore())-len(f.pre)], "，,")
	if i := strings.LastIndexAny(before, "，,；;。"); i >= 0 {
		before = before[i:]
	}
	if reAmount.MatchString(before) {
		return "", false // 清退…补贴8万元，共计20万元: a sum of several amounts
	}
	return firstOf(before, moneyWords)
}

// reAmount finds an amount of money written in figures (8万元, 1.2亿元, 300元),
// not a date (2024年11月).
var reAmount = regexp.MustCompile(`[0-9０-９][0-9０-９.,，]*(万|亿)?元`)

// handedInTaken tells an amount handed in (handInWords) that was got by a
// breach — named in the amount's own words after the verb (pre: 上缴违规领取
// 的补贴9.6万元) — or taken against discipline, named anywhere after the
// verb in the clause (上交红包礼金和购物卡，涉及金额…): paid back. Not when the
// clause negates it (未按规定上交, 应上交而未上交) nor for 向上交办 (handed
// over upwards).
func handedInTaken(f figure, pre string) bool {
	if has(f.clause, "未|没有|拒不") {
		return false
	}
	handIn := func(s string) int {
		i := lastIndex(s, handInWords)
		if i < 0 || strings.HasSuffix(s[:i], "向") || strings.HasPrefix(s[i:], "上交办") {
			return -1
		}
		return i
	}
	if i := handIn(pre); i >= 0 && has(pre[i:], breachWords) {
		return true
	}
	j := handIn(f.lead)
	return j >= 0 && has(f.lead[j:], takenWords)
}

// listItem tells a figure that is a later item of a list: its words follow
// a 、, 和, 及 or 与 after the figure before.
func listItem(f figure) bool {
	return !f.first && f.preLo > 0 && (strings.ContainsRune("、和及与", f.sent[f.preLo-1]) || strings.HasPrefix(f.pre, "、"))
}

// opensOnVerb tells a figure whose words before it, from the figure or
// break before, open on a verb (调整账目, 拨付到位, 核减…价款). A word of
// breach naming the money (违规资金) and a word of sum (合计, 共计) are no
// such verb.
func opensOnVerb(f figure) bool {
	for _, t := range f.preTokens() {
		switch {
		case t.POS == "x" || t.POS == "c" || t.POS == "d" || strings.Trim(t.Text, "、和及与以 ：:") == "":
			continue // 其中：, 已, 并
		case strings.HasPrefix(t.POS, "v"):
			return !has(t.Text, breachWords) && !has(t.Text, "^(共|合|累|总)?计$|^达$|^为$|^约$|^涉及$|^其中$")
		}
		return false
	}
	return false
}
