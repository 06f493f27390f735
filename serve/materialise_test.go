package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noLinkFS is a faultFS on which no hard link can be made (the blob store
// on another file system): files are copied.
type noLinkFS struct{ *faultFS }

func (noLinkFS) Link(oldname, newname string) error {
	return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: syscall.EXDEV}
}

// TestMaterialiseDiskFull: laying a stored case out for its check (at
// start-up) writes through the store's fileSys: a full disk fails it with
// a disk error, whether its files are linked or copied, and leaves nothing
// under tmp/; with space, the copies are the blobs.
func TestMaterialiseDiskFull(t *testing.T) {
	ts := newTestServer(t, Config{})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	c, ok := ts.store.get(decode[uploadAnswer](t, b).ID)
	require.True(t, ok)
	var total int64
	for _, f := range c.Files {
		total += f.Size
	}
	require.Greater(t, total, int64(1000))

	ffs := newFaultFS()
	for _, tt := range []struct {
		name  string
		fs    fileSys
		limit int64
	}{
		{"nothing can be written", ffs, 0},
		{"copied, full half-way", noLinkFS{ffs}, total / 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ffs.set(tt.limit, -1)
			ts.store.fs = tt.fs
			dir, err := ts.store.materialise(c.Manifest)
			assert.True(t, isDiskError(err), "%v", err)
			assert.Empty(t, dir)
			_, _, faults := ffs.counts()
			assert.Positive(t, faults)
			assert.Empty(t, mustReadDir(t, filepath.Join(ts.dir, dirTmp)), "nothing left in tmp/")
		})
	}

	ffs.set(-1, -1)
	ts.store.fs = noLinkFS{ffs}
	dir, err := ts.store.materialise(c.Manifest)
	require.NoError(t, err)
	defer os.RemoveAll(dir)
	written, _, _ := ffs.counts()
	assert.Equal(t, total, written, "every file copied through the fileSys")
	for _, f := range c.Files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Name)))
		require.NoError(t, err)
		want, err := os.ReadFile(ts.store.blobPath(f.SHA256))
		require.NoError(t, err)
		assert.Equal(t, want, got, f.Name)
	}
}
