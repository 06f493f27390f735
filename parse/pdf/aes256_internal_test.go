package pdf

import (
	"os"
	"testing"
)

// FuzzDecryptAES256 feeds the in-place decryption mutated AES-256 files:
// it must return, without panicking, a file of the same length or an error.
func FuzzDecryptAES256(f *testing.F) {
	for _, name := range []string{"encrypted-owner-aes256-r5.pdf", "encrypted-user-aes256.pdf"} {
		if data, err := os.ReadFile("../../testdata/pdf/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Filter /Standard /V 5 /R 6 /U <00> /UE <00> >> endobj\n2 0 obj << /Length 3 0 R >> stream\nxx\nendstream endobj\n3 0 obj 99999 endobj\ntrailer << /Encrypt 1 0 R >>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := decryptAES256(data)
		if err == nil && len(out) != len(data) {
			t.Fatalf("decrypted file is %d bytes, not %d", len(out), len(data))
		}
	})
}
