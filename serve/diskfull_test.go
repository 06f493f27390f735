package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/internal/durable"
	"github.com/zhenggai/zhenggai/parse"
)

// faultFS is the real file system whose disk fills up: once limit bytes
// are written, a write stops short with ENOSPC and creating a file, a
// folder or a link fails alike; after syncLimit syncs (of a file or a
// folder) each sync fails with EIO. A limit below zero is no limit. It
// counts what is written and synced either way.
type faultFS struct {
	osFS
	mu                sync.Mutex
	limit, syncLimit  int64
	written, syncs    int64
	faults            int // failures returned
	createsAfterLimit bool
}

func newFaultFS() *faultFS { return &faultFS{limit: -1, syncLimit: -1} }

// set sets the limits and the counters back to zero.
func (f *faultFS) set(limit, syncLimit int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limit, f.syncLimit, f.written, f.syncs, f.faults = limit, syncLimit, 0, 0, 0
}

func (f *faultFS) counts() (written, syncs int64, faults int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.written, f.syncs, f.faults
}

// full reports (and counts) whether nothing more can be written.
func (f *faultFS) full() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.limit >= 0 && f.written >= f.limit {
		f.faults++
		return true
	}
	return false
}

// grant takes up to n bytes of the space left.
func (f *faultFS) grant(n int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.limit >= 0 && int64(n) > f.limit-f.written {
		n = int(max(f.limit-f.written, 0))
		f.faults++
	}
	f.written += int64(n)
	return n
}

// sync reports the error of one more sync.
func (f *faultFS) sync(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.syncs++
	if f.syncLimit >= 0 && f.syncs > f.syncLimit {
		f.faults++
		return &os.PathError{Op: "sync", Path: name, Err: syscall.EIO}
	}
	return nil
}

func enospc(op, name string) error { return &os.PathError{Op: op, Path: name, Err: syscall.ENOSPC} }

func (f *faultFS) CreateTemp(dir, pattern string) (writeFile, error) {
	if f.full() {
		return nil, enospc("open", filepath.Join(dir, pattern))
	}
	file, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &faultFile{File: file, fs: f}, nil
}

func (f *faultFS) MkdirTemp(dir, pattern string) (string, error) {
	if f.full() {
		return "", enospc("mkdir", filepath.Join(dir, pattern))
	}
	return os.MkdirTemp(dir, pattern)
}

func (f *faultFS) Mkdir(name string, perm os.FileMode) error {
	if f.full() {
		return enospc("mkdir", name)
	}
	return os.Mkdir(name, perm)
}

func (f *faultFS) MkdirAll(name string, perm os.FileMode) error {
	if _, err := os.Stat(name); err != nil && f.full() {
		return enospc("mkdir", name)
	}
	return os.MkdirAll(name, perm)
}

func (f *faultFS) Link(oldname, newname string) error {
	if f.full() {
		return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: syscall.ENOSPC}
	}
	return os.Link(oldname, newname)
}

func (f *faultFS) SyncDir(dir string) error {
	if err := f.sync(dir); err != nil {
		return err
	}
	return durable.SyncDir(dir)
}

type faultFile struct {
	*os.File
	fs *faultFS
}

func (w *faultFile) Write(p []byte) (int, error) {
	n := w.fs.grant(len(p))
	m, err := w.File.Write(p[:n])
	if err == nil && m < len(p) {
		err = enospc("write", w.Name())
	}
	return m, err
}

// ReadFrom writes through Write: *os.File's own (io.Copy's copy_file_range)
// would write past the limit unseen.
func (w *faultFile) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{w}, r)
}

func (w *faultFile) Sync() error {
	if err := w.fs.sync(w.Name()); err != nil {
		return err
	}
	return w.File.Sync()
}

