package serve

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/zhenggai/zhenggai/internal/zhcheck"
)

// names allows the program's and its command's names in messages, and the
// codes an API client sends as written: the form's and the search's
// parameter names and the document kinds.
func names(w string) bool {
	switch w {
	case "zhenggai", "serve", "ZHENGGAI_TOKEN", "files", "unit", "round", "limit", "offset", "kind",
		"finding", "verdict", "note", reviewConfirmed, reviewDismissed, reviewMore:
		return true
	}
	return slices.Contains(kinds, w)
}

var (
	templateAction = regexp.MustCompile(`(?s)\{\{.*?\}\}`)
	formatVerb     = regexp.MustCompile(`%[-+# 0-9.*]*[a-zA-Z]`)
	jsString       = regexp.MustCompile(`'(?:[^'\\]|\\.)*'`)
	han            = regexp.MustCompile(`\p{Han}`)
)

// TestPagesChinese: the templates' text and the attributes users read
// (title, placeholder, aria-label, alt) hold no English word but file
// names, codes and the acronyms users know.
func TestPagesChinese(t *testing.T) {
	files, err := fs.Glob(templateFS, "templates/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	texts := 0
	for _, name := range files {
		raw, err := fs.ReadFile(templateFS, name)
		require.NoError(t, err)
		src := templateAction.ReplaceAllString(string(raw), " ")
		z := html.NewTokenizer(strings.NewReader(src))
		skip := 0
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			tok := z.Token()
			switch tt {
			case html.StartTagToken, html.SelfClosingTagToken:
				if tok.Data == "style" || tok.Data == "script" {
					skip++
				}
				for _, a := range tok.Attr {
					switch a.Key {
					case "title", "placeholder", "aria-label", "alt":
						assert.Empty(t, zhcheck.Words(a.Val, names), "%s: %s=%q", name, a.Key, a.Val)
					}
				}
			case html.EndTagToken:
				if tok.Data == "style" || tok.Data == "script" {
					skip--
				}
			case html.TextToken:
				if skip == 0 {
					texts++
					assert.Empty(t, zhcheck.Words(tok.Data, names), "%s: %q", name, strings.TrimSpace(tok.Data))
				}
			}
		}
	}
	assert.Greater(t, texts, 50, "the templates' text was read")
}

// TestScriptChinese: the strings the upload script shows (those with
// Chinese in them: the others are element ids and methods) are Chinese.
func TestScriptChinese(t *testing.T) {
	raw, err := fs.ReadFile(staticFS, "static/upload.js")
	require.NoError(t, err)
	shown := 0
	for _, s := range jsString.FindAllString(string(raw), -1) {
		if han.MatchString(s) {
			shown++
			assert.Empty(t, zhcheck.Words(s, names), s)
		}
	}
	assert.Positive(t, shown)
}

// TestMessagesChinese: every message the service makes for a user — the
// texts given to errorf, jsonError, pageError, errors.New and fmt.Errorf in
// its source — holds no English word but file names, codes, names of
// fields and flags, and the acronyms users know.
func TestMessagesChinese(t *testing.T) {
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	calls := 0
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var fn string
			switch x := call.Fun.(type) {
			case *ast.Ident:
				fn = x.Name
			case *ast.SelectorExpr:
				fn = x.Sel.Name
				if id, ok := x.X.(*ast.Ident); ok && (id.Name == "fmt" || id.Name == "errors") {
					fn = id.Name + "." + fn
				}
			}
			switch fn {
			case "errorf", "jsonError", "pageError", "unauthorized", "errors.New", "fmt.Errorf":
			default:
				return true
			}
			calls++
			for _, a := range call.Args {
				lit, ok := a.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				s, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				s = formatVerb.ReplaceAllString(s, " ")
				assert.Empty(t, zhcheck.Words(s, names), "%s: %s", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	assert.Greater(t, calls, 50, "the messages were found")
}
