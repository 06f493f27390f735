// Command attackserve is the attack replay of scripts/attack-serve.sh: it
// sends a zhenggai serve on a loopback address the hostile requests that
// used to break it (DNS rebinding, searches that never finish, slow uploads
// and connection floods, an open redirect after login, a path conflict in
// an upload, an error quoting raw PDF bytes, an offset past the largest
// int, and the hostile documents and data folders of documents.go), each
// bounded to 60 s, and prints per attack whether the server held, the HTTP
// status, its peak resident memory during the attack (VmHWM, reset before
// it) and the CPU seconds it spent in the 2 s after the answer (work going
// on after the answer or the client's departure). It exits 1 when an
// attack broke through or the peak memory is over -max-mb.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/casefiles"
)

// outcome is what an attack observed.
type outcome struct {
	status int    // the HTTP status of the decisive answer (0 for none)
	held   bool   // the server resisted
	note   string // what was seen
	// srv, when not nil, is a server the attack started for itself (a
	// hostile data folder, other flags): its memory and CPU are measured
	// instead of the main server's, then it is stopped.
	srv *server
	// cliMB, when not 0, is the peak memory of a command (not a server)
	// the attack ran to its end: there is no "after" to measure.
	cliMB int
}

type attack struct {
	name  string
	token bool // needs a server with a token
	run   func(ctx context.Context) outcome
}

var (
	base    string
	host    string // host:port
	pid     int
	dataDir string
	token   string
	cases   string
	fillDir string // a folder on the small disk that holds the data folder, or ""
	bin     string // the zhenggai binary, for the attacks that start their own server or run the CLI
	secDir  string // the crafted files (testdata/security)
	workDir string // where attacks make their own data folders
)

func main() { os.Exit(run()) }

// run runs the attacks and returns the exit status (after its deferred
// clean-up).
func run() int {
	flag.StringVar(&base, "url", "http://127.0.0.1:8080", "the server (loopback only)")
	flag.IntVar(&pid, "pid", 0, "the server's process id (memory, CPU, file descriptors)")
	flag.StringVar(&dataDir, "data", "", "the server's data folder (for tmp/)")
	flag.StringVar(&token, "token", "", "the server's token: run the attacks that need one (and only those)")
	flag.StringVar(&cases, "cases", "testdata/corpus/cases", "folder of sample case folders")
	flag.StringVar(&fillDir, "fill", "", "a folder on the (small) disk of the data folder, to fill it up for the disk-full attack (skipped without)")
	flag.StringVar(&bin, "bin", "", "the zhenggai binary: attacks that start their own server (a hostile data folder, --workers 1) or run the CLI (skipped without)")
	flag.StringVar(&secDir, "security", "testdata/security", "folder of the crafted files (hostile-pdfs.tar.gz, xref-prev-loop.pdf)")
	flag.StringVar(&workDir, "work", "", "a folder for the data folders of the attacks' own servers (default a temporary folder, removed at the end)")
	maxMB := flag.Int("max-mb", 1024, "fail when the server's peak memory is above this")
	only := flag.String("only", "", "run only the attacks of these names (comma-separated)")
	flag.Parse()
	u, err := url.Parse(base)
	if err != nil || u.Hostname() == "" {
		fatal("bad -url %q", base)
	}
	if ip := net.ParseIP(u.Hostname()); !(u.Hostname() == "localhost" || (ip != nil && ip.IsLoopback())) {
		fatal("-url %s is not a loopback address: attacks are only ever sent to a local server", base)
	}
	host = u.Host
	if pid == 0 || dataDir == "" {
		fatal("-pid and -data are required")
	}
	if workDir == "" {
		d, err := os.MkdirTemp("", "attackserve-")
		if err != nil {
			fatal("%v", err)
		}
		workDir = d
		defer os.RemoveAll(d)
	}
	if token == "" {
		setup()
	}
	broke, peak := 0, 0
	fmt.Printf("%-26s %-6s %6s %9s %13s  %s\n", "attack", "result", "status", "VmHWM MB", "CPU after (s)", "note")
	for _, a := range append(append(attacks, heavyAttacks...), craftedAttacks()...) {
		if a.token != (token != "") || (*only != "" && !slices.Contains(strings.Split(*only, ","), a.name)) {
			continue
		}
		// The row is the attack's own: the server is left to finish what
		// an earlier attack gave it (up to 30 s, said in the note), and the
		// kernel's high-water mark is reset to the present resident size.
		busy := settlePid(context.Background(), pid)
		resetHWM(pid)
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		o := a.run(ctx)
		cancel()
		if busy > 2*time.Second {
			o.note = fmt.Sprintf("(the server was still busy %v before) %s", busy.Round(time.Second), o.note)
		}
		target := pid
		if o.srv != nil {
			target = o.srv.pid
		}
		c0 := cpuSeconds(target)
		time.Sleep(2 * time.Second)
		after := cpuSeconds(target) - c0
		hwm := vmHWM(target)
		if o.srv != nil {
			o.srv.stop()
		}
		if o.cliMB > 0 {
			hwm, after = o.cliMB, 0
		}
		peak = max(peak, hwm)
		res := "held"
		if !o.held || after > 0.5 || hwm > *maxMB {
			res, broke = "BROKE", broke+1
		}
		fmt.Printf("%-26s %-6s %6d %9d %13.2f  %s\n", a.name, res, o.status, hwm, after, o.note)
	}
	fmt.Printf("peak memory of any server over these attacks: %d MB (limit %d MB); %d broke\n", peak, *maxMB, broke)
	if broke > 0 {
		return 1
	}
	return 0
}

