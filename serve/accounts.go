package serve

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/account"
	"github.com/zhenggai/zhenggai/audit"
)

// Accounts (docs/interface.md, "Accounts"): once the data folder has a
// user (`zhenggai user add`), every request but /healthz, /login and the
// static files needs one: a session cookie from the login page, or
// "Authorization: Bearer" with a user's API token or, as before, the
// shared ZHENGGAI_TOKEN (acting as an admin). Until then serve behaves as
// without accounts. Each role may do what the one before it may:
//
//	查看 viewer    every page and GET of the API
//	复核 reviewer  uploads (POST /cases, POST /api/cases) and reviews
//	管理 admin     every other change (renaming, deleting) and the audit log
//
// The audit log (DIR/audit.jsonl, package audit) records every upload,
// review, rename and deletion, and the logins, with who and when.

const (
	userCookie = "zhenggai_user"
	fileAudit  = "audit.jsonl"

	// sharedUser is who a request made with the shared token is, in the
	// audit log; localUser one made without accounts or token.
	sharedUser = "（共享令牌）"
	localUser  = "（本机，未登录）"
)

// who is the user a request is made by.
type who struct {
	Name string
	Role account.Role
	// Named is false for the shared token: no person, so no review.
	Named bool
}

type whoKey struct{}

// requestUser is the user of r, when accounts are in use.
func requestUser(r *http.Request) (who, bool) {
	u, ok := r.Context().Value(whoKey{}).(who)
	return u, ok
}

// openAccounts opens the data folder's users and audit log.
func (s *Server) openAccounts() error {
	st, err := account.Open(s.cfg.DataDir)
	if err != nil {
		return err
	}
	lg, err := audit.Open(filepath.Join(s.cfg.DataDir, fileAudit))
	if err != nil {
		return err
	}
	if n := lg.Cut(); n > 0 {
		s.cfg.Logf("zhenggai serve: 操作日志末尾有 %d 字节未写完（上次异常退出），已截去", n)
	}
	s.accounts, s.auditLog = st, lg
	return nil
}

// hasUsers reports whether accounts are in use.
func (s *Server) hasUsers() bool { return s.accounts != nil && s.accounts.Count() > 0 }

// logAudit records in the audit log what the user of r did. serve's
// handlers call it once the change is on disk and before they answer.
func (s *Server) logAudit(r *http.Request, action, caseID, detail string) error {
	name := localUser
	if u, ok := requestUser(r); ok {
		name = u.Name
	} else if s.cfg.Token != "" {
		name = sharedUser
	}
	err := s.auditLog.Append(audit.Entry{User: name, Action: action, Case: caseID, Detail: detail})
	if err != nil {
		s.cfg.Logf("zhenggai serve: 写入操作日志（%s %s）失败：%v", action, caseID, err)
	}
	return err
}

// withAccounts puts the accounts in front of next: without users the
// shared-token check (auth) as before, with users a user for every request
// and the role its route needs. Uploads are recorded either way.
func (s *Server) withAccounts(next http.Handler) http.Handler {
	next = s.recordUploads(next)
	legacy := s.auth(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hasUsers() {
			legacy.ServeHTTP(w, r)
			return
		}
		p := r.URL.Path
		if p == "/healthz" || p == "/login" || strings.HasPrefix(p, "/static/") {
			next.ServeHTTP(w, r)
			return
		}
		u, msg := s.identify(r)
		if msg != "" {
			s.unauthorized(w, r, msg)
			return
		}
		if need := requiredRole(r); !u.Role.Can(need) {
			s.fail(w, r, errorf(http.StatusForbidden, "%s（%s）无权进行此操作：需要“%s”或更高的角色", u.Name, u.Role.Name(), need.Name()))
			return
		}
		r = r.WithContext(context.WithValue(r.Context(), whoKey{}, u))
		next.ServeHTTP(&userWriter{ResponseWriter: w, user: u}, r)
	})
}

// identify finds the user of r: a bearer token (a user's, or the shared
// one), else the session cookie. msg says why there is none.
func (s *Server) identify(r *http.Request) (who, string) {
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		tok = strings.TrimSpace(tok)
		switch {
		case ok && account.IsToken(tok):
			if u, ok := s.accounts.TokenUser(tok); ok {
				return who{Name: u.Name, Role: u.Role, Named: true}, ""
			}
		case ok && s.cfg.Token != "" && tokenEqual(tok, s.cfg.Token):
			return who{Name: sharedUser, Role: account.Admin}, ""
		}
		return who{}, "访问令牌错误"
	}
	if c, err := r.Cookie(userCookie); err == nil {
		if u, ok := s.accounts.Session(c.Value); ok {
			return who{Name: u.Name, Role: u.Role, Named: true}, ""
		}
		return who{}, "登录已过期，请重新登录"
	}
	return who{}, "需要登录：请在登录页输入用户名和密码，或在请求头中发送 Authorization: Bearer <令牌>"
}

