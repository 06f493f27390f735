// Package durable writes files so that a crash leaves either the old
// content or the new one, never half of it: the content goes to a temporary
// file in the same folder, is synced, renamed over the target, and the
// folder is synced so that the rename itself survives a power cut.
package durable

import (
	"io"
	"os"
	"path/filepath"
)

// SyncDir makes a folder's entries (a rename, a new file) durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// File is a file being written (*os.File).
type File interface {
	io.Writer
	Name() string
	Chmod(mode os.FileMode) error
	Sync() error
	Close() error
}

// FS is what WriteFileFS writes through: the operating system's (OS) or a
// test's that makes the disk fail.
type FS interface {
	CreateTemp(dir, pattern string) (File, error)
	Rename(oldname, newname string) error
	// SyncDir makes a folder's entries durable.
	SyncDir(dir string) error
}

// OS is the operating system's FS.
var OS FS = osFS{}

type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (File, error) { return os.CreateTemp(dir, pattern) }
func (osFS) Rename(oldname, newname string) error         { return os.Rename(oldname, newname) }
func (osFS) SyncDir(dir string) error                     { return SyncDir(dir) }

// WriteFile replaces path with what write writes, with permissions perm;
// on any error path is left as it was and the temporary file is removed.
func WriteFile(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return WriteFileFS(OS, path, perm, write)
}

// WriteFileFS is WriteFile through fsys.
func WriteFileFS(fsys FS, path string, perm os.FileMode, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	f, err := fsys.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = fsys.Rename(f.Name(), path); err != nil {
		return err
	}
	return fsys.SyncDir(dir)
}
