package model

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "整改完成率98.71%", "整改完成率98.71%"},
		{"full-width digits", "召开会议１３次", "召开会议13次"},
		{"full-width percent and point", "完成率８４．２％", "完成率84.2%"},
		{"full-width point not between digits", "第一．", "第一．"},
		{"pdf breaks around number", "问题\n25\n个", "问题25个"},
		{"break inside sentence", "召开巡视整改专题民主生\n活会1次", "召开巡视整改专题民主生活会1次"},
		{"space between cjk", "整 改 情 况", "整改情况"},
		{"space around number", "问题 25 个", "问题25个"},
		{"ideographic indent", "\u3000\u3000一、总体情况", "一、总体情况"},
		{"latin words keep one space", "ICP  备案\nPDF file", "ICP备案PDF file"},
		{"latin line break becomes space", "Word\nPress", "Word Press"},
		{"chinese punctuation kept", "（一）关于“三重一大”：", "（一）关于“三重一大”："},
		{"kangxi radical", "\u2F00\u2F06", "一二"},
		{"compat ideograph", "\uF900", "豈"},
		{"zero width and bom", "\uFEFF整\u200B改", "整改"},
		{"controls dropped", "整\x00改\x07", "整改"},
		{"crlf", "第一行\r\n第二行", "第一行第二行"},
		{"nbsp", "金额\u00a024,978.12\u00a0万元", "金额24,978.12万元"},
		{"tab between cells", "序号\t问题", "序号\u3000问题"},
		{"names kept apart", "出席：周明远\u3000韩立新  许光辉", "出席：周明远\u3000韩立新\u3000许光辉"},
		{"wrapped names joined", "周明\n远", "周明远"},
		{"digits kept apart", "2021 2022", "2021 2022"},
		{"number wrapped at line end", "制度1\n2项，金额24,978\n.12万元", "制度12项，金额24,978.12万元"},
		{"full-width latin", "ＰＤＦ", "PDF"},
		{"invalid utf8", "整\xff改", "整改"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Normalize(tt.in))
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, s := range []string{"问题\n25\n个", "ＰＤＦ 文件", "（一） 关于 “x” 问题", " a  b \n c "} {
		once := Normalize(s)
		assert.Equal(t, once, Normalize(once), s)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"问题\n25\n个", "８４．２％", "a b\tc", "\u2F00 \uFEFF"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Normalize(s)
		if Normalize(once) != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, Normalize(once))
		}
		if isNormal(s) && normalize(s) != s {
			t.Fatalf("isNormal(%q) but normalize gives %q", s, normalize(s))
		}
	})
}

// TestIsNormal: isNormal says true only of text that normalize leaves as it
// is, for every character between two Chinese ones, at the start and at the
// end; and it says true of ordinary report text.
func TestIsNormal(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		for _, s := range []string{"整" + c + "改", c + "整改", "整改" + c} {
			if isNormal(s) && normalize(s) != s {
				t.Fatalf("isNormal(%q) (%U) but normalize gives %q", s, r, normalize(s))
			}
		}
	}
	for _, s := range []string{"巡察反馈后，局党组制定整改方案（一）：“台账”管理、销号推进；完成率84.2%。", "GDP增长5%", ""} {
		assert.True(t, isNormal(s), s)
	}
	for _, s := range []string{"整改 方案", "问题\n25", "８４％", "\uFEFF整改", "整改\xff"} {
		assert.False(t, isNormal(s), s)
	}
}
