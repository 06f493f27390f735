package model

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Identify fills in the document's Title, Date and Kind, once a reader has
// built it.
func Identify(d *Document) {
	d.Title = findTitle(d)
	d.Kind = Classify(d)
	if t, ok := statedDate(d); ok {
		d.Date = t.Format(DateLayout)
	}
}

// Classify tells what a document is (the kinds of docs/vocabulary.md): a spreadsheet is
// a ledger; a document whose title holds 会议纪要, 会议记录 or names a meeting
// record is minutes; one about 整改情况 or 整改进展 is a report; anything else
// is other.
func Classify(d *Document) Kind {
	if d.Format.Spreadsheet() {
		return KindLedger
	}
	t := d.Title
	switch {
	case containsAny(t, "会议纪要", "会议记录", "会纪要", "学习记录", "会议简报"), reMeetingHeld.MatchString(t) && !reReportAlso.MatchString(t):
		return KindMinutes
	case containsAny(t, "整改情况", "整改进展", "整改工作情况", "整改落实情况", "整改报告", "整改情況", "整改進展"):
		return KindReport
	case strings.Contains(t, "整改") && containsAny(t, "报告", "通报", "報告", "通報", "公告"):
		return KindReport
	}
	// No telling title: look at the opening text.
	head := openingText(d, 400)
	switch {
	case containsAny(head, "会议纪要", "会议记录") && containsAny(head, "主持", "参会", "出席", "列席"):
		return KindMinutes
	case containsAny(head, "整改情况", "整改进展", "整改情況") && containsAny(head, "巡视", "巡察", "审计", "巡視", "審計"):
		return KindReport
	}
	return KindOther
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// openingText returns about n code points from the start of the document.
func openingText(d *Document, n int) string {
	var b strings.Builder
	for _, p := range d.Paragraphs {
		if p.Table != 0 {
			continue
		}
		b.WriteString(p.Text)
		b.WriteByte('\n')
		if b.Len() > n*3 {
			break
		}
	}
	return b.String()
}

// reMeetingHeld is the title of a report on one meeting held (关于召开…专题
// 民主生活会的情况报告, …推进会召开情况的报告): a record of that meeting,
// whatever else its title names, not the report on the rectification.
var reMeetingHeld = regexp.MustCompile(`(会|会议)(召开)?的?情况的?(报告|通报)$`)

// reReportAlso is a title that reports on the rectification besides a
// meeting (…整改情况及整改专题民主生活会召开情况的报告; …整改落实情况暨…): a
// report.
var reReportAlso = regexp.MustCompile(`整改(工作)?(落实)?(情况|进展)(及|暨|和|与|以及)`)

var (
	reNumberLine = regexp.MustCompile(`^[（(〔\[]?(\d{4}年)?第?[\d一二三四五六七八九十〇]+[次期号][）)〕\]]?$`)
	reSeal       = regexp.MustCompile(`^(签发人|密级|紧急程度|此件|附件)`)
)

// findTitle returns the document's title: its leading heading paragraphs
// (a title broken over two lines is joined), or else the first short
// paragraph that is not a document number.
func findTitle(d *Document) string {
	if d.Format.Spreadsheet() {
		for _, t := range d.Tables {
			if t.Title != "" {
				return t.Title
			}
		}
		return ""
	}
	paras := d.Paragraphs
	if len(paras) > 12 {
		paras = paras[:12]
	}
	var parts []string
	for i, p := range paras {
		if p.Table != 0 || skipForTitle(p.Text) {
			if len(parts) > 0 {
				break
			}
			continue
		}
		if p.Level == 1 {
			parts = append(parts, p.Text)
			// A title broken across lines: the next level-1 line continues it.
			if i+1 < len(paras) && paras[i+1].Level == 1 && utf8.RuneCountInString(strings.Join(parts, "")) < 80 {
				continue
			}
			break
		}
		if len(parts) > 0 {
			break
		}
	}
	if len(parts) > 0 {
		return strings.Join(parts, "")
	}
	for i, p := range paras {
		if p.Table != 0 || skipForTitle(p.Text) {
			continue
		}
		if LooksLikeTitle(p.Text) {
			if i+1 < len(paras) && !strings.Contains(p.Text, "关于") && strings.HasPrefix(strings.TrimSpace(paras[i+1].Text), "关于") &&
				LooksLikeTitle(p.Text+strings.TrimSpace(paras[i+1].Text)) {
				// The writer on a line of its own, the 关于… line under
				// it (中共某县林业局党组 / 关于巡察整改进展情况的报告).
				return p.Text + strings.TrimSpace(paras[i+1].Text)
			}
			return p.Text
		}
		if loc := reFieldLabel.FindStringIndex(p.Text); loc != nil && loc[0] > 0 && LooksLikeTitle(strings.TrimSpace(p.Text[:loc[0]])) {
			// A title the OCR set on one line with the field after it
			// (…专题民主生活会会议记录时间:…): the words before the field.
			return strings.TrimSpace(p.Text[:loc[0]])
		}
	}
	return ""
}

// reFieldLabel is a field of a meeting record's head (时间：, 地点：, 主持人：,
// 列席; — the OCR may read the colon as a semicolon).
var reFieldLabel = regexp.MustCompile(`(?:会议)?(?:时间|日期|地点|主持人|主持|出席|列席|参会人员|参加人员|记录人)\s*[:：;；]`)

func skipForTitle(t string) bool {
	// A document number alone (X发〔2023〕12号) is no title; a title that
	// carries its issue's number (…会议纪要〔2023〕第19期) is.
	docNo := reDocNo.MatchString(t) && utf8.RuneCountInString(t) < 30 && !containsAny(t, "纪要", "会议记录", "报告", "通报", "情况")
	return docNo || reNumberLine.MatchString(t) || reSeal.MatchString(t) || reMasthead.MatchString(t) || reFieldLabel.FindStringIndex(t) != nil && reFieldLabel.FindStringIndex(t)[0] == 0
}

// reMasthead is the red masthead of an official document (红头: 中共某市财政
// 局党组文件), set large above the document number: no title.
var reMasthead = regexp.MustCompile(`^\s*[^，。；：:、\s]{2,28}文\s*件\s*$`)

// reIssueLine is a line of the closing imprint (版记) of an official
// document: whom it is copied to (抄送：…) or who printed it and when (某局办
// 公室　2024年11月4日印发). Its date is the printing's, not the document's.
var reIssueLine = regexp.MustCompile(`印发[。.]?\s*$|^\s*(抄送|抄报|分送|报送)\s*[:：]`)

var reTimeLine = regexp.MustCompile(`^(会议)?(时间|日期)[:：]`)

// statedDate finds the date a document states for itself: the 时间： line of
// minutes, else a date in the title, else the signature date at the end
// (the last dated short paragraph), else the first date near the top.
func statedDate(d *Document) (time.Time, bool) {
	if d.Format.Spreadsheet() {
		return time.Time{}, false
	}
	paras := d.Paragraphs
	for i, p := range paras {
		if i > 15 {
			break
		}
		if reTimeLine.MatchString(p.Text) {
			if ms := FindDates(p.Text); len(ms) > 0 {
				return ms[0].Date, true
			}
		}
	}
	if ms := FindDates(d.Title); len(ms) > 0 {
		return ms[0].Date, true
	}
	// Signature: a short paragraph among the last few that is (almost) only
	// a date — above the closing imprint's lines (抄送…, …印发), which are
	// passed over and not counted among the few.
	for i, seen := len(paras)-1, 0; i >= 0 && seen < 6; i-- {
		p := paras[i]
		if reIssueLine.MatchString(p.Text) {
			continue
		}
		seen++
		if p.Table != 0 || utf8.RuneCountInString(p.Text) > 30 {
			continue
		}
		if ms := FindDates(p.Text); len(ms) > 0 {
			return ms[len(ms)-1].Date, true
		}
	}
	for i, p := range paras {
		if i > 5 {
			break
		}
		if p.Table == 0 && utf8.RuneCountInString(p.Text) <= 40 {
			if ms := FindDates(p.Text); len(ms) > 0 {
				return ms[0].Date, true
			}
		}
	}
	return time.Time{}, false
}

var reDocNo = regexp.MustCompile(`〔\d{4}〕|\[\d{4}\]|［\d{4}］`)

// LooksLikeTitle reports whether a paragraph could be a document's title: 4
// to 80 characters, no document number (〔2021〕), and no sentence
// punctuation unless it names a 纪要 or 报告.
func LooksLikeTitle(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 4 || n > 80 || reDocNo.MatchString(t) {
		return false
	}
	return !strings.ContainsAny(t, "。：:；，,") || strings.Contains(t, "纪要") || strings.Contains(t, "报告")
}
