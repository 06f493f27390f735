package serve

import (
	"bytes"
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

const (
	sessionCookie = "zhenggai_session"
	csrfCookie    = "zhenggai_csrf"
)

var kinds = []string{"report", "minutes", "ledger", "other"}

var funcs = template.FuncMap{
	"verdictName": verify.VerdictName,
	"statusName":  statusName,
	"kindName":    kindName,
	"kinds":       func() []string { return kinds },
	"fragment":    safeFragment,
	"caseOf":      caseOf,
	"fileOf":      fileOf,
	"kb": func(n int64) string {
		if n < 1024 {
			return fmt.Sprintf("%d B", n)
		}
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	},
	"unitOf":     caseUnit,
	"reportDate": caseReportDate,
	"elapsed": func(t time.Time) string {
		if t.IsZero() {
			return "0 秒"
		}
		return fmt.Sprintf("%d 秒", int(time.Since(t).Seconds()))
	},
}

var pages = template.Must(template.New("").Funcs(funcs).Funcs(funcsAccounts).ParseFS(templateFS, "templates/*.html"))

func statusName(s Status) string {
	switch s {
	case StatusQueued:
		return "排队等待核查"
	case StatusRunning:
		return "正在核查"
	case StatusDone:
		return "已核查"
	case StatusFailed:
		return "无法核查"
	}
	return string(s)
}

// kindName is the Chinese name of a document kind (parse.Kind.Chinese).
func kindName(k string) string { return parse.Kind(k).Chinese() }

// caseOf is the case id of an indexed file shown as "ID/name", or "".
func caseOf(file string) string {
	id, _, ok := strings.Cut(file, "/")
	if ok && validID(id) {
		return id
	}
	return ""
}

// fileOf is the name of an indexed file within its case.
func fileOf(file string) string {
	if id, name, ok := strings.Cut(file, "/"); ok && validID(id) {
		return name
	}
	return file
}

// safeFragment turns a search fragment (escaped text with <mark>…</mark>)
// into HTML, escaping everything but the marks anew whatever the fragment
// holds.
func safeFragment(f string) template.HTML {
	var b strings.Builder
	for i, open := range strings.Split(f, "<mark>") {
		if i == 0 {
			b.WriteString(template.HTMLEscapeString(html.UnescapeString(strings.ReplaceAll(open, "</mark>", ""))))
			continue
		}
		b.WriteString("<mark>")
		in, out, closed := strings.Cut(open, "</mark>")
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(in)))
		if closed {
			b.WriteString("</mark>")
			b.WriteString(template.HTMLEscapeString(html.UnescapeString(strings.ReplaceAll(out, "</mark>", ""))))
		} else {
			b.WriteString("</mark>")
		}
	}
	return template.HTML(b.String())
}

// page is what every page template gets.
type page struct {
	Title   string
	Nav     string
	Refresh int
	Script  bool
	CSRF    string
	Data    any
	// User is who the page is for, when accounts are in use (render sets
	// it).
	User *who
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)

	mux.HandleFunc("POST /api/cases", s.apiUpload)
	mux.HandleFunc("GET /api/cases", s.apiCases)
	mux.HandleFunc("GET /api/cases/{id}", s.apiCase)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("POST /api/rounds", s.apiRoundUpload)
	mux.HandleFunc("GET /api/rounds", s.apiRounds)
	mux.HandleFunc("GET /api/rounds/{round}", s.apiRound)
	for _, p := range []string{"/api/cases", "/api/cases/{id}", "/api/search", "/api/rounds", "/api/rounds/{round}", "/healthz"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			jsonError(w, http.StatusMethodNotAllowed, "不支持的请求方法 "+r.Method+"："+r.URL.Path)
		})
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "没有这个接口："+r.Method+" "+r.URL.Path)
	})

	mux.HandleFunc("GET /{$}", s.uploadPage)
	mux.HandleFunc("POST /cases", s.pageUpload)
	mux.HandleFunc("GET /cases", s.casesPage)
	mux.HandleFunc("GET /cases/{id}", s.casePage)
	mux.HandleFunc("GET /cases/{id}/{file}", s.download)
	mux.HandleFunc("GET /cases/{id}/manage", s.managePage)
	mux.HandleFunc("POST /cases/{id}/files", s.addFiles)
	mux.HandleFunc("POST /cases/{id}/rename", s.renameCase)
	mux.HandleFunc("POST /cases/{id}/delete", s.deleteCase)
	mux.HandleFunc("GET /search", s.searchPage)
	s.accountRoutes(mux)
	mux.HandleFunc("GET /rounds", s.roundsPage)
	mux.HandleFunc("POST /rounds", s.pageRoundUpload)
	mux.HandleFunc("GET /rounds/{round}", s.roundPage)
	mux.HandleFunc("GET /rounds/{round}/round.xlsx", s.roundXLSX)
	mux.HandleFunc("GET /units/{unit}", s.unitPage)
	s.searchRoutes(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "没有这个页面："+r.URL.Path)
	})

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errorf(http.StatusForbidden, "拒绝跨站请求"))
	}))
	return s.headers(s.localHost(s.withAccounts(cop.Handler(mux))))
}

