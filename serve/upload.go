package serve

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// imageExts are the images accepted as evidence (evidence/…), with the
// bytes they start with.
var imageExts = map[string][]byte{
	".jpg": {0xFF, 0xD8, 0xFF}, ".jpeg": {0xFF, 0xD8, 0xFF}, ".png": []byte("\x89PNG\r\n\x1a\n"),
}

// maxFieldBytes bounds a text field of the upload form as it is read; the
// case's fields are then checked against case.json's bounds (mergeInfo).
const maxFieldBytes = 4096

// infoFields are the form's fields that set the case's info.
var infoFields = []string{"unit", "round", "feedback_date", "as_of"}

// httpError is an error with the status code it answers with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// statusOf is the HTTP status of err: its own for an *httpError, 507 for a
// disk error (isDiskError), 413 for a body over the limit, 500 otherwise.
func statusOf(err error) int {
	var he *httpError
	if errors.As(err, &he) {
		return he.status
	}
	if isDiskError(err) {
		return http.StatusInsufficientStorage
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// errUploadTooLarge is the error of a request body over MaxUploadBytes
// (http.MaxBytesError).
func (s *Server) errUploadTooLarge() error {
	return errorf(http.StatusRequestEntityTooLarge, "上传内容超过 %d MB 的上限", s.cfg.MaxUploadBytes>>20)
}

// checkName accepts a file's place in a case folder ("report.pdf",
// "minutes/2017-06-05.docx") and refuses anything that could become a path
// elsewhere: absolute paths, drive letters, backslashes, "." and ".."
// segments, empty segments, NUL and other control characters.
func checkName(name string) error {
	switch {
	case name == "":
		return errors.New("文件名为空")
	case len(name) > 255:
		return fmt.Errorf("文件名 %.40q… 超过 255 字节", name)
	case !utf8.ValidString(name):
		return fmt.Errorf("文件名 %q 不是有效的 UTF-8 文本", name)
	case strings.ContainsRune(name, '\\'):
		return fmt.Errorf("文件名 %q 含有反斜杠", name)
	case strings.HasPrefix(name, "/"):
		return fmt.Errorf("文件名 %q 是绝对路径", name)
	case len(name) >= 2 && name[1] == ':':
		return fmt.Errorf("文件名 %q 以盘符开头", name)
	}
	for _, r := range name {
		if r == 0 || unicode.IsControl(r) {
			return fmt.Errorf("文件名 %q 含有控制字符", name)
		}
	}
	segs := strings.Split(name, "/")
	if len(segs) > 6 {
		return fmt.Errorf("文件名 %q 的文件夹层级过深", name)
	}
	for _, s := range segs {
		switch s {
		case "":
			return fmt.Errorf("文件名 %q 含有空的路径段", name)
		case ".", "..":
			return fmt.Errorf("文件名 %q 含有 %q", name, s)
		}
	}
	return nil
}

// upload is a case being received: its files under flat names in raw/, then
// laid out as a case folder in case/.
type upload struct {
	root    string // DIR/tmp/up-…
	caseDir string // root/case once laid out
	names   []string
	raw     map[string]string // name → raw file
	info    verify.Info
	kase    *verify.Case // the case folder as verify.ReadCase lays it out (nothing parsed)
	fields  map[string]string
	files   []FileEntry
	budget  int64 // decompressed bytes still allowed
	// fromZip is set when the files came out of one .zip of a case folder;
	// then files that are not documents (other JSON files, notes, scripts)
	// are left out and listed in ignored, rather than refusing the case.
	fromZip bool
	ignored []string
	// base, when set, is the stored case the files are added to (addFiles).
	base *Manifest
	// maxFiles bounds the files (MaxFiles; more for a round's .zip).
	maxFiles int
}

func (u *upload) rawFile(fs fileSys) (writeFile, error) {
	return fs.CreateTemp(filepath.Join(u.root, "raw"), "f-")
}

func (u *upload) add(name, raw string) error {
	if err := checkName(name); err != nil {
		return errorf(http.StatusBadRequest, "%v", err)
	}
	if _, dup := u.raw[name]; dup {
		return errorf(http.StatusBadRequest, "%s：重复上传", name)
	}
	u.raw[name] = raw
	u.names = append(u.names, name)
	return nil
}

// receive reads a multipart upload (the field "files" repeated, or one .zip;
// fields unit, round, feedback_date, as_of, and csrf for the pages) into a
// case folder under DIR/tmp, checks every file and the case, and returns
// it. wantCSRF, when not empty, is the token the csrf field must hold,
// before any file. With base, the files are added to that stored case's
// (addFiles). On error (or a panic) nothing is left on disk; else the
// caller removes u.root with removeTmp.
func (s *Server) receive(w http.ResponseWriter, r *http.Request, wantCSRF string, base ...Manifest) (u *upload, err error) {
	return s.receiveWith(w, r, wantCSRF, s.layOut, 0, base...)
}

// receiveWith reads a multipart upload as receive does, and lays it out
// with layOut; maxFiles, when not 0, bounds its files instead of MaxFiles
// (a round's .zip holds many cases).
func (s *Server) receiveWith(w http.ResponseWriter, r *http.Request, wantCSRF string, layOut func(context.Context, *upload) error, maxFiles int, base ...Manifest) (u *upload, err error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "上传格式不正确（应为表单上传）：%v", err)
	}
	root, err := os.MkdirTemp(filepath.Join(s.store.dir, dirTmp), "up-")
	if err != nil {
		return nil, err
	}
	s.live.Store(root, true)
	up := &upload{root: root, raw: map[string]string{}, fields: map[string]string{}, budget: s.cfg.MaxUnpackedBytes, maxFiles: s.cfg.MaxFiles}
	if maxFiles > 0 {
		up.maxFiles = maxFiles
	}
	received := false
	defer func() {
		if !received {
			s.removeTmp(root)
		}
	}()
	u = up
	if len(base) > 0 {
		u.base, u.info = &base[0], base[0].Info
	}
	if err := os.Mkdir(filepath.Join(root, "raw"), 0o750); err != nil {
		return nil, err
	}
	csrfOK := wantCSRF == ""
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if statusOf(err) == http.StatusRequestEntityTooLarge {
				return nil, s.errUploadTooLarge()
			}
			return nil, errorf(http.StatusBadRequest, "读取上传内容失败：%v", err)
		}
		field := part.FormName()
		switch field {
		case "files":
			if !csrfOK {
				return nil, errorf(http.StatusForbidden, "表单令牌缺失或错误，请刷新页面后重试")
			}
			if err := s.receiveFile(u, part); err != nil {
				return nil, err
			}
		case "unit", "round", "feedback_date", "as_of", "csrf", "duplicate": // infoFields, csrf, and the pages' duplicate=confirm
			b, err := io.ReadAll(io.LimitReader(part, maxFieldBytes+1))
			if err != nil {
				return nil, errorf(statusOrBad(err), "读取表单字段 %s 失败：%v", field, err)
			}
			if len(b) > maxFieldBytes {
				return nil, errorf(http.StatusBadRequest, "表单字段 %s 超过 %d 字节", field, maxFieldBytes)
			}
			if !utf8.Valid(b) {
				return nil, errorf(http.StatusBadRequest, "表单字段 %s 不是有效的 UTF-8 文本", field)
			}
			u.fields[field] = strings.TrimSpace(string(b))
			if field == "csrf" && wantCSRF != "" {
				csrfOK = tokenEqual(u.fields[field], wantCSRF)
			}
		default:
			return nil, errorf(http.StatusBadRequest, "未知的表单字段 %q（可用字段：files、unit、round、feedback_date、as_of）", field)
		}
		part.Close()
	}
	if !csrfOK {
		return nil, errorf(http.StatusForbidden, "表单令牌缺失或错误，请刷新页面后重试")
	}
	if len(u.names) == 0 {
		return nil, errorf(http.StatusBadRequest, "没有上传文件：请选择案卷的文件（或一个案卷文件夹的 .zip 压缩包）")
	}
	if err := layOut(r.Context(), u); err != nil {
		return nil, err
	}
	received = true
	return u, nil
}

