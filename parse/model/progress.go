package model

import "context"

type progressKey struct{}

// WithProgress returns ctx carrying fn, which a reader that recognises
// scanned pages calls as it goes: done of total pages recognised (0 of
// total before the first). parse.WithProgress sets it for a file.
func WithProgress(ctx context.Context, fn func(done, total int)) context.Context {
	return context.WithValue(ctx, progressKey{}, fn)
}

// ProgressOf returns the function WithProgress put in ctx, or one that does
// nothing.
func ProgressOf(ctx context.Context) func(done, total int) {
	if fn, ok := ctx.Value(progressKey{}).(func(done, total int)); ok && fn != nil {
		return fn
	}
	return func(int, int) {}
}
