package extract

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vocabularyFiles are the files that hold the vocabulary's tables: the only
// non-test files in which its values may be written as literals.
var vocabularyFiles = map[string]bool{
	"extract/vocab_claims.go":  true,
	"extract/vocab_status.go":  true,
	"extract/vocab_meeting.go": true,
	"extract/vocab_ledger.go":  true,
	"extract/approx.go":        true,
}

// vocabularyTypes are the vocabulary's Go types (written X in package
// extract, extract.X elsewhere).
var vocabularyTypes = map[string]bool{
	"Kind": true, "Subtype": true, "Status": true, "MeetingType": true,
	"SheetKind": true, "ColumnKind": true, "Approx": true,
}

// vocabularyFields are the struct fields that hold a vocabulary value
// (Claim.Kind, Claim.Subtype, Meeting.Type, LedgerProblem.Status,
// Claim.Approx, SheetInfo.Kind …).
var vocabularyFields = map[string]bool{"Kind": true, "Subtype": true, "Type": true, "Status": true, "Approx": true}

// vocabularyValues returns every value of the vocabulary, from its tables.
func vocabularyValues() map[string]bool {
	v := map[string]bool{}
	for _, e := range kinds {
		v[string(e.Kind)] = true
	}
	for _, e := range subtypes {
		v[string(e.Subtype)] = true
	}
	for _, e := range statuses {
		v[string(e.Status)] = true
	}
	for _, e := range meetingTypes {
		v[string(e.Type)] = true
	}
	for _, e := range sheetKinds {
		v[string(e.Kind)] = true
	}
	for _, e := range columnKinds {
		v[string(e.Kind)] = true
	}
	for a, e := range approxes {
		if Approx(a) != Exact {
			v[e.Name] = true
		}
	}
	delete(v, "")
	return v
}

// literalChecker finds string literals of vocabulary values outside the
// vocabulary's tables. A value with an underscore (democratic_life,
// in_progress) is found wherever it is written; one that is also an ordinary
// word (other, total, new, done, work) only where it meets a vocabulary
// value: compared with one (==, !=, a switch case), assigned to one (a
// vocabulary field, variable or result, a composite literal of a
// vocabulary type), converted to a vocabulary type, or passed to a
// parameter of a vocabulary type.
type literalChecker struct {
	fset   *token.FileSet
	values map[string]bool
	// params and results record, by function name (a method by its name
	// alone), which parameters and whether the result are of a vocabulary
	// type, over every function of the module.
	params  map[string][]bool
	results map[string]bool
	found   []string
	seen    map[token.Pos]bool
}

func newLiteralChecker(fset *token.FileSet, values map[string]bool) *literalChecker {
	return &literalChecker{fset: fset, values: values, params: map[string][]bool{}, results: map[string]bool{}, seen: map[token.Pos]bool{}}
}

// isVocabType tells whether type expression e is a vocabulary type, in a
// file of package extract (inExtract) or another.
func isVocabType(e ast.Expr, inExtract bool) bool {
	switch t := e.(type) {
	case *ast.Ident:
		return inExtract && vocabularyTypes[t.Name]
	case *ast.SelectorExpr:
		x, ok := t.X.(*ast.Ident)
		return ok && x.Name == "extract" && vocabularyTypes[t.Sel.Name]
	case *ast.ParenExpr:
		return isVocabType(t.X, inExtract)
	}
	return false
}

// collect records the signatures of f's functions.
func (lc *literalChecker) collect(f *ast.File) {
	in := f.Name.Name == "extract"
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		var ps []bool
		for _, p := range fd.Type.Params.List {
			n := max(len(p.Names), 1)
			for range n {
				ps = append(ps, isVocabType(p.Type, in))
			}
		}
		name := fd.Name.Name
		old := lc.params[name]
		for i := range ps {
			if i < len(old) {
				ps[i] = ps[i] || old[i]
			}
		}
		lc.params[name] = ps
		if fd.Type.Results != nil && len(fd.Type.Results.List) > 0 && isVocabType(fd.Type.Results.List[0].Type, in) {
			lc.results[name] = true
		}
	}
}

// check reports the vocabulary literals of f (named name in reports).
func (lc *literalChecker) check(name string, f *ast.File) {
	in := f.Name.Name == "extract"
	vars := map[string]bool{} // identifiers declared with a vocabulary type, in the function at hand
	var resultVocab bool
	flag := func(e ast.Expr, always bool) {
		lit, ok := ast.Unparen(e).(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || !lc.values[s] {
			return
		}
		if (always || strings.Contains(s, "_")) && !lc.seen[lit.Pos()] {
			lc.seen[lit.Pos()] = true
			lc.found = append(lc.found, fmt.Sprintf("%s:%d: %q", name, lc.fset.Position(lit.Pos()).Line, s))
		}
	}
	funcName := func(fun ast.Expr) string {
		switch f := ast.Unparen(fun).(type) {
		case *ast.Ident:
			return f.Name
		case *ast.SelectorExpr:
			return f.Sel.Name
		}
		return ""
	}
	var vocab func(e ast.Expr) bool
	vocab = func(e ast.Expr) bool {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			return vocabularyFields[x.Sel.Name]
		case *ast.Ident:
			return vars[x.Name]
		case *ast.CallExpr:
			return isVocabType(x.Fun, in) || lc.results[funcName(x.Fun)]
		case *ast.BinaryExpr:
			return x.Op == token.ADD && (vocab(x.X) || vocab(x.Y))
		}
		return false
	}
	declare := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, p := range fl.List {
			if isVocabType(p.Type, in) {
				for _, n := range p.Names {
					vars[n.Name] = true
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Field:
			return false // struct tags and parameter lists hold no values
		case *ast.FuncDecl:
			vars = map[string]bool{}
			declare(x.Recv)
			declare(x.Type.Params)
			declare(x.Type.Results)
			resultVocab = x.Type.Results != nil && len(x.Type.Results.List) > 0 && isVocabType(x.Type.Results.List[0].Type, in)
			if x.Body != nil {
				ast.Inspect(x.Body, func(n ast.Node) bool { return lc.visit(n, flag, vocab, funcName, vars, resultVocab, in) })
			}
			return false
		}
		return lc.visit(n, flag, vocab, funcName, vars, false, in)
	})
}

