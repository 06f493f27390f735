package verify

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
)

// InputKind is what a file is in a case, as far as the rules are
// concerned: the kinds of input that Needs names.
type InputKind string

// The kinds of input a file that could not be read was meant to be.
const (
	InputLedger  InputKind = "ledger"
	InputMinutes InputKind = "minutes"
	// InputUnclassified is a file named otherwise (neither report.*,
	// ledger.*, nor under minutes/ or evidence/) whose kind only its
	// content would tell: once the report is found, it may be minutes.
	InputUnclassified InputKind = "unclassified"
)

// UnreadFile is a file of the case that could not be read: a format parse
// does not read (.doc, an image), a scan with no text layer, a damaged,
// encrypted or too large file. The rules that need its kind of input do
// not run (Needs.Missing names the file), and the check is incomplete
// (Summary.Complete is false; Summary.Unread lists the files).
type UnreadFile struct {
	// File is the file's path, relative to the case folder.
	File string `json:"file"`
	// Input is what the file is in the case: ledger, minutes or
	// unclassified.
	Input InputKind `json:"input"`
	// Cause is why, as a code: unsupported, no_text_layer, damaged,
	// encrypted, too_large, timeout, empty or unreadable.
	Cause string `json:"cause"`
	// Reason is why, in Chinese (扫描件（无文字层）, 文件已损坏 …).
	Reason string `json:"reason"`
	// Detail says more, in Chinese, when there is more to say (what to
	// install for a scan, what to re-save a file as), else "".
	Detail string `json:"detail,omitempty"`
}

// unreadFile describes the file that parse failed to read with err: its
// cause's code and short reason (internal/msg's table of causes, which the
// error messages use too).
func unreadFile(file string, kind InputKind, err error) UnreadFile {
	if unreadFormat(file) {
		// A format parse does not read (.xlsb, .heic …) that failed as
		// whatever it looked like inside: it is not damaged, it is not read.
		return unsupportedFile(file, kind)
	}
	c := msg.CauseOf(err)
	u := UnreadFile{File: file, Input: kind, Cause: c.Code, Reason: c.Short}
	if c == msg.Unsupported {
		// Nothing more is known than that the format is not read: say
		// which format — unless it is one that is read (a .xlsx that is a
		// ZIP of something else): then the name does not say what it is.
		u.Reason = unsupportedReason(file)
		if readFormat(file) {
			u.Reason = "扩展名与内容不符"
		}
	}
	if c.Text != c.Short && !strings.Contains(c.Text, u.Reason) {
		u.Detail = c.Text
	}
	return u
}

// unsupportedFile describes a file of a format parse does not read.
// scannedRows tells a ledger document with a page read by OCR that looks
// like rows of the ledger: a 序号 header, or three lines or more that open
// on a number. The OCR gives no tables, so that page's rows are not known;
// a scanned approval or signature page (审核意见, 单位盖章, a date) is no
// rows, and leaves the ledger read.
func scannedRows(d *parse.Document) bool {
	for _, p := range d.Pages {
		if !p.OCR {
			continue
		}
		if strings.Contains(p.Text, "序号") {
			return true
		}
		n := 0
		for _, l := range strings.Split(p.Text, "\n") {
			if reNumberedLine.MatchString(l) {
				n++
			}
		}
		if n >= 3 {
			return true
		}
	}
	return false
}

// reNumberedLine opens a line on a row's number (1 关于…, 12．…), not on a
// year or a date (2024年7月30日).
var reNumberedLine = regexp.MustCompile(`^\s*[0-9０-９]{1,3}(?:\s|[.．、])`)

// scannedLedger describes a ledger that is a scan, in whole or in part:
// read by OCR as text, with no table found, so its scanned rows are not
// known.
func scannedLedger(file string) UnreadFile {
	return UnreadFile{File: file, Input: InputLedger, Cause: "scanned_table", Reason: "扫描件（未能识别出表格）",
		Detail: "台账是扫描件或照片，文字识别读不出表格的行和列；请提供Excel台账或带文字层的PDF"}
}

func unsupportedFile(file string, kind InputKind) UnreadFile {
	return UnreadFile{File: file, Input: kind, Cause: "unsupported", Reason: unsupportedReason(file)}
}