// layOut makes a received upload a case folder: a .zip unpacked, clutter
// left out, a folder holding every file dropped, the files checked.
func (s *Server) layOut(ctx context.Context, u *upload) error {
	if err := s.unzipCase(u); err != nil {
		return err
	}
	if err := dropClutter(u); err != nil {
		return err
	}
	stripTop(u)
	if folders := roundFolders(u.names); len(folders) > 0 {
		return errorf(http.StatusBadRequest, "上传的文件中有 %d 个案卷文件夹（%s）：一次只能上传一个案卷；一轮的多个案卷请在“巡察轮次”页面整轮上传", len(folders), folderList(folders))
	}
	if err := checkConflicts(u.names); err != nil {
		return err
	}
	return s.checkFiles(ctx, u)
}

// checkConflicts refuses a name that is also the folder of another
// (report.pdf and report.pdf/x.txt): the case folder cannot hold both.
func checkConflicts(names []string) error {
	files := map[string]bool{}
	for _, n := range names {
		files[n] = true
	}
	for _, n := range names {
		for i := strings.IndexByte(n, '/'); i >= 0; i = nextSlash(n, i) {
			if files[n[:i]] {
				return errorf(http.StatusBadRequest, "上传的文件中，%s 既是文件，又是 %s 所在的文件夹：请改名后再上传", n[:i], n)
			}
		}
	}
	return nil
}