var attacks = []attack{
	{"dns-rebinding-read", false, func(ctx context.Context) outcome {
		st, b := request(ctx, http.MethodGet, "/api/cases", nil, "Host", "attacker.example")
		return outcome{status: st, held: st == http.StatusMisdirectedRequest, note: errorOf(b)}
	}},
	{"dns-rebinding-upload", false, func(ctx context.Context) outcome {
		before := caseCount(ctx)
		body, ctype := multipartBody(readCase("03-tongling-shichangjianguan"))
		st, b := request(ctx, http.MethodPost, "/api/cases", body, "Host", "attacker.example", "Content-Type", ctype,
			"Origin", "http://attacker.example", "Sec-Fetch-Site", "same-origin")
		// Refused before the body is read, the client may see its write
		// fail rather than the 421: what counts is that nothing was stored.
		after := caseCount(ctx)
		note := fmt.Sprintf("%s (cases stored: %d before, %d after)", shorten(errorOf(b)), before, after)
		return outcome{status: st, held: (st == http.StatusMisdirectedRequest || st == 0) && after == before && before >= 0, note: note}
	}},
	{"regexp-flood", false, func(ctx context.Context) outcome {
		return search(ctx, strings.TrimSpace(strings.Repeat("/.*/ ", 199)), 0, http.StatusBadRequest)
	}},
	{"wildcard-flood", false, func(ctx context.Context) outcome {
		return search(ctx, strings.TrimSpace(strings.Repeat("*改 ", 199)), 0, http.StatusBadRequest)
	}},
	{"search-client-leaves", false, func(ctx context.Context) outcome {
		// Eight regexps that walk the whole dictionary; the client leaves
		// after 20 ms.
		q := strings.TrimSpace(strings.Repeat("/.*[查改审]/ ", 8))
		return search(ctx, q, 20*time.Millisecond, 0)
	}},
	{"offset-overflow", false, func(ctx context.Context) outcome {
		st, b := request(ctx, http.MethodGet, "/api/search?q=*&offset=9223372036854775807", nil)
		return outcome{status: st, held: st == http.StatusBadRequest, note: errorOf(b)}
	}},
	{"path-conflict", false, func(ctx context.Context) outcome {
		files := readCase("03-tongling-shichangjianguan")
		files = append(files, part{Name: "report.txt/x.txt", Data: []byte("整改")})
		body, ctype := multipartBody(files)
		st, b := request(ctx, http.MethodPost, "/api/cases", body, "Content-Type", ctype)
		msg := errorOf(b)
		return outcome{status: st, held: st == http.StatusBadRequest && !strings.Contains(msg, dataDir) && !strings.Contains(msg, "/tmp/"), note: msg}
	}},
	{"corrupt-pdf-error", false, func(ctx context.Context) outcome {
		files := readCase("08-dongchuan-tongji-clean")
		for i := range files {
			if files[i].Name == "report.pdf" {
				d := append([]byte{}, files[i].Data...)
				// Break the cross-reference table and splice raw stream
				// bytes where a parser reports its position.
				if j := bytes.Index(d, []byte("xref")); j > 0 {
					d[j] = 'X'
				}
				if j := bytes.Index(d, []byte("stream")); j > 0 {
					d[j+1] = '\n'
				}
				files[i].Data = d
			}
		}
		body, ctype := multipartBody(files)
		st, b := request(ctx, http.MethodPost, "/api/cases", body, "Content-Type", ctype)
		msg := errorOf(b)
		ok := !strings.ContainsAny(msg, "\n\r") && utf8.ValidString(msg) && len(msg) <= 1100
		if st == http.StatusCreated {
			msg = "(accepted: the change did not break the PDF)"
		}
		return outcome{status: st, held: ok, note: shorten(msg)}
	}},
	{"slow-uploads", false, slowUploads},
	{"disk-full", false, diskFull},
	{"connection-flood", false, connectionFlood},
	{"open-redirect", true, func(ctx context.Context) outcome {
		st, b, hdr := requestHeader(ctx, http.MethodGet, "/login", nil)
		csrf := ""
		for _, c := range (&http.Response{Header: hdr}).Cookies() {
			if c.Name == "zhenggai_csrf" {
				csrf = c.Value
			}
		}
		if csrf == "" {
			return outcome{status: st, held: false, note: "no form token: " + shorten(string(b))}
		}
		form := url.Values{"token": {token}, "csrf": {csrf}, "next": {"/\t/evil.example"}}
		st, _, hdr = requestHeader(ctx, http.MethodPost, "/login", strings.NewReader(form.Encode()),
			"Content-Type", "application/x-www-form-urlencoded", "Cookie", "zhenggai_csrf="+csrf)
		loc := hdr.Get("Location")
		return outcome{status: st, held: st == http.StatusSeeOther && loc == "/", note: "Location: " + strconv.Quote(loc)}
	}},
}

