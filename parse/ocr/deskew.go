package ocr

import (
	"image"
	"math"
)

// Skew correction: the angle is the one at which the dark pixels, sheared
// onto the vertical axis, pile up into the sharpest rows (text lines), tried
// every 0.2° up to maxSkew and then every 0.02° around the best.
const (
	maxSkew = 5.0 // degrees
	// minSkew is the smallest angle corrected.
	minSkew = 0.3
	// maxSkewPoints bounds the dark pixels the estimate looks at.
	maxSkewPoints = 400_000
)

// deskew returns g turned so that its text lines run horizontally, and the
// angle it found (degrees, positive when lines fall to the right); g itself
// when the angle is under minSkew.
func deskew(g *image.Gray) (*image.Gray, float64) {
	a := skewAngle(g)
	if math.Abs(a) < minSkew {
		return g, a
	}
	return rotate(g, a), a
}

// skewAngle estimates the slope of g's text lines, in degrees.
func skewAngle(g *image.Gray) float64 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	dark := 0
	for y := 0; y < h; y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if v < 128 {
				dark++
			}
		}
	}
	if dark < 100 {
		return 0
	}
	step := max(1, dark/maxSkewPoints)
	xs := make([]float64, 0, dark/step+1)
	ys := make([]float64, 0, dark/step+1)
	i := 0
	for y := 0; y < h; y++ {
		for x, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if v < 128 {
				if i%step == 0 {
					xs = append(xs, float64(x))
					ys = append(ys, float64(y))
				}
				i++
			}
		}
	}
	pad := float64(w) * math.Tan(maxSkew*math.Pi/180)
	bins := make([]float64, h+2*int(pad)+2)
	score := func(deg float64) float64 {
		clear(bins)
		t := math.Tan(deg * math.Pi / 180)
		for j := range xs {
			bins[int(ys[j]-xs[j]*t+pad)]++
		}
		s := 0.0
		for _, c := range bins {
			s += c * c
		}
		return s
	}
	best, bestScore := 0.0, score(0)
	search := func(from, to, by float64) {
		for a := from; a <= to+1e-9; a += by {
			if s := score(a); s > bestScore {
				best, bestScore = a, s
			}
		}
	}
	search(-maxSkew, maxSkew, 0.2)
	search(best-0.2, best+0.2, 0.02)
	return best
}

// rotate turns g by deg degrees about its centre so that a line of slope
// deg becomes horizontal (bilinear, white outside the source).
func rotate(g *image.Gray, deg float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	s, c := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 255
		}
		return float64(g.Pix[y*g.Stride+x])
	}
	for y := 0; y < h; y++ {
		row := out.Pix[y*out.Stride:]
		dy := float64(y) - cy
		for x := 0; x < w; x++ {
			dx := float64(x) - cx
			sx, sy := c*dx-s*dy+cx, s*dx+c*dy+cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
			row[x] = uint8(v + 0.5)
		}
	}
	return out
}