// nextSlash is the index of the first / in n after i, or -1.
func nextSlash(n string, i int) int {
	j := strings.IndexByte(n[i+1:], '/')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func statusOrBad(err error) int {
	if st := statusOf(err); st != http.StatusInternalServerError {
		return st
	}
	return http.StatusBadRequest
}

// partFileName is the filename of a part as sent: multipart.Part.FileName
// keeps only the base name, and a case's files need their folder
// (minutes/…).
func partFileName(p *multipart.Part) string {
	_, params, err := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
	if err != nil {
		return ""
	}
	return params["filename"]
}

// receiveFile writes one file part to raw/ and synced.
func (s *Server) receiveFile(u *upload, part *multipart.Part) error {
	name := partFileName(part)
	if name == "" {
		// A file input left empty sends a part with no name and no data.
		n, err := io.Copy(io.Discard, io.LimitReader(part, 1))
		if err != nil {
			return errorf(statusOrBad(err), "读取上传内容失败：%v", err)
		}
		if n == 0 {
			return nil
		}
		return errorf(http.StatusBadRequest, "有文件没有文件名")
	}
	if len(u.names) >= u.maxFiles {
		return errorf(http.StatusRequestEntityTooLarge, "文件超过 %d 个的上限", u.maxFiles)
	}
	f, err := u.rawFile(s.store.fs)
	if err != nil {
		return err
	}
	if err := u.add(name, f.Name()); err != nil {
		f.Close()
		return err
	}
	if _, err := io.Copy(f, part); err != nil {
		f.Close()
		if statusOf(err) == http.StatusRequestEntityTooLarge {
			return s.errUploadTooLarge()
		}
		if isDiskError(err) {
			return err // writing it failed, not reading it: 507
		}
		return errorf(statusOrBad(err), "%s：读取上传内容失败：%v", name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// unzipCase unpacks an upload that is one .zip of a case folder. A .zip
// among other files is refused. Entries are checked like uploaded names,
// counted against MaxFiles and their unpacked bytes against
// MaxUnpackedBytes, counting what is actually read, not what the zip
// claims.
func (s *Server) unzipCase(u *upload) error {
	var zips []string
	for _, n := range u.names {
		if strings.EqualFold(path.Ext(n), ".zip") {
			zips = append(zips, n)
		}
	}
	if len(zips) == 0 {
		return nil
	}
	if len(u.names) > 1 {
		return errorf(http.StatusBadRequest, "%s：请只上传一个案卷文件夹的 .zip 压缩包，或只上传案卷的文件，不要同时上传", zips[0])
	}
	u.fromZip = true
	zname := zips[0]
	zpath := u.raw[zname]
	f, err := os.Open(zpath)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return errorf(http.StatusUnprocessableEntity, "%s：不是可读取的 .zip 压缩包", zname)
	}
	u.names, u.raw = nil, map[string]string{}
	if len(zr.File) > 10*u.maxFiles+100 {
		return errorf(http.StatusRequestEntityTooLarge, "%s：文件超过 %d 个的上限", zname, u.maxFiles)
	}
	for _, zf := range zr.File {
		name := strings.TrimPrefix(zf.Name, "./")
		if strings.HasSuffix(name, "/") || zf.FileInfo().IsDir() {
			if err := checkName(strings.TrimSuffix(name, "/")); err != nil && name != "" {
				return errorf(http.StatusBadRequest, "%s：%v", zname, err)
			}
			continue
		}
		if err := checkName(name); err != nil {
			return errorf(http.StatusBadRequest, "%s：%v", zname, err)
		}
		if skippedEntry(name) {
			continue
		}
		if len(u.names) >= u.maxFiles {
			return errorf(http.StatusRequestEntityTooLarge, "%s：文件超过 %d 个的上限", zname, u.maxFiles)
		}
		out, err := u.rawFile(s.store.fs)
		if err != nil {
			return err
		}
		if err := u.add(name, out.Name()); err != nil {
			out.Close()
			return errorf(http.StatusBadRequest, "%s：%v", zname, err)
		}
		rc, err := zf.Open()
		if err != nil {
			out.Close()
			return errorf(http.StatusUnprocessableEntity, "%s：%s：%v", zname, name, msg.ParseError(err))
		}
		n, err := io.Copy(out, io.LimitReader(rc, u.budget+1))
		rc.Close()
		if err != nil {
			out.Close()
			if isDiskError(err) {
				return err // writing it failed, not reading it: 507
			}
			return errorf(http.StatusUnprocessableEntity, "%s：%s：%v", zname, name, msg.ParseError(err))
		}
		u.budget -= n
		if u.budget < 0 {
			out.Close()
			return errorf(http.StatusRequestEntityTooLarge, "%s 解压后超过 %d MB 的上限", zname, s.cfg.MaxUnpackedBytes>>20)
		}
		if err := out.Sync(); err != nil {
			out.Close()
			return err
		}
		if err := out.Close(); err != nil {
			return err
		}
	}
	os.Remove(zpath)
	if len(u.names) == 0 {
		return errorf(http.StatusBadRequest, "%s 中没有文件", zname)
	}
	return nil
}

// skippedEntry tells archive clutter that is not part of a case: macOS
// resource forks, Finder and Explorer metadata.
func skippedEntry(name string) bool {
	base := path.Base(name)
	return strings.HasPrefix(name, "__MACOSX/") || base == ".DS_Store" || base == "Thumbs.db" || base == "desktop.ini"
}

// dropClutter leaves out what a folder picked in the browser brings along:
// hidden files, Office lock files, Finder and Explorer metadata. The case
// reader skips them too; they are not stored.
func dropClutter(u *upload) error {
	kept := u.names[:0]
	for _, n := range u.names {
		base := path.Base(n)
		if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "~$") || skippedEntry(n) {
			os.Remove(u.raw[n])
			delete(u.raw, n)
			continue
		}
		kept = append(kept, n)
	}
	u.names = kept
	if len(u.names) == 0 {
		return errorf(http.StatusBadRequest, "没有可用的文件：上传的都是隐藏文件或系统文件")
	}
	return nil
}

// stripTop drops a folder that holds every file (a case folder zipped or
// picked as a folder: 01-case/report.pdf → report.pdf), unless that folder
// is minutes/ or evidence/.
func stripTop(u *upload) {
	if len(u.names) == 0 {
		return
	}
	top := ""
	for _, n := range u.names {
		i := strings.IndexByte(n, '/')
		if i < 0 {
			return
		}
		if top == "" {
			top = n[:i]
		} else if n[:i] != top {
			return
		}
	}
	if verify.MinutesFolder(top) || verify.EvidenceFolder(top) {
		return
	}
	raw := map[string]string{}
	for i, n := range u.names {
		u.names[i] = n[len(top)+1:]
		raw[u.names[i]] = u.raw[n]
	}
	u.raw = raw
}

// checkFiles refuses files that are not documents of a case (by extension
// and by content), Office files that unpack to more than the budget, and a
// bad case.json; merges the form's fields into case.json; lays the files
// out as a case folder and makes sure it can hold a report (a report.*, or
// documents named otherwise, which the check classifies in a worker's slot).
func (s *Server) checkFiles(ctx context.Context, u *upload) error {
	sort.Strings(u.names)
	for _, n := range u.names {
		if magic, ok := imageExts[strings.ToLower(path.Ext(n))]; ok && strings.HasPrefix(n, "evidence/") {
			// Supporting evidence may be a photo or a scan: it is counted,
			// not read.
			data, err := os.ReadFile(u.raw[n])
			if err != nil {
				return err
			}
			if !bytes.HasPrefix(data, magic) {
				return errorf(http.StatusUnsupportedMediaType, "%s：不是有效的 %s 图片", n, strings.ToUpper(strings.TrimPrefix(path.Ext(n), ".")))
			}
			sum := sha256.Sum256(data)
			u.files = append(u.files, FileEntry{Name: n, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(data))})
			continue
		}
		if n == verify.CaseFile {
			// Read through the case folder's reader: bounded, validated.
			f, err := os.Open(u.raw[n])
			if err != nil {
				return err
			}
			u.info, err = verify.DecodeInfo(n, f)
			f.Close()
			if err != nil {
				return errorf(http.StatusBadRequest, "%v", err)
			}
			continue
		}
		if !parse.Supported(n) {
			if u.fromZip {
				u.ignored = append(u.ignored, n)
				continue
			}
			return errorf(http.StatusUnsupportedMediaType, "%s：不是案卷的文件（可上传 PDF、DOCX、DOC、WPS、OFD、HTML、TXT、Markdown、XLSX、XLS、ET、CSV、case.json，扫描件或照片 JPEG、PNG、TIFF（将进行文字识别），或一个案卷文件夹的 .zip 压缩包）", n)
		}
		data, err := os.ReadFile(u.raw[n])
		if err != nil {
			return err
		}
		format, err := parse.Detect(n, data)
		if err != nil && u.fromZip {
			// A .zip member is read or refused as if uploaded alone, but
			// refusing it does not refuse the case: it is laid out, and the
			// check lists it among the files it could not read, with why.
			format = ""
		} else if err != nil {
			st := http.StatusUnsupportedMediaType
			switch {
			case errors.Is(err, parse.ErrEmpty) || errors.Is(err, parse.ErrCorrupt):
				st = http.StatusUnprocessableEntity
			case errors.Is(err, parse.ErrTooLarge):
				st = http.StatusRequestEntityTooLarge
			}
			return errorf(st, "%s：%v", n, msg.ParseError(err))
		}
		switch format {
		case parse.FormatDOCX, parse.FormatXLSX, parse.FormatOFD:
			if err := s.checkUnpacked(n, data, u); err != nil {
				return err
			}
		}
		sum := sha256.Sum256(data)
		u.files = append(u.files, FileEntry{Name: n, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(data))})
	}
	if err := mergeInfo(&u.info, u.fields); err != nil {
		return err
	}

	// Lay out the case folder; case.json is written anew from the merged
	// info.
	u.caseDir = filepath.Join(u.root, "case")
	if err := s.store.fs.Mkdir(u.caseDir, 0o750); err != nil {
		return err
	}
	for _, f := range u.files {
		p, err := joinInside(u.caseDir, f.Name)
		if err != nil {
			return errorf(http.StatusBadRequest, "%v", err)
		}
		if err := s.store.fs.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			return err
		}
		if err := s.store.fs.Rename(u.raw[f.Name], p); err != nil {
			return err
		}
	}
	if u.info != (verify.Info{}) {
		raw, err := json.MarshalIndent(u.info, "", "  ")
		if err != nil {
			return err
		}
		p := filepath.Join(u.caseDir, "case.json")
		if err := s.store.writeAtomic(p, func(w io.Writer) error { _, err := w.Write(append(raw, '\n')); return err }); err != nil {
			return err
		}
		sum := sha256.Sum256(append(raw, '\n'))
		u.files = append(u.files, FileEntry{Name: "case.json", SHA256: hex.EncodeToString(sum[:]), Size: int64(len(raw) + 1)})
		sort.Slice(u.files, func(i, j int) bool { return u.files[i].Name < u.files[j].Name })
	}
	if err := s.layBase(u); err != nil {
		return err
	}
	// The layout only: documents to classify by their content are parsed
	// by the check, in a worker's slot and under the server's limits.
	c, err := verify.ReadCase(u.caseDir)
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), u.caseDir+string(filepath.Separator), "")
		return errorf(http.StatusUnprocessableEntity, "%s", strings.TrimPrefix(strings.TrimPrefix(msg, u.caseDir), "："))
	}
	u.kase = &c
	return nil
}