// caseCount is the number of stored cases, or -1.
func caseCount(ctx context.Context) int {
	st, b := request(ctx, http.MethodGet, "/api/cases", nil)
	var r struct {
		Total int `json:"total"`
	}
	if st != http.StatusOK || json.Unmarshal(b, &r) != nil {
		return -1
	}
	return r.Total
}

// setup uploads the sample cases, so that searches have a dictionary.
func setup() {
	ents, err := os.ReadDir(cases)
	if err != nil {
		fatal("%v", err)
	}
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		body, ctype := multipartBody(readCase(e.Name()))
		st, b := request(context.Background(), http.MethodPost, "/api/cases", body, "Content-Type", ctype)
		if st != http.StatusCreated && st != http.StatusUnprocessableEntity {
			fmt.Fprintf(os.Stderr, "attackserve: setup: %s: %d %s\n", e.Name(), st, shorten(string(b)))
		}
	}
}

// search runs a search; leave, when not 0, is when the client gives up.
func search(ctx context.Context, q string, leave time.Duration, want int) outcome {
	if leave > 0 {
		var cancel func()
		ctx, cancel = context.WithTimeout(ctx, leave)
		defer cancel()
	}
	start := time.Now()
	st, b := request(ctx, http.MethodGet, "/api/search?q="+url.QueryEscape(q), nil)
	took := time.Since(start).Round(time.Millisecond)
	if leave > 0 {
		return outcome{status: st, held: true, note: fmt.Sprintf("client left after %v", took)}
	}
	return outcome{status: st, held: st == want, note: fmt.Sprintf("%v: %s", took, errorOf(b))}
}

