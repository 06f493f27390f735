package pdf

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
)

// raiseOwnPanics makes panicError panic again for a panic raised in this
// package's own code. Only the fuzz tests set it: in use, every panic while
// reading a PDF, the library's or ours, becomes an error of that file; under
// fuzzing a panic of ours is a bug the fuzzer must see.
var raiseOwnPanics atomic.Bool

// panicError turns p, a value recovered while reading a PDF, into an error
// (see raiseOwnPanics).
func panicError(p any) error {
	if raiseOwnPanics.Load() && panickedInParse() {
		panic(p)
	}
	return fmt.Errorf("%v", p)
}

// panickedInParse tells, from inside a deferred function that recovered a
// panic, whether the panic was raised in parse's own code (this package,
// parse/model it builds with, or any other package under parse): the first
// frame below the runtime's panic machinery is one of ours.
func panickedInParse() bool {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(0, pcs)])
	inPanic := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			inPanic = true
		case inPanic && !strings.HasPrefix(f.Function, "runtime."):
			return strings.HasPrefix(f.Function, "github.com/zhenggai/zhenggai/parse.") ||
				strings.HasPrefix(f.Function, "github.com/zhenggai/zhenggai/parse/")
		}
		if !more {
			return false
		}
	}
}
