package doc

import (
	"bytes"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"

	"github.com/zhenggai/zhenggai/parse/model"
)

// compound is a compound file (OLE2 structured storage) opened from
// memory: its root-level streams by name.
type compound struct {
	data    []byte
	streams map[string]*mscfb.File
}

// maxEntries bounds the directory entries looked at.
const maxEntries = 4096

// openCompound opens data as a compound file. A panic inside the library
// on a damaged file becomes ErrCorrupt (only the library's own code runs
// under this recover).
func openCompound(data []byte) (c *compound, err error) {
	defer func() {
		if p := recover(); p != nil {
			c, err = nil, model.Cause(model.ErrCorrupt, "damaged compound file (%v)", p)
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "not a readable compound file: %v", err)
	}
	c = &compound{data: data, streams: map[string]*mscfb.File{}}
	for i, f := range r.File {
		if i >= maxEntries {
			break
		}
		if len(f.Path) == 0 && f.Size > 0 {
			if _, dup := c.streams[f.Name]; !dup {
				c.streams[f.Name] = f
			}
		}
	}
	return c, nil
}

// has reports whether the root storage holds a stream called name.
func (c *compound) has(name string) bool {
	_, ok := c.streams[name]
	return ok
}

// read returns the whole stream called name. A stream cannot be larger
// than the file holding it, so a larger declared size is damage, not a
// reason to allocate.
func (c *compound) read(name string) (b []byte, err error) {
	f, ok := c.streams[name]
	if !ok {
		return nil, model.Cause(model.ErrCorrupt, "the %s stream is missing", name)
	}
	if f.Size > int64(len(c.data)) {
		return nil, model.Cause(model.ErrCorrupt, "the %s stream claims %d bytes in a %d-byte file", name, f.Size, len(c.data))
	}
	defer func() {
		if p := recover(); p != nil {
			b, err = nil, model.Cause(model.ErrCorrupt, "damaged %s stream (%v)", name, p)
		}
	}()
	b = make([]byte, f.Size)
	n, err := f.ReadAt(b, 0)
	if err != nil && err != io.EOF {
		return nil, model.Cause(model.ErrCorrupt, "reading the %s stream: %v", name, err)
	}
	if int64(n) < f.Size {
		return nil, model.Cause(model.ErrCorrupt, "the %s stream is truncated (%d of %d bytes)", name, n, f.Size)
	}
	return b, nil
}

// Application is what a compound file holds, told by its streams.
type Application int

// The applications Probe tells apart.
const (
	AppUnknown    Application = iota
	AppWord                   // a WordDocument stream: Word 97–2003 or WPS text
	AppExcel                  // a Workbook or Book stream: Excel or WPS spreadsheets
	AppPowerPoint             // a PowerPoint Document stream
	AppEncrypted              // an encrypted OOXML package (EncryptionInfo, EncryptedPackage)
)

// Probe tells which application wrote data, a compound file, from the
// streams its root storage holds. It reads the directory only; a file that
// is not a readable compound file is ErrCorrupt.
func Probe(data []byte) (Application, error) {
	c, err := openCompound(data)
	if err != nil {
		return AppUnknown, err
	}
	switch {
	case c.has("EncryptionInfo") || c.has("EncryptedPackage"):
		return AppEncrypted, nil
	case c.has("WordDocument"):
		return AppWord, nil
	case c.has("Workbook") || c.has("Book"):
		return AppExcel, nil
	case c.has("PowerPoint Document"):
		return AppPowerPoint, nil
	}
	return AppUnknown, nil
}

func (a Application) String() string {
	switch a {
	case AppWord:
		return "Word"
	case AppExcel:
		return "Excel"
	case AppPowerPoint:
		return "PowerPoint"
	case AppEncrypted:
		return "encrypted OOXML"
	}
	return fmt.Sprintf("unknown (%d)", int(a))
}
