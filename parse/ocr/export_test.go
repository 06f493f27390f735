package ocr

import "sync/atomic"

// Counters for TestOncePerFile, which lives in package ocr_test (it parses
// through package parse, which imports this one).
var AvailCalls, PDFWrites *atomic.Int64 = &availCalls, &pdfWrites
