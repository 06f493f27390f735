package main

// The attacks of hostile documents and data folders: a 30 MB unit (in the
// form, in case.json, in a zipped case.json, and stored in a data folder a
// server starts on), the crafted PDFs (a trailer /Prev that points at its
// own xref, Kids cycles, bombs), a report whose HTML rendering was
// quadratic, a DOCX of a million paragraphs (alone, and four in parallel
// to a server with one worker), the remains of a crash (an orphan blob),
// the search command's offset past the largest int, and reports of text
// just under and just past the bound of a document's text (1,000,000
// characters), and a case past the bound of its documents together
// (3,000,000).

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// The sizes of the attacks, as the probe sent them.
const (
	hugeUnit       = 30 << 20  // bytes of the unit field
	manyParagraphs = 1_000_000 // paragraphs of the amplifying DOCX
	renderSmall    = 3_000     // paragraphs of the report whose HTML was quadratic
	renderLarge    = 12_000    // four times as many: linear is ×4, quadratic ×16
)

var heavyAttacks = []attack{
	{"unit-30mb-form", false, func(ctx context.Context) outcome {
		return hugeUnitUpload(ctx, "form")
	}},
	{"unit-30mb-case-json", false, func(ctx context.Context) outcome {
		return hugeUnitUpload(ctx, "case.json")
	}},
	{"unit-30mb-zipped", false, func(ctx context.Context) outcome {
		return hugeUnitUpload(ctx, "zip")
	}},
	{"startup-hostile-case", false, startupHostileCase},
	{"startup-crash-remains", false, startupCrashRemains},
	{"xref-prev-loop", false, func(ctx context.Context) outcome {
		return crafted(ctx, "xref-prev-loop.pdf", 0)
	}},
	{"xref-prev-loop-leaves", false, func(ctx context.Context) outcome {
		return crafted(ctx, "xref-prev-loop.pdf", 100*time.Millisecond)
	}},
	{"html-render-linear", false, renderLinear},
	{"html-render-leaves", false, renderLeaves},
	{"docx-1m-paragraphs", false, millionParagraphs},
	{"docx-1m-x4-workers-1", false, millionParallel},
	{"cli-search-offset", false, cliSearchOffset},
	{"text-0.95m-accepted", false, func(ctx context.Context) outcome {
		return textUpload(ctx, []part{{Name: "report.txt", Data: chineseText(950_000, 1)}}, http.StatusCreated, "")
	}},
	{"text-1.1m-refused", false, func(ctx context.Context) outcome {
		return textUpload(ctx, []part{{Name: "report.txt", Data: chineseText(1_100_000, 2)}}, http.StatusUnprocessableEntity, "文字超过一份文件的字数上限")
	}},
	{"case-text-3.4m", false, func(ctx context.Context) outcome {
		// Each file within its own bound, the four past the case's: the
		// last read is not (the check lists it, unread, with why). On a
		// server of its own: the shared one keeps its data on a 128 MB
		// disk (for disk-full), which a case at the bound, indexed,
		// outgrows — that is the disk-full attack, not this one.
		srv, _, err := startServer(ctx, privateData("case-text"))
		if errors.Is(err, errNoBin) {
			return outcome{held: true, note: err.Error()}
		}
		if err != nil {
			return outcome{note: err.Error()}
		}
		files := []part{{Name: "report.txt", Data: chineseText(950_000, 3)}}
		for i, n := range []string{"a", "b", "c"} {
			files = append(files, part{Name: "minutes/" + n + ".txt", Data: chineseText(800_000, uint64(4+i))})
		}
		o := textUploadAt(ctx, srv.url, files, http.StatusCreated, "", "minutes/c.txt：案卷文字过多")
		o.srv = srv
		return o
	}},
}

// ---- documents

