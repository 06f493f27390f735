package msg

import (
	"archive/zip"
	"errors"
	"io/fs"
	"strings"

	"github.com/zhenggai/zhenggai/parse/model"
)

// causes are the Chinese words for the errors a document can fail with,
// most specific first: parse's kinds of failure and the zip reader's.
var causes = []struct {
	err error
	// detail, when set, must be in the error's text too.
	detail string
	text   string
}{
	{model.ErrUnsupported, "legacy", "是无法打开的旧版 Office 文件（如 .ppt，或已损坏），请另存为 DOCX、XLSX 或 PDF 后再上传"},
	{model.ErrUnsupported, "an image", "扩展名与内容不符：实为图片（扫描件请以 .jpg、.png 或 .tif 上传，将进行文字识别）"},
	{model.ErrNoOCR, "", "是扫描件，需安装 tesseract-ocr 和 tesseract-ocr-chi-sim 才能识别"},
	{model.ErrNoTextLayer, "", "没有文字层，文字识别（OCR）也未读出文字"},
	{model.ErrEncrypted, "", "文件已加密，需要密码"},
	{model.ErrTooLarge, "文字识别（OCR）", "扫描页过多，超过一个文件文字识别（OCR）的页数上限"},
	{model.ErrTooLarge, "", "文件过大，超过上限"},
	{model.ErrTimeout, "文字识别（OCR）", "扫描件文字识别（OCR）超时（超过每页或整份文件的时限）"},
	{model.ErrTimeout, "", "读取文件超时"},
	{model.ErrEmpty, "", "文件为空或没有文字"},
	{model.ErrUnsupported, "", "不是支持的文件格式"},
	{model.ErrCorrupt, "", "文件已损坏，无法读取"},
	{zip.ErrFormat, "", "不是有效的压缩文件"},
	{zip.ErrAlgorithm, "", "压缩方式不受支持"},
	{zip.ErrChecksum, "", "压缩文件校验失败，文件已损坏"},
	{fs.ErrNotExist, "", "文件或文件夹不存在"},
	{fs.ErrPermission, "", "没有访问权限"},
}

// ParseError says in Chinese why a document could not be read: for an
// error of parse (or of the zip reader) the file's name, if the error
// names it, and the kind of failure in Chinese, without the English
// detail; any other error as it is.
func ParseError(err error) string {
	if err == nil {
		return ""
	}
	for _, c := range causes {
		if errors.Is(err, c.err) && strings.Contains(err.Error(), c.detail) {
			var pe *model.Error
			if errors.As(err, &pe) && pe.File != "" {
				return pe.File + "：" + c.text
			}
			// What the error's text says before its cause (FILE：cause,
			// FILE: cause).
			text := err.Error()
			i := max(strings.LastIndex(text, "："), strings.LastIndex(text, ": "))
			if j := strings.Index(text, c.err.Error()); j >= 0 {
				i = len(strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(text[:j]), ":"), "："))
			}
			if i > 0 {
				return text[:i] + "：" + c.text
			}
			return c.text
		}
	}
	return err.Error()
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
		if file = strings.TrimSuffix(file, ":"); file != "" {
			return file + "：" + c.text
		}
		return c.text
	}
	return s
}
