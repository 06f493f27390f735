package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnitFromTitle(t *testing.T) {
	for title, want := range map[string]string{
		"中共东川省农林厅党组关于省委第三巡视组巡视反馈意见整改情况的报告": "中共东川省农林厅党组",
		"中共桐岭市文化广电旅游局党组关于市委巡察整改情况的报告":      "中共桐岭市文化广电旅游局党组",
		"桐岭市人民医院关于审计发现问题整改情况的报告":           "桐岭市人民医院",
		"关于巡视反馈意见整改情况的报告":                  "",
		"整改情况通报":             "",
		"某局党组，关于整改":          "",
		"根据要求，现就关于整改的事项说明如下": "",
		"某局关于整改":             "",
	} {
		assert.Equal(t, want, UnitFromTitle(title), title)
	}
}
