package ocr

import (
	"image"
	"sort"
)

// Tesseract's Chinese model reads characters some 40 pixels tall best. A
// page of 16-point type (三号, the body size of official documents) at 300
// dpi has characters 67 pixels tall; measured on page 1 of a sample report
// (467 characters), the character accuracy was 0.959 at 300 dpi and 0.912 at
// 400, but 0.989 to 0.994 at 150, 170, 200 and 240 dpi. So the page is
// rendered at 300 dpi (small type in tables needs it) and then scaled down
// until its characters are targetHeight pixels tall when they are taller
// than maxHeight.
const (
	targetHeight = 40
	maxHeight    = 52
	// stripWidth is the width of the vertical strips in which the rows of
	// ink are measured: narrow enough that a line turned by a few degrees
	// stays level within one.
	stripWidth = 160
)

// textHeight estimates the height in pixels of g's characters: the upper
// quartile of the heights of the runs of rows holding ink within vertical
// strips (a Chinese character is about as tall as its line; the quartile
// passes over characters such as 一 and 二 that leave gaps). 0 when g has
// too little ink to tell.
func textHeight(g *image.Gray) int {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var runs []int
	for x0 := 0; x0 < w; x0 += stripWidth {
		x1 := min(x0+stripWidth, w)
		run := 0
		for y := 0; y <= h; y++ {
			ink := false
			if y < h {
				for _, v := range g.Pix[y*g.Stride+x0 : y*g.Stride+x1] {
					if v < 128 {
						ink = true
						break
					}
				}
			}
			if ink {
				run++
				continue
			}
			if run >= 4 {
				runs = append(runs, run)
			}
			run = 0
		}
	}
	if len(runs) < 10 {
		return 0
	}
	sort.Ints(runs)
	return runs[len(runs)*3/4]
}

// bodyPoints is the size in points taken for a page's characters when its
// resolution is not known: between 四号 (14) and the 三号 (16) of official
// documents' body text, and the 小四 (12) of minutes.
const bodyPoints = 14

// fitTextHeight scales g down, by averaging, so that its characters are
// targetHeight pixels tall when they are over maxHeight, and returns the
// image and its resolution (dpi scaled alike; when 0, unknown, estimated
// from the characters' height as bodyPoints type).
func fitTextHeight(g *image.Gray, dpi int) (*image.Gray, int) {
	th := textHeight(g)
	if dpi == 0 && th > 0 {
		// Unknown resolution (a photo, a JPEG without density): the one
		// its characters' height gives if they are body type, rather than
		// Tesseract's own guess, which on a photographed page of minutes
		// cut the first and last characters off its lines (时间 read as 间).
		dpi = max(th*72/bodyPoints, 70)
	}
	if th <= maxHeight {
		return g, dpi
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	nw, nh := max(1, w*targetHeight/th), max(1, h*targetHeight/th)
	out := image.NewGray(image.Rect(0, 0, nw, nh))
	for oy := 0; oy < nh; oy++ {
		y0, y1 := oy*h/nh, max((oy+1)*h/nh, oy*h/nh+1)
		for ox := 0; ox < nw; ox++ {
			x0, x1 := ox*w/nw, max((ox+1)*w/nw, ox*w/nw+1)
			sum := 0
			for y := y0; y < y1; y++ {
				for _, v := range g.Pix[y*g.Stride+x0 : y*g.Stride+x1] {
					sum += int(v)
				}
			}
			out.Pix[oy*out.Stride+ox] = uint8(sum / ((y1 - y0) * (x1 - x0)))
		}
	}
	return out, dpi * targetHeight / th
}
