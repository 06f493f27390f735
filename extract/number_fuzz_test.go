package extract

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the sentences of the corpus reports plus hand-picked
// awkward inputs.
func fuzzSeeds(f *testing.F) []string {
	seeds := []string{
		"", "0", "１３", "十三", "一百零五", "三千五百万元", "2万3千", "1亿2000万", "24,978.12", "24，978",
		"3，4个", "98.71%", "８４．２％", "百分之九十八点七", "百分之百", "千分之五", "三分之二", "5‰",
		"约32个", "30余人", "100多项", "32个以上", "近三年", "两个多月", "十来个", "数十个",
		"东农林党字〔2017〕9号", "（2017）9号", "2021-06-18 10:32", "9:00", "九点三十分", "0871-12345678",
		"13812345678", "2016-XS03-03", "3.1.2", "（一）", "①", "一是", "二〇一九年六月二十七日", "2019.07",
		"四个意识", "三重一大", "十四五", "一万二", "五万亿", "九九九九九九九九九九九九九九九九九九九九九九〇",
		"一亿亿亿亿亿亿亿亿", strings.Repeat("9", 400), strings.Repeat("9,999", 50), "1.2.3.4.5.6.7",
		"百分之百分之百分之", "三分之三分之三分之", "\xff\xfe十三", "1万1万1万1万",
	}
	for _, text := range reportTexts(f) {
		for _, line := range strings.Split(text, "\n") {
			for _, s := range strings.Split(line, "。") {
				if s = strings.TrimSpace(s); s != "" {
					seeds = append(seeds, s)
				}
			}
		}
	}
	return seeds
}

func FuzzFindNumbers(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNumbers(t, s, FindNumbers(s))
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if !ok {
			return
		}
		total := utf8.RuneCountInString(s)
		if n.Start < 0 || n.End <= n.Start || n.End > total {
			t.Fatalf("bad offsets [%d,%d) in %d code points: %q", n.Start, n.End, total, s)
		}
		if string([]rune(s)[n.Start:n.End]) != n.Text {
			t.Fatalf("Text %q is not the span of %q", n.Text, s)
		}
		for _, v := range []float64{n.Value, n.Count, n.Multiplier} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("bad number %+v in %q", n, s)
			}
		}
		// A string that is one number holds exactly that number.
		ns := FindNumbers(s)
		if len(ns) != 1 || ns[0] != n {
			t.Fatalf("ParseNumber(%q) = %+v but FindNumbers = %+v", s, n, ns)
		}
	})
}
