package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
)

// maxZipEntries bounds the number of members a DOCX, XLSX or OFD may have.
const maxZipEntries = 20000

// zipArchive reads members of a zip-based format within a budget of
// decompressed bytes, so a zip bomb fails with ErrTooLarge instead of
// exhausting memory. archive/zip itself refuses members that inflate past
// their declared size, so the declared sizes bound the real ones.
type zipArchive struct {
	r      *zip.Reader
	byName map[string]*zip.File
	budget int64
}

func openZip(data []byte, o Options) (*zipArchive, error) {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, cause(ErrCorrupt, "not a valid zip archive: %v", err)
	}
	if len(r.File) > maxZipEntries {
		return nil, cause(ErrTooLarge, "zip archive has %d members (limit %d)", len(r.File), maxZipEntries)
	}
	z := &zipArchive{r: r, byName: make(map[string]*zip.File, len(r.File)), budget: o.MaxDecompressed}
	for _, f := range r.File {
		if f.Flags&0x1 != 0 {
			return nil, cause(ErrEncrypted, "zip member %s is encrypted", f.Name)
		}
		z.byName[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	return z, nil
}

// declared sums the declared uncompressed sizes of all members.
func (z *zipArchive) declared() uint64 {
	var n uint64
	for _, f := range z.r.File {
		n += f.UncompressedSize64
	}
	return n
}

func (z *zipArchive) lookup(name string) *zip.File {
	return z.byName[strings.ToLower(strings.TrimPrefix(name, "/"))]
}

func (z *zipArchive) has(name string) bool { return z.lookup(name) != nil }

var errNoMember = errors.New("zip member not found")

// read returns a member's bytes, charging them to the budget.
func (z *zipArchive) read(name string) ([]byte, error) {
	f := z.lookup(name)
	if f == nil {
		return nil, cause(ErrCorrupt, "%s: %v", name, errNoMember)
	}
	if f.UncompressedSize64 > uint64(z.budget) {
		return nil, cause(ErrTooLarge, "%s unpacks to %d bytes, over the %d-byte limit", name, f.UncompressedSize64, z.budget)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, cause(ErrCorrupt, "%s: %v", name, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(rc, z.budget+1))
	if err != nil {
		return nil, cause(ErrCorrupt, "%s: %v", name, err)
	}
	if n > z.budget {
		return nil, cause(ErrTooLarge, "decompressed content is over the %d-byte limit", z.budget)
	}
	z.budget -= n
	return buf.Bytes(), nil
}
