// Package account keeps the named users of `zhenggai serve`: their roles,
// their passwords (argon2id hashes), their API tokens (SHA-256 hashes), the
// sessions of those logged in, and how often a login failed lately.
//
// The users live in one file of the data folder, users.json, written to a
// temporary name, synced, renamed and its folder synced, so that it is
// always the old file or the new one. A Store reads it again when it
// changed on disk (a user added with `zhenggai user add` while the service
// runs). Sessions are kept in memory only: a restart logs everyone out.
package account

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/durable"
)

// FileName is the users file in the data folder.
const FileName = "users.json"

// Role is what a user may do. Each role may do what the ones before it may.
type Role string

// The roles.
const (
	Viewer   Role = "viewer"   // 查看：reads cases, results and search
	Reviewer Role = "reviewer" // 复核：uploads cases and reviews findings
	Admin    Role = "admin"    // 管理：renames and deletes cases, reads the audit log
)

// Roles lists the roles, least first.
var Roles = []Role{Viewer, Reviewer, Admin}

var roleNames = map[Role]string{Viewer: "查看", Reviewer: "复核", Admin: "管理"}

// Name is the role in Chinese.
func (r Role) Name() string {
	if n, ok := roleNames[r]; ok {
		return n
	}
	return string(r)
}

func (r Role) rank() int {
	for i, x := range Roles {
		if x == r {
			return i + 1
		}
	}
	return 0
}

// Can reports whether r may do what min may.
func (r Role) Can(min Role) bool { return r.rank() > 0 && r.rank() >= min.rank() }

// ParseRole reads a role by its Chinese name (查看, 复核, 管理) or its code
// (viewer, reviewer, admin).
func ParseRole(s string) (Role, error) {
	s = strings.TrimSpace(s)
	for _, r := range Roles {
		if s == string(r) || s == r.Name() {
			return r, nil
		}
	}
	return "", fmt.Errorf("没有 %q 这个角色（可选：查看、复核、管理）", s)
}

// User is a user as callers see it.
type User struct {
	Name    string    `json:"name"`
	Role    Role      `json:"role"`
	Created time.Time `json:"created"`
}

// record is a user as the file holds it.
type record struct {
	User
	Password string        `json:"password"` // PHC string of argon2id
	Tokens   []tokenRecord `json:"tokens,omitempty"`
}

type tokenRecord struct {
	ID      string    `json:"id"`
	SHA256  string    `json:"sha256"` // of the token's secret
	Created time.Time `json:"created"`
}

type file struct {
	Version int       `json:"version"`
	Users   []*record `json:"users"`
}

// Errors of the store, in Chinese.
var (
	ErrBadLogin  = errors.New("用户名或密码错误")
	ErrExists    = errors.New("该用户已存在")
	ErrNoUser    = errors.New("没有这个用户")
	ErrShortPass = fmt.Errorf("密码至少 %d 个字符", MinPassword)
)

// MinPassword is the shortest password accepted, in characters.
const MinPassword = 8

// Store is the users of a data folder, their sessions and the login
// throttle.
type Store struct {
	path string

	mu    sync.Mutex
	users map[string]*record
	stamp fileStamp // the file as last read

	sessions map[string]session
	throttle *throttle

	// SessionTTL is how long a session lasts (default 12 hours);
	// MaxSessions bounds the sessions kept (default 10,000: the oldest go
	// first).
	SessionTTL  time.Duration
	MaxSessions int

	now func() time.Time
}

type session struct {
	user    string
	expires time.Time
}

type fileStamp struct {
	mod  time.Time
	size int64
}

// Open opens the users of the data folder dir (none if it has no users
// file yet).
func Open(dir string) (*Store, error) {
	s := &Store{path: filepath.Join(dir, FileName), users: map[string]*record{}, sessions: map[string]session{},
		throttle: newThrottle(), SessionTTL: 12 * time.Hour, MaxSessions: 10000, now: time.Now}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.reload(); err != nil {
		return nil, err
	}
	return s, nil
}

// Exists reports whether the data folder dir has at least one user.
func Exists(dir string) bool {
	s, err := Open(dir)
	return err == nil && s.Count() > 0
}

