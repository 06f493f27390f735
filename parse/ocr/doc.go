// Package ocr recognises the text of page images — the pages of a scanned
// PDF with no text layer and image files (JPEG, PNG, TIFF) — with Tesseract
// and its simplified-Chinese model (Debian packages tesseract-ocr and
// tesseract-ocr-chi-sim; scanned PDFs are rendered by pdftoppm from
// poppler-utils). Without them every call fails with model.ErrNoOCR, whose
// message names what to install.
//
// # Engine: the command line, not the C API
//
// Tesseract is run as a command (tesseract stdin stdout -l chi_sim tsv), one
// process per page, rather than through its C API (gosseract, cgo,
// libtesseract-dev). Measured on two 300-dpi pages of a sample report on this
// two-core machine under load, one thread each (OMP_THREAD_LIMIT=1): the C API
// took 3.7 s of CPU for both pages, the command 4.4 s — the command loads the
// 50 MB model again for each page, some 0.35 s, about a tenth of a page's
// recognition; the text and the word confidences are the same. For that
// tenth the command gives: a build without cgo or Tesseract's headers (the
// binary builds and runs on a machine without Tesseract, and says what to
// install only when a scan arrives), a page that runs past its time limit or
// whose context is cancelled is killed outright (the C API cannot be
// interrupted mid-page, and a page it hangs on would hold its goroutine and
// its memory until the process exits), and a crash of Tesseract or
// Leptonica on a hostile image fails one page instead of the server.
// Tesseract's own threads are turned off (OMP_THREAD_LIMIT=1): with them the
// same page took three times as long in wall time on the loaded machine;
// pages run in parallel instead, one process each.
//
// # Before recognition
//
// PDF pages are rendered in colour, so that seals can be told by it. The
// page is turned into grey levels and red seals (公章) are removed by
// colour: a pixel whose red channel exceeds both others by a margin takes
// the grey its red channel gives (the page seen through a red filter: the
// seal's ink turns white, black text under it stays black). On the sealed
// fixture the character accuracy is 0.874 without the removal and 0.983
// with it (TestSealRemoval).
//
// Tesseract's Chinese model misreads large characters: the page is then
// scaled down until its characters are about 40 pixels tall (scale.go,
// which gives the measurements).
//
// Skew is then corrected (deskew.go): the angle is the one at which the
// dark pixels, sheared onto the vertical axis, pile up into the sharpest
// rows, and the page is turned by it when it is 0.3° or more. Tesseract's
// layout analysis copes with small angles by itself, and turning the page
// at 300 dpi made it worse (0.958 against 0.965 on the skewed fixture: the
// resampling blurs the strokes), but turned after the scaling it helped
// on every page tried: the skewed fixture 0.986 → 0.993, pages 2 and 4 of
// a scanned sample report, turned by ∓1.5°, 0.994 → 0.998 and 0.995 →
// 0.998.
//
// # Bounds
//
// An image over MaxPixels is refused before it is decoded (its size is read
// from the header), a PDF page is rendered at a resolution that keeps it
// under MaxPixels, and Tesseract's output is read up to a limit. The
// options of the file (model.Options) bound the time of each page
// (OCRPageTimeout, for rendering and recognition), of all the scanned pages
// of a file (OCRTimeout, kept by the caller) and how many are recognised
// (OCRMaxPages); past a time limit the error says, in Chinese, which.
//
// # Once per file
//
// New looks for Tesseract once per file; Engine.PDF writes a scanned PDF to
// a temporary file once, and pdftoppm renders each page from it.
//
// # Reading order and confidence
//
// Text comes in Tesseract's reading order (blocks, then paragraphs, then
// lines); a Tesseract paragraph is one model paragraph, split where a line
// starts with an indent. Each word keeps its confidence (0–100): the page's
// confidence is the mean over its words, and the words under LowConfidence
// are recorded on the page (model.Page.LowConfidence), so a figure read
// from them can be flagged as uncertain.
package ocr