// localHost refuses, when no token is set, a request whose Host is not a
// loopback name (localhost, 127.0.0.1, [::1], any port): without a token
// the loopback address is the only protection, and a page of another site
// whose name was made to resolve to 127.0.0.1 (DNS rebinding) would
// otherwise read the cases and upload as a same-origin script. /healthz
// answers anyway.
func (s *Server) localHost(next http.Handler) http.Handler {
	if s.cfg.Token != "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || loopbackHost(r.Host) || s.hasUsers() {
			next.ServeHTTP(w, r)
			return
		}
		msg := "拒绝访问：未设置访问令牌时，只接受以 localhost、127.0.0.1 或 [::1] 访问本服务"
		if isAPI(r) {
			jsonError(w, http.StatusMisdirectedRequest, msg)
			return
		}
		s.pageError(w, r, http.StatusMisdirectedRequest, msg)
	})
}

// loopbackHost reports whether a Host header names this machine's
// loopback: localhost, an address of 127.0.0.0/8 or ::1, with or without a
// port.
func loopbackHost(host string) bool {
	if h, port, err := net.SplitHostPort(host); err == nil {
		if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			return false
		}
		host = h
	} else if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Zone() == "" && ip.Unmap().IsLoopback()
}

// headers sets the security headers every answer carries.
func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// auth requires the token, when one is set, of every request but
// /healthz, the login page and the static files: as a bearer token, or as
// the login page's cookie.
func (s *Server) auth(next http.Handler) http.Handler {
	if s.cfg.Token == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if p == "/healthz" || p == "/login" || strings.HasPrefix(p, "/static/") {
			next.ServeHTTP(w, r)
			return
		}
		if h := r.Header.Get("Authorization"); h != "" {
			tok, ok := strings.CutPrefix(h, "Bearer ")
			if ok && tokenEqual(strings.TrimSpace(tok), s.cfg.Token) {
				next.ServeHTTP(w, r)
				return
			}
			s.unauthorized(w, r, "访问令牌错误")
			return
		}
		if c, err := r.Cookie(sessionCookie); err == nil && tokenEqual(c.Value, s.session) {
			next.ServeHTTP(w, r)
			return
		}
		s.unauthorized(w, r, "缺少访问令牌：请在请求头中发送 Authorization: Bearer <令牌>")
	})
}

