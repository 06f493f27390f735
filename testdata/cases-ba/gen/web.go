package main

// web.go writes the reports as the web publishes them: a government site's
// article page (navigation, breadcrumbs, the 来源 / 发布时间 / 浏览次数 line,
// related articles with their dates, the pager), the same page saved by a
// browser as MHTML, a WeChat public account's article (公众号: its name, the
// 阅读 / 在看 counts, the QR code's caption), an old site's page in GBK, and a
// page printed to PDF by a browser (Chromium: its date and title at the top of
// each page, the address and page x/y at the foot).
//
// Source lines (src/CASE/report.EXT.txt):
//
//	%style gov|wechat|old   the page's look (gov by default)
//	%site NAME              the site's name (header and footer)
//	%url URL                the page's address (MHTML Content-Location, the printed foot)
//	%nav A|B|C              the navigation bar
//	%crumb A|B|C            the breadcrumbs (您当前的位置：)
//	%meta TEXT              the line under the title (来源、发布时间、浏览次数 …)
//	%account NAME|AUTHOR|DATE   a WeChat article's account line
//	%stats TEXT             a WeChat article's foot (阅读 1.2万 … 在看 36)
//	%qr CAPTION             a QR code image with its caption
//	%related TITLE|DATE     a related article (相关阅读); repeatable
//	%pager TEXT             a pager or 上一篇 / 下一篇 line
//	%tools TEXT             an old site's 【字体：大 中 小】【打印本页】 line
//	%foot TEXT              a line of the site's footer (主办、备案号、访问量)
//	# T, ## H, ### H        the article's title, a heading, a subheading
//	>T                      a right-aligned line (signature, date)
//	|a|b|                   a table row (the first is the header)
//	other                   a paragraph

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"mime/quotedprintable"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

type page struct {
	style, site, url, meta, account, stats, tools string
	nav, crumb, qr, pager, foot                   []string
	related                                       [][2]string
	title                                         string
	body                                          []string
}

func parsePage(src string) *page {
	p := &page{style: "gov"}
	var table []string
	flush := func() {
		if len(table) == 0 {
			return
		}
		var b strings.Builder
		b.WriteString(`<table class="MsoTable" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">`)
		for i, r := range table {
			cells := strings.Split(strings.Trim(r, "|"), "|")
			tag := "td"
			if i == 0 {
				tag = "th"
			}
			b.WriteString("<tr>")
			for _, c := range cells {
				fmt.Fprintf(&b, "<%s>%s</%s>", tag, html.EscapeString(c), tag)
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>")
		p.body = append(p.body, b.String())
		table = nil
	}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "|") {
			table = append(table, t)
			continue
		}
		flush()
		if t == "" {
			continue
		}
		cmd, arg, _ := strings.Cut(t, " ")
		switch cmd {
		case "%style":
			p.style = arg
		case "%site":
			p.site = arg
		case "%url":
			p.url = arg
		case "%nav":
			p.nav = strings.Split(arg, "|")
		case "%crumb":
			p.crumb = strings.Split(arg, "|")
		case "%meta":
			p.meta = arg
		case "%account":
			p.account = arg
		case "%stats":
			p.stats = arg
		case "%qr":
			p.qr = append(p.qr, arg)
		case "%related":
			a, b, _ := strings.Cut(arg, "|")
			p.related = append(p.related, [2]string{a, b})
		case "%pager":
			p.pager = append(p.pager, arg)
		case "%tools":
			p.tools = arg
		case "%foot":
			p.foot = append(p.foot, arg)
		case "#":
			p.title = arg
		case "##":
			p.body = append(p.body, "<h3>"+html.EscapeString(arg)+"</h3>")
		case "###":
			p.body = append(p.body, "<h4>"+html.EscapeString(arg)+"</h4>")
		default:
			if strings.HasPrefix(t, ">") {
				p.body = append(p.body, `<p style="text-align:right">`+html.EscapeString(t[1:])+"</p>")
			} else {
				p.body = append(p.body, `<p style="text-indent:2em">`+html.EscapeString(t)+"</p>")
			}
		}
	}
	flush()
	return p
}