// docx is a minimal Word file whose body repeats one paragraph n times,
// written as it is zipped (the XML of a million paragraphs is never held).
func docx(paragraph string, n int) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	parts := []struct{ name, head, rep, tail string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`, "", ""},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`, "", ""},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`,
			`<w:p><w:r><w:t>` + paragraph + `</w:t></w:r></w:p>`, `</w:body></w:document>`},
	}
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err != nil {
			fatal("%v", err)
		}
		io.WriteString(w, p.head)
		for i := 0; p.rep != "" && i < n; i++ {
			io.WriteString(w, p.rep)
		}
		io.WriteString(w, p.tail)
	}
	if err := z.Close(); err != nil {
		fatal("%v", err)
	}
	return buf.Bytes()
}

func readSecurity(name string) []byte {
	b, err := os.ReadFile(filepath.Join(secDir, name))
	if err != nil {
		fatal("%v", err)
	}
	return b
}

// upload sends files (and form fields, in pairs) to the server at url as
// an API upload, and returns the status, the answer's error and how long
// it took.
func upload(ctx context.Context, url string, files []part, fields ...string) (int, string, time.Duration) {
	body, ctype := multipartBody(files, fields...)
	start := time.Now()
	st, b, _ := requestAt(ctx, url, http.MethodPost, "/api/cases", body, "Content-Type", ctype)
	return st, errorOf(b), time.Since(start)
}

// refused is true for the statuses of an upload refused as the asker's:
// bad request, too large, not a document, cannot be checked.
func refused(st int) bool {
	return st == http.StatusBadRequest || st == http.StatusRequestEntityTooLarge ||
		st == http.StatusUnsupportedMediaType || st == http.StatusUnprocessableEntity
}

// ---- a server of the attack's own

// server is a zhenggai serve the attack started (-bin).
type server struct {
	cmd  *exec.Cmd
	done chan struct{} // closed once the process has ended
	pid  int
	url  string
	log  *bytes.Buffer
}

var errNoBin = errors.New("skipped: no -bin")

// startServer starts bin serve on a free loopback port over the data
// folder data, with more flags, and waits until it answers /healthz. The
// server dies with attackserve (Pdeathsig).
func startServer(ctx context.Context, data string, flags ...string) (*server, time.Duration, error) {
	if bin == "" {
		return nil, 0, errNoBin
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, 0, err
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{url: "http://" + addr, log: &bytes.Buffer{}, done: make(chan struct{})}
	s.cmd = exec.Command(bin, append([]string{"serve", "--addr", addr, "--data", data}, flags...)...)
	s.cmd.Env = append(os.Environ(), "ZHENGGAI_TOKEN=")
	s.cmd.Stderr = s.log
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	start := time.Now()
	if err := s.cmd.Start(); err != nil {
		return nil, 0, err
	}
	s.pid = s.cmd.Process.Pid
	go func() { s.cmd.Wait(); close(s.done) }()
	for ctx.Err() == nil {
		if st, _, _ := requestAt(ctx, s.url, http.MethodGet, "/healthz", nil); st == http.StatusOK {
			return s, time.Since(start), nil
		}
		select {
		case <-s.done:
			return nil, time.Since(start), fmt.Errorf("the server ended: %s", shorten(s.log.String()))
		case <-time.After(50 * time.Millisecond):
		}
	}
	s.stop()
	return nil, time.Since(start), fmt.Errorf("the server did not answer /healthz: %s", shorten(s.log.String()))
}

// stop ends the server (SIGTERM, then SIGKILL after 10 s).
func (s *server) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.kill()
	}
}

// kill ends the server at once, as a crash would.
func (s *server) kill() {
	s.cmd.Process.Kill()
	<-s.done
}

// privateData is a new folder for an attack's own server or index, under
// -work.
func privateData(name string) string {
	d, err := os.MkdirTemp(workDir, name+"-")
	if err != nil {
		fatal("%v", err)
	}
	return d
}

// settle waits (up to 30 s) until the server s has used less than 0.05 s
// of CPU over half a second: the work its start gives it (checking a
// queued case, indexing one missing from the index) is done, so that what
// it does after is what the attack left it doing. It returns how long.
func settle(ctx context.Context, s *server) time.Duration { return settlePid(ctx, s.pid) }

// settlePid is settle for the process pid.
func settlePid(ctx context.Context, pid int) time.Duration {
	start := time.Now()
	for c := cpuSeconds(pid); ctx.Err() == nil && time.Since(start) < 30*time.Second; {
		time.Sleep(500 * time.Millisecond)
		n := cpuSeconds(pid)
		if n-c < 0.05 {
			break
		}
		c = n
	}
	return time.Since(start)
}

// ---- 1. a 30 MB unit

// hugeUnitUpload sends a sample case whose unit is 30 MB, in the form's
// field, in its case.json, or in the case.json of a zipped case folder.
// The upload must be refused, the server's memory stay bounded (it once
// reached 11.5 GB), and nothing be stored.
func hugeUnitUpload(ctx context.Context, where string) outcome {
	unit := strings.Repeat("某", hugeUnit/3)
	files := readCase("03-tongling-shichangjianguan")
	var fields []string
	caseJSON, _ := json.Marshal(map[string]string{"unit": unit, "round": "第一轮"})
	switch where {
	case "form":
		fields = []string{"unit", unit}
	case "case.json", "zip":
		kept := files[:0]
		for _, f := range files {
			if f.Name != "case.json" {
				kept = append(kept, f)
			}
		}
		files = append(kept, part{Name: "case.json", Data: caseJSON})
	}
	if where == "zip" {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		for _, f := range files {
			w, _ := z.Create("case/" + f.Name)
			w.Write(f.Data)
		}
		z.Close()
		files = []part{{Name: "case.zip", Data: buf.Bytes()}}
	}
	before := caseCount(ctx)
	st, msg, took := upload(ctx, base, files, fields...)
	after := caseCount(ctx)
	if st == 0 {
		// The form's field is refused past 4 KB, before the body has been
		// read: the server answers 400 and closes the connection, and the
		// client, still sending, may see its write fail instead.
		msg = "refused while sending (" + msg + ")"
	}
	note := fmt.Sprintf("%v: %s (cases stored: %d before, %d after)", took.Round(time.Millisecond), shorten(msg), before, after)
	return outcome{status: st, held: (refused(st) || st == 0) && before >= 0 && after == before, note: note}
}

// forgeCase writes a stored case into the data folder data as a version
// that did not bound case.json would have stored it: its manifest (with
// info), its one file in the blob store. It returns the case's id.
func forgeCase(data string, info map[string]any, created time.Time) (string, error) {
	report := []byte("关于巡察整改情况的报告\n已整改问题3个。\n")
	sum := sha256.Sum256(report)
	hash := hex.EncodeToString(sum[:])
	blob := filepath.Join(data, "blobs", hash[:2], hash)
	id := created.UTC().Format("20060102T150405") + "-" + hash[:12]
	m := map[string]any{"id": id, "created": created.UTC(), "info": info,
		"files": []map[string]any{{"name": "report.txt", "sha256": hash, "size": len(report)}}}
	raw, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	for _, d := range []string{filepath.Dir(blob), filepath.Join(data, "cases", id)} {
		if err := os.MkdirAll(d, 0o750); err != nil {
			return "", err
		}
	}
	if err := os.WriteFile(blob, report, 0o640); err != nil {
		return "", err
	}
	return id, os.WriteFile(filepath.Join(data, "cases", id, "manifest.json"), raw, 0o640)
}

// startupHostileCase starts a server on a data folder that holds cases
// stored with a 30 MB unit (over the manifest's bound) and a 3 MB one
// (under it, over the unit's bound), and one good case: the server starts
// at once, within its memory, loads the good case only and does no work
// after (a restart once grew ~500 MB/s until killed).
func startupHostileCase(ctx context.Context) outcome {
	data := privateData("startup-hostile")
	now := time.Now()
	var ids []string
	for i, size := range []int{hugeUnit, 3 << 20, 0} {
		info := map[string]any{"unit": strings.Repeat("某", size/3), "round": "第一轮"}
		if size == 0 {
			info["unit"] = "某局党组"
		}
		id, err := forgeCase(data, info, now.Add(time.Duration(i)*time.Second))
		if err != nil {
			return outcome{note: err.Error()}
		}
		ids = append(ids, id)
	}
	s, took, err := startServer(ctx, data)
	if errors.Is(err, errNoBin) {
		return outcome{held: true, note: err.Error()}
	}
	if err != nil {
		return outcome{note: err.Error()}
	}
	quiet := settle(ctx, s)
	st, b, _ := requestAt(ctx, s.url, http.MethodGet, "/api/cases", nil)
	var list struct {
		Cases []struct {
			ID string `json:"id"`
		} `json:"cases"`
	}
	_ = json.Unmarshal(b, &list)
	var loaded []string
	for _, c := range list.Cases {
		loaded = append(loaded, c.ID)
	}
	held := st == http.StatusOK && len(loaded) == 1 && loaded[0] == ids[2] && took < 30*time.Second
	return outcome{status: st, held: held, srv: s,
		note: fmt.Sprintf("ready in %v, settled in %v; cases loaded %d of 3 (the good one: %v)", took.Round(time.Millisecond), quiet.Round(time.Millisecond), len(loaded), len(loaded) == 1 && loaded[0] == ids[2])}
}

// startupCrashRemains stores a case on a server of its own, kills it
// (SIGKILL), leaves in its data folder what an upload cut by the crash
// leaves (a blob no manifest names, a half-written blob, a case folder
// without its manifest, a folder under tmp/), and starts it again: the
// remains are gone, the acknowledged case is there.
func startupCrashRemains(ctx context.Context) outcome {
	data := privateData("startup-crash")
	s, _, err := startServer(ctx, data)
	if errors.Is(err, errNoBin) {
		return outcome{held: true, note: err.Error()}
	}
	if err != nil {
		return outcome{note: err.Error()}
	}
	st, msg, _ := upload(ctx, s.url, readCase("03-tongling-shichangjianguan"))
	s.kill()
	if st != http.StatusCreated {
		return outcome{status: st, note: "the good upload: " + shorten(msg)}
	}
	orphan := filepath.Join(data, "blobs", "ab", strings.Repeat("ab", 32))
	remains := []string{orphan, filepath.Join(data, "blobs", "ab", ".tmp-1"),
		filepath.Join(data, "cases", "20200101T000000-abcdefabcdef", "report.txt"), filepath.Join(data, "tmp", "up-1", "raw", "report.txt")}
	for _, p := range remains {
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			return outcome{note: err.Error()}
		}
		if err := os.WriteFile(p, []byte("整改"), 0o640); err != nil {
			return outcome{note: err.Error()}
		}
	}
	s, took, err := startServer(ctx, data)
	if err != nil {
		return outcome{note: err.Error()}
	}
	quiet := settle(ctx, s)
	var left []string
	for _, p := range remains {
		if _, err := os.Stat(p); err == nil {
			left = append(left, strings.TrimPrefix(p, data+"/"))
		}
	}
	n := -1
	st, b, _ := requestAt(ctx, s.url, http.MethodGet, "/api/cases", nil)
	var r struct {
		Total int `json:"total"`
	}
	if json.Unmarshal(b, &r) == nil {
		n = r.Total
	}
	return outcome{status: st, held: len(left) == 0 && n == 1, srv: s,
		note: fmt.Sprintf("restarted in %v, settled in %v; remains left: %v; acknowledged cases: %d of 1", took.Round(time.Millisecond), quiet.Round(time.Millisecond), left, n)}
}

// ---- 2. work that outlives its request

// crafted uploads a crafted PDF as a case's report; leave, when not 0, is
// when the client gives up. It must be answered (or dropped) within the
// attack's time, and no work go on after.
func crafted(ctx context.Context, name string, leave time.Duration) outcome {
	return craftedData(ctx, name, readSecurity(name), leave)
}

func craftedData(ctx context.Context, name string, data []byte, leave time.Duration) outcome {
	if leave > 0 {
		var cancel func()
		ctx, cancel = context.WithTimeout(ctx, leave)
		defer cancel()
	}
	st, msg, took := upload(ctx, base, []part{{Name: "report.pdf", Data: data}})
	if leave > 0 {
		return outcome{status: st, held: true, note: fmt.Sprintf("client left after %v", took.Round(time.Millisecond))}
	}
	switch {
	case st == http.StatusCreated:
		msg = "accepted: checked and stored"
	case st == 0:
		msg = "no answer within the attack's 60 s: " + msg
	}
	ok := refused(st) || st == http.StatusCreated
	return outcome{status: st, held: ok && took < 60*time.Second, note: fmt.Sprintf("%s in %v: %s", name, took.Round(time.Millisecond), shorten(msg))}
}

// craftedAttacks is an attack per PDF of hostile-pdfs.tar.gz (page-count
// lies, Kids cycles, self-drawing and fanned-out XObjects, deep nesting,
// huge /Length, a 1 GB flate bomb, reference loops …), each sent as a
// case's report: answered within the attack's time, never a 5xx, no work
// after.
func craftedAttacks() []attack {
	pdfs, err := readTarGz(filepath.Join(secDir, "hostile-pdfs.tar.gz"))
	if err != nil {
		return []attack{{"pdf:hostile-pdfs.tar.gz", false, func(context.Context) outcome { return outcome{note: err.Error()} }}}
	}
	names := make([]string, 0, len(pdfs))
	for n := range pdfs {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []attack
	for _, n := range names {
		out = append(out, attack{"pdf:" + strings.TrimSuffix(n, ".pdf"), false, func(ctx context.Context) outcome {
			return craftedData(ctx, n, pdfs[n], 0)
		}})
	}
	return out
}

func readTarGz(p string) (map[string][]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(io.LimitReader(tr, 16<<20))
		if err != nil {
			return nil, err
		}
		out[filepath.Base(h.Name)] = b
	}
}

// renderParagraph is one short claim: every paragraph of the report a claim
// whose HTML rendering once converted the whole page to code points.
const renderParagraph = "已整改问题3个。"

// renderLinear uploads a report of 3,000 short paragraphs (a ~2 KB DOCX
// that held a check slot for over 10 minutes) and one of four times as
// many: both are checked and stored (HTML included) well within the check
// timeout, and the larger takes less than 8 times as long (the quadratic
// renderer took 16 times).
func renderLinear(ctx context.Context) outcome {
	var took [2]time.Duration
	var st [2]int
	var sizes [2]int
	for i, n := range []int{renderSmall, renderLarge} {
		d := docx(renderParagraph, n)
		sizes[i] = len(d)
		var msg string
		st[i], msg, took[i] = upload(ctx, base, []part{{Name: "report.docx", Data: d}})
		if st[i] != http.StatusCreated {
			return outcome{status: st[i], note: fmt.Sprintf("%d paragraphs: %s", n, shorten(msg))}
		}
	}
	ratio := float64(took[1]) / float64(took[0])
	return outcome{status: st[1], held: ratio < 8 && took[1] < 60*time.Second,
		note: fmt.Sprintf("%d paragraphs (%d B DOCX) %v, %d paragraphs %v: ×%.1f for ×4", renderSmall, sizes[0], took[0].Round(time.Millisecond), renderLarge, took[1].Round(time.Millisecond), ratio)}
}

// renderLeaves uploads a report of 100,000 paragraphs (under the bound)
// and leaves after a second: the check stops with its client.
func renderLeaves(ctx context.Context) outcome {
	c, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	before := caseCount(ctx)
	st, _, took := upload(c, base, []part{{Name: "report.docx", Data: docx(renderParagraph, 100_000)}})
	after := caseCount(ctx)
	return outcome{status: st, held: before == after && before >= 0,
		note: fmt.Sprintf("client left after %v (cases stored: %d before, %d after)", took.Round(time.Millisecond), before, after)}
}

// ---- 3, 4. a million paragraphs

// millionParagraphs uploads a ~700 KB DOCX of a million identical
// paragraphs (100 MB of XML, inside the unpack budget) as a report: refused
// as too large, within bounded memory (check peaked at 6.5 GB).
// chineseText is n characters of report-like Chinese: sentences with
// numbers and words drawn from seed, so that the index meets many distinct
// terms as in real text, not one repeated.
func chineseText(n int, seed uint64) []byte {
	subjects := []string{"巡察反馈", "专项资金", "公务接待", "政府采购", "选人用人", "基层党建", "意识形态", "财务管理", "项目建设", "内部控制"}
	verbs := []string{"整改完成", "正在推进", "制定制度", "召开会议", "立行立改", "建章立制", "约谈提醒", "追回资金"}
	var b strings.Builder
	x := seed*2654435761 + 1
	next := func(k int) int { x = x*6364136223846793005 + 1442695040888963407; return int(x>>33) % k }
	chars := 0
	for i := 1; chars < n; i++ {
		line := fmt.Sprintf("第%d项，针对%s方面问题%d个，%s%d个，第%d次%s，涉及金额%d.%d万元。\n",
			i, subjects[next(len(subjects))], next(90)+1, verbs[next(len(verbs))], next(50)+1, next(9)+1, verbs[next(len(verbs))], next(9000), next(10))
		if r := []rune(line); chars+len(r) > n {
			line = string(r[:n-chars])
		}
		b.WriteString(line)
		chars += len([]rune(line))
	}
	return []byte(b.String())
}

// textUpload sends files as a case and expects the status want, an answer
// that says detail (when not ""), and, for a case accepted, that the files
// named in unread are listed as not read.
func textUpload(ctx context.Context, files []part, want int, detail string, unread ...string) outcome {
	return textUploadAt(ctx, base, files, want, detail, unread...)
}

// textUploadAt is textUpload to the server at url.
func textUploadAt(ctx context.Context, url string, files []part, want int, detail string, unread ...string) outcome {
	size := 0
	for _, f := range files {
		size += len(f.Data)
	}
	body, ctype := multipartBody(files)
	start := time.Now()
	st, b, _ := requestAt(ctx, url, http.MethodPost, "/api/cases", body, "Content-Type", ctype)
	took := time.Since(start)
	msg := errorOf(b)
	held := st == want && strings.Contains(msg, detail) && took < 60*time.Second
	if st == http.StatusCreated {
		var got []string
		for _, u := range unreadOf(b) {
			got = append(got, u.File+"："+u.Reason)
		}
		msg = fmt.Sprintf("accepted: checked and indexed; unread: %v", got)
		held = held && len(got) == len(unread)
		for i := range got {
			held = held && i < len(unread) && strings.HasPrefix(got[i], unread[i])
		}
	}
	return outcome{status: st, held: held, note: fmt.Sprintf("%d file(s), %.1f MB, in %v: %s", len(files), float64(size)/1e6, took.Round(time.Millisecond), shorten(msg))}
}

// unreadOf reads summary.unread from an upload's answer, which may be cut
// at 1 MB (requestAt): the summary comes before the findings.
func unreadOf(b []byte) (out []struct{ File, Reason string }) {
	d := json.NewDecoder(bytes.NewReader(b))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for d.More() {
		k, err := d.Token()
		if err != nil {
			return nil
		}
		if k == "summary" {
			var s struct {
				Unread []struct{ File, Reason string }
			}
			_ = d.Decode(&s)
			return s.Unread
		}
		var skip json.RawMessage
		if d.Decode(&skip) != nil {
			return nil
		}
	}
	return nil
}

func millionParagraphs(ctx context.Context) outcome {
	d := docx("整改", manyParagraphs)
	st, msg, took := upload(ctx, base, []part{{Name: "report.docx", Data: d}})
	return outcome{status: st, held: refused(st),
		note: fmt.Sprintf("%d KB DOCX in %v: %s", len(d)>>10, took.Round(time.Millisecond), shorten(msg))}
}

// millionParallel starts a server with one worker and sends it that DOCX
// under a name that does not say what it is (so it is parsed to be
// classified): once alone, then four uploads at once. Parsing happens
// only in the one worker's slot, so four cost what one does (they passed
// 4.5 GB, parsed while received).
func millionParallel(ctx context.Context) outcome {
	s, _, err := startServer(ctx, privateData("workers-1"), "--workers", "1")
	if errors.Is(err, errNoBin) {
		return outcome{held: true, note: err.Error()}
	}
	if err != nil {
		return outcome{note: err.Error()}
	}
	files := []part{{Name: "材料.docx", Data: docx("整改", manyParagraphs)}}
	resetHWM(s.pid)
	st1, msg, took := upload(ctx, s.url, files)
	one := vmHWM(s.pid)
	resetHWM(s.pid)
	var wg sync.WaitGroup
	sts := make([]int, 4)
	start := time.Now()
	for i := range sts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sts[i], _, _ = upload(ctx, s.url, files)
		}()
	}
	wg.Wait()
	four := vmHWM(s.pid)
	ok := refused(st1)
	for _, st := range sts {
		ok = ok && refused(st)
	}
	held := ok && four < 2*one
	return outcome{status: sts[0], held: held, srv: s,
		note: fmt.Sprintf("one alone: %d in %v, peak %d MB (%s); four at once: %v in %v, peak %d MB", st1, took.Round(time.Millisecond), one, shorten(msg), sts, time.Since(start).Round(time.Millisecond), four)}
}

// ---- 8. the search command's offset

// cliSearchOffset runs zhenggai search --offset 9223372036854775807 '*'
// over an index of a sample case: a one-line error, no panic.
func cliSearchOffset(ctx context.Context) outcome {
	if bin == "" {
		return outcome{held: true, note: errNoBin.Error()}
	}
	idx := privateData("cli-index")
	if out, err := exec.CommandContext(ctx, bin, "index", "--quiet", "--index", idx, filepath.Join(cases, "03-tongling-shichangjianguan")).CombinedOutput(); err != nil {
		return outcome{note: "index: " + shorten(string(out))}
	}
	cmd := exec.CommandContext(ctx, bin, "search", "--index", idx, "--offset", "9223372036854775807", "*")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		return outcome{note: "the CLI did not start: " + err.Error()}
	}
	code := cmd.ProcessState.ExitCode()
	text := strings.TrimSpace(stderr.String())
	mb := 0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		mb = int(ru.Maxrss >> 10)
	}
	panicked := strings.Contains(text, "panic") || strings.Contains(text, "goroutine ")
	held := err != nil && code > 0 && !panicked && text != "" && !strings.Contains(text, "\n")
	return outcome{status: code, held: held, cliMB: mb, note: fmt.Sprintf("exit %d (the CLI; status is its exit code): %s", code, shorten(text))}
}
