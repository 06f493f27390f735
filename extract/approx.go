package extract

import (
	"fmt"
	"strings"
)

// Approximations: how a number relates to the quantity it describes (30余人
// is at least 30), with the words before and after a number that say so.

// Approx says how a number relates to the quantity it describes. An
// approximate figure is checked as a bound, not as an equality.
type Approx int

const (
	// Exact is a number stated as it is (32个).
	Exact Approx = iota
	// AtLeast is a lower bound: 30余人, 100多项, 32个以上, 超过30个, 逾, 至少,
	// 不少于, 十几个, 数十个.
	AtLeast
	// AtMost is an upper bound: 不到, 不足, 不超过, 以下, 以内, 最多, and 近 /
	// 将近 / 接近 (近三年 = nearly three years, so at most three).
	AtMost
	// About is an estimate on either side: 约, 大约, 左右, 上下, 十来个.
	About
)

// approxes is the table of approximations: the name each has in JSON
// (Claim.approx; Exact is left out) and its Chinese name. The words that
// signal each are preApprox and postApprox.
var approxes = [...]struct {
	Name    string
	Chinese string
}{
	Exact:   {"exact", "确数"},
	AtLeast: {"at_least", "下限（以上、余、多）"},
	AtMost:  {"at_most", "上限（以下、不到、近）"},
	About:   {"about", "约数（约、左右）"},
}

// String returns the name of a.
func (a Approx) String() string {
	if a >= 0 && int(a) < len(approxes) {
		return approxes[a].Name
	}
	return "approx(?)"
}

// Chinese returns the Chinese name of a (确数, 下限（以上、余、多）…).
func (a Approx) Chinese() string {
	if a >= 0 && int(a) < len(approxes) {
		return approxes[a].Chinese
	}
	return a.String()
}

// MarshalText writes a as its name; Exact, the zero value, is written as ""
// (and left out of a Claim's JSON).
func (a Approx) MarshalText() ([]byte, error) {
	if a == Exact {
		return nil, nil
	}
	return []byte(a.String()), nil
}

// UnmarshalText reads a name MarshalText writes.
func (a *Approx) UnmarshalText(b []byte) error {
	for i, e := range approxes {
		if string(b) == e.Name || i == int(Exact) && len(b) == 0 {
			*a = Approx(i)
			return nil
		}
	}
	return fmt.Errorf("extract: unknown approximation %q", b)
}

// approxWord is a word that makes the number next to it approximate, with
// the approximation it expresses.
type approxWord struct {
	word   string
	r      []rune
	n      int
	approx Approx
	not    string // runes that, just before the word, cancel it (签约, 最近)
}

// approxWords reads a list of approximation words: each is written with its
// approximation first (+ at least, - at most, ~ about) and, after !, the
// runes that cancel it when they stand just before it (~约!签 for 约 but
// not 签约). The list is returned longest word first.
func approxWords(spec string) []approxWord {
	var out []approxWord
	for _, f := range strings.Fields(spec) {
		a := approxWord{}
		w, not, _ := strings.Cut(f, "!")
		switch w[0] {
		case '+':
			a.approx = AtLeast
		case '-':
			a.approx = AtMost
		case '~':
			a.approx = About
		}
		a.word, a.not = w[1:], not
		a.r = []rune(a.word)
		a.n = len(a.r)
		out = append(out, a)
	}
	// longest first
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].n > out[j-1].n; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// preApprox are the approximation words written before a number (约30,
// 超过30, 近30) and postApprox those written after it (30余, 30以上, 30左右).
var (
	preApprox = approxWords(`~约!签制节预履违条合特公邀契相婚简隐缔誓 ~大约 ~大概 ~约为 ~约有 ~大致
		+超过 +超!赶 +逾 +多于 +高于 +大于 +至少 +不少于 +不低于 +最少 +数!无少多
		-近!最附靠邻就贴 -将近 -接近 -不到 -不足 -不满 -未满 -少于 -低于 -小于 -不超过 -最多 -至多 -不高于 -不大于`)
	postApprox = approxWords(`+以上 +余 +多 -以下 -以内 -之内 ~左右 ~上下 ~许 ~前后`)
)
