package serve

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/netutil"

	"github.com/zhenggai/zhenggai/account"
	"github.com/zhenggai/zhenggai/audit"
	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// Config configures a Server. The zero value of a field means its default.
type Config struct {
	// Addr is the address to listen on (default 127.0.0.1:8080). A
	// non-loopback address needs a Token.
	Addr string
	// DataDir holds the uploaded files, the results and the index (default
	// ./zhenggai-data).
	DataDir string
	// Token, when set, is required of every request but /healthz: as
	// "Authorization: Bearer <token>", or through the login page's cookie.
	Token string
	// Workers is the number of checks run at once (default the number of
	// CPUs); MaxQueue the number of API uploads that may wait for a worker
	// before more are refused with 503 (default 64).
	Workers  int
	MaxQueue int
	// MaxUploadBytes bounds an upload's body (default 64 MB); MaxFiles the
	// files of a case (default 200); MaxUnpackedBytes what an upload's zip
	// and Office files may unpack to, summed (default 200 MB, also each
	// file's limit when it is parsed).
	MaxUploadBytes   int64
	MaxFiles         int
	MaxUnpackedBytes int64
	// MaxChars bounds the text of one document of an upload, in
	// characters (default parse.DefaultMaxChars, 1,000,000); MaxCaseChars
	// the text of a case's documents together (default
	// parse.DefaultMaxCaseChars, 3,000,000). A check holds its case's
	// documents at once and the index then analyses each: these bound the
	// memory an upload costs (see docs/interface.md, "Limits").
	MaxChars, MaxCaseChars int
	// CheckTimeout bounds one check (default 5 minutes).
	CheckTimeout time.Duration
	// ShutdownTimeout bounds the wait for running checks on shutdown
	// (default 2 minutes).
	ShutdownTimeout time.Duration
	// ReadHeaderTimeout bounds the reading of a request's headers (default
	// 10 s); ReadTimeout of the whole request, its body included (default 2
	// minutes: an upload of 64 MB at 0.5 MB/s), so that a body sent slowly is
	// cut; IdleTimeout a kept-alive connection's wait for its next request
	// (default 1 minute).
	ReadHeaderTimeout, ReadTimeout, IdleTimeout time.Duration
	// MaxConns bounds the connections served at once (default 256); more
	// wait to be accepted. 10,500 slow uploads had used every file
	// descriptor of the process.
	MaxConns int
	// Logf logs requests' failures and the server's life (default
	// log.Printf).
	Logf func(format string, args ...any)
	// BehindProxy says serve is behind a TLS proxy: its cookies are
	// Secure, and a login's address is the proxy's X-Forwarded-For.
	BehindProxy bool
}

func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.DataDir == "" {
		c.DataDir = "zhenggai-data"
	}
	if c.Workers <= 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.MaxQueue <= 0 {
		c.MaxQueue = 64
	}
	if c.MaxUploadBytes <= 0 {
		c.MaxUploadBytes = 64 << 20
	}
	if c.MaxFiles <= 0 {
		c.MaxFiles = 200
	}
	if c.MaxUnpackedBytes <= 0 {
		c.MaxUnpackedBytes = 200 << 20
	}
	if c.MaxChars <= 0 {
		c.MaxChars = parse.DefaultMaxChars
	}
	if c.MaxCaseChars <= 0 {
		c.MaxCaseChars = parse.DefaultMaxCaseChars
	}
	if c.CheckTimeout <= 0 {
		c.CheckTimeout = 5 * time.Minute
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 2 * time.Minute
	}
	if c.ReadHeaderTimeout <= 0 {
		c.ReadHeaderTimeout = 10 * time.Second
	}
	if c.ReadTimeout <= 0 {
		c.ReadTimeout = 2 * time.Minute
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = time.Minute
	}
	if c.MaxConns <= 0 {
		c.MaxConns = 256
	}
	if c.Logf == nil {
		c.Logf = log.Printf
	}
	return c
}

