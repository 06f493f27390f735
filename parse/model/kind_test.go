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

// TestOfficialDocumentFrame: the red masthead (…文件) is no title, and the
// closing imprint's printing date (…2024年11月4日印发) is not the document's
// date: the signature's is (cases-ay 01, 02).
func TestOfficialDocumentFrame(t *testing.T) {
	d := &Document{}
	for _, p := range []string{"中共汐宁市财政局党组文件", "汐财党〔2024〕12号", "中共汐宁市财政局党组关于巡视整改进展情况的报告",
		"市委巡视组反馈问题12个，已整改10个。", "中共汐宁市财政局党组", "2024年10月28日",
		"抄送：市委巡视办。", "汐宁市财政局办公室　　2024年11月4日印发"} {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Text: p})
	}
	Identify(d)
	assert.Equal(t, "中共汐宁市财政局党组关于巡视整改进展情况的报告", d.Title)
	assert.Equal(t, "2024-10-28", d.Date)
	assert.Equal(t, KindReport, d.Kind)
}

// TestTitleJoinedToField: a photographed record whose title the OCR set on
// one line with the time field after it keeps the words before the field
// as its title, and a field line (列席;…) is never a title (cases-az 07).
func TestTitleJoinedToField(t *testing.T) {
	d := &Document{}
	for _, p := range []string{"市司法局领导班子巡察整改专题民主生活会会议记录时间:2024年7月17日", "地点:局三楼会议室", "主持:卜振华",
		"列席;市纪委监委派驻纪检监察组有关同志", "会上通报了反馈问题的整改进展。"} {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Text: p})
	}
	Identify(d)
	assert.Equal(t, "市司法局领导班子巡察整改专题民主生活会会议记录", d.Title)
	assert.Equal(t, KindMinutes, d.Kind)
}

// TestTitleWriterOnItsOwnLine: an official document's writer on a line of
// its own with the 关于… line under it, with no heading levels (a text
// file, a scan), is one title (third review of session 14).
func TestTitleWriterOnItsOwnLine(t *testing.T) {
	d := &Document{}
	for _, p := range []string{"中共某县林业局党组", "关于巡察整改进展情况的报告", "县委巡察组反馈问题12个。"} {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Text: p})
	}
	Identify(d)
	assert.Equal(t, "中共某县林业局党组关于巡察整改进展情况的报告", d.Title)
	assert.Equal(t, KindReport, d.Kind)
}

// TestMeetingHeldReport: a report on one meeting held (关于召开…专题民主生活会
// 的情况报告) is that meeting's record, though its title names 整改 and 报告;
// a report on the rectification of what a meeting found is a report
// (session 15's probes).
func TestMeetingHeldReport(t *testing.T) {
	for title, want := range map[string]Kind{
		"关于召开2024年度巡察整改专题民主生活会的情况报告":               KindMinutes,
		"县水利局巡察整改工作推进会召开情况的报告":                     KindMinutes,
		"关于巡察反馈意见整改落实情况的报告":                        KindReport,
		"关于2023年度民主生活会整改措施落实情况的报告":                 KindReport,
		"中共某县教育局党组关于县委巡察反馈意见整改情况及整改专题民主生活会召开情况的报告": KindReport,
		"关于巡察整改落实情况暨专题民主生活会召开情况的报告":                KindReport,
	} {
		d := &Document{Paragraphs: []Paragraph{{Text: title, Level: 1}, {Text: "2024年9月26日，局党组召开会议。"}}}
		Identify(d)
		assert.Equal(t, want, d.Kind, title)
	}
}
