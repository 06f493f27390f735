// Package index keeps past reports, minutes and ledgers in a full-text index
// (bleve v2, scorch) and searches them: every word or phrase of two
// characters or more is found wherever the text holds it, parts of words
// included, by the text's character bigrams (see literalQuery), and ranked
// by the Chinese words jieba finds in the text (internal/seg, see
// Tokenizer); several terms are all required, OR and NOT combine them;
// filters by kind, unit (part of a name) and date, facets, hits by
// relevance or date, highlighted fragments and numeric ranges over the
// claims each report makes (meetings_total:>=10, problems_rate:<90).
//
// It also finds copied paragraphs (the rule text.copied): each paragraph of
// at least MinCopyRunes characters is summarised at index time by a MinHash
// signature over its character bigrams, stored as locality-sensitive band
// terms; a report's paragraphs are looked up by their bands and the
// candidates confirmed with a difflib-style ratio (see Ratio). *Index
// implements verify.Index.
//
// # Documents
//
// A document is one file. Its key is its absolute path: indexing the same
// path again replaces the document when the content changed and does nothing
// when it did not (the content's SHA-256 is the document id shown in search
// results). A document holds the file's pages (paragraphs separated by
// newlines) in the text field, its title, date, kind (report, minutes, ledger, other), unit and
// round, and its claim values, searchable as numeric ranges (see ClaimFields). The unit comes
// from case.json when the file lies in a case folder, else from the title
// (中共XX局党组关于… gives 中共XX局党组).
//
// # Crash safety
//
// Documents are written in batches; scorch persists a batch before Batch
// returns, and AddPaths reports a document as indexed only after its batch
// returned, so an index whose writer was killed reopens with every document
// it had reported.
package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/cjk" // registers the "cjk" analyzer (Options.Analyzer)
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// formatVersion is stored in every index and checked on open; it changes
// when the fields or their analysis change.
const formatVersion = "zhenggai-index/5"

// ErrFormat is the error (wrapped) of Open for an index written by another
// version of this package: its fields or analysis differ, and it must be
// built again from its files.
var ErrFormat = errors.New("索引由其他版本写成")

const (
	internalVersionKey  = "zhenggai.version"
	internalAnalyzerKey = "zhenggai.analyzer"
)

// Field names of an indexed document.
const (
	FieldID         = "id"         // SHA-256 of the file's content
	FieldPath       = "path"       // absolute path: the document's key
	FieldFile       = "file"       // the path shown to users
	FieldKind       = "kind"       // report, minutes, ledger, other
	FieldUnit       = "unit"       // the unit that wrote the document
	FieldUnitGroup  = "unitgroup"  // the unit's name without 中共, 党组, 党委 (UnitGroup), for the facet
	FieldUnitGrams  = "unitgrams"  // the unit's characters and bigrams (eachUnitGram), for the unit filter: indexed, not stored
	FieldRound      = "round"      // the inspection round (case.json)
	FieldTitle      = "title"      // the document's title
	FieldDate       = "date"       // YYYY-MM-DD
	FieldYear       = "year"       // YYYY, for facets
	FieldText       = "text"       // the pages' text, joined by newlines: indexed, not stored
	FieldGrams      = "grams"      // the same text's bigrams of letters and digits (see literalQuery): indexed with positions, not stored
	FieldPunctGrams = "punctgrams" // its other bigrams, with punctuation or a symbol: indexed without positions, not stored
	FieldPages      = "pages"      // the pages' text, one value per page: stored, not indexed
	FieldTextHash   = "texthash"   // SHA-256 of the normalised text
	FieldFormat     = "format"     // pdf, docx, …
	FieldLSH        = "lsh"        // MinHash band terms of long paragraphs
	// FieldClaims holds a term for each claim value (see claimTerm and
	// ClaimFields): indexed, not stored.
	FieldClaims = "claims"
	// FieldClaimValues holds the claim values readably
	// ("meetings_work=13 problems_rate=85"): stored, not indexed.
	FieldClaimValues = "claimvalues"
)

// Options tune Open.
type Options struct {
	// Analyzer analyses the text and title fields of a new index:
	// AnalyzerSearch (the default), or bleve's "cjk" (bigrams) for
	// comparison. An existing index keeps the analyzer it was built with.
	Analyzer string
	// Parse bounds the work done on each file parsed (by Add and AddPaths).
	Parse parse.Options
}

