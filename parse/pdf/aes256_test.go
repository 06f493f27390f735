package pdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestPDFAES256 opens the AES-256 files that need no user password (qpdf's
// output, see testdata/pdf/README.md) and compares them with the files they
// were encrypted from.
func TestPDFAES256(t *testing.T) {
	tests := []struct{ file, source string }{
		{"encrypted-owner-aes256.pdf", "fpdf-uming.pdf"},                    // revision 6
		{"encrypted-owner-aes256-r5.pdf", "hand-ucs2.pdf"},                  // revision 5
		{"encrypted-owner-aes256-objstm.pdf", "chromium-report-zenhei.pdf"}, // object streams, cross-reference stream
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			doc := mustFixture(t, tc.file)
			src := mustFixture(t, tc.source)
			assert.Equal(t, src.Text(), doc.Text())
			assert.Equal(t, len(src.Tables), len(doc.Tables))
			assert.Equal(t, src.Title, doc.Title)
		})
	}
}

// TestPDFAES256Damaged: a file whose user key does not check out needs a
// password; a damaged key or damaged data is an error, not a panic.
func TestPDFAES256Damaged(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join(fixtures, "encrypted-owner-aes256.pdf"))
	if err != nil {
		t.Skip("fixture encrypted-owner-aes256.pdf missing")
	}
	// /U and /UE are hex strings in qpdf's output: <hash32 salt8 salt8>.
	entry := func(key string) int {
		i := bytes.Index(orig, []byte("/"+key+" <"))
		require.GreaterOrEqual(t, i, 0, key)
		return i + len(key) + 3
	}
	flip := func(at int) []byte {
		b := append([]byte(nil), orig...)
		if b[at] == '0' {
			b[at] = '1'
		} else {
			b[at] = '0'
		}
		return b
	}
	t.Run("validation salt changed: a password is needed", func(t *testing.T) {
		_, err := parseBytes(t, flip(entry("U")+2*32+1), parse.Options{})
		require.Error(t, err)
		assert.ErrorIs(t, err, parse.ErrEncrypted)
	})
	t.Run("UE changed: a wrong key gives garbage, not a panic", func(t *testing.T) {
		_, err := parseBytes(t, flip(entry("UE")+3), parse.Options{})
		require.Error(t, err)
	})
	t.Run("stream data cut short", func(t *testing.T) {
		b := append([]byte(nil), orig...)
		i := bytes.Index(b, []byte("stream\n"))
		require.GreaterOrEqual(t, i, 0)
		copy(b[i+7:i+40], bytes.Repeat([]byte{0}, 33))
		_, _ = parseBytes(t, b, parse.Options{})
	})
}
