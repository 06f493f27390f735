package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// AddOptions tune AddPaths.
type AddOptions struct {
	// Workers read, parse and extract files in parallel (default
	// runtime.NumCPU()).
	Workers int
	// BatchDocs and BatchBytes bound a batch: it is written when it holds
	// this many documents or this much file content (defaults 200 and
	// 16 MB), or MaxDelay (default 1s) after its first document came.
	BatchDocs  int
	BatchBytes int
	MaxDelay   time.Duration
	// OnFile, if set, is called once for every file, in the order their
	// fate is known: a file that was indexed only after the batch holding
	// it was written to disk. Calls come from one goroutine.
	OnFile func(FileResult)
}

// Status is what happened to a file.
type Status string

// The statuses of a FileResult.
const (
	StatusIndexed   Status = "indexed"   // new, or changed and replaced
	StatusUnchanged Status = "unchanged" // the same content was indexed under its path
	StatusFailed    Status = "failed"    // it could not be read or parsed
)

// FileResult is the outcome for one file.
type FileResult struct {
	Path   string // the path as found (argument, or inside a folder argument)
	File   string // the path shown in results
	ID     string // the content's SHA-256 (empty when it could not be read)
	Status Status
	Err    error
	// Done and Total count the files handled so far and found in all.
	Done, Total int
}

// Stats sums up an AddPaths run.
type Stats struct {
	Indexed, Unchanged, Failed int
	// Bytes is the size of the files indexed.
	Bytes int64
}

// job is one file to index.
type job struct {
	path string
	meta Meta
}

