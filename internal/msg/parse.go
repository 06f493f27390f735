package msg

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/internal/han"
	"github.com/zhenggai/zhenggai/parse/model"
)

// A Cause is why a document could not be read, for the three places it is
// told: Code for the JSON (no_text_layer, encrypted …), Short for a list of
// files (扫描件（无文字层）), Text for a sentence about the file (没有文字层，
// 文字识别（OCR）也未读出文字).
type Cause struct {
	Code, Short, Text string
}

// causes are the kinds of failure a document can have, most specific
// first: parse's and the zip reader's, with their Cause.
var causes = []struct {
	err error
	// detail, when set, must be in the error's text too.
	detail string
	Cause
}{
	{model.ErrUnsupported, "legacy", Cause{"unsupported", "格式不支持", "是无法打开的旧版 Office 文件（如 .ppt，或已损坏），请另存为 DOCX、XLSX 或 PDF 后再上传"}},
	{model.ErrUnsupported, "an image", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符：实为图片（扫描件请以 .jpg、.png 或 .tif 上传，将进行文字识别）"}},
	{model.ErrUnsupported, "content is an HTML page", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符：实为网页（HTML）"}},
	{model.ErrUnsupported, "content is plain text", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符：实为纯文本"}},
	{model.ErrUnsupported, "content is a web page saved as one file", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符：实为单个文件网页（MHT）"}},
	{model.ErrUnsupported, "content is a Word document saved as XML", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符：实为 Word XML 文档"}},
	{model.ErrUnsupported, "an RTF document", Cause{"unsupported", "RTF 文档（不读取）", "是 RTF 文档，不读取，请另存为 DOCX 或 PDF 后再上传"}},
	{model.ErrUnsupported, "content is an OpenDocument", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符：实为 OpenDocument 文档，请另存为 DOCX 或 PDF 后再上传"}},
	{model.ErrUnsupported, "but the content is", Cause{"unsupported", "扩展名与内容不符", "扩展名与内容不符"}},
	{model.ErrNoOCR, "", Cause{"no_text_layer", "扫描件（未安装文字识别）", "是扫描件，需安装 tesseract-ocr 和 tesseract-ocr-chi-sim 才能识别"}},
	{model.ErrNoTextLayer, "", Cause{"no_text_layer", "扫描件（无文字层）", "没有文字层，文字识别（OCR）也未读出文字"}},
	{model.ErrEncrypted, "", Cause{"encrypted", "文件已加密", "文件已加密，需要密码"}},
	{model.ErrTooLarge, "文字识别（OCR）", Cause{"too_large", "扫描页过多", "扫描页过多，超过一个文件文字识别（OCR）的页数上限"}},
	{model.ErrCaseText, "", Cause{"too_large", "案卷文字过多", "文件过大：案卷各文件的文字合计超过一个案卷的字数上限"}},
	{model.ErrTooMuchText, "", Cause{"too_large", "文字过多", "文件过大：文字超过一份文件的字数上限"}},
	{model.ErrTooManyPages, "", Cause{"too_large", "页数过多", "页数过多，超过一份文件的页数上限"}},
	{model.ErrTooLarge, "", Cause{"too_large", "文件过大", "文件过大，超过上限"}},
	{model.ErrTimeout, "文字识别（OCR）", Cause{"timeout", "文字识别超时", "扫描件文字识别（OCR）超时（超过每页或整份文件的时限）"}},
	{model.ErrTimeout, "", Cause{"timeout", "读取超时", "读取文件超时"}},
	{model.ErrEmpty, "", Cause{"empty", "文件为空或没有文字", "文件为空或没有文字"}},
	{model.ErrUnsupported, "", Unsupported},
	{model.ErrCorrupt, "", Cause{"damaged", "文件已损坏", "文件已损坏，无法读取"}},
	{zip.ErrFormat, "", Cause{"damaged", "压缩文件无效", "不是有效的压缩文件"}},
	{zip.ErrAlgorithm, "", Cause{"unsupported", "压缩方式不受支持", "压缩方式不受支持"}},
	{zip.ErrChecksum, "", Cause{"damaged", "压缩文件已损坏", "压缩文件校验失败，文件已损坏"}},
	{fs.ErrNotExist, "", Cause{"unreadable", "文件不存在", "文件或文件夹不存在"}},
	{fs.ErrPermission, "", Cause{"unreadable", "没有访问权限", "没有访问权限"}},
}

// Unknown is the Cause of an error none of the kinds above names;
// Unsupported that of a format not read, when nothing more is known (a
// caller may name the format instead).
var (
	Unknown     = Cause{"unreadable", "无法读取", "无法读取"}
	Unsupported = Cause{"unsupported", "格式不支持", "格式不支持"}
)

// CauseOf is the Cause of err: the first kind of failure err is (and whose
// detail its text holds), or Unknown.
func CauseOf(err error) Cause {
	if i := causeIndex(err); i >= 0 {
		return causes[i].Cause
	}
	return Unknown
}

// causeIndex is the index in causes of err's kind of failure, or -1.
func causeIndex(err error) int {
	for i, c := range causes {
		if errors.Is(err, c.err) && strings.Contains(err.Error(), c.detail) {
			return i
		}
	}
	return -1
}

// ParseError says in Chinese why a document could not be read: for an
// error of parse (or of the zip reader) the file's name, if the error
// names it, and the kind of failure in Chinese, without the English
// detail; any other error as it is.
func ParseError(err error) string {
	if err == nil {
		return ""
	}
	k := causeIndex(err)
	if k < 0 {
		return err.Error()
	}
	c := causes[k]
	text := err.Error()
	say := c.Text
	var pe *model.Error
	file := ""
	if errors.As(err, &pe) {
		file = pe.File
	}
	if d := chineseDetail(text, c.err, file); d != "" {
		say = d
	}
	if file != "" {
		return file + "：" + say
	}
	// What the error's text says before its cause (FILE：cause, FILE:
	// cause).
	i := max(strings.LastIndex(text, "："), strings.LastIndex(text, ": "))
	if j := strings.Index(text, c.err.Error()); j >= 0 {
		i = len(strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(text[:j]), ":"), "："))
	}
	if i > 0 {
		return text[:i] + "：" + say
	}
	return say
}

// chineseDetail is the detail that follows kind in an error's text when it
// is written in Chinese (the OCR's bounds say which page, which limit and
// how far it got: 第 3 页文字识别（OCR）超过每页 1 分钟的时限), so that the
// user reads it rather than the cause's general sentence; "" when the
// detail is English (a parser's technical note, kept for the logs) or
// absent.
func chineseDetail(text string, kind error, file string) string {
	_, d, ok := strings.Cut(text, kind.Error()+": ")
	if !ok {
		return ""
	}
	// Up to a next wrapped error's text ("…; next: …", errors.Join's
	// lines).
	if i := strings.IndexByte(d, '\n'); i >= 0 {
		d = d[:i]
	}
	words := d
	if file != "" {
		// A file's name may be Chinese in an English detail (会议记录.doc is
		// named .doc but …): the detail's own words tell.
		words = strings.ReplaceAll(strings.ReplaceAll(d, file, ""), filepath.Base(file), "")
	}
	for _, r := range words {
		if han.IsHan(r) {
			return OneLine(d)
		}
	}
	return ""
}

// ParseErrorText is ParseError for an error already made text (a check
// result's input errors): the English of a known failure is replaced by
// its Chinese, and what follows it (the detail) dropped.
func ParseErrorText(s string) string {
	for _, c := range causes {
		en := c.err.Error()
		i := strings.Index(s, en)
		if i < 0 || !strings.Contains(s[i:], c.detail) {
			continue
		}
		// FILE: cause — the file is what stands before the first ": " (a
		// cause may follow another, as a scan's OCR cause follows its
		// no-text-layer one).
		file, _, _ := strings.Cut(strings.TrimSpace(s[:i]), ": ")
		say := c.Text
		if d := chineseDetail(s[i:], c.err, strings.TrimSuffix(file, ":")); d != "" {
			say = d
		}
		if file = strings.TrimSuffix(file, ":"); file != "" {
			return file + "：" + say
		}
		return say
	}
	return s
}

// Duration says d in Chinese as a user reads a time limit: 10 分钟,
// 1 小时 30 分钟, 45 秒, 0.5 秒 (time.Duration's own form, 1m0s, is not for
// them).
func Duration(d time.Duration) string {
	if d < time.Second {
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", d.Seconds()), "0"), ".") + " 秒"
	}
	d = d.Round(time.Second)
	h, m, sec := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	var parts []string
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%d 小时", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d 分钟", m))
	}
	if sec > 0 {
		parts = append(parts, fmt.Sprintf("%d 秒", sec))
	}
	return strings.Join(parts, " ")
}
