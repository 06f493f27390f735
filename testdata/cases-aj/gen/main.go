// Command gen rebuilds the case folders of testdata/cases-aj (towns and
// streets: reports saved as web pages or exported from office systems,
// minutes typed one TXT per meeting, ledgers whose departments are villages).
//
//	go run ./testdata/cases-aj/gen            (from the repository root)
//
// Reports come from src/NN.*; minutes are written from the meeting lists
// below; ledgers are built with excelize. Word, WPS, PDF and ODS files are
// made with LibreOffice (soffice), the photographed minutes with ImageMagick.
// case.json and expected.json are written by hand and not touched here.
package main

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var out = flag.String("out", "testdata/cases-aj", "folder of the case folders")
var src = flag.String("src", "testdata/cases-aj/gen/src", "folder of the report sources")

func main() {
	flag.Parse()
	case01()
	case02()
	case03()
	case04()
	case05()
	case06()
	case07()
	case08()
	case09()
	case10()
}

func dir(name string) string {
	d := filepath.Join(*out, name)
	must(os.MkdirAll(filepath.Join(d, "minutes"), 0o755))
	return d
}

func readSrc(name string) string {
	b, err := os.ReadFile(filepath.Join(*src, name))
	must(err)
	return string(b)
}

func write(path, text string) { must(os.WriteFile(path, []byte(text), 0o644)) }

func gbk(text string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.ReplaceAll(text, "\n", "\r\n")))
	must(err)
	return b
}

// office converts in (a file) to format with LibreOffice and moves the
// result to dst.
func office(in, format, filter, dst string) {
	tmp, err := os.MkdirTemp("", "casesaj")
	must(err)
	defer os.RemoveAll(tmp)
	args := []string{"--headless"}
	if filter != "" {
		args = append(args, "--infilter="+filter)
	}
	args = append(args, "--convert-to", format, "--outdir", tmp, in)
	cmd := exec.Command("soffice", args...)
	cmd.Env = append(os.Environ(), "HOME="+tmp)
	if b, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("soffice %s: %v\n%s", in, err, b))
	}
	ext, _, _ := strings.Cut(format, ":")
	base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + "." + ext
	b, err := os.ReadFile(filepath.Join(tmp, base))
	must(err)
	must(os.WriteFile(dst, b, 0o644))
}

// fromHTML writes the HTML source as a Word-family file (docx, doc, pdf).
func fromHTML(html, format, dst string) {
	tmp, err := os.MkdirTemp("", "casesajsrc")
	must(err)
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "report.html")
	write(in, html)
	office(in, format, "HTML (StarWriter)", dst)
}

// fromText writes plain text as a Word-family file.
func fromText(text, format, dst string) {
	tmp, err := os.MkdirTemp("", "casesajsrc")
	must(err)
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "minutes.txt")
	write(in, text)
	office(in, format, "Text (encoded):UTF8,LF,,,", dst)
}

// mhtml wraps an HTML page as a single-file web page, as browsers and
// office systems save it.
func mhtml(html, location string) string {
	var b bytes.Buffer
	b.WriteString("From: <Saved by Blink>\r\nSnapshot-Content-Location: " + location + "\r\n")
	b.WriteString("Subject: =?utf-8?B?" + base64.StdEncoding.EncodeToString([]byte("整改情况通报")) + "?=\r\n")
	b.WriteString("Date: Fri, 8 Sep 2023 10:12:44 +0800\r\nMIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--aj7Qx2\"\r\n\r\n")
	b.WriteString("------MultipartBoundary--aj7Qx2\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n")
	b.WriteString("Content-Transfer-Encoding: base64\r\nContent-Location: " + location + "\r\n\r\n")
	enc := base64.StdEncoding.EncodeToString([]byte(html))
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n\r\n")
	b.WriteString("------MultipartBoundary--aj7Qx2\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n")
	b.WriteString("Content-Location: https://www.example.gov.cn/images/logo.png\r\n\r\n")
	b.WriteString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n\r\n")
	b.WriteString("------MultipartBoundary--aj7Qx2--\r\n")
	return b.String()
}

// photo renders minutes text as a photographed page (PNG).
func photo(text, dst string) {
	cmd := exec.Command("convert", "-size", "1500x", "-background", "white", "-fill", "black",
		"-font", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "-pointsize", "34",
		"-interline-spacing", "14", "caption:"+strings.ReplaceAll(text, "%", "%%"), "-bordercolor", "white", "-border", "80",
		"-colorspace", "Gray", "-depth", "8", dst)
	if b, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("convert: %v\n%s", err, b))
	}
}

// meeting is one meeting's minutes.
type meeting struct {
	title, when, place, host, attend string
	topics                           []string
}

func (m meeting) text() string {
	var b strings.Builder
	b.WriteString(m.title + "\n\n")
	b.WriteString("时间：" + m.when + "\n")
	b.WriteString("地点：" + m.place + "\n")
	b.WriteString("主持：" + m.host + "\n")
	b.WriteString("参会：" + m.attend + "\n")
	b.WriteString("记录：党政办工作人员\n\n")
	b.WriteString("会议内容及议定事项：\n")
	for i, t := range m.topics {
		b.WriteString(fmt.Sprintf("%s、%s\n", cn[i], t))
	}
	return b.String()
}

var cn = []string{"一", "二", "三", "四", "五", "六", "七", "八"}

// wrap puts an HTML body into a government site's page.
func sitePage(title, body, site string) string {
	return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>` + title + ` - ` + site + `</title></head>
<body>
<div class="top">` + site + ` | 首页 | 政务公开 | 政策文件 | 互动交流 | 无障碍浏览</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 巡察整改</div>
<h1>` + title + `</h1>
<div class="info">发布时间：` + "{{date}}" + ` 来源：党政办公室 浏览次数：2317 字号：[大 中 小]</div>
<div class="article">
` + body + `
</div>
<div class="foot">主办单位：` + site + ` 网站标识码：3310220009 ICP备案号：浙ICP备05012345号-2 联系电话：0576-86120000</div>
</body></html>
`
}

// paras turns the source text (one paragraph a line; a line "|a|b|" a
// table row) into HTML.
func paras(text string) string {
	var b strings.Builder
	inTable := false
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + c + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		if l == "" {
			continue
		}
		b.WriteString("<p>" + l + "</p>\n")
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	return b.String()
}

// title is the first line of a source text.
func title(text string) (string, string) {
	t, rest, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return strings.TrimSpace(t), rest
}

func plainPage(text string) string {
	t, rest := title(text)
	return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + t +
		"</title></head><body><p style=\"text-align:center\"><b>" + t + "</b></p>\n" + paras(rest) + "</body></html>\n"
}

func writeMinutes(d string, files map[string]meeting) {
	for name, m := range files {
		write(filepath.Join(d, "minutes", name), m.text())
	}
}