func unsupportedReason(file string) string {
	switch ext := strings.ToLower(filepath.Ext(file)); ext {
	case ".bmp", ".gif", ".heic", ".heif", ".webp":
		// Images of a format the OCR is not run on: say so, and what to
		// send instead, rather than that they hold no text.
		return "图片格式不支持（" + ext + "，请转为JPG或PNG）"
	case ".jpg", ".jpeg", ".png", ".tif", ".tiff":
		return "图片（无文字层）"
	case "":
		return "格式不支持"
	default:
		return "格式不支持（" + ext + "）"
	}
}

// readFormat tells files of a format parse reads, by their extension.
func readFormat(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".xlsx", ".xlsm", ".pdf", ".txt", ".csv", ".html", ".htm", ".mht", ".mhtml", ".ofd":
		return true
	}
	return false
}

// unreadFormat tells files of formats parse does not read whatever they
// hold inside (an Excel binary workbook, a phone's HEIC photo, Apple's
// documents): their reason is the format, never damage.
func unreadFormat(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsb", ".heic", ".heif", ".webp", ".numbers", ".pages", ".key":
		return true
	}
	return false
}

// unreadDocument tells the files that are documents parse does not read,
// by their extension: old Office and WPS formats, RTF, ODF and images
// (a scanned page). A case folder's other files (expected.json, a zip)
// are passed over.
func unreadDocument(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".doc", ".wps", ".rtf", ".odt", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif":
		return true
	}
	return false
}

// unreadSpreadsheet tells spreadsheets that parse does not read (.xls,
// WPS .et, .ods): one is the ledger when the case has no other.
func unreadSpreadsheet(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xls", ".et", ".ods":
		return true
	}
	return false
}

// unread returns the files of the given kinds that could not be read.
func (in *Input) unread(kinds ...InputKind) []UnreadFile {
	var out []UnreadFile
	for _, u := range in.Unread {
		for _, k := range kinds {
			if u.Input == k {
				out = append(out, u)
				break
			}
		}
	}
	return out
}

// unreadList names files with why they could not be read:
// "minutes/a.odt（格式不支持（.odt））、minutes/b.pdf（扫描件（无文字层））".
func unreadList(us []UnreadFile) string {
	parts := make([]string, len(us))
	for i, u := range us {
		parts[i] = u.File + "（" + u.Reason + "）"
	}
	return strings.Join(parts, "、")
}

// inputNames are the Chinese names of the kinds of input, as the reports
// name an unread file's kind.
var inputNames = map[InputKind]string{
	InputLedger:       "台账",
	InputMinutes:      "会议纪要",
	InputUnclassified: "未能识别类别的文件",
}

// InputName is the Chinese name of the kind of input (台账, 会议纪要 …).
func (k InputKind) Name() string {
	if n, ok := inputNames[k]; ok {
		return n
	}
	return string(k)
}

// IncompleteTitle heads the list of unread files in every report of an
// incomplete check.
const IncompleteTitle = "核查不完整：以下文件未能读取，依赖这些文件的规则未运行，结论仅依据已读取的文件"

// incomplete tells whether the check left files unread. A Summary built by
// hand without Unread counts as complete.
func (s Summary) incomplete() bool { return len(s.Unread) > 0 }

// VerdictLabel is the verdict's Chinese name as the reports show it: on an
// incomplete check it says so (未发现问题（核查不完整）), so that clean
// never reads as "no problem" alone when files were left unread.
func (s Summary) VerdictLabel() string {
	if s.incomplete() {
		return s.Verdict.Name() + "（核查不完整）"
	}
	return s.Verdict.Name()
}

// Describe says, in Chinese, what the file is and why it was not read, with
// the detail when there is one: "minutes/a.pdf — 会议纪要，扫描件（未安装文字
// 识别）：是扫描件，需安装 tesseract-ocr 和 tesseract-ocr-chi-sim 才能识别".
func (u UnreadFile) Describe() string {
	d := u.File + " — " + u.Input.Name() + "，" + u.Reason
	if u.Detail != "" {
		d += "：" + u.Detail
	}
	return d
}
