package pdf

// RaiseOwnPanics sets raiseOwnPanics for the fuzz target, which lives in
// package pdf_test.
func RaiseOwnPanics(on bool) { raiseOwnPanics.Store(on) }
