package serve

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/account"
	"github.com/zhenggai/zhenggai/audit"
	"github.com/zhenggai/zhenggai/verify"
)

// Reviews (复核): a named user marks a finding of a checked case 属实, 误报
// or 待补充材料, with a note. Each review is a line of the case's
// review.jsonl (package audit's writer: appended and synced, a torn last
// line cut), never changed: a finding's state is its last review, and its
// history all of them. Findings are named by verify.Result.FindingKeys.

const (
	fileReview = "review.jsonl"

	reviewConfirmed = "confirmed"      // 属实
	reviewDismissed = "false-positive" // 误报
	reviewMore      = "needs-material" // 待补充材料

	maxReviewNote = 2000 // characters
)

var reviewVerdicts = []option{{reviewConfirmed, "属实"}, {reviewDismissed, "误报"}, {reviewMore, "待补充材料"}}

// isReviewPath reports whether p is a route that records a review.
func isReviewPath(p string) bool {
	rest, ok := strings.CutPrefix(p, "/cases/")
	if !ok {
		rest, ok = strings.CutPrefix(p, "/api/cases/")
		return ok && strings.HasSuffix(rest, "/reviews") && strings.Count(rest, "/") == 1
	}
	return strings.HasSuffix(rest, "/review") && strings.Count(rest, "/") == 1
}

// reviewName is a review verdict in Chinese.
func reviewName(v string) string {
	for _, o := range reviewVerdicts {
		if o.Value == v {
			return o.Label
		}
	}
	return v
}

// reviewEntry is one line of review.jsonl, and a review in the API.
type reviewEntry struct {
	Time    time.Time `json:"time"`
	User    string    `json:"user"`
	Finding string    `json:"finding"`
	Verdict string    `json:"verdict"`
	Note    string    `json:"note,omitempty"`
}

// caseReviews is what is known of a checked case's reviews: its findings'
// keys and view numbers, and the reviews so far.
type caseReviews struct {
	res     *verify.Result
	keys    []string
	numbers []int
	history []reviewEntry
	current map[string]reviewEntry
}

// reviewSummary counts a case's reviewed findings.
type reviewSummary struct {
	Total         int `json:"total"`
	Reviewed      int `json:"reviewed"`
	Confirmed     int `json:"confirmed"`
	FalsePositive int `json:"false_positive"`
	NeedsMaterial int `json:"needs_material"`
}

func (cr *caseReviews) summary() reviewSummary {
	sum := reviewSummary{Total: len(cr.keys)}
	for _, k := range cr.keys {
		e, ok := cr.current[k]
		if !ok {
			continue
		}
		sum.Reviewed++
		switch e.Verdict {
		case reviewConfirmed:
			sum.Confirmed++
		case reviewDismissed:
			sum.FalsePositive++
		case reviewMore:
			sum.NeedsMaterial++
		}
	}
	return sum
}

// index is the finding with key k, or -1.
func (cr *caseReviews) index(k string) int {
	for i, x := range cr.keys {
		if x == k {
			return i
		}
	}
	return -1
}

// loadReviews reads a checked case's result and reviews.
func (s *Server) loadReviews(id string) (*caseReviews, error) {
	res, err := s.readResult(id)
	if err != nil {
		return nil, err
	}
	return s.reviewsOf(id, res)
}

// reviewsOf reads the reviews of case id, whose result res the caller has
// already read (it is not read again).
func (s *Server) reviewsOf(id string, res *verify.Result) (*caseReviews, error) {
	var err error
	cr := &caseReviews{res: res, keys: res.FindingKeys(), numbers: res.FindingNumbers(), current: map[string]reviewEntry{}}
	_, err = audit.ReadLines(filepath.Join(s.store.caseDir(id), fileReview), func(line []byte) error {
		var e reviewEntry
		if json.Unmarshal(line, &e) == nil && e.Finding != "" {
			cr.history = append(cr.history, e)
			cr.current[e.Finding] = e
		}
		return nil
	})
	return cr, err
}

// readResult reads a checked case's result.json.
func (s *Server) readResult(id string) (*verify.Result, error) {
	raw, err := os.ReadFile(filepath.Join(s.store.caseDir(id), fileResult))
	if err != nil {
		return nil, err
	}
	return decodeResult(raw)
}

