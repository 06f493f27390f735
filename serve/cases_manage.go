package serve

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/audit"
	"github.com/zhenggai/zhenggai/verify"
)

// This file is what a user does to a stored case besides reading it: add
// files and check it again (补充材料), rename it, delete it; and the
// recognition of an upload that repeats a stored case. Each action is
// recorded (record).

// manageMu makes the actions on stored cases one at a time, so that each
// sees the case as the one before left it.
var manageMu sync.Mutex

// inferred is what a checked case's result says was read from the report
// rather than given by the case (docs/interface.md).
type inferred struct {
	UnitFromReport  bool              `json:"unit_from_report"`
	DatesFromReport []string          `json:"dates_from_report"`
	AsOfInferred    *verify.AsOfBasis `json:"as_of_inferred"`
}

func inferredOf(res *verify.Result) inferred {
	return inferred{res.UnitFromReport, res.DatesFromReport, res.AsOfInferred}
}

// UnitFromReport tells the pages that the unit shown was read from the
// report's title.
func (c caseState) UnitFromReport() bool { return c.Info.Unit == "" && c.Inferred.UnitFromReport }

// ReportDateFromReport tells the pages that the report date shown was read
// from the report's text.
func (c caseState) ReportDateFromReport() bool {
	for _, d := range c.Inferred.DatesFromReport {
		if d == verify.DateReport {
			return c.Info.ReportDate == ""
		}
	}
	return false
}

// settled reports whether a case is neither waiting for nor in its check.
func settled(st Status) bool { return st == StatusDone || st == StatusFailed }

// smallForm bounds a form post of a few fields (a name, a token).
const smallForm = 16 << 10

// readForm reads a form post of at most limit bytes and checks its
// double-submit token against its cookie.
func readForm(w http.ResponseWriter, r *http.Request, limit int64) error {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if err := r.ParseForm(); err != nil {
		return errorf(http.StatusBadRequest, "无法读取表单")
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" || !tokenEqual(r.PostFormValue("csrf"), c.Value) {
		return errorf(http.StatusForbidden, "表单令牌缺失或错误，请刷新页面后重试")
	}
	return nil
}

// manageView is the case management page's data.
type manageView struct {
	Case caseState
	// Busy is set while the case is being checked: nothing can be done to
	// it until it is.
	Busy bool
}

func (s *Server) managePage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	c, ok := s.lookup(id)
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "没有这个案卷："+id)
		return
	}
	s.render(w, http.StatusOK, "manage", page{Title: "管理案卷", Nav: "cases", Script: true, CSRF: s.csrfToken(w, r),
		Data: manageView{Case: c, Busy: !settled(c.Status)}})
}

// addFiles receives more files for a stored case (补充材料) and checks the
// case again with them: a file of the same name replaces the one stored.
func (s *Server) addFiles(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	c, ok := s.lookup(id)
	if !ok {
		s.fail(w, r, errorf(http.StatusNotFound, "没有这个案卷：%s", id))
		return
	}
	ck, err := r.Cookie(csrfCookie)
	if err != nil || ck.Value == "" {
		s.fail(w, r, errorf(http.StatusForbidden, "表单令牌缺失，请刷新页面后重试"))
		return
	}
	if !settled(c.Status) {
		s.fail(w, r, errorf(http.StatusConflict, "案卷正在核查，请核查完成后再补充材料"))
		return
	}
	if s.pending.Load() >= int64(s.cfg.MaxQueue) {
		s.fail(w, r, errorf(http.StatusServiceUnavailable, "核查队列已满，请稍后再试"))
		return
	}
	u, err := s.receive(w, r, ck.Value, c.Manifest)
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
	added := changedFiles(c.Files, u.files)
	if len(added) == 0 {
		s.fail(w, r, errorf(http.StatusBadRequest, "补充的文件与案卷中已有的文件完全相同，未重新核查"))
		return
	}
	m, err := s.commitRecheck(u)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.checkLater(m, u.caseDir, u.kase, u.root)
	queued = true
	s.record(r, audit.ActionRecheck, id, "补充材料后重新核查："+strings.Join(added, "、"))
	http.Redirect(w, r, "/cases/"+id, http.StatusSeeOther)
}

