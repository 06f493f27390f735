// Package safezip reads the members of a zip-based document (DOCX, XLSX,
// OFD) within a budget of decompressed bytes, so that a zip bomb fails with
// model.ErrTooLarge instead of exhausting memory.
package safezip

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/zhenggai/zhenggai/parse/model"
)

// maxZipEntries bounds the number of members a DOCX, XLSX or OFD may have.
const maxZipEntries = 20000

// Archive reads members of a zip-based format within a budget of
// decompressed bytes, so a zip bomb fails with ErrTooLarge instead of
// exhausting memory. archive/zip itself refuses members that inflate past
// their declared size, so the declared sizes bound the real ones.
type Archive struct {
	r      *zip.Reader
	byName map[string]*zip.File
	budget int64
}

// Open reads the directory of the zip archive data; the members read from
// it may unpack to budget bytes in all.
func Open(data []byte, budget int64) (*Archive, error) {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "not a valid zip archive: %v", err)
	}
	if len(r.File) > maxZipEntries {
		return nil, model.Cause(model.ErrTooLarge, "zip archive has %d members (limit %d)", len(r.File), maxZipEntries)
	}
	z := &Archive{r: r, byName: make(map[string]*zip.File, len(r.File)), budget: budget}
	for _, f := range r.File {
		if f.Flags&0x1 != 0 {
			return nil, model.Cause(model.ErrEncrypted, "zip member %s is encrypted", f.Name)
		}
		z.byName[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	return z, nil
}

// Declared sums the declared uncompressed sizes of all members.
func (z *Archive) Declared() uint64 {
	var n uint64
	for _, f := range z.r.File {
		n += f.UncompressedSize64
	}
	return n
}

// Members returns the archive's members in the order of its directory.
func (z *Archive) Members() []*zip.File { return z.r.File }

// Lookup returns the member called name (case and a leading slash
// aside), or nil.
func (z *Archive) Lookup(name string) *zip.File {
	return z.byName[strings.ToLower(strings.TrimPrefix(name, "/"))]
}

// Has reports whether the archive has a member called name.
func (z *Archive) Has(name string) bool { return z.Lookup(name) != nil }

var errNoMember = errors.New("zip member not found")

// Read returns a member's bytes, charging them to the budget.
func (z *Archive) Read(name string) ([]byte, error) {
	f := z.Lookup(name)
	if f == nil {
		return nil, model.Cause(model.ErrCorrupt, "%s: %v", name, errNoMember)
	}
	if f.UncompressedSize64 > uint64(z.budget) {
		return nil, model.Cause(model.ErrTooLarge, "%s unpacks to %d bytes, over the %d-byte limit", name, f.UncompressedSize64, z.budget)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "%s: %v", name, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(rc, z.budget+1))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "%s: %v", name, err)
	}
	if n > z.budget {
		return nil, model.Cause(model.ErrTooLarge, "decompressed content is over the %d-byte limit", z.budget)
	}
	z.budget -= n
	return buf.Bytes(), nil
}
