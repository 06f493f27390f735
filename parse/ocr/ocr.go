package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Bounds and settings of recognition.
const (
	// DPI is the resolution scanned PDF pages are rendered at.
	DPI = 300
	// MaxPixels bounds an image (width × height) before it is decoded, and
	// a rendered PDF page: an A2 sheet at 300 dpi, a 48-megapixel photo.
	// Decoding alone takes 4 bytes a pixel and recognition time grows with
	// the area, so a 100-megapixel image is refused from its header.
	MaxPixels = 50_000_000
	// LowConfidence is the word confidence (0–100) under which a word's
	// span is recorded as read with low confidence.
	LowConfidence = 75.0
	// Lang is the Tesseract model used.
	Lang = "chi_sim"
	// maxOutput bounds what is read of Tesseract's or pdftoppm's output.
	maxOutput = 64 << 20
)

var (
	availMu sync.Mutex
	avail   bool
	// availCalls counts the calls of Available (TestOncePerFile).
	availCalls atomic.Int64
)

// Engine recognises the pages of one file within the file's bounds
// (model.Options: OCRPageTimeout). New makes one after checking, once for
// the file, that Tesseract is installed.
type Engine struct {
	pageTimeout time.Duration
}

// New returns an Engine for one file read with o, or an error wrapping
// model.ErrNoOCR when Tesseract or its Chinese model is missing.
func New(o model.Options) (*Engine, error) {
	if err := Available(); err != nil {
		return nil, err
	}
	return &Engine{pageTimeout: o.WithDefaults().OCRPageTimeout}, nil
}

// Available returns nil when Tesseract and its simplified-Chinese model are
// installed, else an error wrapping model.ErrNoOCR. A success is
// remembered; a failure is checked again at the next call.
func Available() error {
	availCalls.Add(1)
	availMu.Lock()
	defer availMu.Unlock()
	if avail {
		return nil
	}
	if _, err := exec.LookPath("tesseract"); err != nil {
		return model.Cause(model.ErrNoOCR, "未找到 tesseract 命令")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "tesseract", "--list-langs").CombinedOutput()
	if err != nil {
		return model.Cause(model.ErrNoOCR, "tesseract --list-langs 失败：%v", err)
	}
	for _, l := range strings.Fields(string(out)) {
		if l == Lang {
			avail = true
			return nil
		}
	}
	return model.Cause(model.ErrNoOCR, "tesseract 没有简体中文模型 %s", Lang)
}

// run runs a command with stdin as its input and returns its standard
// output, read up to maxOutput bytes. The command is killed when ctx is
// done.
func run(ctx context.Context, stdin []byte, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.Stdin = bytes.NewReader(stdin)
	var out limitedBuffer
	var stderr limitedBuffer
	out.max, stderr.max = maxOutput, 4096
	cmd.Stdout, cmd.Stderr = &out, &stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if out.over {
		return nil, model.Cause(model.ErrTooLarge, "%s wrote more than %d bytes", name, maxOutput)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 300 {
			msg = msg[:300]
		}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("%s failed (%v): %s", name, err, msg)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out.Bytes(), nil
}

// limitedBuffer keeps up to max bytes and then fails the writes.
type limitedBuffer struct {
	bytes.Buffer
	max  int
	over bool
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if l.Len()+len(p) > l.max {
		l.over = true
		return 0, errors.New("output over the limit")
	}
	return l.Buffer.Write(p)
}

// tesseract recognises a greyscale image given as a binary PGM, at dpi (0:
// unknown, Tesseract estimates it), and returns its TSV output.
func tesseract(ctx context.Context, pgm []byte, dpi int) ([]byte, error) {
	args := []string{"stdin", "stdout", "-l", Lang, "--psm", "3"}
	if dpi > 0 {
		args = append(args, "--dpi", strconv.Itoa(dpi))
	}
	args = append(args, "tsv")
	return run(ctx, pgm, "tesseract", args...)
}
