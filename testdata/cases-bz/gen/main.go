// Command gen rebuilds the case folders of testdata/cases-bz from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-bz/gen && go run . [CASE ...]
//
// It is cases-bc's generator (internal/casebuild) with one addition: a source
// src/CASE/PATH.notag.png.txt becomes CASE/PATH.png, a photographed page whose
// PNG carries no resolution tag (its pHYs chunk is taken out); PATH.png.txt keeps it.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesbz")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML"},
	}
	build := func(src, out string) error {
		if !strings.HasSuffix(out, ".notag.png") {
			return b.Build(src, out)
		}
		final := strings.TrimSuffix(out, ".notag.png") + ".png"
		if err := b.Build(src, final); err != nil {
			return err
		}
		return stripPHYs(final)
	}
	casebuild.Main(build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// stripPHYs rewrites the PNG at path without its pHYs chunk (the resolution tag).
func stripPHYs(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sig := []byte("\x89PNG\r\n\x1a\n")
	if !bytes.HasPrefix(b, sig) {
		return fmt.Errorf("%s: not a PNG", path)
	}
	out := append([]byte{}, sig...)
	for i := len(sig); i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i:]))
		end := i + 12 + n
		if end > len(b) {
			return fmt.Errorf("%s: truncated chunk", path)
		}
		if string(b[i+4:i+8]) != "pHYs" {
			out = append(out, b[i:end]...)
		}
		i = end
	}
	return os.WriteFile(path, out, 0o644)
}
