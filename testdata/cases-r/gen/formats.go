package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func write(path string, b []byte) {
	must(os.MkdirAll(filepath.Dir(path), 0o755))
	must(os.WriteFile(path, b, 0o644))
}

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

// soffice converts a DOCX to another format (doc, pdf) in a scratch folder
// and returns the result's bytes.
func soffice(docxBytes []byte, to string) []byte {
	tmp, err := os.MkdirTemp("", "casesr")
	must(err)
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "in.docx")
	write(in, docxBytes)
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+tmp+"/profile", "--headless", "--convert-to", to, "--outdir", tmp, in)
	out, err := cmd.CombinedOutput()
	if err != nil {
		panic(fmt.Sprintf("soffice: %v: %s", err, out))
	}
	ext := to
	if i := strings.Index(ext, ":"); i > 0 {
		ext = ext[:i]
	}
	b, err := os.ReadFile(filepath.Join(tmp, "in."+ext))
	must(err)
	return b
}

// picture renders a source text to a page picture (PDF → pdftoppm at dpi).
func picture(src, dir, format string, dpi int) []byte {
	pdf := soffice(buildDocx(src, dir), "pdf")
	tmp, err := os.MkdirTemp("", "casesr")
	must(err)
	defer os.RemoveAll(tmp)
	write(filepath.Join(tmp, "p.pdf"), pdf)
	flag := "-png"
	if format == "jpg" {
		flag = "-jpeg"
	}
	out, err := exec.Command("pdftoppm", flag, "-r", fmt.Sprint(dpi), "-singlefile", filepath.Join(tmp, "p.pdf"), filepath.Join(tmp, "p")).CombinedOutput()
	if err != nil {
		panic(fmt.Sprintf("pdftoppm: %v: %s", err, out))
	}
	b, err := os.ReadFile(filepath.Join(tmp, "p."+format))
	must(err)
	return b
}

// ofd writes a minimal GB/T 33190 package: one TextObject per line.
func ofd(src string) []byte {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	var content strings.Builder
	content.WriteString(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">`)
	id := 10
	y := 30.0
	for i, l := range lines {
		// wrap at 26 characters a line, as a page of 仿宋 16pt does
		rs := []rune(l)
		for len(rs) > 0 {
			n := 26
			if n > len(rs) {
				n = len(rs)
			}
			size := 5.6
			if i == 0 {
				size = 7.7
			}
			id++
			content.WriteString(fmt.Sprintf(`<ofd:TextObject ID="%d" Boundary="20 %.1f 170 %.1f" Font="3" Size="%.1f"><ofd:TextCode X="0" Y="%.1f">%s</ofd:TextCode></ofd:TextObject>`, id, y, size+2, size, size, esc(string(rs[:n]))))
			rs = rs[n:]
			y += size + 3
		}
	}
	content.WriteString(`</ofd:Layer></ofd:Content></ofd:Page>`)
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	add := func(name, s string) {
		w, err := z.Create(name)
		must(err)
		_, err = w.Write([]byte(s))
		must(err)
	}
	add("OFD.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>casesr</ofd:DocID><ofd:Title>`+esc(lines[0])+`</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`)
	add("Doc_0/Document.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`)
	add("Doc_0/PublicRes.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`)
	add("Doc_0/Pages/Page_0/Content.xml", content.String())
	must(z.Close())
	return out.Bytes()
}

// zipOf packs named files.
func zipOf(files map[string][]byte, order []string) []byte {
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	for _, n := range order {
		w, err := z.Create(n)
		must(err)
		_, err = w.Write(files[n])
		must(err)
	}
	must(z.Close())
	return out.Bytes()
}

// document writes one source text as the file name asks by its extension.
func document(path, src, srcDir string) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".docx":
		write(path, buildDocx(src, srcDir))
	case ".doc":
		write(path, soffice(buildDocx(src, srcDir), "doc:MS Word 97"))
	case ".wps":
		// WPS's .wps is the Word 97–2003 binary format under another name
		write(path, soffice(buildDocx(src, srcDir), "doc:MS Word 97"))
	case ".pdf":
		write(path, soffice(buildDocx(src, srcDir), "pdf"))
	case ".ofd":
		write(path, ofd(src))
	case ".txt":
		write(path, []byte(src))
	case ".jpg":
		write(path, picture(src, srcDir, "jpg", 200))
	case ".png":
		write(path, picture(src, srcDir, "png", 200))
	default:
		panic("no writer for " + path)
	}
}
