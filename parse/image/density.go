package image

import (
	"bytes"
	"encoding/binary"
	"math"
)

// The resolution an image file states (a scanner writes it): Tesseract reads
// a page's layout by it, and a guess from the characters' height can be far
// off — a page of minutes scanned at 150 dpi, taken for 200, had its title
// broken and its labels run together (cases-bv 06). 0 when the file states
// none, or one no scan has.

// density returns the dots per inch the image data states in its header: a
// PNG's pHYs chunk, a JPEG's JFIF segment; 0 when none, or one outside
// minDPI–maxDPI.
func density(data []byte, format string) int {
	var dpi float64
	switch format {
	case "png":
		dpi = pngDensity(data)
	case "jpeg":
		dpi = jfifDensity(data)
	}
	if dpi < minDPI || dpi > maxDPI {
		return 0
	}
	return int(math.Round(dpi))
}

// The resolutions taken as a scan's: below, a file's default (72, 96) says
// nothing of the page; above, no office scanner.
const (
	minDPI = 100
	maxDPI = 1200
)

// pngDensity reads the pHYs chunk, in pixels per metre, before the image
// data.
func pngDensity(data []byte) float64 {
	const sig = 8
	for off := sig; off+12 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[off:]))
		typ := string(data[off+4 : off+8])
		if n < 0 || off+12+n > len(data) || typ == "IDAT" {
			return 0
		}
		if typ == "pHYs" && n == 9 {
			d := data[off+8:]
			if d[8] != 1 {
				return 0 // the unit is not the metre: an aspect ratio only
			}
			return float64(binary.BigEndian.Uint32(d)) * 0.0254
		}
		off += 12 + n
	}
	return 0
}

// jfifDensity reads the JFIF APP0 segment's horizontal density.
func jfifDensity(data []byte) float64 {
	if len(data) < 20 || data[0] != 0xFF || data[1] != 0xD8 || data[2] != 0xFF || data[3] != 0xE0 || !bytes.Equal(data[6:11], []byte("JFIF\x00")) {
		return 0
	}
	units, x := data[13], float64(binary.BigEndian.Uint16(data[14:]))
	switch units {
	case 1:
		return x
	case 2:
		return x * 2.54
	}
	return 0
}

// pageDensity is dpi when it makes the image a page of paper — its short
// side 5 to 12 inches, its long side at most 17 (A5 to A3) — and 0 (to be
// estimated from the characters' height) when not: a tag an editor kept
// after scaling the page down (a page of 1241 pixels said to be at 300 dpi
// is 4 inches wide) would break the layout as a wrong guess does.
func pageDensity(dpi, w, h int) int {
	if dpi <= 0 {
		return 0
	}
	short, long := float64(min(w, h))/float64(dpi), float64(max(w, h))/float64(dpi)
	if short < 5 || short > 12 || long > 17 {
		return 0
	}
	return dpi
}
