// Package model is what every format reader of zhenggai's parse stage
// shares: the document model (Document, Page, Paragraph, Table, Cell and
// Pos), the Builder a reader hands raw text to, Normalize, the date
// readers, the errors and the Options that bound a read, and Identify,
// which tells a built document's title, date and kind.
//
// It is a package of its own, below parse and the format packages
// (parse/pdf, parse/docx, parse/doc, parse/ofd, parse/html, parse/sheet,
// parse/text), so that each format package can build documents without importing parse,
// which imports them all to choose one by the content. It is called model,
// not doc, because doc is what every function names the document it holds.
// Callers outside parse do not import it: parse re-exports all of it under
// the same names (parse.Document is model.Document).
package model

import "context"

// Reader reads one format's bytes into a builder. It checks ctx between
// units of work (pages, sheets) and returns ctx.Err() when it is done. o
// has its defaults filled in (Options.WithDefaults).
type Reader func(ctx context.Context, data []byte, b *Builder, o Options) error
