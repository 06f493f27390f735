package image

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/jpeg"
	"image/png"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withPHYs returns a PNG of img with a pHYs chunk of ppm pixels per unit
// (unit 1: the metre) put before its image data, as scanners write it.
func withPHYs(t *testing.T, ppm uint32, unit byte) []byte {
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4))))
	data := b.Bytes()
	chunk := make([]byte, 9)
	binary.BigEndian.PutUint32(chunk, ppm)
	binary.BigEndian.PutUint32(chunk[4:], ppm)
	chunk[8] = unit
	var c bytes.Buffer
	binary.Write(&c, binary.BigEndian, uint32(len(chunk)))
	c.WriteString("pHYs")
	c.Write(chunk)
	binary.Write(&c, binary.BigEndian, crc32.ChecksumIEEE(append([]byte("pHYs"), chunk...)))
	at := 8 + 12 + 13 // after the signature and the IHDR chunk
	return append(append(append([]byte{}, data[:at]...), c.Bytes()...), data[at:]...)
}

// withJFIF returns a JPEG whose JFIF segment states density x in units
// (1: per inch, 2: per centimetre).
func withJFIF(t *testing.T, units byte, x uint16) []byte {
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 8)), nil))
	data := b.Bytes()
	if !bytes.Equal(data[6:11], []byte("JFIF\x00")) {
		// The encoder writes no JFIF segment: put one after SOI.
		seg := []byte{0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 0, 0, 0, 0, 0}
		data = append(append([]byte{0xFF, 0xD8}, seg...), data[2:]...)
	}
	data[13] = units
	binary.BigEndian.PutUint16(data[14:], x)
	binary.BigEndian.PutUint16(data[16:], x)
	return data
}

func TestDensity(t *testing.T) {
	tests := []struct {
		name   string
		data   func(t *testing.T) []byte
		format string
		want   int
	}{
		{"PNG at 150 dpi (5906 per metre)", func(t *testing.T) []byte { return withPHYs(t, 5906, 1) }, "png", 150},
		{"PNG at 300 dpi", func(t *testing.T) []byte { return withPHYs(t, 11811, 1) }, "png", 300},
		{"PNG with an aspect ratio only", func(t *testing.T) []byte { return withPHYs(t, 5906, 0) }, "png", 0},
		{"PNG at 72 dpi, a default that says nothing", func(t *testing.T) []byte { return withPHYs(t, 2835, 1) }, "png", 0},
		{"PNG without pHYs", func(t *testing.T) []byte {
			var b bytes.Buffer
			require.NoError(t, png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4))))
			return b.Bytes()
		}, "png", 0},
		{"JPEG at 200 dpi", func(t *testing.T) []byte { return withJFIF(t, 1, 200) }, "jpeg", 200},
		{"JPEG at 118 per cm (300 dpi)", func(t *testing.T) []byte { return withJFIF(t, 2, 118) }, "jpeg", 300},
		{"JPEG with an aspect ratio only", func(t *testing.T) []byte { return withJFIF(t, 0, 1) }, "jpeg", 0},
		{"truncated PNG", func(t *testing.T) []byte { return withPHYs(t, 5906, 1)[:30] }, "png", 0},
		{"other format", func(t *testing.T) []byte { return []byte("II*\x00") }, "tiff", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			assert.Equal(t, tt.want, density(data, tt.format))
			if tt.format == "png" && len(data) > 40 {
				_, err := png.Decode(bytes.NewReader(data))
				require.NoError(t, err, "the chunk keeps the PNG readable")
			}
		})
	}
}

func TestPageDensity(t *testing.T) {
	tests := []struct {
		dpi, w, h, want int
	}{
		{150, 1241, 1754, 150}, // A4 at 150 dpi
		{300, 2480, 3508, 300}, // A4 at 300 dpi
		{300, 1241, 1754, 0},   // an A4 at 150 tagged 300: 4.1 × 5.8 inches
		{600, 1241, 1754, 0},
		{100, 1241, 1754, 0},   // 12.4 × 17.5 inches: past A3
		{200, 1754, 1241, 200}, // landscape
		{0, 1241, 1754, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pageDensity(tt.dpi, tt.w, tt.h), "%d dpi, %d×%d", tt.dpi, tt.w, tt.h)
	}
}