// decodeResult is a result.json's bytes as a verify.Result.
func decodeResult(raw []byte) (*verify.Result, error) {
	var res verify.Result
	if err := json.Unmarshal(raw, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// addReview records a review of finding key of case id by the user of r.
func (s *Server) addReview(r *http.Request, id, key, verdict, note string) (reviewEntry, int, error) {
	u, ok := requestUser(r)
	if !ok || !u.Named {
		return reviewEntry{}, 0, errorf(http.StatusForbidden, "复核须由具名用户进行：请管理员添加用户账户后，以个人账户登录（或使用个人接口令牌）")
	}
	if !u.Role.Can(account.Reviewer) {
		return reviewEntry{}, 0, errorf(http.StatusForbidden, "%s（%s）无权复核", u.Name, u.Role.Name())
	}
	c, ok := s.lookup(id)
	if !ok {
		return reviewEntry{}, 0, errorf(http.StatusNotFound, "没有这个案卷：%s", id)
	}
	if c.Status != StatusDone {
		return reviewEntry{}, 0, errorf(http.StatusConflict, "案卷尚未核查完成，不能复核")
	}
	if reviewName(verdict) == verdict {
		return reviewEntry{}, 0, errorf(http.StatusBadRequest, "复核结论 %q 无效（可选 confirmed 属实、false-positive 误报、needs-material 待补充材料）", verdict)
	}
	note = strings.TrimSpace(strings.ReplaceAll(note, "\r\n", "\n"))
	if !utf8.ValidString(note) || utf8.RuneCountInString(note) > maxReviewNote {
		return reviewEntry{}, 0, errorf(http.StatusBadRequest, "复核意见应为不超过 %d 字的文字", maxReviewNote)
	}
	note = strings.Map(func(r rune) rune {
		if r != '\n' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, note)
	s.reviewMu.Lock()
	defer s.reviewMu.Unlock()
	cr, err := s.loadReviews(id)
	if err != nil {
		return reviewEntry{}, 0, err
	}
	i := cr.index(key)
	if i < 0 {
		return reviewEntry{}, 0, errorf(http.StatusNotFound, "该案卷没有编号为 %q 的核查发现", key)
	}
	e := reviewEntry{Time: time.Now().UTC(), User: u.Name, Finding: key, Verdict: verdict, Note: note}
	l, err := audit.OpenLines(filepath.Join(s.store.caseDir(id), fileReview))
	if err != nil {
		return reviewEntry{}, 0, err
	}
	err = l.Append(e)
	if cerr := l.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return reviewEntry{}, 0, err
	}
	f := cr.res.Findings[i]
	detail := fmt.Sprintf("第 %d 项（%s）：%s", cr.numbers[i], f.Rule, reviewName(verdict))
	if note != "" {
		detail += "；" + note
	}
	s.logAudit(r, audit.ActionReview, id, detail)
	return e, cr.numbers[i], nil
}

// reviewForm is the verdict page's review form: POST /cases/{id}/review.
func (s *Server) reviewForm(w http.ResponseWriter, r *http.Request) {
	if err := readForm(w, r, 64<<10); err != nil {
		s.fail(w, r, err)
		return
	}
	id := r.PathValue("id")
	_, n, err := s.addReview(r, id, r.PostFormValue("finding"), r.PostFormValue("verdict"), r.PostFormValue("note"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/cases/"+id+"#f-"+strconv.Itoa(n), http.StatusSeeOther)
}

// apiReview is POST /api/cases/{id}/reviews {"finding", "verdict", "note"}.
func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	var in struct{ Finding, Verdict, Note string }
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	if err := dec.Decode(&in); err != nil {
		s.fail(w, r, errorf(http.StatusBadRequest, "请求体应为 JSON：{\"finding\": …, \"verdict\": …, \"note\": …}"))
		return
	}
	e, n, err := s.addReview(r, r.PathValue("id"), in.Finding, in.Verdict, in.Note)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSONResponse(w, http.StatusCreated, struct {
		reviewEntry
		N int `json:"n"`
	}{e, n})
}

// apiReviews is GET /api/cases/{id}/reviews: the counts, each finding's
// state and the whole history.
func (s *Server) apiReviews(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	c, ok := s.lookup(id)
	if !ok {
		jsonError(w, http.StatusNotFound, "没有这个案卷："+strconv.Quote(id))
		return
	}
	if c.Status != StatusDone {
		jsonError(w, http.StatusConflict, "案卷尚未核查完成")
		return
	}
	cr, err := s.loadReviews(id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	type state struct {
		Finding string       `json:"finding"`
		N       int          `json:"n"`
		Rule    string       `json:"rule"`
		Review  *reviewEntry `json:"review"`
	}
	out := struct {
		Summary  reviewSummary `json:"summary"`
		Findings []state       `json:"findings"`
		History  []reviewEntry `json:"history"`
	}{Summary: cr.summary(), Findings: []state{}, History: cr.history}
	if out.History == nil {
		out.History = []reviewEntry{}
	}
	for i, k := range cr.keys {
		st := state{Finding: k, N: cr.numbers[i], Rule: string(cr.res.Findings[i].Rule)}
		if e, ok := cr.current[k]; ok {
			st.Review = &e
		}
		out.Findings = append(out.Findings, st)
	}
	writeJSONResponse(w, http.StatusOK, out)
}

// ---- the verdict page

// reviewBlock is what a finding of the verdict page gets: its state, its
// history and, for a reviewer, the form.
type reviewBlock struct {
	Case, Key, CSRF string
	N               int
	Current         *reviewEntry
	History         []reviewEntry
	Form            bool
	Verdicts        []option
}

// reviewHead is the verdict page's review summary.
type reviewHead struct {
	reviewSummary
	Dismissed []int // the numbers of the findings shown greyed
	User      *who
	CanReview bool
}

// injectReviews adds the reviews to a checked case's HTML report: the
// counts above the findings, each finding's state, history and (form
// true, for a named reviewer) form, the dismissed ones greyed.
func (s *Server) injectReviews(w http.ResponseWriter, r *http.Request, id string, page []byte, form bool) ([]byte, error) {
	cr, err := s.loadReviews(id)
	if err != nil {
		return nil, err
	}
	head := reviewHead{reviewSummary: cr.summary()}
	if u, ok := requestUser(r); ok {
		head.User = &u
		head.CanReview = form && u.Named && u.Role.Can(account.Reviewer)
	}
	csrf := ""
	if head.CanReview {
		csrf = s.csrfToken(w, r)
	}
	type insert struct {
		at   int
		text []byte
	}
	var ins []insert
	for i, k := range cr.keys {
		n := cr.numbers[i]
		b := reviewBlock{Case: id, Key: k, CSRF: csrf, N: n, Form: head.CanReview, Verdicts: reviewVerdicts}
		if e, ok := cr.current[k]; ok {
			b.Current = &e
			if e.Verdict == reviewDismissed {
				head.Dismissed = append(head.Dismissed, n)
			}
		}
		for _, e := range cr.history {
			if e.Finding == k {
				b.History = append(b.History, e)
			}
		}
		start := bytes.Index(page, []byte(`id="f-`+strconv.Itoa(n)+`">`))
		if start < 0 {
			continue
		}
		end := bytes.Index(page[start:], []byte("</article>"))
		if end < 0 {
			continue
		}
		var buf bytes.Buffer
		if err := pages.ExecuteTemplate(&buf, "reviewblock", b); err != nil {
			return nil, err
		}
		ins = append(ins, insert{start + end, buf.Bytes()})
	}
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, "reviewhead", head); err != nil {
		return nil, err
	}
	at := bytes.Index(page, []byte(`<section id="summary-table"`))
	if at < 0 {
		at = 0
		if i := bytes.Index(page, []byte("<main")); i >= 0 {
			at = i
		}
	}
	ins = append(ins, insert{at, buf.Bytes()})
	// Applied from the end, so that each offset still holds.
	out := append([]byte{}, page...)
	for len(ins) > 0 {
		last := 0
		for j := range ins {
			if ins[j].at > ins[last].at {
				last = j
			}
		}
		x := ins[last]
		out = append(out[:x.at], append(append([]byte{}, x.text...), out[x.at:]...)...)
		ins = append(ins[:last], ins[last+1:]...)
	}
	return out, nil
}

// ---- exports

// withReviews adds a case's reviews to a download: each finding's key and
// review in result.json (with the counts as review_summary), four columns
// in the Excel sheet 核查发现, a line under each reviewed finding in the
// Word file, the states on the HTML page. A case without reviews gets its
// files as they are, but for the keys in result.json.
func (s *Server) withReviews(w http.ResponseWriter, r *http.Request, id, file string, body []byte) ([]byte, error) {
	var cr *caseReviews
	var err error
	if file == fileResult {
		// The download is result.json itself: its bytes are at hand.
		var res *verify.Result
		if res, err = decodeResult(body); err == nil {
			cr, err = s.reviewsOf(id, res)
		}
	} else {
		cr, err = s.loadReviews(id)
	}
	if err != nil {
		return nil, err
	}
	switch file {
	case fileResult:
		return reviewedJSON(cr, body)
	case fileXLSX:
		if len(cr.history) == 0 {
			return body, nil
		}
		return reviewedXLSX(cr, body)
	case fileDOCX:
		if len(cr.history) == 0 {
			return body, nil
		}
		return reviewedDOCX(cr, body)
	case fileHTML:
		if len(cr.history) == 0 {
			return body, nil
		}
		return s.injectReviews(w, r, id, body, false)
	}
	return body, nil
}

// reviewedFindings is the findings of raw (a result's "findings" array),
// each with "key" and, when reviewed, "review" added after its own fields.
func reviewedFindings(cr *caseReviews, raw json.RawMessage) (json.RawMessage, error) {
	var fs []json.RawMessage
	if err := json.Unmarshal(raw, &fs); err != nil {
		return nil, err
	}
	if len(fs) != len(cr.keys) {
		return nil, errors.New("result.json 的核查发现与其编号数目不一致")
	}
	var b bytes.Buffer
	b.WriteString("[")
	for i, f := range fs {
		f = bytes.TrimSpace(f)
		if len(f) < 2 || f[len(f)-1] != '}' {
			return nil, errors.New("result.json 的核查发现不是对象")
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.Write(bytes.TrimRight(f[:len(f)-1], " \n\t"))
		sep := ","
		if bytes.Equal(bytes.TrimSpace(f[:len(f)-1]), []byte("{")) {
			sep = ""
		}
		k, _ := json.Marshal(cr.keys[i])
		fmt.Fprintf(&b, `%s"key":%s`, sep, k)
		if e, ok := cr.current[cr.keys[i]]; ok {
			rv, err := json.Marshal(struct {
				reviewEntry
				Name string `json:"verdict_name"`
			}{e, reviewName(e.Verdict)})
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, `,"review":%s`, rv)
		}
		b.WriteString("}")
	}
	b.WriteString("]")
	return b.Bytes(), nil
}

// reviewedJSON is result.json with its findings' keys and reviews, and
// review_summary last; the rest of its bytes as they are.
func reviewedJSON(cr *caseReviews, body []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("result.json 不是 JSON 对象")
	}
	start, end := -1, -1
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		after := int(dec.InputOffset())
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		if t == "findings" {
			end = int(dec.InputOffset())
			start = after + bytes.IndexByte(body[after:end], ':') + 1
			for start < end && strings.ContainsRune(" \n\t\r", rune(body[start])) {
				start++
			}
		}
	}
	if start < 0 {
		return nil, errors.New("result.json 缺少核查发现")
	}
	fs, err := reviewedFindings(cr, body[start:end])
	if err != nil {
		return nil, err
	}
	sum, err := json.Marshal(cr.summary())
	if err != nil {
		return nil, err
	}
	tail := bytes.TrimRight(body[end:], " \n\t\r")
	if len(tail) == 0 || tail[len(tail)-1] != '}' {
		return nil, errors.New("result.json 不完整")
	}
	var out bytes.Buffer
	out.Write(body[:start])
	out.Write(fs)
	out.Write(bytes.TrimRight(tail[:len(tail)-1], " \n\t\r"))
	fmt.Fprintf(&out, ",\n  \"review_summary\": %s\n}\n", sum)
	return out.Bytes(), nil
}

// reviewTime is a review's time as the exports show it (Beijing time).
func reviewTime(t time.Time) string { return t.In(beijing).Format("2006-01-02 15:04") }

// reviewedXLSX adds 复核结论, 复核意见, 复核人 and 复核时间 to the sheet
// 核查发现 (its row N+1 is finding N).
func reviewedXLSX(cr *caseReviews, body []byte) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	const sheet = "核查发现"
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("Excel 文件没有工作表 %s", sheet)
	}
	first := len(rows[0]) + 1
	style, _ := f.GetCellStyle(sheet, "A1")
	for j, h := range []string{"复核结论", "复核意见", "复核人", "复核时间"} {
		cell, _ := excelize.CoordinatesToCellName(first+j, 1)
		if err := f.SetCellValue(sheet, cell, h); err != nil {
			return nil, err
		}
		f.SetCellStyle(sheet, cell, cell, style)
		col, _ := excelize.ColumnNumberToName(first + j)
		f.SetColWidth(sheet, col, col, []float64{12, 40, 12, 18}[j])
	}
	for i, k := range cr.keys {
		vals := []string{"未复核", "", "", ""}
		if e, ok := cr.current[k]; ok {
			vals = []string{reviewName(e.Verdict), e.Note, e.User, reviewTime(e.Time)}
		}
		for j, v := range vals {
			cell, _ := excelize.CoordinatesToCellName(first+j, cr.numbers[i]+1)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				return nil, err
			}
		}
	}
	if len(rows) > 1 {
		last, _ := excelize.CoordinatesToCellName(first+3, len(rows))
		if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
			return nil, err
		}
	}
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// docxFinding starts the paragraph of each finding in the Word file's
// document.xml (verify's WriteDOCX), in the order of their numbers.
const docxFinding = `<w:p><w:pPr><w:pStyle w:val="Finding"/></w:pPr>`

