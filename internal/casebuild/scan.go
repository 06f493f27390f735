package casebuild

import (
	"bytes"
	"fmt"
	"os"
)

// ScanPDF writes at out a one-page PDF whose page is the JPEG at img, sized
// as scanned at dpi (the page is the image, no text layer: a reader must OCR it).
func ScanPDF(img, out string, dpi float64) error {
	jpg, err := os.ReadFile(img)
	if err != nil {
		return err
	}
	w, h, comps, err := JPEGSize(jpg)
	if err != nil {
		return err
	}
	pw, ph := float64(w)*72/dpi, float64(h)*72/dpi
	content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>", pw, ph),
		"", // the image stream
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		if i == 3 {
			cs := "/DeviceGray"
			if comps == 3 {
				cs = "/DeviceRGB"
			}
			fmt.Fprintf(&b, "<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n", w, h, cs, len(jpg))
			b.Write(jpg)
			b.WriteString("\nendstream")
		} else {
			b.WriteString(o)
		}
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// JPEGSize reads the width, height and number of components from a JPEG's
// SOF marker.
func JPEGSize(b []byte) (w, h, comps int, err error) {
	for i := 2; i+9 < len(b); {
		if b[i] != 0xFF {
			return 0, 0, 0, fmt.Errorf("bad JPEG marker at %d", i)
		}
		m := b[i+1]
		l := int(b[i+2])<<8 | int(b[i+3])
		if m >= 0xC0 && m <= 0xC3 {
			return int(b[i+7])<<8 | int(b[i+8]), int(b[i+5])<<8 | int(b[i+6]), int(b[i+9]), nil
		}
		i += 2 + l
	}
	return 0, 0, 0, fmt.Errorf("no SOF marker")
}