func (s *Server) unauthorized(w http.ResponseWriter, r *http.Request, msg string) {
	if isAPI(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="zhenggai"`)
		jsonError(w, http.StatusUnauthorized, msg)
		return
	}
	if r.Method == http.MethodGet {
		http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	}
	s.pageError(w, r, http.StatusUnauthorized, "需要登录（访问令牌错误或缺失）")
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// fail answers err: JSON for the API, a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) && !errors.As(err, &he) {
		err = s.errUploadTooLarge()
	}
	st := statusOf(err)
	msg := err.Error()
	if st >= 500 {
		s.cfg.Logf("zhenggai serve: %s %s: %v", r.Method, r.URL.Path, err)
		if st == http.StatusInternalServerError {
			// Its text is for the log: it can hold paths of the server.
			msg = "服务器内部错误，详情已记入服务日志"
		}
		if st == http.StatusInsufficientStorage {
			msg = msgDiskFull // the same: no path of the server
		}
	}
	if isAPI(r) {
		jsonError(w, st, msg)
		return
	}
	s.pageError(w, r, st, msg)
}

// jsonError answers {"error": msg}, msg made one line of valid UTF-8 of
// bounded length (an error may quote what a file held).
func jsonError(w http.ResponseWriter, status int, text string) {
	writeJSONResponse(w, status, map[string]string{"error": msg.OneLine(text)})
}

func writeJSONResponse(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func (s *Server) render(w http.ResponseWriter, status int, name string, p page) {
	p.User = pageUser(w)
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, p); err != nil {
		s.cfg.Logf("zhenggai serve: template %s: %v", name, err)
		http.Error(w, "服务器内部错误", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, text string) {
	s.render(w, status, "error", page{Title: statusTitle(status), Data: msg.OneLine(text)})
}

// statusTitle is the title of an error page: what the status means, in
// Chinese.
func statusTitle(status int) string {
	t, ok := map[int]string{
		http.StatusBadRequest:            "请求有误",
		http.StatusUnauthorized:          "需要登录",
		http.StatusForbidden:             "拒绝访问",
		http.StatusNotFound:              "未找到",
		http.StatusMethodNotAllowed:      "不支持的请求方法",
		http.StatusConflict:              "尚未完成",
		http.StatusRequestEntityTooLarge: "超过上限",
		http.StatusUnsupportedMediaType:  "文件类型不支持",
		http.StatusMisdirectedRequest:    "拒绝访问",
		http.StatusUnprocessableEntity:   "无法核查",
		http.StatusServiceUnavailable:    "服务暂不可用",
	}[status]
	if !ok {
		t = "服务器错误"
	}
	return fmt.Sprintf("%s（%d）", t, status)
}

// csrfToken returns the double-submit token of the browser, setting a new
// one if it has none.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 64 {
		if _, err := hex.DecodeString(c.Value); err == nil {
			return c.Value
		}
	}
	var b [32]byte
	rand.Read(b[:])
	v := hex.EncodeToString(b[:])
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: v, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	return v
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSONResponse(w, http.StatusOK, map[string]string{"status": "ok"})
}

// ---- login

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if s.userLogin(w, r) {
		return
	}
	if s.cfg.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, http.StatusOK, "login", page{Title: "登录", CSRF: s.csrfToken(w, r),
		Data: map[string]string{"Next": safeNext(r.URL.Query().Get("next"))}})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if s.userLogin(w, r) {
		return
	}
	if s.cfg.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.pageError(w, r, http.StatusBadRequest, "无法读取登录表单")
		return
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil || !tokenEqual(r.PostFormValue("csrf"), c.Value) {
		s.pageError(w, r, http.StatusForbidden, "表单令牌缺失或错误，请刷新页面后重试")
		return
	}
	next := safeNext(r.PostFormValue("next"))
	if !tokenEqual(r.PostFormValue("token"), s.cfg.Token) {
		s.render(w, http.StatusUnauthorized, "login", page{Title: "登录", CSRF: c.Value,
			Data: map[string]string{"Next": next, "Error": "访问令牌错误"}})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: s.session, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil, MaxAge: 12 * 3600})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext keeps a redirect target on this site: a path from its root, of
// printable characters without backslashes. Browsers drop tabs and line
// breaks from a URL and read a backslash as a slash, so that /<TAB>/evil.example
// and /\evil.example lead to //evil.example, another site.
func safeNext(n string) string {
	if n == "" || len(n) > 2048 || !utf8.ValidString(n) {
		return "/"
	}
	for _, r := range n {
		if r == '\\' || unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' {
			return "/"
		}
	}
	u, err := url.Parse(n)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" ||
		!strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") {
		return "/"
	}
	return n
}

// ---- API

// caseJSON is a case in GET /api/cases.
type caseJSON struct {
	ID      string          `json:"id"`
	Created time.Time       `json:"created"`
	Status  Status          `json:"status"`
	Unit    string          `json:"unit,omitempty"`
	Round   string          `json:"round,omitempty"`
	Name    string          `json:"name,omitempty"`
	Verdict string          `json:"verdict,omitempty"`
	Summary *verify.Summary `json:"summary,omitempty"`
	Error   string          `json:"error,omitempty"`
	Files   []FileEntry     `json:"files"`
}

func toJSON(c caseState) caseJSON {
	j := caseJSON{ID: c.ID, Created: c.Created, Status: c.Status, Unit: c.Info.Unit, Round: c.Info.Round, Name: c.Name, Error: msg.OneLine(c.Error), Files: c.Files}
	if c.Status == StatusDone {
		sum := c.Summary
		j.Summary, j.Verdict = &sum, string(sum.Verdict)
	}
	return j
}

func (s *Server) apiUpload(w http.ResponseWriter, r *http.Request) {
	u, err := s.receive(w, r, "")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer s.removeTmp(u.root)
	if err := s.acquire(r.Context(), true); err != nil {
		s.fail(w, r, err)
		return
	}
	// The slot is held through the indexing too, which parses the files
	// again (as checkLater does for the pages' uploads).
	defer s.release(true)
	ctx, cancel := s.checkContext(r.Context())
	defer cancel()
	res, err := s.check(ctx, u.caseDir, u.kase)
	if err != nil {
		if r.Context().Err() != nil {
			return // the client went away; nothing was stored
		}
		s.fail(w, r, errorf(http.StatusUnprocessableEntity, "%v", err))
		return
	}
	m := Manifest{ID: newID(time.Now()), Created: time.Now().UTC(), Info: u.info, Files: u.files}
	if err := s.commitChecked(ctx, u, m, res); err != nil {
		s.fail(w, r, err)
		return
	}
	s.indexCase(m, res.Case, res.Report)
	w.Header().Set("Location", "/api/cases/"+m.ID)
	writeJSONResponse(w, http.StatusCreated, struct {
		ID       string           `json:"id"`
		Verdict  string           `json:"verdict"`
		Summary  verify.Summary   `json:"summary"`
		Findings []verify.Finding `json:"findings"`
		NotRun   []verify.NotRun  `json:"not_run"`
		URL      string           `json:"url"`
		Ignored  []string         `json:"ignored,omitempty"`
	}{m.ID, string(res.Summary.Verdict), res.Summary, res.Findings, res.NotRun, "/cases/" + m.ID, u.ignored})
}

// commitChecked stores a checked case: its files, its result, and last its
// manifest, which makes it a case. On failure the case folder and the blobs
// it made are removed.
func (s *Server) commitChecked(ctx context.Context, u *upload, m Manifest, res *verify.Result) (err error) {
	done, err := s.putBlobs(u)
	defer done(&err)
	if err != nil {
		return err
	}
	if err := s.makeCaseDir(m.ID); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(s.store.caseDir(m.ID))
		}
	}()
	if err := s.writeResult(ctx, m.ID, res); err != nil {
		return err
	}
	if err := s.store.writeJSON(filepath.Join(s.store.caseDir(m.ID), fileManifest), m); err != nil {
		return err
	}
	s.store.add(&caseState{Manifest: m, Status: StatusDone, Summary: res.Summary, Case: res.Case, Inferred: inferredOf(res)})
	return nil
}

func (s *Server) apiCases(w http.ResponseWriter, r *http.Request) {
	list := s.store.list()
	out := make([]caseJSON, len(list))
	for i, c := range list {
		out[i] = toJSON(c)
	}
	writeJSONResponse(w, http.StatusOK, map[string]any{"total": len(out), "cases": out})
}

func (s *Server) apiCase(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	c, ok := s.lookup(id)
	if !ok {
		jsonError(w, http.StatusNotFound, "没有这个案卷："+strconv.Quote(id))
		return
	}
	out := map[string]any{}
	if c.Status == StatusDone {
		raw, err := os.ReadFile(filepath.Join(s.store.caseDir(id), fileResult))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		var res map[string]json.RawMessage
		if err := json.Unmarshal(raw, &res); err != nil {
			s.fail(w, r, err)
			return
		}
		for k, v := range res {
			out[k] = v
		}
		if err := s.addReviewsJSON(id, raw, out); err != nil {
			s.fail(w, r, err)
			return
		}
		out["verdict"] = c.Summary.Verdict
	}
	out["id"], out["status"], out["created"], out["files"] = c.ID, c.Status, c.Created, c.Files
	if c.Status == StatusRunning && c.OCR != nil {
		out["ocr"] = c.OCR
	}
	if c.Error != "" {
		out["error"] = msg.OneLine(c.Error)
	}
	writeJSONResponse(w, http.StatusOK, out)
}

func (s *Server) lookup(id string) (caseState, bool) {
	if !validID(id) {
		return caseState{}, false
	}
	return s.store.get(id)
}

// searchRequest reads a search's parameters.
func searchRequest(q url.Values) (index.Request, error) {
	req := index.Request{Query: strings.TrimSpace(q.Get("q")), Kind: q.Get("kind"), Unit: strings.TrimSpace(q.Get("unit")),
		From: q.Get("from"), To: q.Get("to"), Limit: 10, Sort: q.Get("sort")}
	if req.Kind != "" {
		ok := false
		for _, k := range kinds {
			ok = ok || k == req.Kind
		}
		if !ok {
			return req, errorf(http.StatusBadRequest, "类型 %q 无效（可选 report、minutes、ledger、other）", req.Kind)
		}
	}
	for name, dst := range map[string]*int{"limit": &req.Limit, "offset": &req.Offset} {
		v := q.Get(name)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || (name == "limit" && (n < 1 || n > 100)) || n > index.MaxOffset {
			return req, errorf(http.StatusBadRequest, "参数 %s 的值 %q 应为数字（limit 为 1–100）", name, v)
		}
		*dst = n
	}
	if len(req.Query) > 1000 {
		return req, errorf(http.StatusBadRequest, "检索词超过 1000 字节")
	}
	return req, nil // the query and the dates are index.Search's to judge
}

// search runs req; a request the index cannot run as asked
// (index.RequestError) is the asker's fault: 400.
func (s *Server) search(ctx context.Context, req index.Request) (*index.Result, error) {
	res, err := s.index.Search(ctx, req)
	var re *index.RequestError
	if errors.As(err, &re) {
		return nil, errorf(http.StatusBadRequest, "%v", err)
	}
	return res, err
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	req, err := searchRequest(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.search(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	writeJSONResponse(w, http.StatusOK, res)
}

// ---- pages

func (s *Server) uploadPage(w http.ResponseWriter, r *http.Request) {
	recent := s.store.list()
	if len(recent) > 10 {
		recent = recent[:10]
	}
	s.render(w, http.StatusOK, "upload", page{Title: "上传案卷", Nav: "upload", Script: true, CSRF: s.csrfToken(w, r), Data: recent})
}

func (s *Server) pageUpload(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		s.fail(w, r, errorf(http.StatusForbidden, "表单令牌缺失，请刷新页面后重试"))
		return
	}
	if s.pending.Load() >= int64(s.cfg.MaxQueue) {
		s.fail(w, r, errorf(http.StatusServiceUnavailable, "核查队列已满，请稍后再试"))
		return
	}
	u, err := s.receive(w, r, c.Value)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	queued := false
	defer func() {
		if !queued {
			s.removeTmp(u.root)
		}
	}()
	if d, ok := s.duplicateOf(u.files); ok && u.fields["duplicate"] != "confirm" {
		s.duplicatePage(w, d)
		return
	}
	m := Manifest{ID: newID(time.Now()), Created: time.Now().UTC(), Info: u.info, Files: u.files}
	if err := s.commitQueued(u, m); err != nil {
		s.fail(w, r, err)
		return
	}
	s.checkLater(m, u.caseDir, u.kase, u.root)
	queued = true
	http.Redirect(w, r, "/cases/"+m.ID, http.StatusSeeOther)
}

// commitQueued stores a case to be checked: its files, then its manifest.
func (s *Server) commitQueued(u *upload, m Manifest) (err error) {
	done, err := s.putBlobs(u)
	defer done(&err)
	if err != nil {
		return err
	}
	if err := s.makeCaseDir(m.ID); err != nil {
		return err
	}
	if err := s.store.writeJSON(filepath.Join(s.store.caseDir(m.ID), fileManifest), m); err != nil {
		os.RemoveAll(s.store.caseDir(m.ID))
		return err
	}
	s.store.add(&caseState{Manifest: m, Status: StatusQueued})
	return nil
}

// casesView is the case list page's data: the cases shown, and the filter
// and order asked for.
type casesView struct {
	Cases           []caseState
	Total           int
	Q, Verdict      string
	Sort            string
	Sorts, Verdicts []option
}

type option struct{ Value, Label string }

// caseSorts are the orders of the case list.
var caseSorts = []option{{"", "上传时间（最新在前）"}, {"unit", "被巡视（察）单位"}, {"round", "巡视（察）轮次"}, {"report", "报告日期（最新在前）"}, {"verdict", "结论（最严重在前）"}}

// caseVerdicts are the list's verdict filters: the verdicts, and the
// cases not checked.
var caseVerdicts = []option{{"", "全部结论"}, {string(verify.VerdictSuspected), verify.VerdictSuspected.Name()},
	{string(verify.VerdictAttention), verify.VerdictAttention.Name()}, {string(verify.VerdictClean), verify.VerdictClean.Name()},
	{"failed", "无法核查"}, {"pending", "尚未核查完"}}

// caseUnit is the unit a case names: its info's, else the checked case's.
func caseUnit(c caseState) string {
	if c.Info.Unit != "" {
		return c.Info.Unit
	}
	return c.Case.Unit
}

// caseReportDate is the case's report date, as given or as the check read it.
func caseReportDate(c caseState) string {
	if c.Info.ReportDate != "" {
		return c.Info.ReportDate
	}
	return c.Case.ReportDate
}

// verdictRank orders cases by their verdict, most serious first.
func verdictRank(c caseState) int {
	if c.Status != StatusDone {
		return 0
	}
	switch c.Summary.Verdict {
	case verify.VerdictSuspected:
		return 3
	case verify.VerdictAttention:
		return 2
	}
	return 1
}

func (s *Server) casesPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := casesView{Q: strings.TrimSpace(q.Get("q")), Verdict: q.Get("verdict"), Sort: q.Get("sort"), Sorts: caseSorts, Verdicts: caseVerdicts}
	all := s.store.list()
	v.Total = len(all)
	for _, c := range all {
		if v.Q != "" && !strings.Contains(caseUnit(c)+"\n"+c.Info.Round, v.Q) {
			continue
		}
		switch v.Verdict {
		case "":
		case "failed":
			if c.Status != StatusFailed {
				continue
			}
		case "pending":
			if c.Status != StatusQueued && c.Status != StatusRunning {
				continue
			}
		default:
			if c.Status != StatusDone || string(c.Summary.Verdict) != v.Verdict {
				continue
			}
		}
		v.Cases = append(v.Cases, c)
	}
	key := map[string]func(caseState) string{
		"unit":   caseUnit,
		"round":  func(c caseState) string { return c.Info.Round },
		"report": caseReportDate,
	}[v.Sort]
	switch {
	case key != nil:
		desc := v.Sort == "report"
		sort.SliceStable(v.Cases, func(i, j int) bool {
			a, b := key(v.Cases[i]), key(v.Cases[j])
			if (a == "") != (b == "") {
				return b == "" // cases without it last
			}
			if desc {
				return a > b
			}
			return a < b
		})
	case v.Sort == "verdict":
		sort.SliceStable(v.Cases, func(i, j int) bool { return verdictRank(v.Cases[i]) > verdictRank(v.Cases[j]) })
	}
	s.render(w, http.StatusOK, "cases", page{Title: "案卷列表", Nav: "cases", Data: v})
}

func (s *Server) casePage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	c, ok := s.lookup(id)
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "没有这个案卷："+id)
		return
	}
	if c.Status != StatusDone {
		p := page{Title: "案卷 " + id, Nav: "cases", Data: c}
		if c.Status != StatusFailed {
			p.Refresh = 1
		}
		s.render(w, http.StatusOK, "wait", p)
		return
	}
	raw, err := os.ReadFile(filepath.Join(s.store.caseDir(id), fileHTML))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var bar bytes.Buffer
	if err := pages.ExecuteTemplate(&bar, "toolbar", c); err != nil {
		s.fail(w, r, err)
		return
	}
	// The report page's own CSP (a meta tag) allows its inline styles only;
	// the bar after <body> is links and an inline style.
	out := injectAfterBody(raw, bar.Bytes())
	if out, err = s.injectReviews(w, r, id, out, true); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.Write(out)
}

// injectAfterBody inserts b right after the page's <body> tag (the report
// page escapes all its text, so its first "<body" is the tag).
func injectAfterBody(page, b []byte) []byte {
	i := bytes.Index(page, []byte("<body"))
	if i < 0 {
		return append(append([]byte{}, b...), page...)
	}
	j := bytes.IndexByte(page[i:], '>')
	if j < 0 {
		return append(append([]byte{}, b...), page...)
	}
	k := i + j + 1
	out := make([]byte, 0, len(page)+len(b))
	out = append(out, page[:k]...)
	out = append(out, b...)
	return append(out, page[k:]...)
}

func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	id, file := r.PathValue("id"), r.PathValue("file")
	c, ok := s.lookup(id)
	if !ok {
		s.fail(w, r, errorf(http.StatusNotFound, "没有这个案卷：%s", id))
		return
	}
	d, ok := downloads[file]
	if !ok {
		s.fail(w, r, errorf(http.StatusNotFound, "没有这个文件：%s", file))
		return
	}
	if c.Status != StatusDone {
		s.fail(w, r, errorf(http.StatusConflict, "案卷尚未核查完成"))
		return
	}
	p := filepath.Join(s.store.caseDir(id), file)
	body, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) && file == fileDOCX {
		// A case checked before the Word file was written: made from its
		// result.json.
		body, err = s.docxFromResult(id)
	}
	if err == nil {
		body, err = s.withReviews(w, r, id, file, body)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", d.ctype)
	w.Header().Set("Content-Disposition", contentDisposition(downloadName(c, d), id, d.ext))
	if file == fileHTML {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
	}
	w.Write(body)
}

// download is a file of a checked case that can be downloaded: its type,
// what its name says it is, and its extension.
type download struct{ ctype, what, ext string }

var downloads = map[string]download{
	fileResult: {"application/json; charset=utf-8", "核查结果", ".json"},
	fileHTML:   {"text/html; charset=utf-8", "核查报告", ".html"},
	fileXLSX:   {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "核查意见", ".xlsx"},
	fileDOCX:   {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "核查意见", ".docx"},
}

// docxFromResult writes the Word file of a case from its stored result.
func (s *Server) docxFromResult(id string) ([]byte, error) {
	res, err := s.readResult(id)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := res.WriteDOCX(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// downloadName is the name a downloaded file is saved as:
// 单位_核查意见_日期.xlsx, the date the case was uploaded (Beijing time),
// the unit 整改核查 when the case names none. Characters a file name
// cannot hold are replaced by "_".
func downloadName(c caseState, d download) string {
	unit := caseUnit(c)
	if unit == "" {
		unit = "整改核查"
	}
	return fileSafe(unit, 60) + "_" + d.what + "_" + c.Created.In(beijing).Format("20060102") + d.ext
}

// fileSafe is name as part of a downloaded file's name: the characters no
// file system takes (\ / : * ? " < > |, controls) as _, at most max
// characters.
func fileSafe(name string, max int) string {
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`\/:*?"<>|`, r) || unicode.IsControl(r) {
			return '_'
		}
		return r
	}, name)
	if rs := []rune(name); len(rs) > max {
		name = string(rs[:max])
	}
	return name
}