// checkUnpacked counts the bytes a zip-based document (DOCX, XLSX, OFD)
// declares it unpacks to against the upload's budget. A member that holds
// more than it declares fails when read: archive/zip checks, and parse bounds
// each file's unpacking to MaxUnpackedBytes as well.
func (s *Server) checkUnpacked(name string, data []byte, u *upload) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return errorf(http.StatusUnprocessableEntity, "%s：不是可读取的 %s 文件", name, strings.ToUpper(strings.TrimPrefix(path.Ext(name), ".")))
	}
	for _, zf := range zr.File {
		if zf.UncompressedSize64 > uint64(max(u.budget, 0)) {
			return errorf(http.StatusRequestEntityTooLarge, "%s 解压后超过 %d MB 的上限", name, s.cfg.MaxUnpackedBytes>>20)
		}
		u.budget -= int64(zf.UncompressedSize64)
	}
	return nil
}

// mergeInfo sets the form's fields over case.json's, each checked as
// case.json's are (verify.Info.Set), and checks the result.
func mergeInfo(info *verify.Info, fields map[string]string) error {
	for _, k := range infoFields {
		if v := fields[k]; v != "" {
			if err := info.Set("表单", k, v); err != nil {
				return errorf(http.StatusBadRequest, "%v", err)
			}
		}
	}
	if err := info.Validate(verify.CaseFile); err != nil {
		return errorf(http.StatusBadRequest, "%v", err)
	}
	return nil
}