// reload reads the file again if it changed since it was last read.
func (s *Store) reload() error {
	fi, err := os.Stat(s.path)
	if errors.Is(err, os.ErrNotExist) {
		s.users, s.stamp = map[string]*record{}, fileStamp{}
		return nil
	}
	if err != nil {
		return err
	}
	st := fileStamp{fi.ModTime(), fi.Size()}
	if st == s.stamp {
		return nil
	}
	raw, err := os.ReadFile(s.path)
	if err != nil {
		return err
	}
	var f file
	if err := json.Unmarshal(raw, &f); err != nil {
		return fmt.Errorf("用户文件 %s 无法读取：%v", FileName, err)
	}
	users := map[string]*record{}
	for _, r := range f.Users {
		if r != nil && r.Role.rank() > 0 {
			users[r.Name] = r
		}
	}
	s.users, s.stamp = users, st
	return nil
}

// fresh reloads the file, keeping what was read before if it cannot be
// read now.
func (s *Store) fresh() { _ = s.reload() }

// save writes the users file atomically.
func (s *Store) save() error {
	f := file{Version: 1}
	for _, r := range s.users {
		f.Users = append(f.Users, r)
	}
	sort.Slice(f.Users, func(i, j int) bool { return f.Users[i].Created.Before(f.Users[j].Created) })
	raw, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := durable.WriteFile(s.path, 0o600, func(w io.Writer) error { _, err := w.Write(append(raw, '\n')); return err }); err != nil {
		return err
	}
	if fi, err := os.Stat(s.path); err == nil {
		s.stamp = fileStamp{fi.ModTime(), fi.Size()}
	}
	return nil
}

// Count is the number of users.
func (s *Store) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fresh()
	return len(s.users)
}

// Get returns the user named name.
func (s *Store) Get(name string) (User, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fresh()
	r, ok := s.users[name]
	if !ok {
		return User{}, false
	}
	return r.User, true
}

// List returns the users, oldest first.
func (s *Store) List() []User {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fresh()
	out := make([]User, 0, len(s.users))
	for _, r := range s.users {
		out = append(out, r.User)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out
}

// CheckName refuses a user name that is empty, longer than 32
// characters, or holds spaces, control characters or a colon.
func CheckName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > 32 || !utf8.ValidString(name) {
		return errors.New("用户名应为 1–32 个字符")
	}
	for _, r := range name {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == ':' || r == '/' || r == '\\' {
			return fmt.Errorf("用户名 %q 不能含空白、控制字符、冒号或斜杠", name)
		}
	}
	return nil
}

// Add adds a user with the password given.
func (s *Store) Add(name string, role Role, password string) error {
	if err := CheckName(name); err != nil {
		return err
	}
	if role.rank() == 0 {
		return fmt.Errorf("没有 %q 这个角色", role)
	}
	hash, err := newHash(password)
	if err != nil {
		return err
	}
	return s.change(func() (func(), error) {
		if _, ok := s.users[name]; ok {
			return nil, ErrExists
		}
		s.users[name] = &record{User: User{Name: name, Role: role, Created: s.now().UTC()}, Password: hash}
		return func() { delete(s.users, name) }, nil
	})
}

// SetPassword changes a user's password.
func (s *Store) SetPassword(name, password string) error {
	hash, err := newHash(password)
	if err != nil {
		return err
	}
	return s.change(func() (func(), error) {
		r, ok := s.users[name]
		if !ok {
			return nil, ErrNoUser
		}
		old := r.Password
		r.Password = hash
		return func() { r.Password = old }, nil
	})
}