// visit checks one node of check's walk.
func (lc *literalChecker) visit(n ast.Node, flag func(ast.Expr, bool), vocab func(ast.Expr) bool,
	funcName func(ast.Expr) string, vars map[string]bool, resultVocab, in bool) bool {
	switch x := n.(type) {
	case *ast.BasicLit:
		flag(x, false)
	case *ast.BinaryExpr:
		if x.Op == token.EQL || x.Op == token.NEQ {
			flag(x.X, vocab(x.Y))
			flag(x.Y, vocab(x.X))
		}
	case *ast.SwitchStmt:
		if x.Tag != nil && vocab(x.Tag) {
			for _, s := range x.Body.List {
				for _, e := range s.(*ast.CaseClause).List {
					flag(e, true)
				}
			}
		}
	case *ast.AssignStmt:
		if len(x.Lhs) == len(x.Rhs) {
			for i := range x.Lhs {
				flag(x.Rhs[i], vocab(x.Lhs[i]))
			}
		}
	case *ast.ValueSpec:
		if x.Type != nil && isVocabType(x.Type, in) {
			for i, v := range x.Values {
				flag(v, true)
				if i < len(x.Names) {
					vars[x.Names[i].Name] = true
				}
			}
			for _, nm := range x.Names {
				vars[nm.Name] = true
			}
		}
	case *ast.ReturnStmt:
		if resultVocab && len(x.Results) > 0 {
			flag(x.Results[0], true)
		}
	case *ast.CompositeLit:
		var elem, key bool
		switch t := x.Type.(type) {
		case *ast.ArrayType:
			elem = isVocabType(t.Elt, in)
		case *ast.MapType:
			key, elem = isVocabType(t.Key, in), isVocabType(t.Value, in)
		}
		for _, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				id, isID := kv.Key.(*ast.Ident)
				flag(kv.Key, key)
				flag(kv.Value, elem || isID && vocabularyFields[id.Name])
				continue
			}
			flag(e, elem)
		}
	case *ast.CallExpr:
		if isVocabType(x.Fun, in) {
			for _, a := range x.Args {
				flag(a, true)
			}
			break
		}
		ps := lc.params[funcName(x.Fun)]
		for i, a := range x.Args {
			flag(a, i < len(ps) && ps[i])
		}
	}
	return true
}

// moduleRoot walks up from the working directory to the directory of go.mod.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "no go.mod above the package")
		dir = parent
	}
}

// TestVocabularyLiterals fails on a string literal of a kind, subtype,
// status, meeting type, sheet kind or column kind written outside its table
// in any non-test Go file of the module: use the constant.
func TestVocabularyLiterals(t *testing.T) {
	root := moduleRoot(t)
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = f
		return nil
	})
	require.NoError(t, err)
	require.Contains(t, files, "extract/vocab_claims.go", "the walk must see the module's files")
	lc := newLiteralChecker(fset, vocabularyValues())
	for _, f := range files {
		lc.collect(f)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		if !vocabularyFiles[n] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		lc.check(n, files[n])
	}
	assert.Empty(t, lc.found, "vocabulary literals outside the tables (docs/vocabulary.md): use the constants")
}

// TestLiteralChecker runs the check on small sources: each case says the
// lines it must report.
func TestLiteralChecker(t *testing.T) {
	tests := []struct {
		name, src string
		want      []int
	}{
		{"fires on compared, assigned, passed, returned, converted and listed literals", `package verify
import "github.com/zhenggai/zhenggai/extract"
func sub(s extract.Subtype) {}
func status(s string) extract.Status {
	return "done"
}
func f(c extract.Claim, m extract.Meeting) {
	if c.Subtype == "total" {
	}
	switch m.Type {
	case "work":
	}
	c.Kind = "money"
	sub("new")
	_ = extract.Subtype("other")
	_ = []extract.Subtype{"revised"}
	_ = extract.Claim{Subtype: "rate"}
	_ = "democratic_life"
	var k extract.Kind = "systems"
	_ = k
}`, []int{5, 8, 11, 13, 14, 15, 16, 17, 18, 19}},
		{"fires on an unqualified type in package extract", `package extract
type Subtype string
func g(s Subtype) bool { return s != "total" }`, []int{3}},
		{"ignores ordinary words, tags, other packages' types and the constants", `package serve
import "github.com/zhenggai/zhenggai/extract"
type Status string
const StatusDone Status = "done"
type row struct {
	Kind string ` + "`json:\"kind\"`" + `
}
func f(c extract.Claim, st Status) string {
	m := map[string]int{"total": 1, "other": 2}
	if c.Subtype == extract.SubtypeTotal && st == "done" {
		return "new"
	}
	label("other")
	return "rules"
}
func label(s string) {}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "x.go", tt.src, parser.SkipObjectResolution)
			require.NoError(t, err)
			lc := newLiteralChecker(fset, vocabularyValues())
			lc.collect(f)
			lc.check("x.go", f)
			var lines []int
			for _, s := range lc.found {
				var n int
				_, err := fmt.Sscanf(strings.TrimPrefix(s, "x.go:"), "%d:", &n)
				require.NoError(t, err)
				lines = append(lines, n)
			}
			assert.Equal(t, tt.want, lines, "%v", lc.found)
		})
	}
}
