package serve

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/zhenggai/zhenggai/internal/durable"
	"github.com/zhenggai/zhenggai/verify"
)

// The layout of the data folder:
//
//	DIR/blobs/ab/abcdef…      uploaded files, named by the SHA-256 of their content
//	DIR/cases/ID/manifest.json the case: its info and its files (name → hash)
//	DIR/cases/ID/result.json   check's JSON; result.html, result.xlsx beside it
//	DIR/cases/ID/error.json    {"error": …} when the check failed
//	DIR/index/                 the bleve index of reports, minutes and ledgers
//	DIR/tmp/                   uploads being received and cases being checked
//
// A case exists once its manifest.json is on disk; the manifest is written
// last for a case checked before it is acknowledged (the API) and first for
// one checked after (the pages), whose result follows. Every file is written
// to a temporary name, synced, renamed and its folder synced.
const (
	dirBlobs = "blobs"
	dirCases = "cases"
	dirIndex = "index"
	dirTmp   = "tmp"

	fileManifest = "manifest.json"
	fileResult   = "result.json"
	fileHTML     = "result.html"
	fileXLSX     = "result.xlsx"
	fileDOCX     = "result.docx"
	fileError    = "error.json"
)

// Manifest is a stored case: when it came, its info (case.json merged with
// the form's fields) and its files.
type Manifest struct {
	ID      string      `json:"id"`
	Created time.Time   `json:"created"`
	Info    verify.Info `json:"info"`
	Files   []FileEntry `json:"files"`
	// Name is the name a user gave the case (renameCase), shown instead of
	// its unit.
	Name string `json:"name,omitempty"`
}

// FileEntry is one file of a case: its place in the case folder and the
// SHA-256 of its content (its name in the blob store).
type FileEntry struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Status is where a case is in its life.
type Status string

// The statuses of a case.
const (
	StatusQueued  Status = "queued"  // stored, waiting for a worker
	StatusRunning Status = "running" // being checked
	StatusDone    Status = "done"    // checked; the result is stored
	StatusFailed  Status = "failed"  // the check could not be done (see Error)
)

// caseState is what the server keeps in memory about a case.
type caseState struct {
	Manifest
	Status  Status
	Summary verify.Summary
	// Case lists the checked case's files, once it is done.
	Case    verify.CaseSummary
	Error   string
	Started time.Time
	// Inferred is what the check read from the report rather than from
	// the case (its unit, dates, as-of date), once it is done.
	Inferred inferred
	// OCR is how far the running check has recognised a scan, if it has
	// one (shown on the case's page and in GET /api/cases/{id}).
	OCR *ocrProgress
}

// ocrProgress is how far the recognition (OCR) of a scanned file has gone.
type ocrProgress struct {
	File  string `json:"file"`
	Page  int    `json:"page"`
	Pages int    `json:"pages"`
}

var idRE = regexp.MustCompile(`^[0-9]{8}T[0-9]{6}-[0-9a-f]{12}$`)

// validID reports whether id has the shape newID makes (and so is safe in
// a path).
func validID(id string) bool { return idRE.MatchString(id) }

// newID makes a case id that sorts by time: 20240131T120000-0123456789ab.
func newID(now time.Time) string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported systems
	}
	return now.UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b[:])
}

// store is the data folder.
type store struct {
	dir string
	// fs writes the data folder's files (osFS; a failing one in tests).
	fs fileSys

	mu    sync.Mutex
	cases map[string]*caseState
	// inflight counts, per blob, the uploads being stored that use it: a
	// blob an upload made is removed when the upload fails only if no
	// other upload in flight and no stored case uses it.
	inflight map[string]int
	// loaded tells that load has read the cases folder; unloaded counts
	// the folders in it that hold a manifest load did not load (unreadable,
	// out of bounds, a name that is no case id): their blobs are unknown.
	loaded   bool
	unloaded int
}

func openStore(dir string) (*store, error) {
	for _, d := range []string{dir, filepath.Join(dir, dirBlobs), filepath.Join(dir, dirCases), filepath.Join(dir, dirTmp)} {
		if err := os.MkdirAll(d, 0o750); err != nil {
			return nil, err
		}
	}
	// Whatever was being received or checked when the last process ended
	// is gone; cases still waiting for their check are checked again.
	if err := removeContents(filepath.Join(dir, dirTmp)); err != nil {
		return nil, err
	}
	return &store{dir: dir, fs: osFS{}, cases: map[string]*caseState{}, inflight: map[string]int{}}, nil
}

