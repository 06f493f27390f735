package serve

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"syscall"

	"github.com/zhenggai/zhenggai/internal/durable"
)

// msgDiskFull is what a request whose files could not be written is
// answered (507): the cause and its path go to the log only.
const msgDiskFull = "服务器磁盘空间不足，案卷未保存，请联系管理员"

// msgResultNotSaved is the error of a stored case whose result could not be
// written: it is checked again when the server starts next.
const msgResultNotSaved = "服务器磁盘空间不足，核查结果未保存，请联系管理员"

// isDiskError reports whether err is the storage failing under a write: no
// space left, a quota exceeded, an I/O error (a write, a sync, a rename),
// or a file system turned read-only after such an error.
func isDiskError(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) ||
		errors.Is(err, syscall.EIO) || errors.Is(err, syscall.EROFS)
}

// errDiskFull is the answer to a request that failed on a disk error.
var errDiskFull = &httpError{status: http.StatusInsufficientStorage, msg: msgDiskFull}

// fileSys is how the store writes: every file, folder, link and rename of
// the data folder goes through it, so that tests can make the disk fail
// (syscall.ENOSPC after so many bytes, EIO on sync). osFS is the real one.
type fileSys interface {
	CreateTemp(dir, pattern string) (writeFile, error)
	MkdirTemp(dir, pattern string) (string, error)
	Mkdir(name string, perm os.FileMode) error
	MkdirAll(name string, perm os.FileMode) error
	Link(oldname, newname string) error
	Rename(oldname, newname string) error
	// SyncDir makes a folder's entries durable.
	SyncDir(dir string) error
}

// writeFile is a file being written (*os.File).
type writeFile = durable.File

type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (writeFile, error) {
	return os.CreateTemp(dir, pattern)
}
func (osFS) MkdirTemp(dir, pattern string) (string, error) { return os.MkdirTemp(dir, pattern) }
func (osFS) Mkdir(name string, perm os.FileMode) error     { return os.Mkdir(name, perm) }
func (osFS) MkdirAll(name string, perm os.FileMode) error  { return os.MkdirAll(name, perm) }
func (osFS) Link(oldname, newname string) error            { return os.Link(oldname, newname) }
func (osFS) Rename(oldname, newname string) error          { return os.Rename(oldname, newname) }
func (osFS) SyncDir(dir string) error                      { return durable.SyncDir(dir) }

// dropResult removes what was written of a case's result when storing it
// failed.
func (s *Server) dropResult(id string) {
	for _, f := range []string{fileResult, fileHTML, fileXLSX} {
		os.Remove(filepath.Join(s.store.caseDir(id), f))
	}
}

// putBlobs puts an upload's files in the blob store and holds them there
// until done is called with the error of the upload's commit: on error, the
// blobs this upload made are removed again (store.dropBlobs).
func (s *Server) putBlobs(u *upload) (done func(*error), err error) {
	release := s.store.hold(u.files)
	made, err := s.storeBlobs(u)
	return func(errp *error) {
		release()
		if *errp != nil {
			s.store.dropBlobs(made)
		}
	}, err
}
