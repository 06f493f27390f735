package model

import "time"

// Default limits. They bound what one file may cost; Options changes them.
const (
	DefaultMaxFileSize     = 256 << 20 // bytes read from disk
	DefaultMaxDecompressed = 200 << 20 // bytes unpacked from a DOCX, XLSX or OFD
	DefaultTimeout         = 60 * time.Second
	DefaultMaxPages        = 5000
	DefaultMaxTextSize     = 32 << 20 // bytes of an HTML, TXT, Markdown or CSV file
)

// Options bounds the work Parse does on one file. The zero value means the
// defaults.
type Options struct {
	// MaxFileSize is the largest file accepted, in bytes.
	MaxFileSize int64
	// MaxDecompressed is the most a zip-based file (DOCX, XLSX, OFD) may
	// unpack to, in bytes, summed over the parts that are read.
	MaxDecompressed int64
	// Timeout bounds the time spent on one file.
	Timeout time.Duration
	// MaxPages bounds the pages read from a PDF or OFD.
	MaxPages int
	// MaxTextSize bounds HTML, TXT, Markdown and CSV files, which are read
	// whole into memory (an HTML page's tree takes several times its size).
	MaxTextSize int64
}

// WithDefaults returns o with each zero limit set to its default.
func (o Options) WithDefaults() Options {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxDecompressed <= 0 {
		o.MaxDecompressed = DefaultMaxDecompressed
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxTextSize <= 0 {
		o.MaxTextSize = DefaultMaxTextSize
	}
	return o
}