// AddPaths indexes files and folders (recursively). A folder that holds a
// case.json is a case folder: its unit, round and report date apply to the
// files in it, and a file's kind follows its place (report.*, ledger.*,
// minutes/). Files are shown by their path relative to the folder named as
// the argument, or by their base name when the argument is the file.
//
// A file that cannot be read, and an argument that does not exist, is
// reported through OnFile and counted as failed; AddPaths goes on with the
// others. The error it returns is for the index itself (a failed write), or
// ctx's error.
func (x *Index) AddPaths(ctx context.Context, paths []string, opt AddOptions) (Stats, error) {
	var st Stats
	jobs, argErrs := collect(paths)
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.BatchDocs <= 0 {
		opt.BatchDocs = 200
	}
	if opt.BatchBytes <= 0 {
		opt.BatchBytes = 16 << 20
	}
	if opt.MaxDelay <= 0 {
		opt.MaxDelay = time.Second
	}
	x.writeMu.Lock()
	defer x.writeMu.Unlock()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		FileResult
		key  string
		size int
		rec  record
	}
	in := make(chan job)
	// The buffer lets the workers prepare the next batch while one is
	// being written.
	out := make(chan result, opt.BatchDocs)
	go func() {
		defer close(in)
		for _, j := range jobs {
			select {
			case in <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				r := result{FileResult: FileResult{Path: j.path, File: j.meta.File}}
				r.key, r.ID, r.size, r.rec, r.Err = x.prepare(ctx, j)
				switch {
				case r.Err != nil:
					r.Status = StatusFailed
				case r.rec == nil:
					r.Status = StatusUnchanged
				default:
					r.Status = StatusIndexed
				}
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	total := len(jobs) + len(argErrs)
	done := 0
	var pending []result
	batchBytes := 0
	report := func(r result) {
		done++
		r.Done, r.Total = done, total
		switch r.Status {
		case StatusIndexed:
			st.Indexed++
			st.Bytes += int64(r.size)
		case StatusUnchanged:
			st.Unchanged++
		case StatusFailed:
			st.Failed++
		}
		if opt.OnFile != nil {
			opt.OnFile(r.FileResult)
		}
	}
	for _, e := range argErrs {
		report(result{FileResult: FileResult{Path: e.path, File: e.path, Status: StatusFailed, Err: e.err}})
	}
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		err := x.write(func(b *bleve.Batch) error {
			for _, r := range pending {
				if err := x.batchAdd(b, r.key, r.rec); err != nil {
					return fmt.Errorf("index %s: %w", r.Path, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, r := range pending {
			report(r)
		}
		pending, batchBytes = pending[:0], 0
		return nil
	}
	seen := map[string]bool{} // keys in this run: a path named twice is indexed once
	var due <-chan time.Time  // when the pending batch must be written
loop:
	for {
		select {
		case r, ok := <-out:
			if !ok {
				break loop
			}
			if r.Status == StatusIndexed && seen[r.key] {
				r.Status, r.rec = StatusUnchanged, nil
			}
			if r.Status != StatusIndexed {
				report(r)
				continue
			}
			seen[r.key] = true
			pending = append(pending, r)
			batchBytes += r.size
			if len(pending) == 1 {
				due = time.After(opt.MaxDelay)
			}
			if len(pending) < opt.BatchDocs && batchBytes < opt.BatchBytes {
				continue
			}
		case <-due:
		}
		if err := flush(); err != nil {
			return st, err
		}
		due = nil
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	if err := flush(); err != nil {
		return st, err
	}
	return st, nil
}

// prepare reads, parses and extracts one file. It returns a nil record when
// the same content is already indexed under the file's key.
func (x *Index) prepare(ctx context.Context, j job) (key, id string, size int, rec record, err error) {
	defer recovered(&err) // in a worker: a panic would end the process
	key, err = Key(j.path)
	if err != nil {
		return "", "", 0, nil, err
	}
	data, err := os.ReadFile(j.path)
	if err != nil {
		return key, "", 0, nil, fmt.Errorf("%s: %w", j.path, unwrapPath(err))
	}
	id = contentID(data)
	rec, err = x.record(key, id, j.meta, func() (*parse.Document, error) { return parse.Parse(ctx, j.path, data, x.parse) })
	return key, id, len(data), rec, err
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type argError struct {
	path string
	err  error
}

// collect lists the files to index under the arguments, with their Meta.
func collect(paths []string) ([]job, []argError) {
	var jobs []job
	var errs []argError
	for _, arg := range paths {
		fi, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, argError{arg, fmt.Errorf("%s: %w", arg, unwrapPath(err))})
			continue
		}
		if !fi.IsDir() {
			m := Meta{File: filepath.Base(arg)}
			dir := filepath.Dir(arg)
			ci, found, err := verify.ReadInfo(dir)
			if err != nil {
				errs = append(errs, argError{filepath.Join(dir, verify.CaseFile), err})
			} else if found {
				m = caseMeta(ci, dir, arg, m)
			}
			jobs = append(jobs, job{arg, m})
			continue
		}
		cases := map[string]*verify.Info{} // folder → its case.json, if any
		inCase := func(dir string) (string, *verify.Info) {
			for d := dir; ; d = filepath.Dir(d) {
				if ci, ok := cases[d]; ok && ci != nil {
					return d, ci
				}
				if d == filepath.Clean(arg) || d == filepath.Dir(d) {
					return "", nil
				}
			}
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, argError{p, fmt.Errorf("%s: %w", p, unwrapPath(err))})
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			name := d.Name()
			if p != arg && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				// A case.json that cannot be read is reported; the folder's
				// files are indexed without it.
				ci, found, err := verify.ReadInfo(p)
				if err != nil {
					errs = append(errs, argError{filepath.Join(p, verify.CaseFile), err})
				} else if found {
					cases[filepath.Clean(p)] = &ci
				}
				return nil
			}
			if !parse.Supported(name) || strings.HasSuffix(name, ".claims.json") {
				return nil
			}
			rel, err := filepath.Rel(arg, p)
			if err != nil {
				rel = p
			}
			m := Meta{File: filepath.ToSlash(rel)}
			if cdir, ci := inCase(filepath.Dir(filepath.Clean(p))); ci != nil {
				m = caseMeta(*ci, cdir, p, m)
			}
			jobs = append(jobs, job{p, m})
			return nil
		})
		if err != nil {
			errs = append(errs, argError{arg, err})
		}
	}
	return jobs, errs
}

// caseMeta fills m for file p of the case folder dir: the case's unit and
// round, and the kind its place tells (verify.Place; the report's date is
// case.json's report_date).
func caseMeta(ci verify.Info, dir, p string, m Meta) Meta {
	m.Unit, m.Round = ci.Unit, ci.Round
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return m
	}
	m.Kind = verify.Place(filepath.ToSlash(rel))
	if m.Kind == parse.KindReport {
		m.Date = ci.ReportDate
	}
	return m
}
