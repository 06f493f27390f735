package serve

import (
	"errors"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/internal/msg"
)

// The search's hits open their source: a hit's document, its pages with
// the query's matches marked (GET /search/doc), the original file
// (GET /search/file) and the hits as a workbook (GET /search/export, see
// search_export.go). A document is named by its hit's file, "ID/name":
// the case and the file's name in it.

// searchRoutes adds the routes of the hits' documents and of the export.
func (s *Server) searchRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /search/doc", s.searchDoc)
	mux.HandleFunc("GET /search/file", s.searchFile)
	mux.HandleFunc("GET /search/export", s.searchExport)
}

// partRunes is about the number of characters a part of a document view
// shows: a long document is shown in parts of whole paragraphs (a
// paragraph longer than this is cut).
const partRunes = 6000

// caseFile finds the file a hit names ("ID/name") in its stored case.
func (s *Server) caseFile(file string) (caseState, FileEntry, error) {
	id, name := caseOf(file), fileOf(file)
	if id == "" {
		return caseState{}, FileEntry{}, errorf(http.StatusNotFound, "没有这个文件：%s", file)
	}
	c, ok := s.lookup(id)
	if !ok {
		return caseState{}, FileEntry{}, errorf(http.StatusNotFound, "没有这个案卷：%s", id)
	}
	for _, f := range c.Files {
		if f.Name == name {
			return c, f, nil
		}
	}
	return caseState{}, FileEntry{}, errorf(http.StatusNotFound, "案卷 %s 中没有文件：%s", id, name)
}

// docHref is the address of a hit's document view, its matches of query
// marked.
func docHref(file, query string) string {
	u := url.Values{"f": {file}}
	if strings.TrimSpace(query) != "" {
		u.Set("q", query)
	}
	return "/search/doc?" + u.Encode()
}

// fileHref is the address of a hit's original file.
func fileHref(file string) string { return "/search/file?" + url.Values{"f": {file}}.Encode() }

// values are the page's query and filters as URL parameters.
func (v *searchView) values() url.Values {
	u := url.Values{}
	for k, val := range map[string]string{"q": v.Q, "kind": v.Kind, "unit": v.Unit, "from": v.From, "to": v.To, "sort": v.Sort} {
		if val != "" {
			u.Set(k, val)
		}
	}
	return u
}

// SortHref is the page's search sorted by order (index.SortRelevance or
// index.SortDate), from the first hit.
func (v *searchView) SortHref(order string) string {
	u := v.values()
	u.Set("sort", order)
	return "/search?" + u.Encode()
}

// SortedBy reports whether the page's hits are sorted by order.
func (v *searchView) SortedBy(order string) bool {
	return v.Sort == order || (order == index.SortRelevance && v.Sort == "")
}

// ExportHref is the address of the page's hits as a workbook.
func (v *searchView) ExportHref() string { return "/search/export?" + v.values().Encode() }

// docView is the document view's data.
type docView struct {
	File, Name, CaseID string
	Q                  string
	Doc                *index.Doc
	// Matches counts the marks in the whole document; Part is the part
	// shown (from 1) of Parts.
	Matches     int
	Part, Parts int
	Paras       []docPara
	// Found lists the parts that hold matches, with their counts.
	Found               []partLink
	Prev, Next          string
	DownloadHref, Error string
}

// docPara is a paragraph of the view: escaped text with <mark>s. Page is
// the document's page it starts when it is the first of one (else 0).
type docPara struct {
	Page int
	HTML template.HTML
}

type partLink struct {
	Part, Matches int
	Href          string
	On            bool
}

// docParts cuts a document's pages into the parts of its view and marks
// them: whole paragraphs of about partRunes characters (a longer one cut),
// each part's paragraphs and its number of marks.
func docParts(pages []string, m *index.Marker) (parts [][]docPara, marks []int) {
	var cur []docPara
	size, n := 0, 0
	flush := func() {
		if len(cur) > 0 {
			parts, marks = append(parts, cur), append(marks, n)
			cur, size, n = nil, 0, 0
		}
	}
	for i, page := range pages {
		first := true
		for _, para := range strings.Split(page, "\n") {
			if strings.TrimSpace(para) == "" {
				continue
			}
			for _, piece := range cutRunes(para, partRunes) {
				l := utf8.RuneCountInString(piece)
				if size > 0 && size+l > partRunes {
					flush()
				}
				h, k := m.Mark(piece)
				p := docPara{HTML: safeFragment(h)}
				if first {
					p.Page, first = i+1, false
				}
				cur = append(cur, p)
				size += l
				n += k
			}
		}
	}
	flush()
	return parts, marks
}