// Index is an open index. Its methods are safe for concurrent use; one
// process at a time may open an index (bleve locks it).
type Index struct {
	bi  *live
	dir string
	// an is the analyzer of the text fields.
	an string
	// parse bounds Add's parsing (Options.Parse).
	parse parse.Options
	// writeMu serialises writers (AddPaths, Add, Delete), so that the check
	// "is this content already indexed" and the write that follows it are
	// not interleaved with another writer's.
	writeMu sync.Mutex
	// facets holds the facet terms of the documents (see Search).
	facets facetCache
	// failBatch, if set (by tests), is called before a batch is written; an
	// error it returns (or a panic) is the write's.
	failBatch func() error
}

// Open opens the index in dir, creating it (and dir) if it does not exist.
func Open(dir string) (*Index, error) { return OpenWith(dir, Options{}) }

// OpenWith is Open with options.
func OpenWith(dir string, opt Options) (*Index, error) {
	if err := seg.Init(); err != nil {
		return nil, fmt.Errorf("index: segmenter: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
		bi, err := bleve.OpenUsing(dir, scorchConfig())
		if err != nil {
			return nil, fmt.Errorf("索引 %s：%w", dir, err)
		}
		v, err := bi.GetInternal([]byte(internalVersionKey))
		if err != nil || string(v) != formatVersion {
			bi.Close()
			if err == nil {
				err = fmt.Errorf("%w（%q，本程序读取 %q）：请删除该文件夹后重新索引", ErrFormat, v, formatVersion)
			}
			return nil, fmt.Errorf("索引 %s：%w", dir, err)
		}
		an, _ := bi.GetInternal([]byte(internalAnalyzerKey))
		return &Index{bi: &live{bi: bi, dir: dir}, dir: dir, an: string(an), parse: opt.Parse}, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("索引 %s：%w", dir, err)
	}
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return nil, fmt.Errorf("索引 %s：不是文件夹", dir)
		}
		ents, _ := os.ReadDir(dir)
		if len(ents) > 0 {
			return nil, fmt.Errorf("索引 %s：文件夹不为空，且不是索引", dir)
		}
		// bleve wants to create the directory itself.
		if err := os.Remove(dir); err != nil {
			return nil, fmt.Errorf("索引 %s：%w", dir, err)
		}
	} else if err := os.MkdirAll(filepath.Dir(filepath.Clean(dir)), 0o755); err != nil {
		return nil, fmt.Errorf("索引 %s：%w", dir, err)
	}
	an := opt.Analyzer
	if an == "" {
		an = AnalyzerSearch
	}
	bi, err := bleve.NewUsing(dir, newMapping(an), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, scorchConfig())
	if err != nil {
		return nil, fmt.Errorf("索引 %s：%w", dir, err)
	}
	// The version goes last: an index without it is not opened.
	for _, kv := range [][2]string{{internalAnalyzerKey, an}, {internalVersionKey, formatVersion}} {
		if err := bi.SetInternal([]byte(kv[0]), []byte(kv[1])); err != nil {
			bi.Close()
			return nil, fmt.Errorf("索引 %s：%w", dir, err)
		}
	}
	return &Index{bi: &live{bi: bi, dir: dir}, dir: dir, an: an, parse: opt.Parse}, nil
}

// floorSegmentDocs is the size, in documents, below which scorch's merge
// planner counts a segment as this size. bleve's default, 2,000, is meant
// for small records; with reports of thousands of words and batches of
// 200, it kept 10,000 reports in 4 or 5 segments, merged again and again:
// 2 CPU-seconds of 19. With 500 they are 11 segments; searches took as long
// (200 queries: p99 34.6–35.5 ms against 33.8–34.3).
const floorSegmentDocs = 500

// scorchConfig is the configuration of scorch, for a new index and on
// every open (so that it applies to indexes made before it changed).
func scorchConfig() map[string]interface{} {
	return map[string]interface{}{
		"scorchMergePlanOptions": map[string]interface{}{"FloorSegmentSize": floorSegmentDocs},
	}
}

// Close closes the index.
func (x *Index) Close() error { return x.bi.Close() }

// analyzer returns the analyzer of the text fields.
func (x *Index) analyzer() string { return x.an }

// Dir returns the index's folder.
func (x *Index) Dir() string { return x.dir }

// Count returns the number of documents in the index.
func (x *Index) Count() (uint64, error) { return x.bi.DocCount() }