// changedFiles lists the files of now that were not in before as they are
// (new, or replaced by other content), case.json left out.
func changedFiles(before, now []FileEntry) []string {
	had := map[string]string{}
	for _, f := range before {
		had[f.Name] = f.SHA256
	}
	var out []string
	for _, f := range now {
		if f.Name != verify.CaseFile && had[f.Name] != f.SHA256 {
			out = append(out, f.Name)
		}
	}
	return out
}

// layBase adds the files of the stored case an upload adds to (u.base) to
// the upload's case folder, but those it replaces and case.json (written
// anew from the merged info).
func (s *Server) layBase(u *upload) error {
	if u.base == nil {
		return nil
	}
	have := map[string]bool{}
	for _, f := range u.files {
		have[f.Name] = true
	}
	names := make([]string, 0, len(u.base.Files)+len(u.files))
	for _, f := range u.files {
		names = append(names, f.Name)
	}
	for _, f := range u.base.Files {
		if f.Name == verify.CaseFile || have[f.Name] {
			continue
		}
		if len(u.files) >= s.cfg.MaxFiles {
			return errorf(http.StatusRequestEntityTooLarge, "补充后文件超过 %d 个的上限", s.cfg.MaxFiles)
		}
		p, err := joinInside(u.caseDir, f.Name)
		if err != nil {
			return err
		}
		if err := s.store.fs.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			return err
		}
		if err := s.store.fs.Link(s.store.blobPath(f.SHA256), p); err != nil {
			if err := s.store.copyFile(s.store.blobPath(f.SHA256), p); err != nil {
				return err
			}
		}
		u.files = append(u.files, f)
		names = append(names, f.Name)
	}
	sort.Slice(u.files, func(i, j int) bool { return u.files[i].Name < u.files[j].Name })
	return checkConflicts(names)
}

// commitRecheck stores the files added to a case and its new manifest, the
// old check's results removed first (result.json marks a case as checked),
// and marks it queued. The case must still be settled.
func (s *Server) commitRecheck(u *upload) (m Manifest, err error) {
	manageMu.Lock()
	defer manageMu.Unlock()
	c, ok := s.store.get(u.base.ID)
	if !ok {
		return m, errorf(http.StatusNotFound, "没有这个案卷：%s", u.base.ID)
	}
	if !settled(c.Status) {
		return m, errorf(http.StatusConflict, "案卷正在核查，请核查完成后再补充材料")
	}
	m = c.Manifest
	m.Info, m.Files = u.info, u.files
	done, err := s.putBlobs(u)
	defer done(&err)
	if err != nil {
		return m, err
	}
	dir := s.store.caseDir(m.ID)
	for _, f := range []string{fileResult, fileError, fileHTML, fileXLSX, fileDOCX} {
		if err := os.Remove(filepath.Join(dir, f)); err != nil && !os.IsNotExist(err) {
			return m, err
		}
	}
	if err := s.store.fs.SyncDir(dir); err != nil {
		return m, err
	}
	// From here the case has no result: whatever happens, it is checked
	// again (now, or at the next start with the manifest on disk).
	s.store.update(m.ID, func(c *caseState) {
		c.Status, c.Summary, c.Case, c.Inferred, c.Error = StatusQueued, verify.Summary{}, verify.CaseSummary{}, inferred{}, ""
	})
	if err := s.store.writeJSON(filepath.Join(dir, fileManifest), m); err != nil {
		s.store.update(m.ID, func(c *caseState) { c.Status, c.Error = StatusFailed, "补充的材料未能保存，请重新上传" })
		return m, err
	}
	s.store.update(m.ID, func(c *caseState) { c.Manifest = m })
	return m, nil
}

// maxNameRunes bounds a case's name, as case.json bounds its unit.
const maxNameRunes = verify.MaxInfoTextRunes