// CheckAddr refuses to listen on an address other than loopback without a
// token.
func CheckAddr(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q 不是有效的地址（应为 主机:端口）：%v", addr, err)
	}
	if token != "" || isLoopback(host) {
		return nil
	}
	return fmt.Errorf("未设置访问令牌时不能在 %s 上提供服务：请设置环境变量 ZHENGGAI_TOKEN，或改在 127.0.0.1 上提供服务", addr)
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Server is the web application and JSON API over a data folder.
type Server struct {
	cfg     Config
	store   *store
	index   *index.Index
	unlock  func()
	handler http.Handler

	sem      chan struct{}
	waiting  atomic.Int64 // API checks waiting for or holding a worker
	pending  atomic.Int64 // cases stored by the pages and not yet checked
	bg       sync.WaitGroup
	stopping chan struct{}
	stopOnce sync.Once

	session string // the login cookie's value, derived from the token

	// onClassify, if set (by tests), is called by check with the options
	// it parses an upload's documents with to classify them, before it does.
	onClassify func(parse.Options)

	// live holds the folders under DIR/tmp that requests and checks are
	// using; sweepTmp removes the others.
	live sync.Map

	// indexW adds documents to the index (the index; a failing one in
	// tests); catchUp keeps the cases it failed to index, to try again.
	indexW  indexWriter
	catchUp catchUp

	// accounts are the users (none: no login), auditLog the audit log;
	// reviewMu orders the reviews' appends (accounts.go, review.go).
	accounts *account.Store
	auditLog *audit.Log
	reviewMu sync.Mutex
}

// parseOptions are the limits every parse of an uploaded file runs under.
// A check adds a budget of its own for the case's documents together
// (checkParseOptions).
func (c Config) parseOptions() parse.Options {
	return parse.Options{MaxDecompressed: c.MaxUnpackedBytes, MaxChars: c.MaxChars}
}

// checkParseOptions are the limits of one check's parses: each file's, and
// a budget of MaxCaseChars for the text of the case's documents together.
func (s *Server) checkParseOptions() parse.Options {
	o := s.parseOptions()
	o.Budget = parse.NewBudget(s.cfg.MaxCaseChars)
	return o
}

func (s *Server) parseOptions() parse.Options { return s.cfg.parseOptions() }

