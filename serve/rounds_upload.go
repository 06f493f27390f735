package serve

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/audit"
	"github.com/zhenggai/zhenggai/verify"
)

// maxRoundCases bounds the cases of one round's upload.
const maxRoundCases = 100

// roundCase is one case folder of a round's upload, laid out as a case.
type roundCase struct {
	folder string
	u      *upload
}

// receiveRound reads a round's upload: one .zip (or a folder picked in the
// browser) whose top folders are each a case folder, with the fields
// round and as_of for every case. Every case is laid out and checked as
// one uploaded alone, and every one must name its round (the field, or its
// case.json); one that fails refuses the whole upload, and nothing is left
// on disk. The caller removes the returned upload's root and, for each
// case it does not queue, the case's root.
func (s *Server) receiveRound(w http.ResponseWriter, r *http.Request, wantCSRF string) (*upload, []roundCase, error) {
	var cases []roundCase
	layOut := func(ctx context.Context, u *upload) (err error) {
		cases, err = s.splitRound(ctx, u)
		return err
	}
	u, err := s.receiveWith(w, r, wantCSRF, layOut, s.cfg.MaxFiles*maxRoundCases)
	if err != nil {
		return nil, nil, err
	}
	return u, cases, nil
}

// splitRound makes each top folder of a round's upload a case.
func (s *Server) splitRound(ctx context.Context, u *upload) (cases []roundCase, err error) {
	if err := s.unzipCase(u); err != nil {
		return nil, err
	}
	if err := dropClutter(u); err != nil {
		return nil, err
	}
	stripTop(u) // the round's own folder, when the .zip holds one
	if u.fields["unit"] != "" {
		return nil, errorf(http.StatusBadRequest, "整轮上传时不能统一填写被巡视（察）单位：请在各案卷文件夹的 case.json 中写明，或由报告标题识别")
	}
	folders := map[string][]string{}
	for _, n := range u.names {
		top, rest, ok := strings.Cut(n, "/")
		if !ok {
			return nil, errorf(http.StatusBadRequest, "%s 不在任何案卷文件夹中：整轮上传时，每个案卷的文件放在一个单独的文件夹中（压缩包的每个顶层文件夹是一个案卷）", n)
		}
		if verify.MinutesFolder(top) || verify.EvidenceFolder(top) {
			return nil, errorf(http.StatusBadRequest, "压缩包中是一个案卷（含 %s/ 文件夹），不是一轮的多个案卷：请在“上传案卷”页面上传", top)
		}
		folders[top] = append(folders[top], rest)
	}
	if len(folders) > maxRoundCases {
		return nil, errorf(http.StatusRequestEntityTooLarge, "案卷文件夹超过 %d 个的上限", maxRoundCases)
	}
	if n := s.pending.Load() + int64(len(folders)); n > int64(s.cfg.MaxQueue) {
		return nil, errorf(http.StatusServiceUnavailable, "核查队列容纳不下这一轮的 %d 个案卷，请稍后再试", len(folders))
	}
	names := make([]string, 0, len(folders))
	for f := range folders {
		names = append(names, f)
	}
	sort.Strings(names)
	defer func() {
		if err != nil {
			for _, c := range cases {
				s.removeTmp(c.u.root)
			}
			cases = nil
		}
	}()
	fields := map[string]string{}
	for k, v := range u.fields {
		if k != "csrf" {
			fields[k] = v
		}
	}
	for _, f := range names {
		root, err := os.MkdirTemp(filepath.Join(s.store.dir, dirTmp), "up-")
		if err != nil {
			return cases, err
		}
		s.live.Store(root, true)
		c := &upload{root: root, raw: map[string]string{}, fields: fields, budget: u.budget, maxFiles: s.cfg.MaxFiles, fromZip: true}
		cases = append(cases, roundCase{folder: f, u: c})
		if len(folders[f]) > s.cfg.MaxFiles {
			return cases, errorf(http.StatusRequestEntityTooLarge, "案卷文件夹 %s：文件超过 %d 个的上限", f, s.cfg.MaxFiles)
		}
		for _, n := range folders[f] {
			c.names = append(c.names, n)
			c.raw[n] = u.raw[f+"/"+n]
		}
		if err := checkConflicts(c.names); err != nil {
			return cases, inFolder(f, err)
		}
		if err := s.checkFiles(ctx, c); err != nil {
			return cases, inFolder(f, err)
		}
		u.budget = c.budget
		if c.info.Round == "" {
			return cases, errorf(http.StatusBadRequest, "案卷文件夹 %s 没有写明巡视（察）轮次：请在表单中填写轮次，或在其 case.json 中写明 round", f)
		}
		for _, n := range c.ignored {
			u.ignored = append(u.ignored, f+"/"+n)
		}
	}
	if len(cases) < 2 {
		return cases, errorf(http.StatusBadRequest, "压缩包中只有一个案卷文件夹：一个案卷请在“上传案卷”页面上传，整轮上传时每个顶层文件夹是一个案卷")
	}
	return cases, nil
}

