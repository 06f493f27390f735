package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"regexp"
	"strconv"

	"github.com/zhenggai/zhenggai/parse/model"
)

// AES-256 encryption (the standard security handler's /V 5, revision 5 of
// Adobe's extension level 3 and revision 6 of PDF 2.0).
//
// github.com/ledongthuc/pdf opens RC4 and AES-128 files (V 1, 2 and 4) but
// not AES-256 ones. Files that open with the empty user password (an owner
// password alone restricts printing or copying; offices send such files)
// are decrypted here before the library sees them: every string and stream
// is decrypted in place, so that no object moves and the cross-reference
// table (or stream) stays right, and the /Encrypt entry of the trailer is
// blanked. A stream's decrypted data is shorter than its encrypted data; its
// /Length is rewritten in the same width and the bytes left over become
// spaces. A string whose decrypted form does not fit its place becomes empty
// (strings carry no text of the pages). A file that needs a user password
// is refused with model.ErrEncrypted.

var (
	encryptRefRE = regexp.MustCompile(`/Encrypt[ \t\r\n]*(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+R`)
	indirectRE   = regexp.MustCompile(`\b\d+[ \t\r\n]+\d+[ \t\r\n]+R\b`)
	lengthRE     = regexp.MustCompile(`/Length[ \t\r\n]*(\d+)(?:[ \t\r\n]+(\d+)[ \t\r\n]+R\b)?`)
	typeXRefRE   = regexp.MustCompile(`/Type[ \t\r\n]*/XRef\b`)
	typeMetaRE   = regexp.MustCompile(`/Type[ \t\r\n]*/Metadata\b`)
	v5RE         = regexp.MustCompile(`/V[ \t\r\n]+5\b`)
)

// decryptAES256 returns data decrypted when it is encrypted with AES-256
// (V 5) and opens with the empty user password, data itself when it is not
// so encrypted, and an error wrapping model.ErrEncrypted when it needs a
// password or its encryption is damaged.
func decryptAES256(data []byte) ([]byte, error) {
	if !bytes.Contains(data, []byte("/Encrypt")) {
		return data, nil
	}
	tail := data[max(0, len(data)-maxTrailerScan*4):]
	m := encryptRefRE.FindSubmatch(tail)
	if m == nil {
		// The trailer may be the dictionary of a cross-reference stream
		// anywhere in the file.
		all := encryptRefRE.FindAllSubmatch(data, -1)
		if len(all) == 0 {
			return data, nil
		}
		m = all[len(all)-1]
	}
	objs := objectOffsets(data)
	encNum := atoi(m[1])
	off, ok := objs[encNum]
	if !ok {
		return data, nil
	}
	body := objectBody(data, off)
	if !v5RE.Match(body) {
		return data, nil // RC4 and AES-128: the library's
	}
	enc, err := readEncryptDict(body)
	if err != nil {
		return nil, model.Cause(model.ErrEncrypted, "AES-256 encryption: %v", err)
	}
	key, err := enc.fileKey()
	if err != nil {
		return nil, err
	}
	return decryptInPlace(data, objs, encNum, enc, key)
}

// encryptDict is what the reader needs of a V 5 encryption dictionary.
type encryptDict struct {
	r                      int
	u, ue                  []byte
	strings, streams, meta bool // which are encrypted
}

func readEncryptDict(body []byte) (*encryptDict, error) {
	// References would break the key/value pairs of the lexer's
	// dictionary; none of the entries read here is one.
	l := csLexer{data: indirectRE.ReplaceAll(body, []byte("null"))}
	tok, _, ok := l.next(0)
	if !ok || tok.kind != csDict {
		return nil, fmt.Errorf("no encryption dictionary")
	}
	num := func(k string) int {
		if v, ok := tok.dictGet(k); ok && v.kind == csNum {
			return int(v.num)
		}
		return 0
	}
	str := func(k string) []byte {
		if v, ok := tok.dictGet(k); ok && v.kind == csString {
			return []byte(v.s)
		}
		return nil
	}
	if f, ok := tok.dictGet("Filter"); !ok || f.kind != csName || f.s != "Standard" {
		return nil, fmt.Errorf("security handler is not the standard one")
	}
	e := &encryptDict{r: num("R"), u: str("U"), ue: str("UE"), strings: true, streams: true, meta: true}
	if e.r != 5 && e.r != 6 {
		return nil, fmt.Errorf("revision %d", e.r)
	}
	if len(e.u) < 48 || len(e.ue) < 32 {
		return nil, fmt.Errorf("malformed U or UE entry")
	}
	if v, ok := tok.dictGet("EncryptMetadata"); ok && v.kind == csBool && v.num == 0 {
		e.meta = false
	}
	// Crypt filters: Identity leaves strings or streams as they are;
	// anything else must be AESV3.
	cf, _ := tok.dictGet("CF")
	filter := func(k string) (bool, error) {
		v, ok := tok.dictGet(k)
		if !ok || v.kind != csName || v.s == "Identity" {
			return !ok, nil // absent: Identity by default in V 4, but V 5 writers always name one
		}
		f, ok := cf.dictGet(v.s)
		if !ok {
			return false, fmt.Errorf("crypt filter %s is not defined", v.s)
		}
		if m, ok := f.dictGet("CFM"); !ok || m.kind != csName || m.s != "AESV3" {
			return false, fmt.Errorf("crypt filter %s is not AESV3", v.s)
		}
		return true, nil
	}
	var err error
	if e.strings, err = filter("StrF"); err != nil {
		return nil, err
	}
	if e.streams, err = filter("StmF"); err != nil {
		return nil, err
	}
	return e, nil
}