// Remove removes a user, its API tokens and its sessions.
func (s *Store) Remove(name string) error {
	err := s.change(func() (func(), error) {
		r, ok := s.users[name]
		if !ok {
			return nil, ErrNoUser
		}
		delete(s.users, name)
		return func() { s.users[name] = r }, nil
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range s.sessions {
		if v.user == name {
			delete(s.sessions, k)
		}
	}
	return nil
}

// newHash hashes a new password, refusing one that is too short.
func newHash(password string) (string, error) {
	if utf8.RuneCountInString(password) < MinPassword {
		return "", ErrShortPass
	}
	return hashPassword(password)
}

// change applies fn to the users as the file holds them now, then saves
// them; fn returns how to undo what it did, which is done if saving fails.
func (s *Store) change(fn func() (undo func(), err error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.reload(); err != nil {
		return err
	}
	undo, err := fn()
	if err != nil {
		return err
	}
	if err := s.save(); err != nil {
		undo()
		return err
	}
	return nil
}

// Login checks a user's password. addr is where the request came from:
// failures are counted per user and per address, and after a few of either
// the next attempts are refused for a while (a *ThrottledError) without the
// password being looked at.
func (s *Store) Login(name, password, addr string) (User, error) {
	now := s.now()
	if wait := s.throttle.wait(now, "u:"+name, "a:"+addr); wait > 0 {
		return User{}, &ThrottledError{Wait: wait}
	}
	s.mu.Lock()
	s.fresh()
	r, ok := s.users[name]
	var hash string
	if ok {
		hash = r.Password
	}
	s.mu.Unlock()
	if !ok {
		hash = dummyHash() // the same work for a name that does not exist
	}
	good, err := checkPassword(hash, password)
	if err != nil {
		return User{}, err
	}
	if !ok || !good {
		s.throttle.fail(s.now(), "u:"+name, "a:"+addr)
		return User{}, ErrBadLogin
	}
	s.throttle.forget("u:" + name)
	return r.User, nil
}

// ThrottledError is a login refused because of earlier failures.
type ThrottledError struct{ Wait time.Duration }

func (e *ThrottledError) Error() string {
	return fmt.Sprintf("登录失败次数过多，请 %d 秒后再试", int(e.Wait.Seconds()+0.999))
}

// NewSession starts a session for user name: its id, a random secret for
// the cookie, and when it ends.
func (s *Store) NewSession(name string) (id string, expires time.Time, err error) {
	id, err = randomHex(32)
	if err != nil {
		return "", time.Time{}, err
	}
	now := s.now()
	expires = now.Add(s.SessionTTL)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fresh()
	if _, ok := s.users[name]; !ok {
		return "", time.Time{}, ErrNoUser
	}
	if len(s.sessions) >= s.MaxSessions {
		s.pruneSessions(now)
	}
	s.sessions[sessionKey(id)] = session{user: name, expires: expires}
	return id, expires, nil
}

// pruneSessions drops the expired sessions, and the oldest while there are
// still too many.
func (s *Store) pruneSessions(now time.Time) {
	for k, v := range s.sessions {
		if !now.Before(v.expires) {
			delete(s.sessions, k)
		}
	}
	evictOldest(s.sessions, s.MaxSessions, func(v session) time.Time { return v.expires })
}

// sessionKey is what a session is kept under: a hash of its id, so that
// the map does not hold the cookies' values.
func sessionKey(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:])
}

// Session returns the user of a live session, with the role the user has
// now; a user removed or a session expired is none.
func (s *Store) Session(id string) (User, bool) {
	if len(id) != 64 {
		return User{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := sessionKey(id)
	v, ok := s.sessions[k]
	if !ok {
		return User{}, false
	}
	if !s.now().Before(v.expires) {
		delete(s.sessions, k)
		return User{}, false
	}
	s.fresh()
	r, ok := s.users[v.user]
	if !ok {
		delete(s.sessions, k)
		return User{}, false
	}
	return r.User, true
}

// EndSession ends a session (logout).
func (s *Store) EndSession(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.sessions, sessionKey(id))
}

// tokenPrefix starts every API token: zg_<id>_<secret>.
const tokenPrefix = "zg_"

// NewToken makes an API token for user name and returns it: it is shown
// once; the file keeps the SHA-256 of its secret only (the secret is 128
// random bits: a slow hash would add nothing).
func (s *Store) NewToken(name string) (string, error) {
	id, err := randomHex(4)
	if err != nil {
		return "", err
	}
	secret, err := randomHex(16)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(secret))
	err = s.change(func() (func(), error) {
		r, ok := s.users[name]
		if !ok {
			return nil, ErrNoUser
		}
		r.Tokens = append(r.Tokens, tokenRecord{ID: id, SHA256: hex.EncodeToString(sum[:]), Created: s.now().UTC()})
		return func() { r.Tokens = r.Tokens[:len(r.Tokens)-1] }, nil
	})
	if err != nil {
		return "", err
	}
	return tokenPrefix + id + "_" + secret, nil
}

// IsToken reports whether tok has the shape of a user's API token (and
// not of the service's shared token).
func IsToken(tok string) bool {
	id, secret, ok := strings.Cut(strings.TrimPrefix(tok, tokenPrefix), "_")
	return strings.HasPrefix(tok, tokenPrefix) && ok && len(id) == 8 && len(secret) == 32
}

// TokenUser returns the user whose API token tok is.
func (s *Store) TokenUser(tok string) (User, bool) {
	if !IsToken(tok) {
		return User{}, false
	}
	id, secret, _ := strings.Cut(strings.TrimPrefix(tok, tokenPrefix), "_")
	sum := sha256.Sum256([]byte(secret))
	want := hex.EncodeToString(sum[:])
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fresh()
	for _, r := range s.users {
		for _, t := range r.Tokens {
			if t.ID == id && subtle.ConstantTimeCompare([]byte(t.SHA256), []byte(want)) == 1 {
				return r.User, true
			}
		}
	}
	return User{}, false
}

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