// files lists the regular files under the data folder's blobs/, cases/ and
// tmp/ (empty folders are no case).
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, sub := range []string{dirBlobs, dirCases, dirTmp} {
		err := filepath.WalkDir(filepath.Join(dir, sub), func(p string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && p != filepath.Join(dir, sub) {
				// An upload's folder removed while the walk reads it: the
				// request that made it is cleaning up after its response.
				return nil
			}
			if err != nil {
				return err
			}
			if !d.IsDir() {
				rel, _ := filepath.Rel(dir, p)
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
		require.NoError(t, err)
	}
	return out
}

// requireConsistent checks that every stored case's manifest names blobs
// that are there, and that no temporary file is left.
func requireConsistent(t *testing.T, ts *testServer) {
	t.Helper()
	for _, p := range files(t, ts.dir) {
		assert.NotContains(t, filepath.Base(p), ".tmp-", "a temporary file is left")
	}
	for _, c := range ts.store.list() {
		_, err := os.Stat(filepath.Join(ts.store.caseDir(c.ID), fileManifest))
		require.NoError(t, err)
		for _, f := range c.Files {
			_, err := os.Stat(ts.store.blobPath(f.SHA256))
			assert.NoError(t, err, "case %s: %s's blob", c.ID, f.Name)
		}
	}
}

// TestDiskFullUpload: an API upload that meets a full disk (no space left
// after so many bytes, or an I/O error on a sync), wherever it is in its
// storing, is answered 507 with a Chinese message that shows no path;
// nothing of it is left on disk (no temporary file, no blob, no case folder
// without a manifest, no manifest of a missing blob); and once there is
// space again the same upload is stored.
func TestDiskFullUpload(t *testing.T) {
	up := caseFiles(t, seedCase)
	// What a stored upload writes and syncs.
	probe := newTestServer(t, Config{})
	pfs := newFaultFS()
	probe.store.fs = pfs
	resp, b := probe.upload(t, up, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	total, syncs, _ := pfs.counts()
	require.Greater(t, total, int64(1000))
	require.Greater(t, syncs, int64(4))

	cases := []struct {
		name             string
		limit, syncLimit int64
	}{
		{"no space at all", 0, -1},
		{"space for one byte", 1, -1},
		{"full while receiving", total / 4, -1},
		{"full at half", total / 2, -1},
		{"full while writing the result", total * 9 / 10, -1},
		// The manifest comes last; a result may vary by some bytes (its times).
		{"full in the manifest", total - 100, -1},
		{"I/O error on the first sync", -1, 0},
		{"I/O error midway", -1, syncs / 2},
		{"I/O error on the last sync", -1, syncs - 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, Config{})
			ffs := newFaultFS()
			ts.store.fs = ffs
			ffs.set(tc.limit, tc.syncLimit)
			resp, b := ts.upload(t, up, nil)
			_, _, faults := ffs.counts()
			require.Positive(t, faults, "the fault was met")
			assert.Equal(t, http.StatusInsufficientStorage, resp.StatusCode, string(b))
			a := decode[uploadAnswer](t, b)
			assert.Equal(t, msgDiskFull, a.Error)
			assert.NotContains(t, string(b), ts.dir)
			assert.NotContains(t, string(b), "no space")
			assert.Empty(t, files(t, ts.dir), "nothing of the upload is left")
			assert.Empty(t, ts.store.list())
			requireConsistent(t, ts)

			// Space again: the same upload is stored, in the same process.
			ffs.set(-1, -1)
			resp, b = ts.upload(t, up, nil)
			require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
			assert.Len(t, ts.store.list(), 1)
			requireConsistent(t, ts)
		})
	}
}

// TestDiskFullPageUpload: the pages answer a full disk with 507 and the
// Chinese message too; a case acknowledged before the disk filled, whose
// result then cannot be written, shows why without a path and leaves no
// part of a result (it is checked again at the next start).
func TestDiskFullPageUpload(t *testing.T) {
	ts := newTestServer(t, Config{})
	ffs := newFaultFS()
	ts.store.fs = ffs
	ffs.set(0, -1)
	resp, b := ts.pageUpload(t, caseFiles(t, seedCase), nil)
	assert.Equal(t, http.StatusInsufficientStorage, resp.StatusCode)
	assert.Contains(t, string(b), msgDiskFull)
	assert.NotContains(t, string(b), ts.dir)
	assert.Empty(t, files(t, ts.dir))

	// Room for the files and the manifest only: the result does not fit.
	probe := newTestServer(t, Config{})
	pfs := newFaultFS()
	probe.store.fs = pfs
	resp, _ = probe.pageUpload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	stored, _, _ := pfs.counts()
	ffs.set(stored+100, -1)
	resp, b = ts.pageUpload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	id := strings.TrimPrefix(resp.Header.Get("Location"), "/cases/")
	page := string(ts.waitDone(t, id))
	assert.Contains(t, page, msgResultNotSaved)
	assert.NotContains(t, page, ts.dir)
	for _, f := range []string{fileResult, fileHTML, fileXLSX, fileError} {
		assert.NoFileExists(t, filepath.Join(ts.store.caseDir(id), f))
	}
	requireConsistent(t, ts)
}

// faultIndex is the server's index whose batches fail to be written while
// failing is set, as they did with the disk full.
type faultIndex struct {
	*index.Index
	failing atomic.Bool
	fails   atomic.Int64
	settles atomic.Int64
}

// Settle waits as scorch's did with the disk full: its persister cannot
// finish, so the wait lasts until ctx ends.
func (x *faultIndex) Settle(ctx context.Context) error {
	x.settles.Add(1)
	if x.failing.Load() {
		<-ctx.Done()
		return ctx.Err()
	}
	return x.Index.Settle(ctx)
}

func (x *faultIndex) err() error {
	if x.failing.Load() {
		x.fails.Add(1)
		return fmt.Errorf("%w: %w", index.ErrWrite, &os.PathError{Op: "write", Path: "/data/index/x.zap", Err: syscall.ENOSPC})
	}
	return nil
}

func (x *faultIndex) Add(ctx context.Context, path string, data []byte, meta index.Meta) (string, bool, error) {
	if err := x.err(); err != nil {
		return "", false, err
	}
	return x.Index.Add(ctx, path, data, meta)
}

func (x *faultIndex) AddParsed(ctx context.Context, path string, data []byte, doc *parse.Document, meta index.Meta) (string, bool, error) {
	if err := x.err(); err != nil {
		return "", false, err
	}
	return x.Index.AddParsed(ctx, path, data, doc, meta)
}

// TestFailedIndexWriteDoesNotSettle: an upload whose indexing failed on a
// write is answered without waiting for the index to settle (with the disk
// full its persister never does, and the answer was held for settleTimeout),
// and one whose indexing succeeded waits for it.
func TestFailedIndexWriteDoesNotSettle(t *testing.T) {
	ts := newTestServer(t, Config{})
	fx := &faultIndex{Index: ts.index}
	ts.indexW = fx
	fx.failing.Store(true)
	start := time.Now()
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	assert.Positive(t, fx.fails.Load())
	assert.Zero(t, fx.settles.Load(), "settled after a failed write")
	assert.Less(t, time.Since(start), settleTimeout/2)

	fx.failing.Store(false)
	resp, b = ts.upload(t, caseFiles(t, "02-qingxi-ziranziyuan-clean"), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	assert.Positive(t, fx.settles.Load(), "a written case waits for the index to settle")
}

// TestIndexCatchesUp: cases stored while the index cannot be written are
// acknowledged (they are stored), and found by search once the index can
// be written again, without a restart: by the retry in the background, or
// at once when another case is indexed.
func TestIndexCatchesUp(t *testing.T) {
	for _, how := range []string{"in the background", "after the next upload"} {
		t.Run(how, func(t *testing.T) {
			ts := newTestServer(t, Config{})
			fx := &faultIndex{Index: ts.index}
			ts.indexW = fx
			fx.failing.Store(true)
			var ids []string
			for _, name := range []string{seedCase, "03-tongling-shichangjianguan"} {
				resp, b := ts.upload(t, caseFiles(t, name), nil)
				require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
				ids = append(ids, decode[uploadAnswer](t, b).ID)
			}
			require.Positive(t, fx.fails.Load())
			found := func(id string) bool {
				resp, b := ts.get(t, "/api/search?limit=100&q="+url.QueryEscape("整改"))
				require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
				return strings.Contains(string(b), `"`+id+`/`)
			}
			for _, id := range ids {
				require.False(t, found(id), "not indexed while the index fails")
			}
			assert.ElementsMatch(t, ids, ts.unindexed())

			fx.failing.Store(false)
			wait := 10 * time.Second
			if how == "after the next upload" {
				resp, b := ts.upload(t, caseFiles(t, "02-qingxi-ziranziyuan-clean"), nil)
				require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
				// Sooner than the retry's first wait after a failure.
				wait = retryMin * 3 / 4
			}
			for _, id := range ids {
				assert.Eventually(t, func() bool { return found(id) }, wait, 50*time.Millisecond, "case %s found", id)
			}
			assert.Eventually(t, func() bool { return len(ts.unindexed()) == 0 }, 10*time.Second, 20*time.Millisecond)
		})
	}
}
