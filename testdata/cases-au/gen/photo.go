package main

import (
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"os"
)

// photograph writes the page image at in (PNG) as a phone photo of it at out
// (JPEG, quality 85): turned by deg degrees about its centre, on a warm paper
// tone, a little darker towards one corner.
func photograph(in, out string, deg float64) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	src, err := png.Decode(f)
	f.Close()
	if err != nil {
		return err
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	lum := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 1
		}
		r, g, bb, _ := src.At(b.Min.X+x, b.Min.Y+y).RGBA()
		return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bb)) / 65535
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			// the source point this pixel shows, sampled bilinearly
			dx, dy := float64(x)-cx, float64(y)-cy
			sx, sy := cos*dx+sin*dy+cx, -sin*dx+cos*dy+cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := lum(x0, y0)*(1-fx)*(1-fy) + lum(x0+1, y0)*fx*(1-fy) + lum(x0, y0+1)*(1-fx)*fy + lum(x0+1, y0+1)*fx*fy
			shade := 1 - 0.10*(float64(x)/float64(w)+float64(y)/float64(h))/2
			dst.Set(x, y, color.RGBA{
				R: uint8(math.Min(255, v*244*shade+4)),
				G: uint8(math.Min(255, v*236*shade+4)),
				B: uint8(math.Min(255, v*220*shade+4)),
				A: 255,
			})
		}
	}
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	defer o.Close()
	return jpeg.Encode(o, dst, &jpeg.Options{Quality: 85})
}
