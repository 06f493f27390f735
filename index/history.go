package index

import (
	"context"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/verify"
)

// MaxEarlierReports bounds how many of a unit's earlier reports
// EarlierReports returns: the newest.
const MaxEarlierReports = 20

// EarlierReports implements verify.History: the reports in the index of the
// unit (any of its forms: the same UnitGroup) dated before before
// (YYYY-MM-DD; "" for no bound), other than doc (by path or by text),
// newest first, at most MaxEarlierReports. A report without a date is left
// out: it cannot be said to come before. Each comes with its stored text,
// a page per page, a paragraph per line.
func (x *Index) EarlierReports(ctx context.Context, unit, before string, doc *parse.Document) (_ []verify.PastReport, err error) {
	defer recovered(&err)
	group := UnitGroup(unit)
	if group == "" {
		return nil, nil
	}
	term := func(field, v string) bquery.Query {
		t := bquery.NewTermQuery(v)
		t.SetField(field)
		return t
	}
	must := []bquery.Query{term(FieldKind, string(parse.KindReport)), term(FieldUnitGroup, group)}
	min, max := "0", before
	inclusive, exclusive := true, false
	if before == "" {
		max = "\uffff"
	}
	r := bquery.NewTermRangeInclusiveQuery(min, max, &inclusive, &exclusive)
	r.SetField(FieldDate)
	must = append(must, r)
	var not []bquery.Query
	if doc != nil {
		not = append(not, term(FieldTextHash, textHash(doc)))
		if k, err := Key(doc.File); err == nil {
			not = append(not, term(FieldPath, k))
		}
	}
	req := bleve.NewSearchRequestOptions(bquery.NewBooleanQuery(must, nil, not), MaxEarlierReports, 0, false)
	req.SortByCustom(search.SortOrder{&search.SortField{Field: FieldDate, Desc: true, Type: search.SortFieldAsString}})
	res, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	var out []verify.PastReport
	for _, h := range res.Hits {
		d, err := x.getKey(h.ID)
		if err != nil {
			return nil, err
		}
		if d == nil {
			continue // deleted since the search
		}
		out = append(out, verify.PastReport{File: d.File, Unit: d.Unit, Round: d.Round, Date: d.Date, Doc: storedDocument(d)})
	}
	return out, nil
}

// storedDocument is a stored document's text as a parse.Document: a page
// per stored page, a paragraph per line.
func storedDocument(d *Doc) *parse.Document {
	b := model.NewBuilder(d.File, model.FormatText)
	for _, page := range d.Text {
		b.Page("")
		for _, line := range strings.Split(page, "\n") {
			b.Paragraph(line, 0)
		}
	}
	out := b.Finish()
	out.Title = d.Title
	out.Date = d.Date
	return out
}
