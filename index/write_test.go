package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteFailureIsAnError: a batch that fails to be written (no space
// left) or whose write panics inside bleve (as one did with the disk full)
// makes Add, AddPaths and Delete return an error, never panic; nothing of it
// is reported as indexed, and the same call succeeds once the fault is
// gone.
func TestWriteFailureIsAnError(t *testing.T) {
	src := filepath.Join(corpus, "index", "2020-dongchuan-tiyu.txt")
	raw, err := os.ReadFile(src)
	require.NoError(t, err)
	faults := []struct {
		name string
		fail func() error
		is   error // what errors.Is must find in the error, if anything
	}{
		{"no space left", func() error {
			return &os.PathError{Op: "write", Path: "/data/index/000000000001.zap", Err: syscall.ENOSPC}
		}, syscall.ENOSPC},
		{"I/O error", func() error { return &os.SyscallError{Syscall: "fsync", Err: syscall.EIO} }, syscall.EIO},
		{"panic in bleve", func() error { panic(fmt.Sprintf("persister: %v", syscall.ENOSPC)) }, nil},
	}
	ops := []struct {
		name string
		// run writes with x.
		run func(t *testing.T, x *Index) error
		// want is the document count after run succeeds.
		want uint64
	}{
		{"Add", func(t *testing.T, x *Index) error {
			_, _, err := x.Add(context.Background(), src, raw, Meta{})
			return err
		}, 1},
		{"AddPaths", func(t *testing.T, x *Index) error {
			var got []FileResult
			st, err := x.AddPaths(context.Background(), []string{src}, AddOptions{OnFile: func(r FileResult) { got = append(got, r) }})
			if err != nil {
				assert.Zero(t, st.Indexed, "nothing of a failed batch is reported as indexed")
				assert.Empty(t, got)
			}
			return err
		}, 1},
		{"Delete", func(t *testing.T, x *Index) error {
			_, err := x.Delete(context.Background(), src)
			return err
		}, 0},
	}
	for _, f := range faults {
		for _, op := range ops {
			t.Run(f.name+"/"+op.name, func(t *testing.T) {
				x, err := Open(filepath.Join(t.TempDir(), "idx"))
				require.NoError(t, err)
				defer x.Close()
				if op.name == "Delete" {
					_, _, err := x.Add(context.Background(), src, raw, Meta{})
					require.NoError(t, err)
				}
				before, err := x.Count()
				require.NoError(t, err)

				x.failBatch = f.fail
				var werr error
				require.NotPanics(t, func() { werr = op.run(t, x) })
				require.ErrorIs(t, werr, ErrWrite)
				if f.is != nil {
					assert.ErrorIs(t, werr, f.is)
				}
				n, err := x.Count()
				require.NoError(t, err)
				assert.Equal(t, before, n, "a failed batch changes nothing")

				// The fault lifted, the same call catches up.
				x.failBatch = nil
				require.NoError(t, op.run(t, x))
				n, err = x.Count()
				require.NoError(t, err)
				assert.Equal(t, op.want, n)
			})
		}
	}
}