// requiredRole is the least role r's route needs: reading needs a viewer,
// uploading and reviewing a reviewer, every other change (renaming,
// deleting, and any route added later) an admin, as does the audit log.
func requiredRole(r *http.Request) account.Role {
	p := r.URL.Path
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		if p == "/audit" || strings.HasPrefix(p, "/audit/") {
			return account.Admin
		}
		return account.Viewer
	case http.MethodPost:
		switch {
		case p == "/logout":
			return account.Viewer
		case p == "/cases" || p == "/api/cases", p == "/rounds" || p == "/api/rounds", isReviewPath(p):
			// Uploads (of a case, of a whole round) and reviews.
			return account.Reviewer
		case strings.HasPrefix(p, "/cases/") && strings.HasSuffix(p, "/files"):
			// 补充材料: more files for a case, and its check again, is
			// an upload.
			return account.Reviewer
		}
	}
	return account.Admin
}

// userWriter carries the request's user to the page templates (render).
type userWriter struct {
	http.ResponseWriter
	user who
}

func (u *userWriter) Unwrap() http.ResponseWriter { return u.ResponseWriter }

// pageUser is the user a page is rendered for, found on its writer.
func pageUser(w http.ResponseWriter) *who {
	for {
		switch x := w.(type) {
		case *userWriter:
			return &x.user
		case interface{ Unwrap() http.ResponseWriter }:
			w = x.Unwrap()
		default:
			return nil
		}
	}
}

// recordUploads records in the audit log each upload that stored a case
// (the answer naming the new case), before the answer leaves: the upload
// handlers' answers are held until then.
func (s *Server) recordUploads(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || (r.URL.Path != "/cases" && r.URL.Path != "/api/cases") {
			next.ServeHTTP(w, r)
			return
		}
		h := &heldWriter{ResponseWriter: w}
		next.ServeHTTP(h, r)
		loc := w.Header().Get("Location")
		id := loc[strings.LastIndexByte(loc, '/')+1:]
		if (h.status == http.StatusCreated || h.status == http.StatusSeeOther) && validID(id) {
			detail := "网页上传"
			if isAPI(r) {
				detail = "接口上传"
			}
			if c, ok := s.store.get(id); ok {
				detail += "：" + uploadDetail(c)
			}
			s.logAudit(r, audit.ActionUpload, id, detail)
		}
		if h.status == 0 {
			h.status = http.StatusOK
		}
		w.WriteHeader(h.status)
		w.Write(h.body.Bytes())
	})
}

// uploadDetail describes an uploaded case for the audit log.
func uploadDetail(c caseState) string {
	var parts []string
	for _, p := range []string{caseUnit(c), c.Info.Round} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(append(parts, strconv.Itoa(len(c.Files))+" 个文件"), "，")
}

// heldWriter keeps an answer until it is let go.
type heldWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (h *heldWriter) WriteHeader(code int) {
	if h.status == 0 {
		h.status = code
	}
}

func (h *heldWriter) Write(b []byte) (int, error) {
	if h.status == 0 {
		h.status = http.StatusOK
	}
	return h.body.Write(b)
}

func (h *heldWriter) Unwrap() http.ResponseWriter { return h.ResponseWriter }

