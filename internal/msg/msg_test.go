package msg

import (
	"archive/zip"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/zhenggai/zhenggai/parse/model"
)

func TestOneLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "无法读取 report.pdf：文件已损坏", "无法读取 report.pdf：文件已损坏"},
		{"lines", "malformed PDF:\n%PDF-1.4\r\n1 0 obj\n\t<< /Type /Page >>\n", "malformed PDF: %PDF-1.4 1 0 obj << /Type /Page >>"},
		{"invalid UTF-8", "stream \xff\xfe\x00\x01 data \x80", "stream \uFFFD data \uFFFD"},
		{"escape sequences", "a\x1b[31mred\x1b[0m\x7f", "a [31mred [0m"},
		{"separators and overrides", "a\u2028b\u202ecba\u2066", "a bcba"},
		{"empty", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, OneLine(tt.in))
		})
	}
}

func TestOneLineCaps(t *testing.T) {
	for _, in := range []string{strings.Repeat("整", 2000), strings.Repeat("a", 5000), strings.Repeat("a\n", 5000), strings.Repeat("\xff整", 900)} {
		out := OneLine(in)
		assert.True(t, utf8.ValidString(out))
		assert.LessOrEqual(t, len(out), MaxBytes+len("…"))
		assert.True(t, strings.HasSuffix(out, "…"), out[len(out)-10:])
		assert.NotContains(t, out, "\n")
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{10 * time.Minute, "10 分钟"},
		{90 * time.Minute, "1 小时 30 分钟"},
		{45 * time.Second, "45 秒"},
		{time.Minute + 5*time.Second, "1 分钟 5 秒"},
		{500 * time.Millisecond, "0.5 秒"},
		{2 * time.Hour, "2 小时"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Duration(tt.in), tt.in.String())
	}
}

func TestParseError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"damaged, with its file", &model.Error{File: "report.pdf", Err: model.Cause(model.ErrCorrupt, "xref table broken")}, "report.pdf：文件已损坏，无法读取"},
		{"scan OCR read nothing in", model.ErrNoTextLayer, "没有文字层，文字识别（OCR）也未读出文字"},
		{"scan without tesseract", &model.Error{File: "scan.pdf", Err: errors.Join(model.ErrNoTextLayer, model.ErrNoOCR)}, "scan.pdf：是扫描件，需安装 tesseract-ocr 和 tesseract-ocr-chi-sim 才能识别"},
		{"OCR past its time", &model.Error{File: "scan.pdf", Err: model.Cause(model.ErrTimeout, "第 3 页文字识别（OCR）超过每页 1 分钟的时限")}, "scan.pdf：第 3 页文字识别（OCR）超过每页 1 分钟的时限"},
		{"too many scanned pages", &model.Error{File: "scan.pdf", Err: model.Cause(model.ErrTooLarge, "扫描页 500 页，超过一个文件文字识别（OCR）200 页的上限")}, "scan.pdf：扫描页 500 页，超过一个文件文字识别（OCR）200 页的上限"},
		{"an English detail stays out", &model.Error{File: "ledger.xlsx", Err: model.Cause(model.ErrTooLarge, "workbook unpacks to 300 bytes, over the 200-byte limit")}, "ledger.xlsx：文件过大，超过上限"},
		{"a Chinese detail without a file", model.Cause(model.ErrTimeout, "图片文字识别（OCR）超过 10 分钟的时限"), "图片文字识别（OCR）超过 10 分钟的时限"},
		{"too much text", &model.Error{File: "report.pdf", Err: fmt.Errorf("page 1104: %w", model.TooMuchText(1_000_000))}, "report.pdf：文件过大：文字超过一份文件的字数上限"},
		{"too much text in the case", &model.Error{File: "minutes/a.docx", Err: model.NewBudget(10).Err()}, "minutes/a.docx：文件过大：案卷各文件的文字合计超过一个案卷的字数上限"},
		{"too many pages", &model.Error{File: "ledger.xlsx", Err: model.Cause(model.ErrTooManyPages, "more than 5000 pages")}, "ledger.xlsx：页数过多，超过一份文件的页数上限"},
		{"saved page under another name", &model.Error{File: "report.html", Err: model.Cause(model.ErrUnsupported, "named .html but the content is a web page saved as one file")}, "report.html：扩展名与内容不符：实为单个文件网页（MHT）"},
		{"word xml under another name", &model.Error{File: "report.txt", Err: model.Cause(model.ErrUnsupported, "named .txt but the content is a Word document saved as XML")}, "report.txt：扩展名与内容不符：实为 Word XML 文档"},
		{"rtf under any name", &model.Error{File: "minutes/纪要.doc", Err: model.Cause(model.ErrUnsupported, "an RTF document, which is not read; save it as DOCX or PDF")}, "minutes/纪要.doc：是 RTF 文档，不读取，请另存为 DOCX 或 PDF 后再上传"},
		{"too large otherwise", &model.Error{File: "report.docx", Err: model.Cause(model.ErrTooLarge, "more than 4000000 table cells")}, "report.docx：文件过大，超过上限"},
		// A Chinese file name inside an English detail does not make the
		// detail Chinese (cases-by 05).
		{"text named .doc, its name Chinese", &model.Error{File: "minutes/会议记录.doc", Err: model.Cause(model.ErrUnsupported, "minutes/会议记录.doc is named .doc but the content is plain text; rename it .txt")}, "minutes/会议记录.doc：扩展名与内容不符：实为纯文本"},
		{"zip", fmt.Errorf("%w", zip.ErrFormat), "不是有效的压缩文件"},
		{"other", errors.New("其他错误"), "其他错误"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ParseError(tt.err))
			assert.Equal(t, tt.want, ParseErrorText(tt.err.Error()))
		})
	}
}
