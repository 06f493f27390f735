// Command mhtmlfixtures writes the test fixtures of parse/mhtml under
// testdata/mhtml: web pages saved as one file (MHTML), the way a browser and
// the way Word or WPS save them.
//
// Run it from the repository root (Chromium must be installed):
//
//	go run ./scripts/mhtmlfixtures
//
// It writes:
//
//   - src/report.html: a short rectification report with a table (text of
//     our own);
//   - blink-report.mhtml: that page as Chromium saves it (Page.captureSnapshot:
//     quoted-printable, UTF-8, the root part's type given in the headers);
//   - word-gb2312.mht: the same page as Word's "single file web page" lays it
//     out (MIME-Version first, the page quoted-printable in GB2312 with a
//     meta tag saying so, an image part in base64 after it);
//   - base64-page.doc: the page base64-encoded in UTF-8, named .doc as
//     office systems export it;
//   - no-page.mht: a message whose only part is an image (no page);
//   - cut.mht: word-gb2312.mht cut inside its first part.
//   - NAME.txt: the paragraphs each fixture must read as, one a line.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"log"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var root = flag.String("root", ".", "repository root")

// paragraphs is the report's text, as the reader must give it back.
var paragraphs = []string{
	"关于区委第三巡察组反馈意见整改进展情况的报告",
	"区委第三巡察组于2025年4月向我局反馈了巡察意见，指出3个方面14个问题。",
	"截至2025年10月底，已完成整改11个，正在整改3个，整改完成率78.6%。",
	"局党组先后召开党组会议6次专题研究整改工作，建立完善制度9项。",
}

var table = [][]string{
	{"方面", "问题数", "已完成"},
	{"党的领导", "5", "4"},
	{"作风建设", "6", "5"},
	{"组织建设", "3", "2"},
}

func pageHTML(meta string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head>" + meta + "<title>整改进展情况</title></head><body>\n<div class=\"article\">\n")
	b.WriteString("<h1>" + paragraphs[0] + "</h1>\n")
	for _, p := range paragraphs[1:] {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("<table border=\"1\">\n")
	for _, r := range table {
		b.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>\n")
	}
	b.WriteString("</table>\n</div>\n</body></html>\n")
	return b.String()
}

func expected() string {
	var b strings.Builder
	for _, p := range paragraphs {
		b.WriteString(p + "\n")
	}
	for _, r := range table {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

func qp(s []byte) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write(s)
	w.Close()
	return b.String()
}

func b64(s []byte) string {
	e := base64.StdEncoding.EncodeToString(s)
	var b strings.Builder
	for len(e) > 76 {
		b.WriteString(e[:76] + "\r\n")
		e = e[76:]
	}
	b.WriteString(e + "\r\n")
	return b.String()
}

// a 1×1 GIF, the image part of the Word-style page.
var gif = []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

func wordStyle() []byte {
	gb, err := simplifiedchinese.GBK.NewEncoder().String(pageHTML(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`))
	if err != nil {
		log.Fatal(err)
	}
	const bd = "----=_NextPart_01DB0000.5A1B2C30"
	var b strings.Builder
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + bd + "\"\r\n\r\n")
	b.WriteString("此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n")
	b.WriteString("--" + bd + "\r\nContent-Location: file:///C:/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n")
	b.WriteString(qp([]byte(gb)) + "\r\n\r\n")
	b.WriteString("--" + bd + "\r\nContent-Location: file:///C:/report.files/image001.gif\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/gif\r\n\r\n")
	b.WriteString(b64(gif) + "\r\n")
	b.WriteString("--" + bd + "--\r\n")
	return []byte(b.String())
}

func base64Page() []byte {
	const bd = "=_boundary_7f3a"
	var b strings.Builder
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"" + bd + "\"\r\n\r\n")
	b.WriteString("--" + bd + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	b.WriteString(b64([]byte(pageHTML(`<meta charset="utf-8">`))) + "\r\n")
	b.WriteString("--" + bd + "--\r\n")
	return []byte(b.String())
}

func noPage() []byte {
	const bd = "=_only_image"
	return []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + bd + "\"\r\n\r\n--" + bd +
		"\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(gif) + "\r\n--" + bd + "--\r\n")
}

func blink(srcPath string) []byte {
	abs, err := filepath.Abs(srcPath)
	if err != nil {
		log.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.NoSandbox, chromedp.DisableGPU)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel2 := chromedp.NewContext(actx)
	defer cancel2()
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	defer cancel3()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+abs)); err != nil {
		log.Fatal(err)
	}
	snap, err := chromedp.Call(ctx, page.CaptureSnapshot, page.CaptureSnapshotParams{Format: page.CaptureSnapshotFormatMhtml})
	if err != nil {
		log.Fatal(err)
	}
	return []byte(snap.Data)
}

func write(dir, name string, data []byte) {
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", filepath.Join(dir, name))
}

func main() {
	flag.Parse()
	dir := filepath.Join(*root, "testdata", "mhtml")
	if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
		log.Fatal(err)
	}
	src := filepath.Join(dir, "src", "report.html")
	write(filepath.Join(dir, "src"), "report.html", []byte(pageHTML(`<meta charset="utf-8">`)))
	word := wordStyle()
	write(dir, "blink-report.mhtml", blink(src))
	write(dir, "word-gb2312.mht", word)
	write(dir, "base64-page.doc", base64Page())
	write(dir, "no-page.mht", noPage())
	write(dir, "cut.mht", word[:bytes.Index(word, []byte("<p>"))+40])
	for _, n := range []string{"blink-report.mhtml", "word-gb2312.mht", "base64-page.doc"} {
		write(dir, n+".txt", []byte(expected()))
	}
}
