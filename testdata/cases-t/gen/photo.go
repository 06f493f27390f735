package main

import (
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
)

// photo turns a rendered page into a phone photograph of it: the white
// ground tinted as paper under room light, saved as PNG, JPEG or GIF.
func photo(src, dst, format string) {
	f, err := os.Open(src)
	check(err)
	img, err := png.Decode(f)
	f.Close()
	check(err)
	b := img.Bounds()
	out := image.NewRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			shade := uint32(10 * y / b.Dy()) // a little darker towards the bottom
			out.Set(x, y, color.RGBA{tint(r, 244, shade), tint(g, 240, shade), tint(bl, 232, shade), 255})
		}
	}
	w, err := os.Create(dst)
	check(err)
	defer w.Close()
	switch format {
	case "png":
		check(png.Encode(w, out))
	case "jpg":
		check(jpeg.Encode(w, out, &jpeg.Options{Quality: 85}))
	case "gif":
		check(gif.Encode(w, out, nil))
	}
}

// tint scales a 16-bit channel to paper's max and darkens it by shade.
func tint(c, max, shade uint32) uint8 {
	v := (c >> 8) * max / 255
	if v < shade {
		return 0
	}
	return uint8(v - shade)
}
