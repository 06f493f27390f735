package index

import zapx "github.com/blevesearch/zapx/v17"

// zapx sizes the buffer of each new segment from the last segment it built:
// the last one's bytes a document × (this batch's documents + 100). After a
// single large document (a report at the text bound makes a segment of some
// 6.6 MB) the next batch, even of one small document, took some 660 MB at
// once: serve's peak went past 1 GB on a PDF of a few hundred bytes
// uploaded after such a report (scripts/attack-serve.sh). With the factor
// 0 nothing is reserved ahead: the buffer grows as the segment is written.
// The variable is zapx's, meant to be set by the application; this package
// is the only one here that writes an index.
func init() { zapx.NewSegmentBufferNumResultsFactor = 0 }
