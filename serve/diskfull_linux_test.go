package serve

import (
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallDisk mounts a tmpfs of size bytes for the test, or skips it where
// mounting is not permitted (not root, or a sandbox that refuses).
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("mounting a tmpfs is not permitted here: %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmounting %s: %v", dir, err)
		}
	})
	return dir
}

// fill writes a file into dir until the disk is full, and returns it.
func fill(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "filler")
	f, err := os.Create(p)
	require.NoError(t, err)
	defer f.Close()
	buf := make([]byte, 16<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			require.True(t, errors.Is(err, syscall.ENOSPC), "%v", err)
			return p
		}
	}
}

// TestRealDiskFull: the data folder on a small tmpfs that is filled up: an
// upload is answered 507 with the Chinese message and no path, leaves
// nothing behind, and once space is freed the same server stores the case
// and finds it by search.
func TestRealDiskFull(t *testing.T) {
	disk := smallDisk(t, "16m")
	data := filepath.Join(disk, "data")
	ts := newTestServer(t, Config{DataDir: data})
	filler := fill(t, disk)

	up := caseFiles(t, seedCase)
	resp, b := ts.upload(t, up, nil)
	assert.Equal(t, http.StatusInsufficientStorage, resp.StatusCode, string(b))
	assert.Equal(t, msgDiskFull, decode[uploadAnswer](t, b).Error)
	assert.NotContains(t, string(b), disk)
	assert.Empty(t, files(t, data), "nothing of the upload is left")
	assert.Empty(t, ts.store.list())

	require.NoError(t, os.Remove(filler))
	resp, b = ts.upload(t, up, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	requireConsistent(t, ts)
	resp, b = ts.get(t, "/api/search?limit=100&q="+url.QueryEscape("整改"))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	assert.True(t, strings.Contains(string(b), `"`+id+`/`), "the case is found")
}

// TestRealIndexFull: the data folder on a small tmpfs with just room for
// an upload's files and result but not much more, so that the index runs
// out of space (bleve then failed its batch, or panicked in a look-up):
// every upload is answered (201, or 507 when the files did not fit), none
// panics, and a case stored while the index could not be written is found
// by search once space is freed, without a restart.
func TestRealIndexFull(t *testing.T) {
	probe := newTestServer(t, Config{})
	pfs := newFaultFS()
	probe.store.fs = pfs
	resp, b := probe.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	total, _, _ := pfs.counts()

	for margin := int64(256 << 10); margin <= 2<<20; margin += 128 << 10 {
		disk := smallDisk(t, "16m")
		data := filepath.Join(disk, "data")
		ts := newTestServer(t, Config{DataDir: data})
		filler := fill(t, disk)
		fi, err := os.Stat(filler)
		require.NoError(t, err)
		require.NoError(t, os.Truncate(filler, max(fi.Size()-total-margin, 0)))

		resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
		require.Contains(t, []int{http.StatusCreated, http.StatusInsufficientStorage}, resp.StatusCode, string(b))
		requireConsistent(t, ts)
		if resp.StatusCode != http.StatusCreated || len(ts.unindexed()) == 0 {
			continue // the files did not fit, or the index did too
		}
		id := decode[uploadAnswer](t, b).ID
		require.NoError(t, os.Remove(filler))
		assert.Eventually(t, func() bool {
			resp, b := ts.get(t, "/api/search?limit=100&q="+url.QueryEscape("整改"))
			return resp.StatusCode == http.StatusOK && strings.Contains(string(b), `"`+id+`/`)
		}, 20*time.Second, 100*time.Millisecond, "case %s found once space is freed (margin %d)", id, margin)
		assert.Eventually(t, func() bool { return len(ts.unindexed()) == 0 }, 20*time.Second, 50*time.Millisecond)
		return
	}
	t.Skip("no margin left the index alone out of space")
}