// New opens (or creates) the data folder and its index, and starts checking
// the cases that were stored but not yet checked when the last process
// ended.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return nil, err
	}
	unlock, err := lockDir(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	st, err := openStore(cfg.DataDir)
	if err != nil {
		unlock()
		return nil, err
	}
	removed, err := st.load(cfg.Logf)
	if err != nil {
		unlock()
		return nil, err
	}
	if err := removeOrphanBlobs(st); err != nil {
		cfg.Logf("zhenggai serve: removing blobs of no case: %v", err)
	}
	xdir, xopt := filepath.Join(cfg.DataDir, dirIndex), index.Options{Parse: cfg.parseOptions()}
	x, err := index.OpenWith(xdir, xopt)
	if errors.Is(err, index.ErrFormat) {
		// The index only mirrors the stored cases: a new one is filled
		// from them below (ensureIndexed).
		cfg.Logf("zhenggai serve: %v; rebuilding it from the stored cases", err)
		if err = os.RemoveAll(xdir); err == nil {
			x, err = index.OpenWith(xdir, xopt)
		}
	}
	if err != nil {
		unlock()
		return nil, err
	}
	s := &Server{cfg: cfg, store: st, index: x, unlock: unlock, indexW: x, catchUp: newCatchUp(),
		sem: make(chan struct{}, cfg.Workers), stopping: make(chan struct{})}
	if cfg.Token != "" {
		m := hmac.New(sha256.New, []byte(cfg.Token))
		m.Write([]byte("zhenggai session v1"))
		s.session = hex.EncodeToString(m.Sum(nil))
	}
	for _, id := range removed {
		// Documents of a case that was never acknowledged.
		if _, err := x.Delete(context.Background(), s.indexKey(id, "")); err != nil {
			cfg.Logf("zhenggai serve：从索引中删除案卷 %s：%v", id, err)
		}
	}
	for _, c := range st.list() {
		switch c.Status {
		case StatusDone:
			s.ensureIndexed(c)
		case StatusQueued:
			dir, err := st.materialise(c.Manifest)
			if err != nil {
				cfg.Logf("zhenggai serve: case %s: %v", c.ID, err)
				continue
			}
			s.checkLater(c.Manifest, dir, nil, dir)
		}
	}
	if err := s.openAccounts(); err != nil {
		x.Close()
		unlock()
		return nil, err
	}
	s.handler = s.routes()
	s.bg.Add(2)
	go s.sweepTmpEvery(time.Minute)
	go s.reindexLoop()
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Close stops the server's background work: checks that are running
// finish (within ctx), checks still waiting stay stored and run when the
// data folder is opened again. It then closes the index and frees the data
// folder.
func (s *Server) Close(ctx context.Context) error {
	s.stopOnce.Do(func() { close(s.stopping) })
	done := make(chan struct{})
	go func() { s.bg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("停止服务时仍有核查未完成：%w", ctx.Err())
	}
	if cerr := s.index.Close(); err == nil {
		err = cerr
	}
	s.auditLog.Close()
	s.unlock()
	return err
}

// Run serves on cfg.Addr until ctx is done, then shuts down gracefully:
// no new connections, requests in flight and running checks finish. ready,
// if set, is called with the address listened on.
func Run(ctx context.Context, cfg Config, ready func(addr string)) error {
	cfg = cfg.withDefaults()
	if err := CheckAddr(cfg.Addr, cfg.Token); err != nil && !account.Exists(cfg.DataDir) {
		return err // with users, every request needs a login
	}
	s, err := New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		s.Close(context.Background())
		return err
	}
	ln = netutil.LimitListener(ln, cfg.MaxConns)
	srv := s.httpServer()
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		s.Close(context.Background())
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	s.stopOnce.Do(func() { close(s.stopping) })
	err = srv.Shutdown(sctx)
	if cerr := s.Close(sctx); err == nil {
		err = cerr
	}
	return err
}

// httpServer is the http.Server Run serves with: its timeouts cut slow
// clients (see Config).
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.ReadTimeout + s.cfg.CheckTimeout + time.Minute,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(logWriter{s.cfg.Logf}, "", 0),
	}
}

type logWriter struct{ logf func(string, ...any) }

