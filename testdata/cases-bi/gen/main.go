// Command gen rebuilds the case folders of testdata/cases-bi from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-bi/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .txt is copied as UTF-8; a source named NAME.txt.gbk.txt becomes NAME.txt
//     in GBK with CRLF line ends, as a Windows PC in a small office saves it;
//   - .docx and .rtf are converted by LibreOffice from an HTML page made of the
//     text (a line "# …" is a centred title, a line "|a|b|" a table row, a line
//     ">…" a right-aligned line, any other line an indented paragraph);
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it (its
//     docProps name WPS and carry the KSOProductBuildVer property);
//   - .html is that page set in a county government website's article frame (menu, 浏览次数, footer);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesbi")

func main() {
	casebuild.Main(build, ledgers)
}

// builder builds the sources in the formats the other generators know.
var builder = casebuild.Builder{
	Office:  soffice,
	Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".rtf": "rtf:Rich Text Format", ".doc": "doc:MS Word 97", ".wps": "doc:MS Word 97"},
	Site:    sitePage,
}

// build writes out, a file of the format its extension names, from the text
// source src: builder's formats, and
//
//   - NAME.empty becomes NAME with nothing in it;
//   - NAME.enc.pdf becomes NAME.pdf encrypted with a password (encryptPDF);
//   - NAME.bad.doc becomes NAME.doc damaged as a bad copy leaves it (damage);
//   - NAME.doc.wps becomes NAME.wps, a Word 97 file under WPS's name.
func build(src, out string) error {
	switch {
	case strings.HasSuffix(out, ".empty"):
		// an upload that failed half-way: the file is there, with nothing in it
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(strings.TrimSuffix(out, ".empty"), nil, 0o644)
	case strings.HasSuffix(out, ".doc.wps"):
		return builder.Build(src, strings.TrimSuffix(out, ".doc.wps")+".wps")
	case strings.HasSuffix(out, ".enc.pdf"), strings.HasSuffix(out, ".bad.doc"):
		tmp, err := os.MkdirTemp("", "casesbi")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if strings.HasSuffix(out, ".enc.pdf") {
			plain := filepath.Join(tmp, "plain.pdf")
			if err := builder.Build(src, plain); err != nil {
				return err
			}
			return encryptPDF(plain, strings.TrimSuffix(out, ".enc.pdf")+".pdf")
		}
		doc := filepath.Join(tmp, "page.doc")
		if err := builder.Build(src, doc); err != nil {
			return err
		}
		b, err := os.ReadFile(doc)
		if err != nil {
			return err
		}
		return os.WriteFile(strings.TrimSuffix(out, ".bad.doc")+".doc", damage(b), 0o644)
	}
	return builder.Build(src, out)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article's page in a website's frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/zdly/">重点领域</a></div>
<div class="loc">当前位置：首页 &gt; 信息公开 &gt; 部门信息 &gt; 县住建局</div>
<div class="info">发布时间：2024-11-18　来源：县住房和城乡建设局　浏览次数：263</div>
`
	foot := `<div class="foot">主办：梅溪县人民政府办公室　地址：梅溪县城东路16号　邮编：421600<br>网站标识码：4313250012　ICP备案号：东ICP备12003456号-2</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}

// encryptPDF rewrites the PDF at in with Ghostscript as a PDF that needs a
// password to open (RC4, 128 bits), as a unit's OA system exports a document "加密".
func encryptPDF(in, out string) error {
	cmd := exec.Command("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
		"-sOwnerPassword=yx-owner-2024", "-sUserPassword=123456", "-dEncryptionR=3", "-dKeyLength=128",
		"-dPermissions=-3904", "-sOutputFile="+out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", in, err, b)
	}
	return nil
}

// damage cuts a Word 97 file short, as a copy broken off on a USB stick: the
// compound file's header is whole, but its directory and most of the
// WordDocument stream are gone.
func damage(b []byte) []byte {
	if len(b) > 3072 {
		b = append([]byte(nil), b[:3072]...)
	}
	// and the sectors after the header are overwritten with the zeros a bad copy leaves
	for i := 1024; i < len(b); i++ {
		b[i] = 0
	}
	return b
}

// encryptXLSX saves the workbook at in with a password to open it (excelize
// writes the OLE container with EncryptionInfo and EncryptedPackage, ECMA-376
// agile encryption, that Excel writes for 用密码进行加密).
func encryptXLSX(in, out string) error {
	f, err := excelize.OpenFile(in)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.SaveAs(out, excelize.Options{Password: "yx2024"})
}

// writeZip writes the named files (name in the archive → bytes) as a .zip.
func writeZip(path string, names []string, files map[string][]byte) error {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: time.Date(2024, 8, 5, 10, 12, 0, 0, time.Local)})
		if err != nil {
			return err
		}
		if _, err := w.Write(files[n]); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