// slowUploads holds 200 uploads whose bodies trickle in, checks that
// /healthz still answers at once, then drops them and checks that tmp/ is
// emptied.
func slowUploads(ctx context.Context) outcome {
	const n = 200
	conns := openConns(n, "POST /api/cases HTTP/1.1\r\nHost: %s\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: 10000000\r\n\r\n"+
		"--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"report.txt\"\r\n\r\n")
	defer func() { closeAll(conns) }()
	if len(conns) < n {
		return outcome{status: 0, held: false, note: fmt.Sprintf("only %d connections opened", len(conns))}
	}
	for range 5 {
		for _, c := range conns {
			c.Write([]byte("整"))
		}
		time.Sleep(time.Second)
	}
	tmp := entries(filepath.Join(dataDir, "tmp"))
	start := time.Now()
	st, _ := request(ctx, http.MethodGet, "/healthz", nil)
	health := time.Since(start)
	closeAll(conns)
	conns = nil
	deadline := time.Now().Add(10 * time.Second)
	left := entries(filepath.Join(dataDir, "tmp"))
	for left > 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		left = entries(filepath.Join(dataDir, "tmp"))
	}
	ok := st == http.StatusOK && health < 2*time.Second && left == 0
	return outcome{status: st, held: ok, note: fmt.Sprintf("%d uploads in tmp/ while held, /healthz in %v, %d left in tmp/ after", tmp, health.Round(time.Millisecond), left)}
}

// connectionFlood opens 1,000 connections that never finish their
// headers: the server holds at most its cap of them (256) open, and
// answers a new client's /healthz once the read-header timeout (10 s) has
// cut those before it in the queue.
func connectionFlood(ctx context.Context) outcome {
	conns := openConns(1000, "GET /healthz HTTP/1.1\r\nHost: %s\r\n")
	defer closeAll(conns)
	time.Sleep(time.Second)
	fds := entries(fmt.Sprintf("/proc/%d/fd", pid))
	start := time.Now()
	st, _ := request(ctx, http.MethodGet, "/healthz", nil)
	health := time.Since(start)
	ok := fds <= 256+64 && st == http.StatusOK
	return outcome{status: st, held: ok, note: fmt.Sprintf("%d connections opened, server holds %d file descriptors, /healthz in %v", len(conns), fds, health.Round(time.Millisecond))}
}

type part = casefiles.Part

func readCase(name string) []part {
	out, err := casefiles.ReadCase(filepath.Join(cases, name))
	if err != nil {
		fatal("%v", err)
	}
	return out
}

// openConns opens up to n connections and sends each the start of a
// request that it never finishes; it stops early when the listen backlog
// is full.
func openConns(n int, start string) []net.Conn {
	var conns []net.Conn
	for range n {
		c, err := net.DialTimeout("tcp", host, 5*time.Second)
		if err != nil {
			break
		}
		conns = append(conns, c)
		fmt.Fprintf(c, start, host)
	}
	return conns
}

func closeAll(conns []net.Conn) {
	for _, c := range conns {
		c.Close()
	}
}

