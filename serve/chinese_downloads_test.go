package serve

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/zhcheck"
	"github.com/zhenggai/zhenggai/verify"
)

// TestDownloadsChinese: the workbook a user downloads has Chinese sheet
// names and column headers (no English word but the acronyms users know
// and the rules' codes, which stay codes), and every download is saved
// under a Chinese name (单位_核查意见_日期.xlsx).
func TestDownloadsChinese(t *testing.T) {
	ts := newTestServer(t, Config{})
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"as_of": "2017-06-30"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	ruleCode := func(w string) bool { return verify.RuleByID(verify.RuleID(w)) != nil }

	resp, b = ts.get(t, "/cases/"+id+"/"+fileXLSX)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	f, err := excelize.OpenReader(bytes.NewReader(b))
	require.NoError(t, err)
	defer f.Close()
	headers := 0
	for _, sheet := range f.GetSheetList() {
		assert.Empty(t, zhcheck.Words(sheet, nil), "sheet name %q", sheet)
		rows, err := f.GetRows(sheet)
		require.NoError(t, err)
		require.NotEmpty(t, rows, sheet)
		for _, h := range rows[0] {
			headers++
			assert.Empty(t, zhcheck.Words(h, ruleCode), "%s: header %q", sheet, h)
		}
	}
	assert.Greater(t, headers, 5)

	for file := range downloads {
		resp, _ := ts.get(t, "/cases/"+id+"/"+file)
		require.Equal(t, http.StatusOK, resp.StatusCode, file)
		cd := resp.Header.Get("Content-Disposition")
		_, enc, ok := strings.Cut(cd, "filename*=UTF-8''")
		require.True(t, ok, cd)
		name, err := url.PathUnescape(enc)
		require.NoError(t, err)
		assert.Regexp(t, `^中共东川省农林厅党组_核查(意见|报告|结果)_\d{8}\.(xlsx|docx|html|json)$`, name)
		assert.Empty(t, zhcheck.Words(name, nil), name)
	}
}