// reviewedDOCX adds a paragraph under each reviewed finding of the Word
// file: 复核：误报（张三，2026-12-06 10:00）：note.
func reviewedDOCX(cr *caseReviews, body []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return nil, err
	}
	byNumber := map[int]reviewEntry{}
	for i, k := range cr.keys {
		if e, ok := cr.current[k]; ok {
			byNumber[cr.numbers[i]] = e
		}
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return nil, err
		}
		if zf.Name == "word/document.xml" {
			data = docxAddReviews(data, byNumber)
		}
		hdr := zf.FileHeader
		fw, err := zw.CreateHeader(&hdr)
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func docxAddReviews(doc []byte, byNumber map[int]reviewEntry) []byte {
	var out bytes.Buffer
	n := 0
	for {
		i := bytes.Index(doc, []byte(docxFinding))
		if i < 0 {
			out.Write(doc)
			return out.Bytes()
		}
		j := bytes.Index(doc[i:], []byte("</w:p>"))
		if j < 0 {
			out.Write(doc)
			return out.Bytes()
		}
		end := i + j + len("</w:p>")
		out.Write(doc[:end])
		n++
		if e, ok := byNumber[n]; ok {
			text := "（" + e.User + "，" + reviewTime(e.Time) + "）"
			if e.Note != "" {
				text += "：" + e.Note
			}
			out.WriteString(`<w:p><w:pPr><w:pStyle w:val="Evidence"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">复核：` +
				xmlText(reviewName(e.Verdict)) + `</w:t></w:r><w:r><w:t xml:space="preserve">` + xmlText(text) + `</w:t></w:r></w:p>`)
		}
		doc = doc[end:]
	}
}

// xmlText escapes text for an XML text node, dropping what XML cannot hold.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '\n':
			b.WriteString(" ")
		case r == '\t' || (r >= 0x20 && r != 0xFFFE && r != 0xFFFF && !(r >= 0xD800 && r <= 0xDFFF)):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// addReviewsJSON puts the keys and reviews into GET /api/cases/{id}'s
// answer: out holds the fields of result.json, whose bytes are raw.
func (s *Server) addReviewsJSON(id string, raw []byte, out map[string]any) error {
	res, err := decodeResult(raw)
	if err != nil {
		return err
	}
	cr, err := s.reviewsOf(id, res)
	if err != nil {
		return err
	}
	raw, ok := out["findings"].(json.RawMessage)
	if !ok {
		return nil
	}
	fs, err := reviewedFindings(cr, raw)
	if err != nil {
		return err
	}
	out["findings"], out["review_summary"] = fs, cr.summary()
	return nil
}
