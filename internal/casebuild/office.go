package casebuild

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Office runs LibreOffice headless with a profile of its own, so that
// another soffice running on the machine (whose default profile it would
// lock) does not make the conversion fail.
type Office struct {
	// Profile is the UserInstallation URL, e.g. file:///tmp/lo-casesat.
	Profile string
	// Temp is the prefix of the temporary folders the conversions use.
	Temp string
	// PhotoDPI is the resolution Photo renders at; 0 means 150.
	PhotoDPI int
}

// NewOffice is the Office of the generator named name (e.g. "casesat"): its
// profile is /tmp/lo-NAME, its temporary folders are named after it.
func NewOffice(name string) Office {
	return Office{Profile: "file:///tmp/lo-" + name, Temp: name}
}

// Convert converts in to target (soffice's --convert-to, e.g.
// "docx:MS Word 2007 XML" or "pdf") into the folder outdir.
func (o Office) Convert(outdir, target, in string) error {
	cmd := exec.Command("soffice", "-env:UserInstallation="+o.Profile, "--headless", "--convert-to", target, "--outdir", outdir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", in, err, b)
	}
	return nil
}

// ViaDOCX converts the HTML page to a DOCX, then that to a PDF (both beside
// the page in tmp), and copies the PDF to out unless out is "".
func (o Office) ViaDOCX(page, tmp, out string) error {
	docx := strings.TrimSuffix(page, ".html") + ".docx"
	if err := o.Convert(tmp, "docx:MS Word 2007 XML", page); err != nil {
		return err
	}
	if err := o.Convert(tmp, "pdf", docx); err != nil {
		return err
	}
	if out == "" {
		return nil
	}
	return CopyFile(strings.TrimSuffix(page, ".html")+".pdf", out)
}

// Photo renders the HTML page as a PDF (ViaDOCX), then its first page as a
// grey image at out (.png or .jpg), at PhotoDPI.
func (o Office) Photo(page, tmp, out string) error {
	if err := o.ViaDOCX(page, tmp, ""); err != nil {
		return err
	}
	pdf := strings.TrimSuffix(page, ".html") + ".pdf"
	img := filepath.Join(tmp, "shot")
	format := "-png"
	if filepath.Ext(out) == ".jpg" {
		format = "-jpeg"
	}
	dpi := o.PhotoDPI
	if dpi == 0 {
		dpi = 150
	}
	if b, err := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-gray", "-singlefile", "-f", "1", format, pdf, img).CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", pdf, err, b)
	}
	return CopyFile(img+filepath.Ext(out), out)
}

// XLS writes an Excel 97 workbook (.xls) at path: write writes the XLSX it
// is converted from, at the path it is given.
func (o Office) XLS(path string, write func(xlsx string) error) error {
	return o.Workbook(path, "xls:MS Excel 97", write)
}

// Workbook writes at path the XLSX that write writes, converted by
// LibreOffice to target (e.g. "ods" or "xls:MS Excel 97").
func (o Office) Workbook(path, target string, write func(xlsx string) error) error {
	tmp, err := os.MkdirTemp("", o.Temp)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := write(x); err != nil {
		return err
	}
	if err := o.Convert(tmp, target, x); err != nil {
		return err
	}
	return CopyFile(filepath.Join(tmp, "ledger."+strings.SplitN(target, ":", 2)[0]), path)
}

// BinaryWorkbook writes the sheets as an Excel 97 workbook (.xls): WriteXLSX
// converted by LibreOffice.
func (o Office) BinaryWorkbook(path string, sheets ...Sheet) error {
	return o.XLS(path, func(x string) error { return WriteXLSX(x, sheets...) })
}

// CopyFile writes the bytes of the file from as the file to.
func CopyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}
