package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// historyReport is a report of unit dated date listing the problems, each
// with its status.
func historyReport(unit, date string, problems ...[2]string) []byte {
	lines := []string{unit + "关于巡察反馈意见整改情况的报告"}
	for i, p := range problems {
		lines = append(lines, fmt.Sprintf("（%s）关于“%s”问题的整改", []string{"一", "二", "三", "四", "五"}[i], p[0]),
			"党组制定专项方案，逐项推进。", "整改情况："+p[1]+"。")
	}
	y, m, d := date[:4], strings.TrimLeft(date[5:7], "0"), strings.TrimLeft(date[8:], "0")
	lines = append(lines, unit, y+"年"+m+"月"+d+"日")
	return []byte(strings.Join(lines, "\n"))
}

// TestEarlierReports: the unit's reports under any of its forms, dated
// before the date asked, newest first; not other units', not later ones,
// not minutes, not the report itself.
func TestEarlierReports(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	dir := t.TempDir()
	add := func(name string, data []byte, m Meta) {
		_, _, err := x.Add(ctx, filepath.Join(dir, name), data, m)
		require.NoError(t, err)
	}
	car := [2]string{"公务用车管理不规范", "已完成"}
	add("2018.txt", historyReport("中共某县水利局党组", "2018-06-01", car), Meta{Kind: parse.KindReport, Unit: "中共某县水利局党组"})
	add("2019.txt", historyReport("某县水利局党委", "2019-05-20", car), Meta{Kind: parse.KindReport, Unit: "某县水利局党委"})
	add("later.txt", historyReport("某县水利局", "2021-03-01", car), Meta{Kind: parse.KindReport, Unit: "某县水利局"})
	add("other.txt", historyReport("某县农业农村局", "2019-05-20", car), Meta{Kind: parse.KindReport, Unit: "某县农业农村局"})
	add("minutes.txt", historyReport("某县水利局", "2019-07-01", car), Meta{Kind: parse.KindMinutes, Unit: "某县水利局"})
	self := historyReport("某县水利局", "2019-09-09", car)
	add("self.txt", self, Meta{Kind: parse.KindReport, Unit: "某县水利局"})

	doc, err := parse.Parse(ctx, filepath.Join(dir, "self.txt"), self, parse.Options{})
	require.NoError(t, err)
	got, err := x.EarlierReports(ctx, "中共某县水利局委员会", "2020-01-10", doc)
	require.NoError(t, err)
	var files []string
	for _, p := range got {
		files = append(files, p.File+" "+p.Date)
		require.NotNil(t, p.Doc)
		assert.Contains(t, p.Doc.Text(), "公务用车管理不规范")
	}
	assert.Equal(t, []string{filepath.Join(dir, "2019.txt") + " 2019-05-20", filepath.Join(dir, "2018.txt") + " 2018-06-01"}, files)

	got, err = x.EarlierReports(ctx, "某县水利局", "2018-06-01", doc)
	require.NoError(t, err)
	assert.Empty(t, got, "a report of the day asked is not before it")
	got, err = x.EarlierReports(ctx, "", "2020-01-10", doc)
	require.NoError(t, err)
	assert.Empty(t, got, "no unit, no history")
}

// TestRecurrenceThroughTheIndex: verify.Check given the index finds the
// unit's earlier report in it (the index is a verify.History) and flags
// the problem it called done that this round's ledger lists again, and
// only that one.
func TestRecurrenceThroughTheIndex(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	_, _, err = x.Add(ctx, filepath.Join(t.TempDir(), "2019.txt"),
		historyReport("中共某县水利局党组", "2019-05-20", [2]string{"公务用车管理不规范", "已完成"}, [2]string{"专项资金拨付不及时", "正在推进"}),
		Meta{Kind: parse.KindReport, Unit: "中共某县水利局党组"})
	require.NoError(t, err)

	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("case.json", `{"unit": "中共某县水利局党组", "feedback_date": "2021-04-01", "as_of": "2021-09-30"}`)
	write("report.txt", string(historyReport("中共某县水利局党组", "2021-06-30",
		[2]string{"公务用车使用管理仍不规范", "已完成"}, [2]string{"专项资金拨付不及时", "已完成"}, [2]string{"选人用人程序不规范", "已完成"})))
	c, err := verify.LoadCase(ctx, dir)
	require.NoError(t, err)
	res, err := verify.Check(ctx, c, verify.Options{Index: x})
	require.NoError(t, err)
	var titles []string
	for _, f := range res.Findings {
		if f.Rule == verify.RuleRecurrence {
			titles = append(titles, f.Title)
		}
	}
	assert.Equal(t, []string{"公务用车使用管理仍不规范"}, titles, "only the problem called done before")
	for _, n := range res.NotRun {
		assert.NotEqual(t, verify.RuleRecurrence, n.Rule, n.Reason)
	}
}
