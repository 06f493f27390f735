package pdf_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

const security = "../../testdata/security"

// prevLoop is a two-revision file whose second trailer's /Prev leads to
// the first and the first's back to the second; the first trailer also
// holds a nested dictionary with a /Prev of its own, which is not the
// trailer's.
func prevLoop() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	o1 := b.Len()
	b.WriteString("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	o2 := b.Len()
	b.WriteString("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
	x1 := b.Len()
	fmt.Fprintf(&b, "xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", o1, o2)
	// The second section's offset is known once the first is written: the
	// first trailer is padded to a fixed length.
	x2 := x1 + 3*20 + len("xref\n0 3\n") + 120
	tr := fmt.Sprintf("trailer\n<< /Size 3 /Root 1 0 R /Info << /Prev 1 >> /Prev %d >>\n", x2)
	b.WriteString(tr + strings.Repeat(" ", x2-b.Len()-len(tr)-1) + "\n")
	fmt.Fprintf(&b, "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", x1, x2)
	return b.Bytes()
}

// objStmLoop is a file with a cross-reference stream in which object 3,
// the object stream holding the page tree, is said to lie inside object 3.
func objStmLoop() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	o1 := b.Len()
	b.WriteString("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	o4 := b.Len()
	var rows bytes.Buffer
	for _, e := range [][3]int{{0, 0, 65535}, {1, o1, 0}, {2, 3, 0}, {2, 3, 1}, {1, o4, 0}} {
		rows.WriteByte(byte(e[0]))
		_ = binary.Write(&rows, binary.BigEndian, uint32(e[1]))
		_ = binary.Write(&rows, binary.BigEndian, uint16(e[2]))
	}
	fmt.Fprintf(&b, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", rows.Len())
	b.Write(rows.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", o4)
	return b.Bytes()
}

// settle waits up to a second for the goroutines started by a parse to
// end and returns how many are left above before.
func settle(before int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 100 && n > before; i++ {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n - before
}

// TestPDFReferenceLoops: files whose references loop — the xref /Prev
// chain (the 629-byte file of the security probe, which kept a core busy
// after its 60 s time limit), a page tree whose /Kids lead back to an
// ancestor, an object stream inside itself (which overflowed the stack) —
// are answered at once, and nothing keeps running afterwards.
func TestPDFReferenceLoops(t *testing.T) {
	file := func(name string) func(t *testing.T) []byte {
		return func(t *testing.T) []byte {
			data, err := os.ReadFile(security + "/" + name)
			require.NoError(t, err)
			return data
		}
	}
	gen := func(f func() []byte) func(*testing.T) []byte { return func(*testing.T) []byte { return f() } }
	for _, tc := range []struct {
		name    string
		data    func(*testing.T) []byte
		corrupt bool   // refused as damaged
		want    string // in the message
	}{
		{"xref-prev-loop.pdf", file("xref-prev-loop.pdf"), true, "/Prev leads back"},
		{"prev-loop-two-sections", gen(prevLoop), true, "/Prev leads back"},
		{"object-stream-in-itself", gen(objStmLoop), true, "object stream 3"},
		{"kids-cycle2.pdf", file("kids-cycle2.pdf"), false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data(t)
			before := runtime.NumGoroutine()
			start := time.Now()
			_, err := parse.Parse(context.Background(), "x.pdf", data, parse.Options{Timeout: 10 * time.Second})
			assert.Less(t, time.Since(start), 2*time.Second)
			if tc.corrupt {
				require.ErrorIs(t, err, parse.ErrCorrupt)
				assert.Contains(t, err.Error(), tc.want)
			}
			assert.LessOrEqual(t, settle(before), 0, "goroutines left running") // fewer is no leak: another test's goroutine may end meanwhile
		})
	}
}

// busyPDF is a small file that costs seconds of interpretation: form
// XObjects nested eight deep, each drawing the next four times, the
// innermost made of thousands of operators.
func busyPDF() []byte {
	inner := strings.Repeat("1 0 0 1 0 0 cm\n", 20000)
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	_, _ = w.Write([]byte(inner))
	_ = w.Close()
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>",
		synthStream("/X Do /X Do /X Do /X Do"),
	}
	for lvl := 0; lvl < 8; lvl++ {
		next := len(objs) + 2
		if lvl == 7 {
			objs = append(objs, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", z.Len(), z.String()))
			break
		}
		objs = append(objs, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X %d 0 R >> >> /Length 23 >>\nstream\n/X Do /X Do /X Do /X Do\nendstream", next))
	}
	return synth(objs...)
}

// TestPDFTimeoutStopsTheWork: when the time is up the interpretation
// stops, not only the wait for it: no goroutine is left running.
func TestPDFTimeoutStopsTheWork(t *testing.T) {
	data := busyPDF()
	before := runtime.NumGoroutine()
	start := time.Now()
	_, err := parse.Parse(context.Background(), "x.pdf", data, parse.Options{Timeout: 200 * time.Millisecond})
	require.ErrorIs(t, err, parse.ErrTimeout)
	assert.Less(t, time.Since(start), 2*time.Second)
	time.Sleep(100 * time.Millisecond)
	assert.Zero(t, runtime.NumGoroutine()-before, "goroutines left running")
}