func removeContents(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// maxManifestBytes bounds a manifest.json read at start-up: a case's info
// (bounded by verify's case.json bounds) and up to ten thousand files.
const maxManifestBytes = 4 << 20

// readManifest reads and checks a stored case's manifest.json without
// reading more than maxManifestBytes of it: one that is larger, not JSON,
// or whose info is out of case.json's bounds (stored by an older version
// that did not check them) is refused.
func readManifest(p string) (Manifest, error) {
	var m Manifest
	f, err := os.Open(p)
	if err != nil {
		return m, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return m, err
	}
	if fi.Size() > maxManifestBytes {
		return m, fmt.Errorf("%s: %d 字节，超过 %d MB 上限，未读取", p, fi.Size(), maxManifestBytes>>20)
	}
	if err := json.NewDecoder(io.LimitReader(f, maxManifestBytes)).Decode(&m); err != nil {
		return m, fmt.Errorf("%s: %v", p, err)
	}
	if err := m.Info.Validate(p); err != nil {
		return m, err
	}
	return m, nil
}

// load reads every case on disk. Folders without a manifest are the
// remains of a case that was never acknowledged: they are removed and
// returned, so the caller can drop them from the index too. A case whose
// manifest cannot be read or is out of bounds is left on disk, logged,
// not loaded and counted (unloaded).
func (s *store) load(logf func(string, ...any)) (removed []string, err error) {
	root := filepath.Join(s.dir, dirCases)
	ents, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		p := filepath.Join(root, e.Name())
		if !e.IsDir() {
			continue
		}
		if !validID(e.Name()) {
			if _, err := os.Stat(filepath.Join(p, fileManifest)); err == nil {
				s.unloaded++
			}
			continue
		}
		m, err := readManifest(filepath.Join(p, fileManifest))
		if errors.Is(err, os.ErrNotExist) {
			if err := os.RemoveAll(p); err != nil {
				return nil, err
			}
			removed = append(removed, e.Name())
			continue
		}
		if err != nil {
			logf("zhenggai serve: 案卷 %s 未载入：%v", e.Name(), err)
			s.unloaded++
			continue
		}
		st := &caseState{Manifest: m, Status: StatusQueued}
		if raw, err := os.ReadFile(filepath.Join(p, fileResult)); err == nil {
			var r struct {
				Summary verify.Summary     `json:"summary"`
				Case    verify.CaseSummary `json:"case"`
				inferred
			}
			if err := json.Unmarshal(raw, &r); err != nil {
				return nil, fmt.Errorf("%s: %v", filepath.Join(p, fileResult), err)
			}
			st.Status, st.Summary, st.Case, st.Inferred = StatusDone, r.Summary, r.Case, r.inferred
		} else if f, err := os.Open(filepath.Join(p, fileError)); err == nil {
			var r struct {
				Error string `json:"error"`
			}
			_ = json.NewDecoder(io.LimitReader(f, 64<<10)).Decode(&r)
			f.Close()
			st.Status, st.Error = StatusFailed, r.Error
		}
		s.cases[m.ID] = st
	}
	if len(removed) > 0 {
		if err := durable.SyncDir(root); err != nil {
			return nil, err
		}
	}
	s.loaded = true
	return removed, nil
}

// get returns a copy of a case's state.
func (s *store) get(id string) (caseState, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cases[id]
	if !ok {
		return caseState{}, false
	}
	return *c, true
}

// list returns every case, newest first.
func (s *store) list() []caseState {
	s.mu.Lock()
	out := make([]caseState, 0, len(s.cases))
	for _, c := range s.cases {
		out = append(out, *c)
	}
	s.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Created.Equal(out[j].Created) {
			return out[i].Created.After(out[j].Created)
		}
		return out[i].ID > out[j].ID
	})
	return out
}

func (s *store) update(id string, f func(c *caseState)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.cases[id]; ok {
		f(c)
	}
}

func (s *store) caseDir(id string) string { return filepath.Join(s.dir, dirCases, id) }

func (s *store) blobPath(sum string) string {
	return filepath.Join(s.dir, dirBlobs, sum[:2], sum)
}

// putBlob stores the file at src (already synced) under its hash, by a
// hard link (or a copy where links are not possible), and syncs the blob's
// folder. A blob that is already there is kept. made tells whether the blob
// is there because of this call (also when the sync after failed).
func (s *store) putBlob(src, sum string) (made bool, err error) {
	dst := s.blobPath(sum)
	if _, err := os.Stat(dst); err == nil {
		return false, nil
	}
	dir := filepath.Dir(dst)
	if err := s.fs.MkdirAll(dir, 0o750); err != nil {
		return false, err
	}
	if err := s.fs.Link(src, dst); err != nil {
		if errors.Is(err, os.ErrExist) {
			return false, nil
		}
		f, err := os.Open(src)
		if err != nil {
			return false, err
		}
		defer f.Close()
		err = s.writeAtomic(dst, func(w io.Writer) error { _, err := io.Copy(w, f); return err })
		_, serr := os.Stat(dst)
		return serr == nil, err
	}
	if err := s.fs.SyncDir(dir); err != nil {
		return true, err
	}
	return true, s.fs.SyncDir(filepath.Dir(dir))
}

