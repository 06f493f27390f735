package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKindChinese: every kind Classify assigns has its Chinese name; an
// unknown one is its code.
func TestKindChinese(t *testing.T) {
	for k, want := range map[Kind]string{KindReport: "整改报告", KindMinutes: "会议纪要", KindLedger: "台账", KindOther: "其他", "x": "x"} {
		assert.Equal(t, want, k.Chinese(), string(k))
	}
}

// TestTitleWithIssueNumber: a title that carries its issue's number
// (…会议纪要〔2023〕第19期) is the title, not a document number to pass over
// (a minutes file had taken a line of its text for its title and become a
// report: cases-s 03); a document number alone is passed over.
func TestTitleWithIssueNumber(t *testing.T) {
	tests := []struct {
		paras []string
		title string
		kind  Kind
	}{
		{[]string{"中共某县人民医院委员会会议纪要〔2023〕第19期", "时间：2023年8月21日", "会议审议巡察整改情况报告。"},
			"中共某县人民医院委员会会议纪要〔2023〕第19期", KindMinutes},
		{[]string{"某政发〔2023〕12号", "关于巡察反馈问题整改情况的报告"}, "关于巡察反馈问题整改情况的报告", KindReport},
	}
	for _, tt := range tests {
		d := &Document{}
		for i, p := range tt.paras {
			level := 0
			if i == 0 {
				level = 1 // set as a title (bold, larger)
			}
			d.Paragraphs = append(d.Paragraphs, Paragraph{Text: p, Level: level})
		}
		Identify(d)
		assert.Equal(t, tt.title, d.Title)
		assert.Equal(t, tt.kind, d.Kind)
	}
}
