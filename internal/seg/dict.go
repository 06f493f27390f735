package seg

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// DictDirEnv names the environment variable that overrides where the
// dictionaries are written: $ZHENGGAI_DICT_DIR/jieba-<hash>/ is used instead
// of the user cache directory, with no fallback.
const DictDirEnv = "ZHENGGAI_DICT_DIR"

//go:embed dict/jieba.dict.utf8.gz dict/hmm_model.utf8.gz dict/idf.utf8 dict/stop_words.utf8 dict/user.dict.utf8
var dictFS embed.FS

// gzFile describes a gzipped dictionary once inflated (see dicts_gen.go).
type gzFile struct {
	name   string
	size   int64
	sha256 string
}

// dictFile is one of the five files gojieba.NewJieba reads.
type dictFile struct {
	name   string // file name in the cache directory
	embed  string // path in dictFS
	gz     bool   // embed is gzipped
	size   int64  // size of the file as written
	sha256 string // hex SHA-256 of the file as written
}

// The files in the order gojieba.NewJieba takes them: dict, hmm, user, idf,
// stop words.
var fileOrder = []string{"jieba.dict.utf8", "hmm_model.utf8", "user.dict.utf8", "idf.utf8", "stop_words.utf8"}

// dictFiles lists the dictionaries with their expected size and hash: the
// gzipped ones from the generated constants, the plain ones hashed here.
func dictFiles() ([]dictFile, error) {
	gz := map[string]gzFile{}
	for _, g := range gzipped {
		gz[g.name] = g
	}
	files := make([]dictFile, 0, len(fileOrder))
	for _, name := range fileOrder {
		if g, ok := gz[name]; ok {
			files = append(files, dictFile{name: name, embed: "dict/" + name + ".gz", gz: true, size: g.size, sha256: g.sha256})
			continue
		}
		data, err := dictFS.ReadFile("dict/" + name)
		if err != nil {
			return nil, fmt.Errorf("embedded dictionary %s: %w", name, err)
		}
		sum := sha256.Sum256(data)
		files = append(files, dictFile{name: name, embed: "dict/" + name, size: int64(len(data)), sha256: hex.EncodeToString(sum[:])})
	}
	return files, nil
}

// dirName is "jieba-" and 12 hex digits of a hash over every file's name,
// size and hash, so a binary with other dictionaries uses another directory.
func dirName(files []dictFile) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %d %s\n", f.name, f.size, f.sha256)
	}
	return "jieba-" + hex.EncodeToString(h.Sum(nil))[:12]
}

// baseDirs returns the directories to try, in order, to hold jieba-<hash>/.
func baseDirs() []string {
	if d := os.Getenv(DictDirEnv); d != "" {
		return []string{d}
	}
	var dirs []string
	if d, err := os.UserCacheDir(); err == nil && filepath.IsAbs(d) {
		dirs = append(dirs, filepath.Join(d, "zhenggai"))
	}
	// A per-user name, so one user's directory does not block another's.
	return append(dirs, filepath.Join(os.TempDir(), "zhenggai-"+strconv.Itoa(os.Getuid())))
}

// prepareDicts makes sure a directory holds the five dictionaries, each
// verified against its expected size and SHA-256, and returns it. It tries
// each of baseDirs in turn.
func prepareDicts() (string, error) {
	files, err := dictFiles()
	if err != nil {
		return "", err
	}
	var errs []error
	for _, base := range baseDirs() {
		dir := filepath.Join(base, dirName(files))
		if err := prepareDir(dir, files); err != nil {
			errs = append(errs, err)
			continue
		}
		return dir, nil
	}
	return "", fmt.Errorf("seg: cannot provide the jieba dictionaries: %w", errors.Join(errs...))
}

// prepareDir writes into dir each file that is missing or fails
// verification, then verifies every file as it lies on disk.
func prepareDir(dir string, files []dictFile) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if verifyFile(path, f) == nil {
			continue
		}
		if err := writeFile(dir, f); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := verifyFile(path, f); err != nil {
			return err
		}
	}
	return nil
}

// verifyFile checks the file at path has f's size and SHA-256.
func verifyFile(path string, f dictFile) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() || st.Size() != f.size {
		return fmt.Errorf("%s: size %d, want %d", path, st.Size(), f.size)
	}
	h := sha256.New()
	if _, err := io.Copy(h, fh); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != f.sha256 {
		return fmt.Errorf("%s: sha256 %s, want %s", path, got, f.sha256)
	}
	return nil
}

// writeFile writes f (inflated if gzipped) to a temporary file in dir, checks
// what was written against f's size and hash, and renames it into place, so
// a concurrent process sees either no file, the old one, or a whole new one.
func writeFile(dir string, f dictFile) (err error) {
	data, err := dictFS.ReadFile(f.embed)
	if err != nil {
		return err
	}
	var src io.Reader = bytes.NewReader(data)
	if f.gz {
		zr, err := gzip.NewReader(src)
		if err != nil {
			return fmt.Errorf("embedded %s: %w", f.embed, err)
		}
		defer zr.Close()
		src = zr
	}
	tmp, err := os.CreateTemp(dir, f.name+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(src, f.size+1))
	if err != nil {
		return err
	}
	if err := checkSum(h, n, f); err != nil {
		return fmt.Errorf("embedded %s: %w", f.embed, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, f.name))
}

func checkSum(h hash.Hash, n int64, f dictFile) error {
	if n != f.size {
		return fmt.Errorf("size %d, want %d", n, f.size)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != f.sha256 {
		return fmt.Errorf("sha256 %s, want %s", got, f.sha256)
	}
	return nil
}