// roundFolders are the case folders of files uploaded as one case that are
// several: every file in a top folder, and two or more of those folders
// each holding a report.* or a case.json of its own. nil otherwise.
func roundFolders(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		top, rest, ok := strings.Cut(n, "/")
		if !ok {
			return nil
		}
		if !strings.Contains(rest, "/") && !seen[top] && (rest == "case.json" || strings.HasPrefix(rest, "report.")) {
			seen[top] = true
			out = append(out, top)
		}
	}
	if len(out) < 2 {
		return nil
	}
	sort.Strings(out)
	return out
}

// folderList names up to three folders, 等 after them when there are more.
func folderList(folders []string) string {
	if len(folders) > 3 {
		return strings.Join(folders[:3], "、") + "等"
	}
	return strings.Join(folders, "、")
}

// inFolder names the case folder an upload's error is about.
func inFolder(folder string, err error) error {
	var he *httpError
	if errors.As(err, &he) {
		return errorf(he.status, "案卷文件夹 %s：%s", folder, he.msg)
	}
	return err
}

// roundQueued is a case of a round's upload, as POST /api/rounds answers.
type roundQueued struct {
	ID     string `json:"id"`
	Folder string `json:"folder"`
	Unit   string `json:"unit,omitempty"`
	Round  string `json:"round"`
	URL    string `json:"url"`
}

// storeRound stores the cases of a round's upload and queues their
// checks, in the order of their folders. A case that cannot be stored
// stops it; those stored before stay (each is a whole case).
func (s *Server) storeRound(r *http.Request, cases []roundCase) ([]roundQueued, error) {
	var out []roundQueued
	for i, c := range cases {
		m := Manifest{ID: newID(time.Now()), Created: time.Now().UTC(), Info: c.u.info, Files: c.u.files}
		if err := s.commitQueued(c.u, m); err != nil {
			for _, rest := range cases[i:] {
				s.removeTmp(rest.u.root)
			}
			return out, err
		}
		// Each case of the round is an upload of its own in the audit log,
		// written before the answer as recordUploads does for one case.
		detail := "整轮上传（案卷文件夹 " + c.folder + "）"
		if st, ok := s.store.get(m.ID); ok {
			detail += "：" + uploadDetail(st)
		}
		s.logAudit(r, audit.ActionUpload, m.ID, detail)
		s.checkLater(m, c.u.caseDir, c.u.kase, c.u.root)
		out = append(out, roundQueued{ID: m.ID, Folder: c.folder, Unit: m.Info.Unit, Round: m.Info.Round, URL: "/cases/" + m.ID})
	}
	return out, nil
}

// roundURL is the page of a round.
func roundURL(round string) string { return "/rounds/" + url.PathEscape(round) }

// receiveAndStoreRound receives a round's upload (receiveRound) and stores
// its cases (storeRound); it answers the page to show: the round's, or the
// list of rounds when the cases name several.
func (s *Server) receiveAndStoreRound(w http.ResponseWriter, r *http.Request, wantCSRF string) (queued []roundQueued, link string, ignored []string, err error) {
	u, cases, err := s.receiveRound(w, r, wantCSRF)
	if err != nil {
		return nil, "", nil, err
	}
	defer s.removeTmp(u.root)
	if queued, err = s.storeRound(r, cases); err != nil {
		return nil, "", nil, err
	}
	link = roundURL(queued[0].Round)
	for _, q := range queued {
		if q.Round != queued[0].Round {
			link = "/rounds"
		}
	}
	return queued, link, u.ignored, nil
}

// apiRoundUpload is POST /api/rounds: a round's .zip stored, its cases
// queued; 202 with the cases, checked in the background (GET
// /api/cases/{id}, GET /api/rounds/{round}).
func (s *Server) apiRoundUpload(w http.ResponseWriter, r *http.Request) {
	queued, link, ignored, err := s.receiveAndStoreRound(w, r, "")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSONResponse(w, http.StatusAccepted, struct {
		Cases   []roundQueued `json:"cases"`
		URL     string        `json:"url"`
		Ignored []string      `json:"ignored,omitempty"`
	}{queued, link, ignored})
}

// pageRoundUpload is POST /rounds, the list of rounds' upload form.
func (s *Server) pageRoundUpload(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		s.fail(w, r, errorf(http.StatusForbidden, "表单令牌缺失，请刷新页面后重试"))
		return
	}
	_, link, _, err := s.receiveAndStoreRound(w, r, c.Value)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, link, http.StatusSeeOther)
}