// clientAddr is where r came from: its peer's address, or behind a proxy
// (Config.BehindProxy) the last address the proxy added to
// X-Forwarded-For.
func (s *Server) clientAddr(r *http.Request) string {
	if s.cfg.BehindProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if a := strings.TrimSpace(parts[len(parts)-1]); a != "" {
				return a
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// secure reports whether cookies set in answer to r are Secure: over TLS,
// or behind a TLS proxy.
func (s *Server) secure(r *http.Request) bool { return r.TLS != nil || s.cfg.BehindProxy }

// ---- login and logout

// loginView is the user login page's data.
type loginView struct {
	Next, Name, Error string
}

// userLogin answers GET and POST /login when accounts are in use, and
// reports whether it did.
func (s *Server) userLogin(w http.ResponseWriter, r *http.Request) bool {
	if !s.hasUsers() {
		return false
	}
	if r.Method != http.MethodPost {
		s.render(w, http.StatusOK, "userlogin", page{Title: "登录", CSRF: s.csrfToken(w, r),
			Data: loginView{Next: safeNext(r.URL.Query().Get("next"))}})
		return true
	}
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.pageError(w, r, http.StatusBadRequest, "无法读取登录表单")
		return true
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil || !tokenEqual(r.PostFormValue("csrf"), c.Value) {
		s.pageError(w, r, http.StatusForbidden, "表单令牌缺失或错误，请刷新页面后重试")
		return true
	}
	v := loginView{Next: safeNext(r.PostFormValue("next")), Name: strings.TrimSpace(r.PostFormValue("name"))}
	u, err := s.accounts.Login(v.Name, r.PostFormValue("password"), s.clientAddr(r))
	var te *account.ThrottledError
	switch {
	case errors.As(err, &te):
		v.Error = te.Error()
		w.Header().Set("Retry-After", strconv.Itoa(int(te.Wait.Seconds()+0.999)))
		s.render(w, http.StatusTooManyRequests, "userlogin", page{Title: "登录", CSRF: c.Value, Data: v})
		return true
	case errors.Is(err, account.ErrBadLogin):
		s.auditLog.Append(audit.Entry{User: msgName(v.Name), Action: audit.ActionLoginFailed, Detail: "来自 " + s.clientAddr(r)})
		v.Error = err.Error()
		s.render(w, http.StatusUnauthorized, "userlogin", page{Title: "登录", CSRF: c.Value, Data: v})
		return true
	case err != nil:
		s.fail(w, r, err)
		return true
	}
	id, exp, err := s.accounts.NewSession(u.Name)
	if err != nil {
		s.fail(w, r, err)
		return true
	}
	s.auditLog.Append(audit.Entry{User: u.Name, Action: audit.ActionLogin, Detail: "来自 " + s.clientAddr(r)})
	http.SetCookie(w, &http.Cookie{Name: userCookie, Value: id, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.secure(r), Expires: exp})
	http.Redirect(w, r, v.Next, http.StatusSeeOther)
	return true
}

// msgName bounds a name typed at the login page before it goes to the
// log.
func msgName(n string) string {
	if r := []rune(n); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return n
}

func (s *Server) logoutPage(w http.ResponseWriter, r *http.Request) {
	if !s.hasUsers() {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, http.StatusOK, "logout", page{Title: "退出登录", CSRF: s.csrfToken(w, r)})
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := readForm(w, r, smallForm); err != nil {
		s.fail(w, r, err)
		return
	}
	if sc, err := r.Cookie(userCookie); err == nil && s.accounts != nil {
		s.accounts.EndSession(sc.Value)
	}
	if u, ok := requestUser(r); ok && u.Named {
		s.logAudit(r, audit.ActionLogout, "", "")
	}
	http.SetCookie(w, &http.Cookie{Name: userCookie, Value: "", Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.secure(r), MaxAge: -1})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// ---- the audit log page

// auditView is the audit log page's data.
type auditView struct {
	User, Action, Case string
	Entries            []audit.Entry
	Actions            []option
	Bad                int
}

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := auditView{User: strings.TrimSpace(q.Get("user")), Action: q.Get("action"), Case: strings.TrimSpace(q.Get("case"))}
	v.Actions = []option{{"", "全部操作"}}
	for _, a := range audit.Actions {
		v.Actions = append(v.Actions, option{a, audit.ActionName(a)})
	}
	es, bad, err := audit.Read(s.auditLog.Path(), audit.Filter{User: v.User, Action: v.Action, Case: v.Case, Limit: 500})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
		es[i], es[j] = es[j], es[i] // newest first
	}
	v.Entries, v.Bad = es, bad
	s.render(w, http.StatusOK, "audit", page{Title: "操作日志", Nav: "audit", Data: v})
}

// accountRoutes adds the routes of accounts and reviews.
func (s *Server) accountRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /logout", s.logoutPage)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /audit", s.auditPage)
	mux.HandleFunc("POST /cases/{id}/review", s.reviewForm)
	mux.HandleFunc("GET /api/cases/{id}/reviews", s.apiReviews)
	mux.HandleFunc("POST /api/cases/{id}/reviews", s.apiReview)
}

var funcsAccounts = map[string]any{
	"actionName": audit.ActionName,
	"reviewName": reviewName,
	"beijingTime": func(t time.Time) string {
		return t.In(beijing).Format("2006-01-02 15:04:05")
	},
	"queryEscape": url.QueryEscape,
}