// hold marks the blobs of an upload being stored as in use, until the
// function it returns is called.
func (s *store) hold(files []FileEntry) (release func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range files {
		s.inflight[f.SHA256]++
	}
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, f := range files {
			if s.inflight[f.SHA256]--; s.inflight[f.SHA256] <= 0 {
				delete(s.inflight, f.SHA256)
			}
		}
	}
}

// dropBlobs removes blobs an upload that failed had made, unless another
// upload in flight or a stored case uses them: a failed upload leaves
// nothing behind, and no manifest points at a missing blob.
func (s *store) dropBlobs(sums []string) {
	if len(sums) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	used := s.usedLocked()
	for _, sum := range sums {
		if s.inflight[sum] == 0 && !used[sum] {
			os.Remove(s.blobPath(sum))
		}
	}
}

// usedLocked is the set of blobs the stored cases use; s.mu is held.
func (s *store) usedLocked() map[string]bool {
	used := map[string]bool{}
	for _, c := range s.cases {
		for _, f := range c.Files {
			used[f.SHA256] = true
		}
	}
	return used
}

// materialise lays a stored case's files out as a case folder under
// DIR/tmp, for the check to read, and returns the folder. It writes
// through the store's fileSys, as every other write of the data folder.
func (s *store) materialise(m Manifest) (string, error) {
	dir, err := s.fs.MkdirTemp(filepath.Join(s.dir, dirTmp), "case-")
	if err != nil {
		return "", err
	}
	for _, f := range m.Files {
		p, err := joinInside(dir, f.Name)
		if err == nil {
			err = s.fs.MkdirAll(filepath.Dir(p), 0o750)
		}
		if err == nil && s.fs.Link(s.blobPath(f.SHA256), p) != nil {
			err = s.copyFile(s.blobPath(f.SHA256), p)
		}
		if err != nil {
			os.RemoveAll(dir)
			return "", err
		}
	}
	return dir, nil
}

// joinInside joins a cleaned case-relative name to dir, refusing anything
// that would leave it.
func joinInside(dir, name string) (string, error) {
	if err := checkName(name); err != nil {
		return "", err
	}
	p := filepath.Join(dir, filepath.FromSlash(name))
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("文件名 %q 超出了案卷文件夹", name)
	}
	return p, nil
}

// copyFile copies the blob src to dst, a file of a case folder under
// DIR/tmp that could not be a link to it: through a temporary file, not
// synced (the folder does not outlive the process).
func (s *store) copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := s.fs.CreateTemp(filepath.Dir(dst), ".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			out.Close()
			os.Remove(out.Name())
		}
	}()
	if _, err = io.Copy(out, in); err != nil {
		return err
	}
	if err = out.Close(); err != nil {
		return err
	}
	return s.fs.Rename(out.Name(), dst)
}

// writeJSON writes v as indented JSON to path, atomically.
func (s *store) writeJSON(path string, v any) error {
	return s.writeAtomic(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	})
}

// writeAtomic writes a file so that it is either wholly there or not at
// all: a temporary file in the same folder, synced, renamed over path, and
// the folder synced. On failure the temporary file is removed (path may be
// there when only the folder's sync failed).
func (s *store) writeAtomic(path string, write func(w io.Writer) error) error {
	return durable.WriteFileFS(s.fs, path, 0o640, write)
}

// add records a case that was just stored.
// remove takes case id out of the store and moves its folder into tmp/
// (through the store's fileSys, synced), and returns where it now is, for
// the caller to remove ("" when it could not be moved: the case stays as
// it was). An error with a place is the cases folder's sync failing after
// the move.
func (s *store) remove(id string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	trash := filepath.Join(s.dir, dirTmp, "deleted-"+id)
	if err := s.fs.Rename(s.caseDir(id), trash); err != nil {
		return "", err
	}
	delete(s.cases, id)
	if err := s.fs.SyncDir(filepath.Join(s.dir, dirCases)); err != nil {
		return trash, err
	}
	return trash, nil
}

func (s *store) add(c *caseState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cases[c.ID] = c
}