// fileKey derives the file encryption key from the empty user password
// (ISO 32000-2, 7.6.4.3.3 and the hash of 7.6.4.3.4).
func (e *encryptDict) fileKey() ([]byte, error) {
	hashU := e.u[:32]
	validationSalt, keySalt := e.u[32:40], e.u[40:48]
	if !bytes.Equal(e.hash(nil, validationSalt), hashU) {
		return nil, model.Cause(model.ErrEncrypted, "the PDF needs a user password to open")
	}
	kek := e.hash(nil, keySalt)
	block, err := aes.NewCipher(kek)
	if err != nil {
		return nil, model.Cause(model.ErrEncrypted, "AES-256 encryption: %v", err)
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(key, e.ue[:32])
	return key, nil
}

// hash is the password hash of revision 5 (one SHA-256) or 6 (rounds of
// AES-128 and SHA-2 chosen by the data) for password, salt and the user key
// data udata (empty when checking the user password).
func (e *encryptDict) hash(password, salt []byte) []byte {
	var udata []byte
	first := sha256.New()
	first.Write(password)
	first.Write(salt)
	first.Write(udata)
	k := first.Sum(nil)
	if e.r == 5 {
		return k
	}
	hashes := [3]hash.Hash{sha256.New(), sha512.New384(), sha512.New()}
	for round := 0; ; round++ {
		one := make([]byte, 0, len(password)+len(k)+len(udata))
		one = append(append(append(one, password...), k...), udata...)
		k1 := bytes.Repeat(one, 64)
		block, _ := aes.NewCipher(k[:16])
		ct := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(ct, k1)
		sum := 0
		for _, c := range ct[:16] {
			sum += int(c)
		}
		h := hashes[sum%3]
		h.Reset()
		h.Write(ct)
		k = h.Sum(nil)
		if round >= 63 && int(ct[len(ct)-1]) <= round+1-32 {
			break
		}
	}
	return k[:32]
}

// objectOffsets maps object numbers to the offset of their last
// definition, found by scanning for "N G obj".
func objectOffsets(data []byte) map[int]int {
	objs := map[int]int{}
	for _, m := range objHeadRE.FindAllSubmatchIndex(data, -1) {
		if n := atoi(data[m[2]:m[3]]); n > 0 {
			objs[n] = m[1]
		}
	}
	return objs
}

// objectBody returns the bytes after "obj" up to "stream" or "endobj".
func objectBody(data []byte, off int) []byte {
	b := data[off:min(len(data), off+maxTrailerScan*4)]
	if i := bytes.Index(b, []byte("endobj")); i >= 0 {
		b = b[:i]
	}
	if i := bytes.Index(b, []byte("stream")); i >= 0 {
		b = b[:i]
	}
	return b
}

// decryptInPlace decrypts every string and stream of the objects found by
// scanning, in place.
func decryptInPlace(data []byte, objs map[int]int, encNum int, e *encryptDict, key []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, model.Cause(model.ErrEncrypted, "AES-256 encryption: %v", err)
	}
	out := append([]byte(nil), data...)
	heads := objHeadRE.FindAllSubmatchIndex(data, -1)
	var streamSpans [][2]int
	done := 0 // the end of the last object read: heads inside it are not objects
	for i, h := range heads {
		if h[0] < done {
			continue
		}
		num := atoi(data[h[2]:h[3]])
		end := len(data)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		if j := bytes.Index(data[h[1]:end], []byte("endobj")); j >= 0 {
			end = h[1] + j
		}
		if num == encNum {
			done = end
			continue
		}
		span, err := decryptObject(out, data, h[1], end, objs, e, block)
		if err != nil {
			return nil, err
		}
		if span[1] > span[0] {
			streamSpans = append(streamSpans, span)
			// A stream's data may hold "endobj" or "N G obj" by chance.
			if j := bytes.Index(data[span[1]:], []byte("endobj")); j >= 0 {
				end = span[1] + j
			}
		}
		done = end
	}
	// The trailers no longer point at the encryption dictionary.
	for _, m := range encryptRefRE.FindAllIndex(data, -1) {
		inStream := false
		for _, s := range streamSpans {
			if m[0] >= s[0] && m[0] < s[1] {
				inStream = true
				break
			}
		}
		if !inStream {
			for k := m[0]; k < m[1]; k++ {
				out[k] = ' '
			}
		}
	}
	return out, nil
}