func (l logWriter) Write(p []byte) (int, error) {
	l.logf("%s", strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

var errStopping = errorf(http.StatusServiceUnavailable, "服务正在停止，请稍后再试")

// acquire waits for a worker. API callers (limit true) are refused when too
// many already wait.
func (s *Server) acquire(ctx context.Context, limit bool) error {
	if limit {
		if s.waiting.Add(1) > int64(s.cfg.Workers+s.cfg.MaxQueue) {
			s.waiting.Add(-1)
			return errorf(http.StatusServiceUnavailable, "等待核查的案卷过多，请稍后再试")
		}
	}
	select {
	case s.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		err := ctx.Err()
		if limit {
			s.waiting.Add(-1)
		}
		return err
	case <-s.stopping:
		if limit {
			s.waiting.Add(-1)
		}
		return errStopping
	}
}

func (s *Server) release(limit bool) {
	<-s.sem
	if limit {
		s.waiting.Add(-1)
	}
}

// check checks the case folder dir, comparing its report with the index of
// past reports. loaded is dir's layout as verify.ReadCase read it when the
// upload was received, or nil to read it now (a case queued before a
// restart). It runs in a worker's slot: the documents named otherwise are
// parsed here, to classify them, under the server's parse limits, and never
// while an upload is received. ctx carries the check's time limit
// (checkContext), which covers storing the result (writeResult) too.
func (s *Server) check(ctx context.Context, dir string, loaded *verify.Case) (*verify.Result, error) {
	var c verify.Case
	if loaded != nil {
		c = *loaded
	} else {
		var err error
		if c, err = verify.ReadCase(dir); err != nil {
			return nil, errors.New(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
		}
	}
	popt := s.checkParseOptions()
	if s.onClassify != nil && len(c.Unclassified) > 0 {
		s.onClassify(popt)
	}
	// A document that cannot be read is said in Chinese (msg.ParseError),
	// without the folder's path.
	if err := c.Classify(ctx, popt); err != nil {
		return nil, errors.New(strings.TrimPrefix(strings.TrimPrefix(msg.ParseError(err), dir), "："))
	}
	opt := verify.Options{Index: s.index, Parse: popt}
	res, err := verify.Check(ctx, c, opt)
	if err != nil {
		return nil, errors.New(strings.ReplaceAll(msg.ParseError(err), dir+string(filepath.Separator), ""))
	}
	return res, nil
}

// storeBlobs puts the files of an upload's case folder in the blob store.
// It returns the blobs it made, for dropBlobs to remove if the upload is not
// stored after all.
func (s *Server) storeBlobs(u *upload) (made []string, err error) {
	for _, f := range u.files {
		p, err := joinInside(u.caseDir, f.Name)
		if err != nil {
			return made, err
		}
		ok, err := s.store.putBlob(p, f.SHA256)
		if ok {
			made = append(made, f.SHA256)
		}
		if err != nil {
			return made, err
		}
	}
	return made, nil
}

// makeCaseDir creates DIR/cases/ID durably.
func (s *Server) makeCaseDir(id string) error {
	if err := s.store.fs.Mkdir(s.store.caseDir(id), 0o750); err != nil {
		return err
	}
	if err := s.store.fs.SyncDir(filepath.Dir(s.store.caseDir(id))); err != nil {
		os.Remove(s.store.caseDir(id))
		return err
	}
	return nil
}

// checkContext bounds one check, from reading its files to storing its
// result, by CheckTimeout.
func (s *Server) checkContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.cfg.CheckTimeout)
}

// writeResult stores a result: the HTML and XLSX views, then result.json,
// whose presence marks the case as checked. Rendering stops when ctx (the
// check's, with its time limit) is done.
func (s *Server) writeResult(ctx context.Context, id string, res *verify.Result) error {
	dir := s.store.caseDir(id)
	html := func(w io.Writer) error { return res.WriteHTMLContext(ctx, w) }
	if err := s.store.writeAtomic(filepath.Join(dir, fileHTML), html); err != nil {
		return err
	}
	if err := s.store.writeAtomic(filepath.Join(dir, fileXLSX), res.WriteXLSX); err != nil {
		return err
	}
	if err := s.store.writeAtomic(filepath.Join(dir, fileDOCX), res.WriteDOCX); err != nil {
		return err
	}
	return s.store.writeJSON(filepath.Join(dir, fileResult), res)
}

// checkLater checks a stored case in the background (c is its folder dir
// as LoadCase read it, or nil to read it); root is removed afterwards.
func (s *Server) checkLater(m Manifest, dir string, c *verify.Case, root string) {
	s.bg.Add(1)
	s.pending.Add(1)
	s.live.Store(root, true)
	go func() {
		defer s.bg.Done()
		defer s.pending.Add(-1)
		defer s.removeTmp(root)
		if err := s.acquire(context.Background(), false); err != nil {
			return // shutting down: the case stays queued on disk
		}
		defer s.release(false)
		s.store.update(m.ID, func(c *caseState) { c.Status, c.Started = StatusRunning, time.Now() })
		ctx, cancel := s.checkContext(context.Background())
		defer cancel()
		ctx = parse.WithProgress(ctx, func(file string, done, total int) {
			if r, err := filepath.Rel(dir, file); err == nil {
				file = filepath.ToSlash(r)
			}
			s.store.update(m.ID, func(c *caseState) { c.OCR = &ocrProgress{File: file, Page: done, Pages: total} })
		})
		res, err := s.check(ctx, dir, c)
		if err == nil {
			err = s.writeResult(ctx, m.ID, res)
			if err != nil {
				s.cfg.Logf("zhenggai serve: case %s: storing the result: %v", m.ID, err)
			}
			if isDiskError(err) {
				// Nothing half-written: the case stays queued on disk (no
				// result, no error.json), to be checked again at start-up.
				s.dropResult(m.ID)
				s.store.update(m.ID, func(c *caseState) { c.Status, c.Error = StatusFailed, msgResultNotSaved })
				return
			}
		}
		if err != nil {
			text := msg.OneLine(err.Error())
			if werr := s.store.writeJSON(filepath.Join(s.store.caseDir(m.ID), fileError), map[string]string{"error": text}); werr != nil {
				s.cfg.Logf("zhenggai serve: case %s: %v", m.ID, werr)
			}
			s.store.update(m.ID, func(c *caseState) { c.Status, c.Error = StatusFailed, text })
			return
		}
		// Indexed first, so that a case shown as done is found by search.
		s.indexCase(m, res.Case, res.Report)
		s.store.update(m.ID, func(c *caseState) {
			c.Status, c.Summary, c.Case, c.Inferred = StatusDone, res.Summary, res.Case, inferredOf(res)
		})
	}()
}

// indexRoot is the root of the keys the server's files are indexed under.
// They are not real paths (the content lives in the blob store), and do not
// depend on where the data folder is: one moved elsewhere keeps its index.
const indexRoot = "/zhenggai-cases"

// indexKey is the key a case's file is indexed under, or with name "" the
// prefix of all of them.
func (s *Server) indexKey(id, name string) string {
	return filepath.FromSlash(path.Join(indexRoot, id, "files", name))
}

// indexed lists a checked case's files to index, with their kinds.
func indexed(cs verify.CaseSummary) map[string]parse.Kind {
	out := map[string]parse.Kind{}
	if cs.Report != "" {
		out[cs.Report] = parse.KindReport
	}
	if cs.Ledger != "" {
		out[cs.Ledger] = parse.KindLedger
	}
	for _, m := range cs.Minutes {
		out[m] = parse.KindMinutes
	}
	return out
}

// indexCase adds a checked case's report, ledger and minutes to the index.
// report, when not nil, is the report as the check parsed it: it is indexed
// as it is rather than parsed again. Its error is the first of its files'
// (each is logged); a case that failed on a write is indexed again later
// (reindexLoop).
func (s *Server) indexCase(m Manifest, cs verify.CaseSummary, report *parse.Document) (first error) {
	defer func() { s.indexDone(m.ID, first) }()
	defer func() {
		// A write that failed (a full disk) leaves scorch's persister
		// with work it cannot finish: waiting for it would hold the
		// answer for settleTimeout. The case is indexed again later.
		if first == nil {
			s.settleIndex()
		}
	}()
	kinds := indexed(cs)
	for _, f := range m.Files {
		kind, ok := kinds[f.Name]
		if !ok {
			continue
		}
		data, err := os.ReadFile(s.store.blobPath(f.SHA256))
		if err == nil {
			key := s.indexKey(m.ID, f.Name)
			meta := index.Meta{File: m.ID + "/" + f.Name, Kind: kind, Unit: m.Info.Unit, Round: m.Info.Round}
			if f.Name == cs.Report && report != nil {
				_, _, err = s.indexW.AddParsed(context.Background(), key, data, report, meta)
			} else {
				_, _, err = s.indexW.Add(context.Background(), key, data, meta)
			}
		}
		if err != nil {
			s.cfg.Logf("zhenggai serve: case %s: indexing %s: %v", m.ID, f.Name, err)
			if first == nil || (retryable(err) && !retryable(first)) {
				first = err
			}
		}
	}
	return first
}

// settleTimeout bounds the wait for the index's merges after a case is
// indexed (settleIndex). The merges one case sets off take seconds (its
// documents' text is bounded); the bound is for a merger that is busy with
// more than that case's.
const settleTimeout = time.Minute

// settleIndex waits, in the caller's worker slot, for the persisting and
// merging scorch goes on with after a case's documents are written, so
// that an upload's answer comes after the work it caused, not before
// (index.Settle).
func (s *Server) settleIndex() {
	ctx, cancel := context.WithTimeout(context.Background(), settleTimeout)
	defer cancel()
	if err := s.indexW.Settle(ctx); err != nil {
		s.cfg.Logf("zhenggai serve: 检索索引的合并在 %s内未完成", msg.Duration(settleTimeout))
	}
}

// ensureIndexed hands a checked case whose report is missing from the
// index (the process ended between storing the case and indexing it, or
// the index was rebuilt) to reindexLoop, which indexes it in the
// background, in a worker's slot, rather than holding up the start.
func (s *Server) ensureIndexed(c caseState) {
	if c.Case.Report == "" {
		return
	}
	if d, err := s.index.Get(s.indexKey(c.ID, c.Case.Report)); err == nil && d != nil {
		return
	}
	s.catchUp.add(c.ID)
}

// tokenEqual compares secrets in constant time.
func tokenEqual(a, b string) bool {
	return len(a) == len(b) && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// removeTmp removes a folder under DIR/tmp that a request or a check is done
// with. One that cannot be removed now (no file descriptor left) is left
// to sweepTmp.
func (s *Server) removeTmp(dir string) {
	if err := os.RemoveAll(dir); err != nil {
		s.cfg.Logf("zhenggai serve: removing %s: %v", filepath.Base(dir), err)
	}
	s.live.Delete(dir)
}

// sweepTmpEvery runs sweepTmp every period until the server stops.
func (s *Server) sweepTmpEvery(period time.Duration) {
	defer s.bg.Done()
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-s.stopping:
			return
		case <-t.C:
			s.sweepTmp(period)
		}
	}
}