// newMapping builds the mapping of a new index whose text is analysed by
// textAnalyzer.
func newMapping(textAnalyzer string) mapping.IndexMapping {
	keywordF := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	// textF is a text field analysed by textAnalyzer, with term vectors
	// (positions, for phrases) when it is indexed.
	textF := func(index, store bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Index = index
		f.Store = store
		f.IncludeTermVectors = index
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	dm := mapping.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(FieldID, keywordF(true, false))
	dm.AddFieldMappingsAt(FieldPath, keywordF(true, false))
	dm.AddFieldMappingsAt(FieldFile, keywordF(true, false))
	dm.AddFieldMappingsAt(FieldKind, keywordF(true, true))
	dm.AddFieldMappingsAt(FieldUnit, keywordF(true, true))
	dm.AddFieldMappingsAt(FieldUnitGroup, keywordF(false, true))
	unitGrams := textF(true, false)
	unitGrams.Analyzer = AnalyzerUnitGrams
	dm.AddFieldMappingsAt(FieldUnitGrams, unitGrams)
	dm.AddFieldMappingsAt(FieldRound, keywordF(true, true))
	dm.AddFieldMappingsAt(FieldYear, keywordF(true, true))
	dm.AddFieldMappingsAt(FieldDate, keywordF(true, true)) // doc values: hits sorted by date
	dm.AddFieldMappingsAt(FieldTextHash, keywordF(true, false))
	dm.AddFieldMappingsAt(FieldFormat, keywordF(true, false))
	dm.AddFieldMappingsAt(FieldLSH, keywordF(false, false))
	dm.AddFieldMappingsAt(FieldTitle, textF(true, true))
	// The text is indexed as one value: a value per page would add an
	// array position to every term location. The pages are stored apart.
	text := textF(true, false)
	if textAnalyzer == AnalyzerSearch {
		// Its words only score: phrases are matched on the bigrams.
		text.Analyzer = AnalyzerText
		text.IncludeTermVectors = false
	}
	dm.AddFieldMappingsAt(FieldText, text)
	dm.AddFieldMappingsAt(FieldPages, textF(false, true))
	grams := textF(true, false)
	grams.Analyzer = AnalyzerGrams
	dm.AddFieldMappingsAt(FieldGrams, grams)
	punct := textF(true, false)
	punct.Analyzer = AnalyzerPunctGrams
	punct.IncludeTermVectors = false
	dm.AddFieldMappingsAt(FieldPunctGrams, punct)
	dm.AddFieldMappingsAt(FieldClaims, keywordF(false, false))
	dm.AddFieldMappingsAt(FieldClaimValues, textF(false, true))
	// No field is in the composite _all field; without it a field added
	// outside the mapping (textField) is not copied there either.
	dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	im := mapping.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = textAnalyzer
	im.DefaultField = FieldText
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

// Meta is what a document's file does not say about itself: where it lies
// in a case folder. Empty fields are filled from the document.
type Meta struct {
	// File is the path shown in results (default: the path).
	File  string
	Kind  parse.Kind
	Unit  string
	Round string
	Date  string
}

// record is a document as bleve indexes it.
type record map[string]interface{}

// contentID is a file's id: the SHA-256 of its content, in hex.
func contentID(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// buildRecord makes the record of a parsed file. key is its absolute path,
// id its contentID.
func buildRecord(key, id string, doc *parse.Document, m Meta) record {
	r := record{
		FieldID:       id,
		FieldPath:     key,
		FieldFormat:   string(doc.Format),
		FieldTextHash: textHash(doc),
	}
	file := m.File
	if file == "" {
		file = key
	}
	r[FieldFile] = file
	kind := m.Kind
	if kind == "" {
		kind = doc.Kind
	}
	if kind == "" {
		kind = parse.KindOther
	}
	r[FieldKind] = string(kind)
	unit := m.Unit
	if unit == "" {
		unit = extract.UnitFromTitle(doc.Title)
	}
	if unit != "" {
		r[FieldUnit] = unit
		r[FieldUnitGroup] = UnitGroup(unit)
		r[FieldUnitGrams] = newUnitGramsField(unit)
	}
	if m.Round != "" {
		r[FieldRound] = m.Round
	}
	if doc.Title != "" {
		r[FieldTitle] = doc.Title
	}
	date := doc.Date
	if date == "" {
		date = m.Date
	}
	if len(date) >= 4 {
		r[FieldDate] = date
		r[FieldYear] = date[:4]
	}
	if pages := pageTexts(doc); len(pages) > 0 {
		r[FieldText] = strings.Join(pages, "\n")
		r[FieldPages] = pages
	}
	if kind == parse.KindReport || kind == parse.KindOther {
		// Only these are compared by Copied: bands of minutes would take
		// the places of its candidates and then be dropped.
		var bands []string
		for _, p := range copyParagraphs(doc) {
			bands = append(bands, bandTerms(p.Text)...)
		}
		if len(bands) > 0 {
			r[FieldLSH] = bands
		}
		if terms, stored := claimTerms(claimValues(extract.ClaimsWith(doc, extract.Options{NoWords: true}))); len(terms) > 0 {
			r[FieldClaims] = terms
			r[FieldClaimValues] = stored
		}
	}
	return r
}

// pageTexts are the pages' text, in which paragraphs (and table rows) are
// separated by a newline; they are stored one value per page (FieldPages)
// and indexed joined by newlines (FieldText). Phrases do not run across
// paragraphs or pages: the newline leaves a gap in the positions (see
// Tokenizer).
func pageTexts(doc *parse.Document) []string {
	var out []string
	for _, p := range doc.Pages {
		if strings.TrimSpace(p.Text) != "" {
			out = append(out, p.Text)
		}
	}
	return out
}

// textHash identifies a document's text, whatever file it was read from.
func textHash(doc *parse.Document) string {
	// The hash of doc.Text(), its pages joined by form feeds, without
	// making that string.
	h := sha256.New()
	for i, p := range doc.Pages {
		if i > 0 {
			h.Write([]byte{'\f'})
		}
		io.WriteString(h, p.Text)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Key returns the key under which the file at path is indexed: its absolute,
// cleaned path.
func Key(path string) (string, error) {
	a, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.Clean(a), nil
}

// Add indexes one file's content under path (see Key), with meta. It returns
// the document's id and whether anything changed (false when the same
// content was already indexed under that path).
func (x *Index) Add(ctx context.Context, path string, data []byte, meta Meta) (id string, changed bool, err error) {
	return x.add(ctx, path, data, meta, func() (*parse.Document, error) { return parse.Parse(ctx, path, data, x.parse) })
}

// AddParsed is Add for a file the caller has parsed already (the report a
// check just read): the document is indexed as it is, not parsed again.
// doc must be the parse of data.
func (x *Index) AddParsed(ctx context.Context, path string, data []byte, doc *parse.Document, meta Meta) (id string, changed bool, err error) {
	return x.add(ctx, path, data, meta, func() (*parse.Document, error) { return doc, ctx.Err() })
}

// add indexes data under path unless that content is there already; doc
// gives its parse, asked for only when needed. The parse and the analysis
// are done before the index is locked for the write.
func (x *Index) add(ctx context.Context, path string, data []byte, meta Meta, doc func() (*parse.Document, error)) (_ string, _ bool, err error) {
	defer recovered(&err)
	key, err := Key(path)
	if err != nil {
		return "", false, err
	}
	if meta.File == "" {
		meta.File = filepath.ToSlash(path)
	}
	id := contentID(data)
	rec, err := x.record(key, id, meta, doc)
	if err != nil || rec == nil {
		if errors.Is(err, ErrWrite) { // the look-up panicked (see live)
			x.writeMu.Lock()
			x.repair(&err)
			x.writeMu.Unlock()
		}
		return id, false, err
	}
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	err = x.write(func(b *bleve.Batch) error { return x.batchAdd(b, key, rec) })
	if err != nil {
		return "", false, err
	}
	return id, true, nil
}

// record makes the record of content id under key, or nil when that
// content is indexed there already; doc gives its parse, asked for only
// then. With the jieba analysis the text is analysed here (a textField),
// so that AddPaths's workers do it and writing a batch (one core) only
// builds its segment.
func (x *Index) record(key, id string, meta Meta, doc func() (*parse.Document, error)) (record, error) {
	if old, _ := x.storedID(key); old == id {
		return nil, nil
	}
	d, err := doc()
	if err != nil {
		return nil, err
	}
	rec := buildRecord(key, id, d, meta)
	if text, ok := rec[FieldText].(string); ok && x.an == AnalyzerSearch {
		f := newTextField(FieldText, text)
		f.Analyze()
		rec[FieldText] = f
		g, pg := newGramsFields(text)
		g.Analyze()
		pg.Analyze()
		rec[FieldGrams], rec[FieldPunctGrams] = g, pg
	}
	return rec, nil
}

// batchAdd adds the document rec under key to b. The mapping makes its
// fields but four: its unit's bigrams are a textField (see buildRecord),
// with the jieba analysis its text too (see record), and its band terms
// and claim terms become termsFields.
func (x *Index) batchAdd(b *bleve.Batch, key string, rec record) error {
	var own []document.Field
	for _, f := range []string{FieldText, FieldGrams, FieldPunctGrams, FieldUnitGrams} {
		if t, ok := rec[f].(*textField); ok {
			own = append(own, t)
			delete(rec, f)
		}
	}
	for _, f := range []string{FieldLSH, FieldClaims} {
		if terms, ok := rec[f].([]string); ok {
			own = append(own, newTermsField(f, terms))
			delete(rec, f)
		}
	}
	doc := document.NewDocument(key)
	if err := x.bi.Mapping().MapDocument(doc, rec); err != nil {
		return err
	}
	for _, f := range own {
		doc.AddField(f)
	}
	return b.IndexAdvanced(doc)
}

// storedID returns the content id stored for key, or "".
func (x *Index) storedID(key string) (string, error) {
	d, err := x.getKey(key)
	if err != nil || d == nil {
		return "", err
	}
	return d.ID, nil
}

// Delete removes documents: each argument is a path that was indexed (a
// file, or a folder whose files are all removed) or a document id. It
// returns the number of documents removed.
func (x *Index) Delete(ctx context.Context, pathsOrIDs ...string) (_ int, err error) {
	defer recovered(&err)
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	keys := map[string]bool{}
	for _, p := range pathsOrIDs {
		var qs []bquery.Query
		if isHexID(p) {
			q := bquery.NewTermQuery(p)
			q.SetField(FieldID)
			qs = append(qs, q)
		}
		if k, err := Key(p); err == nil {
			q := bquery.NewTermQuery(k)
			q.SetField(FieldPath)
			qs = append(qs, q)
			pq := bquery.NewPrefixQuery(k + string(filepath.Separator))
			pq.SetField(FieldPath)
			qs = append(qs, pq)
		}
		ks, err := x.keys(ctx, bquery.NewDisjunctionQuery(qs))
		if err != nil {
			return 0, err
		}
		for _, k := range ks {
			keys[k] = true
		}
	}
	if len(keys) == 0 {
		return 0, nil
	}
	err = x.write(func(b *bleve.Batch) error {
		for k := range keys {
			b.Delete(k)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(keys), nil
}

// keys returns the keys of every document q matches.
func (x *Index) keys(ctx context.Context, q bquery.Query) ([]string, error) {
	var out []string
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		res, err := x.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		if len(res.Hits) < page {
			return out, nil
		}
	}
}

func isHexID(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Doc is a stored document, as Get returns it.
type Doc struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	File   string `json:"file"`
	Kind   string `json:"kind"`
	Unit   string `json:"unit,omitempty"`
	Round  string `json:"round,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Format string `json:"format,omitempty"`
	// Text holds the pages' text.
	Text []string `json:"text"`
	// Claims are the document's values of ClaimFields.
	Claims map[string]float64 `json:"claims,omitempty"`
}

// Get returns the document indexed under path (see Key), or nil if there is
// none.
func (x *Index) Get(path string) (*Doc, error) {
	key, err := Key(path)
	if err != nil {
		return nil, err
	}
	return x.getKey(key)
}

func (x *Index) getKey(key string) (_ *Doc, err error) {
	defer recovered(&err)
	d, err := x.bi.Document(key)
	if err != nil || d == nil {
		return nil, err
	}
	out := &Doc{}
	d.VisitFields(func(f bindex.Field) {
		v := string(f.Value())
		switch f.Name() {
		case FieldID:
			out.ID = v
		case FieldPath:
			out.Path = v
		case FieldFile:
			out.File = v
		case FieldKind:
			out.Kind = v
		case FieldUnit:
			out.Unit = v
		case FieldRound:
			out.Round = v
		case FieldTitle:
			out.Title = v
		case FieldDate:
			out.Date = v
		case FieldFormat:
			out.Format = v
		case FieldPages:
			out.Text = append(out.Text, v)
		case FieldClaimValues:
			out.Claims = parseClaimValues(v)
		}
	})
	return out, nil
}
