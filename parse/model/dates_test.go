package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" = not a date
	}{
		{"2021年3月2日", "2021-03-02"},
		{"2021年03月02日", "2021-03-02"},
		{"2021.3.2", "2021-03-02"},
		{"2021-03-02", "2021-03-02"},
		{"2021/3/2", "2021-03-02"},
		{"2019.07.05", "2019-07-05"},
		{"2020/9/30", "2020-09-30"},
		{"2021 年 6 月 30 日", "2021-06-30"},
		{"二〇一九年六月二十七日", "2019-06-27"},
		{"二〇二〇年十月一日", "2020-10-01"},
		{"二○二一年十二月三十一日", "2021-12-31"},
		{"2017-01-20 08:30", "2017-01-20"},
		{"2017年1月20日上午", "2017-01-20"},
		{"2021年2月30日", ""},
		{"2021-3/2", ""},
		{"2021年3月", ""},
		{"24,978.12", ""},
		{"2021.3.25.1", ""},
		{"已完成", ""},
		{"", ""},
		{"截至2021年3月2日", ""},
		{"2021年3月2日至4月1日", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := ParseDate(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "parsed as %v", d)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, d.Format(DateLayout))
		})
	}
}

func TestFindDatesOffsets(t *testing.T) {
	s := "于2020年7月15日反馈，二〇二〇年九月十四日报告"
	ms := FindDates(s)
	require.Len(t, ms, 2)
	r := []rune(s)
	assert.Equal(t, "2020年7月15日", string(r[ms[0].Start:ms[0].End]))
	assert.Equal(t, "二〇二〇年九月十四日", string(r[ms[1].Start:ms[1].End]))
	assert.Equal(t, "2020-09-14", ms[1].Date.Format(DateLayout))
}

func TestExcelSerialDate(t *testing.T) {
	d, ok := ExcelSerialDate(44256) // 2021-03-01
	require.True(t, ok)
	assert.Equal(t, "2021-03-01", d.Format(DateLayout))
	_, ok = ExcelSerialDate(0)
	assert.False(t, ok)
	_, ok = SerialDate("12")
	assert.False(t, ok, "small numbers are counts, not dates")
}

func FuzzFindDates(f *testing.F) {
	f.Add("2021年3月2日至2021.4.5，二〇一九年六月二十七日")
	f.Fuzz(func(t *testing.T, s string) {
		n := len([]rune(s))
		prev := -1
		for _, m := range FindDates(s) {
			if m.Start < 0 || m.End > n || m.Start >= m.End || m.Start < prev {
				t.Fatalf("bad span %+v in %q", m, s)
			}
			prev = m.Start
		}
	})
}