// decryptObject decrypts the strings and the stream of the object whose
// body is data[start:end], writing into out. It returns the span of the
// stream's data (empty without one).
func decryptObject(out, data []byte, start, end int, objs map[int]int, e *encryptDict, block cipher.Block) ([2]int, error) {
	l := csLexer{data: data[:end], pos: start}
	for {
		l.skipSpace()
		if l.pos >= end {
			return [2]int{}, nil
		}
		c := data[l.pos]
		switch {
		case c == '/':
			l.pos++
			l.readName()
		case c == '<' && l.pos+1 < end && data[l.pos+1] == '<':
			l.pos += 2
		case c == '(' || c == '<':
			s0 := l.pos
			l.pos++
			var s string
			if c == '(' {
				s = l.readLiteral()
			} else {
				s = l.readHex()
			}
			if e.strings {
				writeString(out[s0:l.pos], decryptBytes(block, []byte(s)))
			}
		case bytes.HasPrefix(data[l.pos:end], []byte("stream")):
			return decryptStream(out, data, start, l.pos, objs, e, block)
		default:
			l.pos++
		}
	}
}

// decryptStream decrypts the data of the stream whose keyword is at kw.
func decryptStream(out, data []byte, start, kw int, objs map[int]int, e *encryptDict, block cipher.Block) ([2]int, error) {
	dict := data[start:kw]
	ds := kw + len("stream")
	if ds < len(data) && data[ds] == '\r' {
		ds++
	}
	if ds < len(data) && data[ds] == '\n' {
		ds++
	}
	m := lengthRE.FindSubmatchIndex(dict)
	if m == nil {
		return [2]int{}, model.Cause(model.ErrCorrupt, "a stream without /Length")
	}
	// The digits holding the length: in the dictionary, or in the object
	// a reference names.
	lenAt := [2]int{start + m[2], start + m[3]}
	if m[4] >= 0 {
		off, ok := objs[atoi(dict[m[2]:m[3]])]
		if !ok {
			return [2]int{}, model.Cause(model.ErrCorrupt, "a stream's /Length object is missing")
		}
		l := csLexer{data: data, pos: off}
		l.skipSpace()
		d0 := l.pos
		for l.pos < len(data) && data[l.pos] >= '0' && data[l.pos] <= '9' {
			l.pos++
		}
		lenAt = [2]int{d0, l.pos}
	}
	n := atoi(data[lenAt[0]:lenAt[1]])
	if lenAt[1] == lenAt[0] || n < 0 || ds+n > len(data) {
		return [2]int{}, model.Cause(model.ErrCorrupt, "a stream's /Length is wrong")
	}
	span := [2]int{ds, ds + n}
	if !e.streams || typeXRefRE.Match(dict) || (!e.meta && typeMetaRE.Match(dict)) {
		return span, nil
	}
	plain := decryptBytes(block, data[ds:ds+n])
	copy(out[ds:], plain)
	for k := ds + len(plain); k < ds+n; k++ {
		out[k] = ' '
	}
	digits := strconv.Itoa(len(plain))
	if len(digits) > lenAt[1]-lenAt[0] {
		return [2]int{}, model.Cause(model.ErrCorrupt, "a stream's /Length is wrong")
	}
	w := copy(out[lenAt[0]:lenAt[1]], digits)
	for k := lenAt[0] + w; k < lenAt[1]; k++ {
		out[k] = ' '
	}
	return span, nil
}

// decryptBytes decrypts AES-256-CBC data with its IV in front and removes
// the padding; damaged data gives nothing.
func decryptBytes(block cipher.Block, b []byte) []byte {
	if len(b) < 2*aes.BlockSize || len(b)%aes.BlockSize != 0 {
		return nil
	}
	plain := make([]byte, len(b)-aes.BlockSize)
	cipher.NewCBCDecrypter(block, b[:aes.BlockSize]).CryptBlocks(plain, b[aes.BlockSize:])
	pad := int(plain[len(plain)-1])
	if pad == 0 || pad > aes.BlockSize {
		return nil
	}
	return plain[:len(plain)-pad]
}

// writeString writes s over the string token in place, as a hex string
// when that fits and as empty otherwise, padded with spaces.
func writeString(place, s []byte) {
	hex := fmt.Sprintf("<%X>", s)
	if len(hex) > len(place) {
		hex = "<>"
	}
	w := copy(place, hex)
	for k := w; k < len(place); k++ {
		place[k] = ' '
	}
}