// renameCase gives a case a name of the user's, shown in the list instead
// of its unit; an empty name shows the unit again.
func (s *Server) renameCase(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := readForm(w, r, smallForm); err != nil {
		s.fail(w, r, err)
		return
	}
	name := strings.TrimSpace(r.PostFormValue("name"))
	if !utf8.ValidString(name) || utf8.RuneCountInString(name) > maxNameRunes || strings.IndexFunc(name, unicode.IsControl) >= 0 {
		s.fail(w, r, errorf(http.StatusBadRequest, "案卷名称应为不超过 %d 个字符的一行文字", maxNameRunes))
		return
	}
	manageMu.Lock()
	c, ok := s.lookup(id)
	if !ok {
		manageMu.Unlock()
		s.fail(w, r, errorf(http.StatusNotFound, "没有这个案卷：%s", id))
		return
	}
	m := c.Manifest
	old := m.Name
	m.Name = name
	err := s.store.writeJSON(filepath.Join(s.store.caseDir(id), fileManifest), m)
	if err == nil {
		s.store.update(id, func(c *caseState) { c.Name = name })
	}
	manageMu.Unlock()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.record(r, audit.ActionRename, id, "“"+old+"”改为“"+name+"”")
	http.Redirect(w, r, "/cases/"+id+"/manage", http.StatusSeeOther)
}

// deleteCase removes a case: from the list, its folder (moved out of
// cases/ in one rename, then removed), its documents from the index, and
// the uploaded files no other case uses. The form must say it is meant
// (confirm=yes); a case being checked cannot be deleted.
func (s *Server) deleteCase(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := readForm(w, r, smallForm); err != nil {
		s.fail(w, r, err)
		return
	}
	if r.PostFormValue("confirm") != "yes" {
		s.fail(w, r, errorf(http.StatusBadRequest, "请勾选“确认删除”后再删除"))
		return
	}
	c, err := s.removeCase(id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if _, err := s.index.Delete(context.Background(), s.indexKey(id, "")); err != nil {
		s.cfg.Logf("zhenggai serve：从索引中删除案卷 %s：%v", id, err)
	}
	sums := make([]string, len(c.Files))
	for i, f := range c.Files {
		sums[i] = f.SHA256
	}
	s.store.dropBlobs(sums)
	s.record(r, audit.ActionDelete, id, "删除案卷“"+c.Label()+"”（"+strings.Join(fileNames(c.Files), "、")+"）")
	http.Redirect(w, r, "/cases", http.StatusSeeOther)
}

// removeCase takes a settled case out of the store and off the disk.
func (s *Server) removeCase(id string) (caseState, error) {
	manageMu.Lock()
	defer manageMu.Unlock()
	c, ok := s.lookup(id)
	if !ok {
		return c, errorf(http.StatusNotFound, "没有这个案卷：%s", id)
	}
	if !settled(c.Status) {
		return c, errorf(http.StatusConflict, "案卷正在核查，请核查完成后再删除")
	}
	trash, err := s.store.remove(id)
	if trash == "" {
		return c, err
	}
	if err != nil {
		s.cfg.Logf("zhenggai serve：删除案卷 %s：%v", id, err) // removed, its folder's sync failed
	}
	if err := os.RemoveAll(trash); err != nil {
		s.cfg.Logf("zhenggai serve：删除案卷 %s：%v", id, err) // sweepTmp tries again
	}
	return c, nil
}

// Label is how a case is named to users: its name, else its unit, else
// its id.
func (c caseState) Label() string {
	switch {
	case c.Name != "":
		return c.Name
	case caseUnit(c) != "":
		return caseUnit(c)
	}
	return c.ID
}

func fileNames(fs []FileEntry) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

// documentsKey identifies an upload's documents by their content: the
// sorted hashes of its files, case.json left out (its info may differ).
func documentsKey(files []FileEntry) string {
	var sums []string
	for _, f := range files {
		if f.Name != verify.CaseFile {
			sums = append(sums, f.SHA256)
		}
	}
	sort.Strings(sums)
	return strings.Join(sums, ",")
}

// duplicateOf is the newest stored case whose documents are the same files
// as files, by content.
func (s *Server) duplicateOf(files []FileEntry) (caseState, bool) {
	key := documentsKey(files)
	for _, c := range s.store.list() {
		if documentsKey(c.Files) == key {
			return c, true
		}
	}
	return caseState{}, false
}

// duplicatePage answers an upload whose documents a stored case already
// holds: nothing is stored; the page links to that case, and the upload
// page's script offers to send it again with duplicate=confirm.
func (s *Server) duplicatePage(w http.ResponseWriter, c caseState) {
	s.render(w, http.StatusConflict, "duplicate", page{Title: "重复上传", Nav: "upload", Data: c})
}

// UploadedAt is when a case was uploaded, as the case list shows it (the
// server's time zone).
func (c caseState) UploadedAt() string { return c.Created.Local().Format("2006-01-02 15:04") }