// multipartBody is an upload of files, with form fields (in pairs) first.
func multipartBody(files []part, fields ...string) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(fields); i += 2 {
		mw.WriteField(fields[i], fields[i+1])
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="files"; filename="`+f.Name+`"`)
		h.Set("Content-Type", "application/octet-stream")
		w, _ := mw.CreatePart(h)
		w.Write(f.Data)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

// transport opens a connection per request: a kept-alive one, accepted
// before a flood, would hide the wait of a new client.
var transport = &http.Transport{DisableKeepAlives: true}

func request(ctx context.Context, method, path string, body io.Reader, hdr ...string) (int, []byte) {
	st, b, _ := requestHeader(ctx, method, path, body, hdr...)
	return st, b
}

// requestHeader sends a request (headers in pairs; "Host" sets the Host
// header) without following redirects.
func requestHeader(ctx context.Context, method, path string, body io.Reader, hdr ...string) (int, []byte, http.Header) {
	return requestAt(ctx, base, method, path, body, hdr...)
}

// requestAt is requestHeader to the server at url.
func requestAt(ctx context.Context, url, method, path string, body io.Reader, hdr ...string) (int, []byte, http.Header) {
	req, err := http.NewRequestWithContext(ctx, method, url+path, body)
	if err != nil {
		return 0, []byte(err.Error()), nil
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i] == "Host" {
			req.Host = hdr[i+1]
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	if token != "" && path != "/login" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := transport.RoundTrip(req)
	if err != nil {
		return 0, []byte(err.Error()), nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, b, resp.Header
}

func errorOf(b []byte) string {
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(b, &e) == nil && e.Error != "" {
		return e.Error
	}
	return shorten(string(b))
}

func shorten(s string) string {
	if len(s) > 120 {
		i := 120
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

func entries(dir string) int {
	ents, _ := os.ReadDir(dir)
	return len(ents)
}

// resetHWM sets a process's peak resident memory to its present resident
// size (clear_refs 5; Linux 4.0 and later, the process's owner).
func resetHWM(pid int) {
	_ = os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
}

// cpuSeconds is the user and system time a process has used
// (/proc/PID/stat, in clock ticks of 1/100 s).
func cpuSeconds(pid int) float64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(raw)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100
}

// vmHWM is a process's peak resident memory in MB.
func vmHWM(pid int) int {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return kb / 1024
		}
	}
	return 0
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "attackserve: "+format+"\n", args...)
	os.Exit(2)
}

// diskFull fills the disk of the data folder and uploads a case: it must be
// answered 507 with a message that shows no path, store nothing, and once
// the space is freed the same server (not restarted) must store and find
// the next upload.
func diskFull(ctx context.Context) outcome {
	if fillDir == "" {
		return outcome{status: 0, held: true, note: "skipped: no -fill folder (the data folder is not on a small tmpfs: needs root)"}
	}
	filler := filepath.Join(fillDir, "attackserve-filler")
	defer os.Remove(filler)
	f, err := os.Create(filler)
	if err != nil {
		return outcome{status: 0, held: false, note: err.Error()}
	}
	buf := make([]byte, 1<<20)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	before := caseCount(ctx)
	body, ctype := multipartBody(readCase("03-tongling-shichangjianguan"))
	st, b := request(ctx, http.MethodPost, "/api/cases", body, "Content-Type", ctype)
	msg := errorOf(b)
	full := caseCount(ctx)
	os.Remove(filler)
	body, ctype = multipartBody(readCase("03-tongling-shichangjianguan"))
	st2, b2 := request(ctx, http.MethodPost, "/api/cases", body, "Content-Type", ctype)
	var a struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(b2, &a)
	found := false
	for i := 0; i < 100 && a.ID != "" && !found; i++ {
		_, sb := request(ctx, http.MethodGet, "/api/search?limit=100&q="+url.QueryEscape("整改"), nil)
		found = bytes.Contains(sb, []byte(`"`+a.ID+`/`))
		if !found {
			time.Sleep(100 * time.Millisecond)
		}
	}
	held := st == http.StatusInsufficientStorage && !strings.Contains(msg, "/") && utf8.ValidString(msg) &&
		full == before && before >= 0 && st2 == http.StatusCreated && found
	return outcome{status: st, held: held, note: fmt.Sprintf("%s; space freed: %d, found by search %v", shorten(msg), st2, found)}
}
