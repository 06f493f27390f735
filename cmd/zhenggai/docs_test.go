package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/verify"
)

// flagLine is a flag as flag.PrintDefaults lists it, "  -name type", or
// as check lists it, "  --name 类型".
var flagLine = regexp.MustCompile(`(?m)^  --?([a-z][a-z0-9-]*)`)

// TestInterfaceDocumentsEveryFlag: docs/interface.md has a section for
// every command, and names every flag of it (as `--name`) within that
// section. The flags are those each command's flag set lists for -h.
func TestInterfaceDocumentsEveryFlag(t *testing.T) {
	raw, err := os.ReadFile("../../docs/interface.md")
	require.NoError(t, err)
	doc := string(raw)
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			_, _, help := runCLI(c.name, "-h")
			flags := flagLine.FindAllStringSubmatch(help, -1)
			require.NotEmpty(t, flags, "%s -h lists no flags:\n%s", c.name, help)
			start := strings.Index(doc, "\n### "+c.name+" ")
			require.GreaterOrEqual(t, start, 0, "no section \"### %s\" in docs/interface.md", c.name)
			section := doc[start+1:]
			if end := strings.Index(section, "\n#"); end >= 0 {
				section = section[:end]
			}
			for _, f := range flags {
				named := regexp.MustCompile("`--" + regexp.QuoteMeta(f[1]) + "[ `=]")
				assert.Regexp(t, named, section, "docs/interface.md does not describe %s --%s", c.name, f[1])
			}
		})
	}
}

// TestReadmeListsRules: the README's table of rules has every rule, with
// its Chinese name and severity, in the registry's order.
func TestReadmeListsRules(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	row := regexp.MustCompile("(?m)^\\| `([a-z.-]+)` \\| ([^|]+) \\| ([高中低]) \\|")
	var got, want [][3]string
	for _, m := range row.FindAllStringSubmatch(string(raw), -1) {
		got = append(got, [3]string{m[1], strings.TrimSpace(m[2]), m[3]})
	}
	for _, r := range verify.Rules() {
		want = append(want, [3]string{string(r.ID()), verify.RuleName(r.ID()), r.Severity().Name()})
	}
	assert.Equal(t, want, got)
}