// beijing is China Standard Time, the offices' clock.
var beijing = time.FixedZone("CST", 8*3600)

// contentDisposition names an attachment: the UTF-8 name in filename*
// (RFC 6266, RFC 5987), and an ASCII name for old clients in filename.
func contentDisposition(name, id, ext string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c < 0x80 && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || strings.IndexByte("!#$&+-.^_`|~", c) >= 0) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return fmt.Sprintf(`attachment; filename="zhenggai-%s%s"; filename*=UTF-8''%s`, id, ext, b.String())
}

// searchView is the search page's data.
type searchView struct {
	Q, Kind, Unit, From, To string
	Sort                    string
	Error                   string
	Result                  *index.Result
	Shown                   bool
	First, Last             int
	Prev, Next              string
	Facets                  []facetView
}

type facetView struct {
	Label string
	Terms []facetTerm
}

type facetTerm struct {
	Term  string
	Count int
	Href  string
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := searchView{Q: q.Get("q"), Kind: q.Get("kind"), Unit: q.Get("unit"), From: q.Get("from"), To: q.Get("to"), Sort: q.Get("sort")}
	p := page{Title: "检索历史报告", Nav: "search", Data: &v}
	req, err := searchRequest(q)
	if err != nil {
		v.Error = msg.OneLine(err.Error())
		s.render(w, http.StatusBadRequest, "search", p)
		return
	}
	res, err := s.search(r.Context(), req)
	if err != nil {
		v.Error = msg.OneLine(err.Error())
		s.render(w, statusOf(err), "search", p)
		return
	}
	v.Result = res
	if len(res.Hits) > 0 {
		v.Shown, v.First, v.Last = true, req.Offset+1, req.Offset+len(res.Hits)
	}
	link := func(set map[string]string) string {
		u := url.Values{}
		for k, val := range map[string]string{"q": v.Q, "kind": v.Kind, "unit": v.Unit, "from": v.From, "to": v.To, "sort": v.Sort} {
			if val != "" {
				u.Set(k, val)
			}
		}
		for k, val := range set {
			if val == "" {
				u.Del(k)
			} else {
				u.Set(k, val)
			}
		}
		return "/search?" + u.Encode()
	}
	if req.Offset > 0 {
		v.Prev = link(map[string]string{"offset": strconv.Itoa(max(0, req.Offset-req.Limit))})
	}
	if uint64(req.Offset+len(res.Hits)) < res.Total {
		v.Next = link(map[string]string{"offset": strconv.Itoa(req.Offset + req.Limit)})
	}
	labels := map[string]string{"unit": "单位", "kind": "类型", "year": "年份"}
	for _, name := range index.FacetFields {
		fv := facetView{Label: labels[name]}
		for _, t := range res.Facets[name] {
			ft := facetTerm{Term: t.Term, Count: t.Count}
			switch name {
			case "year":
				ft.Href = link(map[string]string{"from": t.Term + "-01-01", "to": t.Term + "-12-31"})
			case "kind":
				ft.Term = kindName(t.Term)
				ft.Href = link(map[string]string{"kind": t.Term})
			default:
				ft.Href = link(map[string]string{name: t.Term})
			}
			fv.Terms = append(fv.Terms, ft)
		}
		v.Facets = append(v.Facets, fv)
	}
	s.render(w, http.StatusOK, "search", p)
}