// render writes the page's HTML; charset names the encoding the page declares.
func (p *page) render(charset string) string {
	e := html.EscapeString
	var b strings.Builder
	if p.style == "old" {
		b.WriteString(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">` + "\n<html>\n<head>\n")
		fmt.Fprintf(&b, `<meta http-equiv="Content-Type" content="text/html; charset=%s">`+"\n", charset)
	} else {
		b.WriteString("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n")
		fmt.Fprintf(&b, "<meta charset=\"%s\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n", charset)
	}
	title := p.title
	if p.site != "" && p.style != "wechat" {
		title += "_" + p.site
	}
	fmt.Fprintf(&b, "<title>%s</title>\n", e(title))
	if p.style != "wechat" {
		fmt.Fprintf(&b, "<meta name=\"ArticleTitle\" content=\"%s\">\n", e(p.title))
	}
	b.WriteString("<style>body{font-family:SimSun,serif;font-size:16px;line-height:1.8;margin:0} .wrap{width:900px;margin:0 auto} .nav a{margin:0 12px;color:#fff} .nav{background:#b40000;padding:8px} .crumb,.meta,.related,.foot,.tools{font-size:13px;color:#666} h1{text-align:center;font-size:22px} .rich_media_meta_list{font-size:14px;color:#576b95} .qr{text-align:center;font-size:13px;color:#999}</style>\n")
	b.WriteString("<script>var _hmt=_hmt||[];</script>\n</head>\n<body>\n")
	switch p.style {
	case "wechat":
		b.WriteString(`<div id="js_article" class="rich_media"><div class="rich_media_inner">` + "\n")
		fmt.Fprintf(&b, "<h1 class=\"rich_media_title\" id=\"activity-name\">%s</h1>\n", e(p.title))
		if p.account != "" {
			f := strings.Split(p.account, "|")
			b.WriteString(`<div id="meta_content" class="rich_media_meta_list">`)
			if len(f) > 1 && f[1] != "" {
				fmt.Fprintf(&b, `<span class="rich_media_meta rich_media_meta_text">%s</span> `, e(f[1]))
			}
			fmt.Fprintf(&b, `<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">%s</a></span> `, e(f[0]))
			if len(f) > 2 {
				fmt.Fprintf(&b, `<em id="publish_time" class="rich_media_meta rich_media_meta_text">%s</em>`, e(f[2]))
			}
			b.WriteString("</div>\n")
		}
		b.WriteString(`<div class="rich_media_content" id="js_content" style="visibility: visible;">` + "\n")
		for _, x := range p.body {
			b.WriteString("<section>" + x + "</section>\n")
		}
		for _, q := range p.qr {
			fmt.Fprintf(&b, "<section class=\"qr\"><img class=\"rich_pages wxw-img\" data-src=\"https://mmbiz.qpic.cn/mmbiz_jpg/qrcode/640\" alt=\"二维码\"><p>%s</p></section>\n", e(q))
		}
		b.WriteString("</div>\n")
		if p.stats != "" {
			fmt.Fprintf(&b, "<div id=\"js_article_bottom_bar\" class=\"rich_media_tool\"><span id=\"js_read_area\">%s</span></div>\n", e(p.stats))
		}
		if len(p.related) > 0 {
			b.WriteString("<div class=\"related\"><h4>往期推荐</h4><ul>\n")
			for _, r := range p.related {
				fmt.Fprintf(&b, "<li><a href=\"#\">%s</a> <span>%s</span></li>\n", e(r[0]), e(r[1]))
			}
			b.WriteString("</ul></div>\n")
		}
		b.WriteString("</div></div>\n")
	default:
		b.WriteString("<div class=\"top\"><div class=\"wrap\">")
		fmt.Fprintf(&b, "<div class=\"logo\"><img src=\"images/logo.png\" alt=\"%s\"></div>", e(p.site))
		b.WriteString("<div class=\"topbar\">无障碍浏览 | 长者模式 | 简体 | 繁體 | 登录 | 注册</div></div></div>\n")
		if len(p.nav) > 0 {
			b.WriteString("<div class=\"nav\"><div class=\"wrap\">")
			for _, n := range p.nav {
				fmt.Fprintf(&b, "<a href=\"#\">%s</a>", e(n))
			}
			b.WriteString("</div></div>\n")
		}
		b.WriteString("<div class=\"wrap\">\n")
		if len(p.crumb) > 0 {
			b.WriteString("<div class=\"crumb\">您当前的位置：")
			for i, c := range p.crumb {
				if i > 0 {
					b.WriteString(" &gt; ")
				}
				fmt.Fprintf(&b, "<a href=\"#\">%s</a>", e(c))
			}
			b.WriteString("</div>\n")
		}
		if p.style == "old" {
			b.WriteString("<table width=\"900\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\"><tr><td>\n")
		}
		fmt.Fprintf(&b, "<h1>%s</h1>\n", e(p.title))
		if p.meta != "" {
			fmt.Fprintf(&b, "<div class=\"meta\">%s</div>\n", e(p.meta))
		}
		if p.tools != "" {
			fmt.Fprintf(&b, "<div class=\"tools\">%s</div>\n", e(p.tools))
		}
		b.WriteString("<div class=\"TRS_Editor\" id=\"zoom\">\n")
		for _, x := range p.body {
			b.WriteString(x + "\n")
		}
		b.WriteString("</div>\n")
		for _, q := range p.qr {
			fmt.Fprintf(&b, "<div class=\"qr\"><img src=\"images/qrcode.png\" alt=\"二维码\"><p>%s</p></div>\n", e(q))
		}
		for _, pg := range p.pager {
			fmt.Fprintf(&b, "<div class=\"pager\">%s</div>\n", e(pg))
		}
		if p.style == "old" {
			b.WriteString("</td></tr></table>\n")
		}
		if len(p.related) > 0 {
			b.WriteString("<div class=\"related\"><h4>相关阅读</h4><ul>\n")
			for _, r := range p.related {
				fmt.Fprintf(&b, "<li><a href=\"#\">%s</a><span class=\"date\">%s</span></li>\n", e(r[0]), e(r[1]))
			}
			b.WriteString("</ul></div>\n")
		}
		b.WriteString("</div>\n")
		if len(p.foot) > 0 {
			b.WriteString("<div class=\"foot\"><div class=\"wrap\">")
			for _, f := range p.foot {
				fmt.Fprintf(&b, "<p>%s</p>", e(f))
			}
			b.WriteString("</div></div>\n")
		}
	}
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

// mhtml wraps the page as a browser saves it as one file (Chrome's "网页，单个文件").
func mhtml(p *page) []byte {
	h := p.render("utf-8")
	var qp bytes.Buffer
	w := quotedprintable.NewWriter(&qp)
	w.Write([]byte(h))
	w.Close()
	boundary := "----MultipartBoundary--Zq8bT3nQwVJ4kR2xYc7mPfLs0aDhE9uGiN1oK5----"
	subj := "=?utf-8?B?" + base64.StdEncoding.EncodeToString([]byte(p.title+"_"+p.site)) + "?="
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: <Saved by Blink>\r\nSnapshot-Content-Location: %s\r\nSubject: %s\r\nDate: Thu, 21 Nov 2024 09:12:40 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n", p.url, subj, boundary)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-6F2A1C0D9E3B4A57@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n", boundary, p.url)
	b.Write(qp.Bytes()) // the writer already ends its lines with CRLF
	fmt.Fprintf(&b, "\r\n\r\n--%s\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1B7E@mhtml.blink\r\n\r\n@charset \"utf-8\";=0D=0A.wrap { width: 900px; }=0D=0A\r\n\r\n", boundary)
	png := base64.StdEncoding.EncodeToString(casebuild.SealPNG())
	fmt.Fprintf(&b, "--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: %simages/logo.png\r\n\r\n", boundary, p.url[:strings.LastIndex(p.url, "/")+1])
	for len(png) > 76 {
		b.WriteString(png[:76] + "\r\n")
		png = png[76:]
	}
	b.WriteString(png + "\r\n\r\n")
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return b.Bytes()
}

// buildWeb writes a page source as .html / .htm (UTF-8, or GBK for the old
// style), .mht, or a .pdf printed by Chromium from the page at its address.
func buildWeb(src, out string) error {
	p := parsePage(src)
	switch filepath.Ext(out) {
	case ".html", ".htm":
		if p.style == "old" {
			h := p.render("gb2312")
			g, err := simplifiedchinese.GBK.NewEncoder().String(h)
			if err != nil {
				return err
			}
			return os.WriteFile(out, []byte(g), 0o644)
		}
		return os.WriteFile(out, []byte(p.render("utf-8")), 0o644)
	case ".mht":
		return os.WriteFile(out, mhtml(p), 0o644)
	case ".pdf":
		return printPage(p, out)
	}
	return fmt.Errorf("%s: no web output", out)
}

// printPage serves the page at its own address (the host mapped to a local
// server) and prints it with Chromium's header and footer.
func printPage(p *page, out string) error {
	tmp, err := os.MkdirTemp("", "casesba-web")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	i := strings.Index(p.url, "://")
	rest := p.url[i+3:]
	host, path, _ := strings.Cut(rest, "/")
	file := filepath.Join(tmp, filepath.FromSlash(path))
	os.MkdirAll(filepath.Dir(file), 0o755)
	if err := os.WriteFile(file, []byte(p.render("utf-8")), 0o644); err != nil {
		return err
	}
	srv := exec.Command("python3", "-m", "http.server", "18765", "--bind", "127.0.0.1", "--directory", tmp)
	if err := srv.Start(); err != nil {
		return err
	}
	defer srv.Process.Kill()
	exec.Command("sleep", "1").Run()
	pdf := filepath.Join(tmp, "out.pdf")
	cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu",
		"--user-data-dir=/tmp/chromium-casesba",
		"--host-resolver-rules=MAP "+host+" 127.0.0.1:18765",
		"--print-to-pdf="+pdf, "http://"+host+"/"+path)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("chromium: %v: %s", err, b)
	}
	b, err := os.ReadFile(pdf)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