// cutRunes cuts s into pieces of at most n characters.
func cutRunes(s string, n int) []string {
	var out []string
	for utf8.RuneCountInString(s) > n {
		i, k := 0, 0
		for k < n {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			k++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return append(out, s)
}

// searchDoc shows a hit's document: its pages, the query's matches marked,
// in parts for a long one (?p=N; without it the first part with a match).
func (s *Server) searchDoc(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	file := q.Get("f")
	c, f, err := s.caseFile(file)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.index.Get(s.indexKey(c.ID, f.Name))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if d == nil {
		s.fail(w, r, errorf(http.StatusNotFound, "文件 %s 不在检索索引中", f.Name))
		return
	}
	v := docView{File: file, Name: path.Base(f.Name), CaseID: c.ID, Q: q.Get("q"), Doc: d, DownloadHref: fileHref(file)}
	p := page{Title: v.Name, Nav: "search", Data: &v}
	m, err := index.NewMarker(v.Q)
	if err != nil {
		v.Error = msg.OneLine(err.Error())
		m, _ = index.NewMarker("")
	}
	parts, marks := docParts(d.Text, m)
	v.Parts = len(parts)
	part := 0 // from 0
	if ps := q.Get("p"); ps != "" {
		n, err := strconv.Atoi(ps)
		if err != nil || n < 1 || n > max(len(parts), 1) {
			s.fail(w, r, errorf(http.StatusBadRequest, "要显示的部分 %q 应为 1 到 %d 之间的数字", ps, max(len(parts), 1)))
			return
		}
		part = n - 1
	} else {
		for i, k := range marks {
			if k > 0 {
				part = i
				break
			}
		}
	}
	href := func(i int) string {
		u := url.Values{"f": {file}, "p": {strconv.Itoa(i + 1)}}
		if v.Q != "" {
			u.Set("q", v.Q)
		}
		return "/search/doc?" + u.Encode()
	}
	for i, k := range marks {
		v.Matches += k
		if k > 0 {
			v.Found = append(v.Found, partLink{Part: i + 1, Matches: k, Href: href(i), On: i == part})
		}
	}
	if len(parts) > 0 {
		v.Part, v.Paras = part+1, parts[part]
		if part > 0 {
			v.Prev = href(part - 1)
		}
		if part+1 < len(parts) {
			v.Next = href(part + 1)
		}
	}
	s.render(w, http.StatusOK, "searchdoc", p)
}

// originalTypes are the Content-Types of the files a case holds, by
// extension; text files say UTF-8 only when they are.
var originalTypes = map[string]string{
	".pdf":   "application/pdf",
	".docx":  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".doc":   "application/msword",
	".wps":   "application/vnd.ms-works",
	".ofd":   "application/ofd",
	".xlsx":  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".xlsm":  "application/vnd.ms-excel.sheet.macroEnabled.12",
	".xls":   "application/vnd.ms-excel",
	".et":    "application/vnd.ms-excel",
	".csv":   "text/csv",
	".txt":   "text/plain",
	".text":  "text/plain",
	".md":    "text/markdown",
	".html":  "text/html",
	".htm":   "text/html",
	".xhtml": "application/xhtml+xml",
	".shtml": "text/html",
}

// originalType is the Content-Type of an original file called name.
func originalType(name string, data []byte) string {
	t, ok := originalTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		return "application/octet-stream"
	}
	if (strings.HasPrefix(t, "text/") || strings.HasSuffix(t, "+xml")) && utf8.Valid(data) {
		t += "; charset=utf-8"
	}
	return t
}

// searchFile sends a hit's original file, as an attachment under its own
// name (never a path of the server).
func (s *Server) searchFile(w http.ResponseWriter, r *http.Request) {
	c, f, err := s.caseFile(r.URL.Query().Get("f"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data, err := os.ReadFile(s.store.blobPath(f.SHA256))
	if errors.Is(err, fs.ErrNotExist) {
		err = errorf(http.StatusNotFound, "文件 %s 的内容已不在服务器上", f.Name)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	name := path.Base(f.Name)
	ext := strings.ToLower(path.Ext(name))
	if _, ok := originalTypes[ext]; !ok {
		ext = "" // the ASCII name keeps only a known extension
	}
	w.Header().Set("Content-Type", originalType(name, data))
	w.Header().Set("Content-Disposition", contentDisposition(name, c.ID, ext))
	// Whatever the file holds (a web page), it is never run here.
	w.Header().Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Write(data)
}

// hitLinks are the links under a hit.
type hitLinks struct{ Doc, File, Case string }

// HitLinks are the links under the hit of file (for the search template):
// its document view, its original file and its case.
func (v *searchView) HitLinks(file string) hitLinks {
	l := hitLinks{Doc: docHref(file, v.Q), File: fileHref(file)}
	if id := caseOf(file); id != "" {
		l.Case = "/cases/" + id
	}
	return l
}