// sweepTmp removes what DIR/tmp holds that no request or check is using and
// that is older than minAge (a folder just made may not be marked live
// yet).
func (s *Server) sweepTmp(minAge time.Duration) {
	root := filepath.Join(s.store.dir, dirTmp)
	ents, err := os.ReadDir(root)
	if err != nil {
		s.cfg.Logf("zhenggai serve: %s: %v", dirTmp, err)
		return
	}
	for _, e := range ents {
		p := filepath.Join(root, e.Name())
		if _, ok := s.live.Load(p); ok {
			continue
		}
		if fi, err := e.Info(); err != nil || time.Since(fi.ModTime()) < minAge {
			continue
		}
		if err := os.RemoveAll(p); err != nil {
			s.cfg.Logf("zhenggai serve: removing %s: %v", e.Name(), err)
		}
	}
}

// removeOrphanBlobs removes the blobs that no stored case refers to: those
// of an upload that was stored but never acknowledged (the process ended
// before its manifest was written, and load removed its folder), and
// temporary files of a blob being written. It does nothing before load, or
// when load left a case folder with a manifest unloaded: its blobs could be
// among them.
func removeOrphanBlobs(st *store) error {
	st.mu.Lock()
	loaded, unloaded, used := st.loaded, st.unloaded, st.usedLocked()
	st.mu.Unlock()
	if !loaded {
		return errors.New("案卷尚未载入：保留全部已上传文件")
	}
	if unloaded > 0 {
		return fmt.Errorf("有 %d 个案卷未载入：保留全部已上传文件", unloaded)
	}
	root := filepath.Join(st.dir, dirBlobs)
	dirs, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		blobs, err := os.ReadDir(filepath.Join(root, d.Name()))
		if err != nil {
			return err
		}
		for _, b := range blobs {
			if used[b.Name()] {
				continue
			}
			if err := os.RemoveAll(filepath.Join(root, d.Name(), b.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}
