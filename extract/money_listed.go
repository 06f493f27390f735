package extract

import (
	"regexp"
	"strings"
)

// moneyListed gives each amount of a list read by 分别 the money subtype its
// own head names, in order, when the heads are means of rectifying money
// (上缴国库、收回资金、归还原渠道、调整账目分别为0.42亿元、0.97亿元、0.35亿元、
// 3.75亿元; 通过收回结余资金、上缴国库、归还原渠道和调整账目四种方式，分别整改
// 396.1万元、1248万元、870.3万元和3998万元): recovered, other, refunded,
// other — not the first head's verb for all. The heads come from the words
// before 分别 in the first amount's clause, else from the means the clause
// before names (通过…方式). Each head is read alone: a money verb names its
// subtype, any other means is other. The list must hold as many amounts as
// heads, joined by 、, 和, 及, 与, and no head may name a place or body (县财
// 政局、县住建局分别整改…: each body's, not a means) or money spent
// without a verb of money got back (收回结余资金 is a means; 结余、支出 are not).
//
// The amounts are parts (Of) of an amount told before them in the sentence
// (已整改金额6512.4万元，通过…四种方式，分别整改…), the last not a part itself;
// first is the index of cs[0] among all claims.
func moneyListed(cs []Claim, first int, figs []figure, figOf []int) {
	for i := 0; i < len(cs); i++ {
		f := figs[figOf[i]]
		if f.unit != "元" || cs[i].Kind != KindMoney && cs[i].Kind != KindOther || !strings.Contains(f.pre, "分别") {
			continue
		}
		heads := moneyHeads(f)
		if len(heads) < 2 || i+len(heads) > len(cs) {
			continue
		}
		subs := make([]Subtype, len(heads))
		named := false
		ok := true
		for k, h := range heads {
			if k > 0 {
				g := figs[figOf[i+k]]
				if g.unit != "元" || cs[i+k].Kind != KindMoney && cs[i+k].Kind != KindOther || !has(g.pre, "^[、，,和及与]?$") {
					ok = false
					break
				}
			}
			sub, found := firstOf(h, moneyWords)
			if bodyName(h) || !found && (has(h, spendingWords) || has(h, statisticWords)) {
				ok = false
				break
			}
			subs[k] = SubtypeOther
			if found {
				subs[k], named = sub, true
			}
		}
		if !ok || !named {
			continue
		}
		whole := -1
		for j := i - 1; j >= 0; j-- {
			if cs[j].Kind == KindMoney {
				if between := string(f.sent[figs[figOf[j]].unitEnd:f.n.Start]); cs[j].Of < 0 && !has(between, "另|此外|还有|还通过|还采取") {
					whole = first + j // not 已收回资金300万元，另通过…方式，分别整改…: further means
				}
				break
			}
		}
		for k := range heads {
			cs[i+k].Kind, cs[i+k].Subtype = KindMoney, subs[k]
			if cs[i+k].Of < 0 {
				cs[i+k].Of = whole
			}
		}
		i += len(heads) - 1
	}
}

// reMeansListed is the means a clause names before the amounts of each
// (通过收回结余资金、上缴国库…四种方式; 采取退还、调账等方式): group 1 the list.
var reMeansListed = regexp.MustCompile(`(?:通过|采取|采用|以)([^，,；;。：:]+?)(?:[等共]?[0-9一二三四五六七八九十两]+[种类个项]|等)?(?:方式|途径|渠道|办法|措施)[，,：:]?$`)

// reEachAmount is the words of a clause before its first amount told each
// after a list of means in the clause before (分别整改, 分别为, 分别收回).
var reEachAmount = regexp.MustCompile(`^(?:\p{Han}{0,4}[，,]?)?分别\p{Han}{0,4}$`)

// moneyHeads returns the heads of a list of means of rectifying money that
// the amount f, the first told each (分别), and those after it belong to.
func moneyHeads(f figure) []string {
	var list string
	if m := reStatesListed.FindStringSubmatch(f.lead); m != nil {
		list = m[1]
		if n := strings.LastIndexAny(list, "，,；;：:"); n >= 0 {
			list = list[n+1:]
		}
		list = strings.TrimSuffix(strings.TrimPrefix(list, "从整改方式看"), "等方式")
		if k := reByMeansHead.FindStringIndex(list); k != nil {
			list = list[k[1]:]
		}
	} else if reEachAmount.MatchString(f.lead) && f.clauseLo > 1 {
		// The means named in one of the two clauses before (通过上缴财政、
		// 归还原资金渠道、调整账目等方式，整改问题资金523.6万元，分别为…).
		clauses := strings.FieldsFunc(string(f.sent[:f.clauseLo-1]), func(r rune) bool { return strings.ContainsRune("，,；;：:。", r) })
		for k := len(clauses) - 1; k >= 0 && k >= len(clauses)-2; k-- {
			if m := reMeansListed.FindStringSubmatch(clauses[k] + "，"); m != nil {
				list = m[1]
				break
			}
		}
	}
	if list == "" {
		return nil
	}
	heads := reListJoin.Split(list, -1)
	for _, h := range heads {
		if strings.TrimSpace(h) == "" {
			return nil
		}
	}
	return heads
}

// reByMeansHead opens a list of means within a clause (通过, 采取, 按).
var reByMeansHead = regexp.MustCompile(`^.*?(通过|采取|采用)`)
