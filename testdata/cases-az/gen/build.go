package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// build writes out, a file of the format its name asks for, from the text source src.
// The source's name without ".txt" is the output's, with these markers taken out:
//
//   - NAME.txt / NAME.txt.gbk: UTF-8, or GBK with CRLF line ends;
//   - NAME.docx: LibreOffice from an HTML page made of the text (casebuild.ToHTML: "# …" a
//     centred title, "|a|b|" a table row, ">…" right-aligned, "<…" not indented,
//     "%page" a page break, ⟦…⟧ words under an ink smudge, any other line an
//     indented paragraph);
//   - NAME.xls: that page saved by LibreOffice as Excel 97 (for HTML tables: not used);
//   - NAME.pdf: that DOCX converted to PDF (text layer);
//   - NAME.scan.pdf: every page of that PDF rendered at 200 dpi and bound again as a
//     PDF of page images only (a scan: no text layer);
//   - NAME.mixed.pdf: the PDF with the pages marked "img" replaced by their scans
//     (pdfseparate / pdfunite): a text layer on some pages, none on others;
//   - NAME.jpg: the first page photographed (150 dpi, turned, warm cast);
//   - NAME.jpgs: each page photographed to its own JPEG, named by the "%names" line.
//
// Lines at the top of a source starting with "%fx" or "%names" direct the page images:
// "%fx 2:rot=0.8 3:low 3:seal 1:img" — page 2 turned 0.8°, page 3 in low contrast with
// a red seal stamped on it, page 1 an image in a mixed PDF; "%names a.jpg b.jpg" the
// files of NAME.jpgs, one a page.
func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	text := string(raw)
	switch {
	case strings.HasSuffix(out, ".txt.gbk"):
		g, err := casebuild.GBKText(text)
		if err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
		return os.WriteFile(strings.TrimSuffix(out, ".gbk"), g, 0o644)
	case strings.HasSuffix(out, ".txt"):
		return os.WriteFile(out, raw, 0o644)
	}
	fx := map[int][]string{}
	var names []string
	var body []string
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "%fx "):
			for _, f := range strings.Fields(line[4:]) {
				p, what, ok := strings.Cut(f, ":")
				n, err := strconv.Atoi(p)
				if !ok || err != nil {
					return fmt.Errorf("%s: bad %%fx %q", src, f)
				}
				fx[n] = append(fx[n], strings.Split(what, ",")...)
			}
		case strings.HasPrefix(line, "%names "):
			names = strings.Fields(line[7:])
		default:
			body = append(body, line)
		}
	}
	text = strings.Join(body, "\n")
	tmp, err := os.MkdirTemp("", "casesaz")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	page := filepath.Join(tmp, "page.html")
	if err := os.WriteFile(page, []byte(casebuild.Markup{Ink: smear}.HTML(text)), 0o644); err != nil {
		return err
	}
	docx := filepath.Join(tmp, "page.docx")
	pdf := filepath.Join(tmp, "page.pdf")
	if err := soffice.Convert(tmp, "docx:MS Word 2007 XML", page); err != nil {
		return err
	}
	if strings.HasSuffix(out, ".docx") {
		return casebuild.CopyFile(docx, out)
	}
	if err := soffice.Convert(tmp, "pdf", docx); err != nil {
		return err
	}
	n, err := pageCount(pdf)
	if err != nil {
		return err
	}
	switch {
	case strings.HasSuffix(out, ".scan.pdf"):
		var imgs []string
		for p := 1; p <= n; p++ {
			img, err := scanPage(pdf, tmp, p, fx[p], false)
			if err != nil {
				return err
			}
			imgs = append(imgs, img)
		}
		return imagePDF(imgs, strings.Replace(out, ".scan.pdf", ".pdf", 1), 200)
	case strings.HasSuffix(out, ".mixed.pdf"):
		if b, err := exec.Command("pdfseparate", pdf, filepath.Join(tmp, "p-%d.pdf")).CombinedOutput(); err != nil {
			return fmt.Errorf("pdfseparate: %v: %s", err, b)
		}
		args := []string{}
		for p := 1; p <= n; p++ {
			one := filepath.Join(tmp, fmt.Sprintf("p-%d.pdf", p))
			if has(fx[p], "img") {
				img, err := scanPage(pdf, tmp, p, fx[p], false)
				if err != nil {
					return err
				}
				one = filepath.Join(tmp, fmt.Sprintf("s-%d.pdf", p))
				if err := imagePDF([]string{img}, one, 200); err != nil {
					return err
				}
			}
			args = append(args, one)
		}
		args = append(args, strings.Replace(out, ".mixed.pdf", ".pdf", 1))
		if b, err := exec.Command("pdfunite", args...).CombinedOutput(); err != nil {
			return fmt.Errorf("pdfunite: %v: %s", err, b)
		}
		return nil
	case strings.HasSuffix(out, ".pdf"):
		return casebuild.CopyFile(pdf, out)
	case strings.HasSuffix(out, ".jpgs"):
		if len(names) != n {
			return fmt.Errorf("%s: %d pages but %d names", src, n, len(names))
		}
		for p := 1; p <= n; p++ {
			img, err := scanPage(pdf, tmp, p, fx[p], true)
			if err != nil {
				return err
			}
			if err := casebuild.CopyFile(img, filepath.Join(filepath.Dir(out), names[p-1])); err != nil {
				return err
			}
		}
		return nil
	case strings.HasSuffix(out, ".jpg"):
		f := fx[1]
		if len(f) == 0 {
			f = []string{"rot=1.2"}
		}
		img, err := scanPage(pdf, tmp, 1, f, true)
		if err != nil {
			return err
		}
		return casebuild.CopyFile(img, out)
	}
	return fmt.Errorf("%s: no converter for %s", src, filepath.Ext(out))
}

func has(fx []string, w string) bool {
	for _, f := range fx {
		if f == w {
			return true
		}
	}
	return false
}

// pageCount asks pdfinfo… no: pdftoppm has no count; read it from pdfseparate's output instead.
func pageCount(pdf string) (int, error) {
	dir, err := os.MkdirTemp("", "casesaz-count")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	if b, err := exec.Command("pdfseparate", pdf, filepath.Join(dir, "%d.pdf")).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("pdfseparate: %v: %s", err, b)
	}
	m, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	return len(m), nil
}

// scanPage renders page p of pdf (200 dpi for a scan, 150 for a photo) and treats it
// as fx says; it returns the JPEG written.
func scanPage(pdf, tmp string, p int, fx []string, photo bool) (string, error) {
	base := filepath.Join(tmp, fmt.Sprintf("r-%d", p))
	dpi := "200"
	if photo {
		dpi = "150"
	}
	if b, err := exec.Command("pdftoppm", "-r", dpi, "-singlefile", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), "-png", pdf, base).CombinedOutput(); err != nil {
		return "", fmt.Errorf("%s: %v: %s", pdf, err, b)
	}
	out := base + ".jpg"
	return out, treat(base+".png", out, fx, photo)
}
