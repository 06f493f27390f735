package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestClaimsContext: a done context stops the reading of the figures, with
// its error and no claims; a live one reads them as ClaimsLimited does.
func TestClaimsContext(t *testing.T) {
	text := strings.Repeat("反馈问题12个，已完成整改10个。\n", 2000)
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)

	cs, err := ClaimsContext(context.Background(), doc, Options{})
	require.NoError(t, err)
	assert.Equal(t, ClaimsWith(doc, Options{}), cs)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cs, err = ClaimsContext(ctx, doc, Options{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, cs)
}
