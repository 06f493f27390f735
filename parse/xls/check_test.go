package xls_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/verify"
)

// TestCheckSame: each sample case checked with its ledger as .xls (or .et)
// gives the claims, findings, summary and rules not run of the case with
// its original ledger.xlsx (five of the seven cases have findings).
func TestCheckSame(t *testing.T) {
	if testing.Short() {
		t.Skip("checks every sample case twice")
	}
	now := func() time.Time { return time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC) }
	check := func(dir string) string {
		c, err := verify.LoadCase(context.Background(), dir)
		require.NoError(t, err)
		res, err := verify.Check(context.Background(), c, verify.Options{Now: now})
		require.NoError(t, err)
		require.NotNil(t, res.Ledger, "the case's ledger was read")
		require.NotEmpty(t, res.Ledger.Problems)
		out, err := json.Marshal(res)
		require.NoError(t, err)
		s := strings.ReplaceAll(string(out), dir, "CASE")
		return strings.NewReplacer("ledger.xlsx", "LEDGER", "ledger.xls", "LEDGER", "ledger.et", "LEDGER").Replace(s)
	}
	for _, p := range pairs(t) {
		base := filepath.Base(p.bin)
		if !strings.HasPrefix(base, "ledger-") {
			continue
		}
		t.Run(base, func(t *testing.T) {
			orig := filepath.Dir(p.src)
			dir := t.TempDir()
			require.NoError(t, os.CopyFS(dir, os.DirFS(orig)))
			require.NoError(t, os.Remove(filepath.Join(dir, "ledger.xlsx")))
			data, err := os.ReadFile(p.bin)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "ledger"+filepath.Ext(p.bin)), data, 0o644))

			copyDir := filepath.Join(t.TempDir(), "orig")
			require.NoError(t, os.CopyFS(copyDir, os.DirFS(orig)))
			assert.Equal(t, check(copyDir), check(dir))
		})
	}
}
