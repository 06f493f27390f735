// Package mhtml is parse's reader of MHTML: a web page saved as one file
// (.mht, .mhtml; 单个文件网页). Word and WPS save a document so when asked for
// a "single file web page", office systems export reports so (often named
// .doc), and browsers save a published notice so.
//
// An MHTML file is a MIME message (RFC 2557): headers, then a
// multipart/related body whose parts are the page and its images, each in
// quoted-printable or base64. The reader takes the page the message says is
// its root (the part the type parameter or the first text/html part
// names), decodes it to UTF-8 from the charset its part declares, and reads
// it as parse/html reads a web page. A message that is a single text/html
// part is read the same way.
//
// BUG(mhtml): the images of the page are not read: a page that is only a
// picture of a scan reads as no text.
package mhtml

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/zhenggai/zhenggai/parse/html"
	"github.com/zhenggai/zhenggai/parse/model"
)

// maxParts bounds the parts looked through for the page: a saved page has
// one part per image and style sheet.
const maxParts = 10000

// Looks reports whether head, the first bytes of a file, starts with the
// headers of a saved web page: a MIME-Version header and a Content-Type of
// multipart/related or text/html before the first empty line.
func Looks(head []byte) bool {
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	end := len(head)
	if i := bytes.Index(head, []byte("\n\n")); i >= 0 {
		end = i
	}
	if i := bytes.Index(head, []byte("\r\n\r\n")); i >= 0 && i < end {
		end = i
	}
	h := bytes.ToLower(head[:end])
	if !bytes.HasPrefix(h, []byte("mime-version:")) && !bytes.Contains(h, []byte("\nmime-version:")) {
		return false
	}
	i := bytes.Index(h, []byte("content-type:"))
	if i < 0 {
		return false
	}
	ct := bytes.TrimLeft(h[i+len("content-type:"):], " \t")
	return bytes.HasPrefix(ct, []byte("multipart/related")) || bytes.HasPrefix(ct, []byte("text/html"))
}

// Read reads a saved web page into b.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	page, err := Page(data, o.MaxTextSize)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return html.Read(ctx, page, b, o)
}

// Page returns the page of the saved web page data, in UTF-8: at most limit
// bytes of it (ErrTooLarge past that; no limit when limit ≤ 0).
func Page(data []byte, limit int64) ([]byte, error) {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(bytes.TrimLeft(data, "\xef\xbb\xbf \t\r\n"))))
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && !(errors.Is(err, io.EOF) && len(hdr) > 0) {
		return nil, model.Cause(model.ErrCorrupt, "the headers of the saved web page cannot be read: %v", err)
	}
	mt, params, err := mime.ParseMediaType(hdr.Get("Content-Type"))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "the saved web page has no readable Content-Type: %v", err)
	}
	body := tp.R
	if mt == "text/html" {
		return decodePart(body, hdr, params, limit)
	}
	if mt != "multipart/related" || params["boundary"] == "" {
		return nil, model.Cause(model.ErrCorrupt, "the saved web page is %s, not multipart/related", mt)
	}
	mr := multipart.NewReader(body, params["boundary"])
	root := strings.ToLower(params["type"]) // the root part's type (RFC 2387)
	for n := 0; n < maxParts; n++ {
		p, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, model.Cause(model.ErrCorrupt, "the saved web page is cut or damaged: %v", err)
		}
		pt, pp, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if err != nil || pt != "text/html" || root != "" && root != "text/html" {
			continue
		}
		return decodePart(p, p.Header, pp, limit)
	}
	return nil, model.Cause(model.ErrCorrupt, "the saved web page holds no page (text/html part)")
}

// decodePart reads a part's body: its transfer encoding undone, then its
// charset turned into UTF-8 (a page whose part names no charset is left to
// parse/html, which reads the page's own meta tag or tells GB18030).
func decodePart(r io.Reader, h textproto.MIMEHeader, params map[string]string, limit int64) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r) // line ends are skipped
	}
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		// Cut before its part's closing boundary, or not decodable: what
		// was read is not the whole page.
		return nil, model.Cause(model.ErrCorrupt, "the page inside the saved web page is cut or cannot be decoded: %v", err)
	}
	if limit > 0 && int64(len(raw)) > limit {
		return nil, model.Cause(model.ErrTooLarge, "the page inside the saved web page is over the %d-byte limit for text formats", limit)
	}
	if cs := params["charset"]; cs != "" && !mislabelled(cs, raw) {
		if e, _ := charset.Lookup(cs); e != nil {
			if u, err := e.NewDecoder().Bytes(raw); err == nil && !bytes.ContainsRune(u, utf8.RuneError) {
				return u, nil
			}
		}
	}
	return raw, nil // parse/html reads the page's own meta tag, or tells GB18030
}

// mislabelled tells a part whose charset says ASCII or Latin-1 (Word writes
// us-ascii for a page it thinks Western) but whose bytes are not ASCII: the
// label is wrong, and the page's own meta tag or its bytes tell better.
func mislabelled(cs string, raw []byte) bool {
	switch strings.ToLower(cs) {
	case "us-ascii", "ascii", "iso-8859-1", "latin1", "windows-1252":
	default:
		return false
	}
	for _, b := range raw {
		if b >= 0x80 {
			return true
		}
	}
	return false
}
