// Package audit is an append-only log of JSON lines (留痕): who did what,
// to which case, when. Every entry is written with one write to a file
// opened with O_APPEND and synced before Append returns, so an entry whose
// Append returned survives a crash of the process or of the machine. A
// crash in the middle of a write can leave a torn last line: Open cuts it
// off (it was never acknowledged) and the lines before it are untouched.
//
// Lines is the same writer for any JSON value (serve keeps each case's
// review history with it); Log is the audit log proper, with Entry lines
// and a filtered read-back.
package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/zhenggai/zhenggai/internal/durable"
)

// MaxLine bounds one line (an entry and its newline): longer ones are
// refused by Append and skipped by Read.
const MaxLine = 64 << 10

// Lines is an append-only file of JSON lines.
type Lines struct {
	mu   sync.Mutex
	f    *os.File
	path string
	// Cut is how many bytes of a torn last line Open removed (0 when the
	// file ended with a whole line).
	Cut int64
}

// OpenLines opens (creating it, and syncing its folder, if need be) the
// file of JSON lines at path for appending. A last line without its
// newline, or one that is not JSON (a write the machine lost half of), is
// removed first.
func OpenLines(path string) (*Lines, error) {
	created := false
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		created = true
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o640)
	if err != nil {
		return nil, err
	}
	l := &Lines{f: f, path: path}
	if err := l.repair(); err != nil {
		f.Close()
		return nil, fmt.Errorf("修复日志 %s 的末行：%w", filepath.Base(path), err)
	}
	if created {
		if err := durable.SyncDir(filepath.Dir(path)); err != nil {
			f.Close()
			return nil, err
		}
	}
	return l, nil
}

// repair truncates the file after its last whole JSON line.
func (l *Lines) repair() error {
	fi, err := l.f.Stat()
	if err != nil {
		return err
	}
	size := fi.Size()
	if size == 0 {
		return nil
	}
	keep, err := lastGoodEnd(l.f, size)
	if err != nil {
		return err
	}
	if keep == size {
		return nil
	}
	if err := l.f.Truncate(keep); err != nil {
		return err
	}
	l.Cut = size - keep
	return l.f.Sync()
}

// lastGoodEnd is the offset just after the file's last newline, moved back
// one line more when the line it ends is not JSON (a torn write whose
// newline made it to disk and its text did not, as zeros).
func lastGoodEnd(f *os.File, size int64) (int64, error) {
	// Read the tail: the last line is at most MaxLine long, and the one
	// before it too.
	start := max(0, size-2*MaxLine-2)
	buf := make([]byte, size-start)
	if _, err := f.ReadAt(buf, start); err != nil && !errors.Is(err, io.EOF) {
		return 0, err
	}
	end := bytes.LastIndexByte(buf, '\n') + 1 // 0: no newline in the tail
	if end == 0 {
		if start == 0 {
			return 0, nil
		}
		return 0, fmt.Errorf("末尾 %d 字节中没有换行", len(buf))
	}
	prev := bytes.LastIndexByte(buf[:end-1], '\n') + 1
	if line := buf[prev : end-1]; len(line) > 0 && !json.Valid(line) {
		if prev == 0 && start > 0 {
			return 0, fmt.Errorf("末行超过 %d 字节", MaxLine)
		}
		end = prev
	}
	return start + int64(end), nil
}

// Append writes v as one JSON line and syncs the file: once it returns
// nil, the line is on disk.
func (l *Lines) Append(v any) error {
	line, err := json.Marshal(v)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	if len(line) > MaxLine {
		return fmt.Errorf("日志条目超过 %d 字节", MaxLine)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return os.ErrClosed
	}
	if _, err := l.f.Write(line); err != nil {
		return err
	}
	return l.f.Sync()
}

// Close closes the file.
func (l *Lines) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// ReadLines calls fn with each whole line of the file at path, in order
// (a missing file has none). A torn last line (no newline) is not passed;
// lines longer than MaxLine are skipped and counted in skipped.
func ReadLines(path string, fn func(line []byte) error) (skipped int, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	for {
		line, err := readLine(r)
		if errors.Is(err, io.EOF) {
			return skipped, nil
		}
		if errors.Is(err, errLong) {
			skipped++
			continue
		}
		if err != nil {
			return skipped, err
		}
		if err := fn(line); err != nil {
			return skipped, err
		}
	}
}

var errLong = errors.New("line too long")

// readLine reads one line ending in '\n' (without it); a last line without
// one is io.EOF.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	long := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			line = append(line, chunk...)
			if len(line) > MaxLine {
				long, line = true, nil
			}
		}
		switch {
		case err == nil:
			if long {
				return nil, errLong
			}
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return nil, io.EOF
		default:
			return nil, err
		}
	}
}
