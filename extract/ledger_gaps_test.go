package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLedgerTwoRowHeaderGaps: layouts of two-row headers the varied case
// generator (internal/casegen) draws and the ledger reader once misread. A
// section row right under a flat (CSV) two-row header is a record group's
// heading, not a third header row (joined to the header, it hid the 序
// column: every row lost its number); 整改落实情况 under 整改情况 names the
// status column (not named, the sub-header row was read as a problem and its
// completion date and evidence columns were lost).
func TestLedgerTwoRowHeaderGaps(t *testing.T) {
	rows := "1,公务用车管理不规范。存在私车公养,修订用车办法,办公室,2021-03-31,已销号,2021-03-20,《公务用车管理规定》\n" +
		"2,干部档案审核把关不严,开展专项审核,人事科,2021-09-30,申请销号,,\n"
	want := []problemRow{
		{No: "1", Department: "办公室", Evidence: "《公务用车管理规定》", Completed: "2021-03-20", Status: StatusDone},
		{No: "2", Department: "人事科", Status: StatusInProgress},
	}
	for _, tc := range []struct {
		name, csv string
	}{
		{"section row under the sub-header, 序", "序,问题具体表现,整改措施,责任部门,整改时限,整改情况,,\n" +
			",,,,,完成进度,完成时间,佐证材料\n" +
			"一、作风建设方面（2个）,,,,,,,\n" + rows},
		{"section row under the sub-header, 序号", "序号,问题具体表现,整改措施,责任部门,整改时限,整改情况,,\n" +
			",,,,,整改进展,完成时间,佐证材料\n" +
			"（一）党的建设方面,,,,,,,\n" + rows},
		{"整改落实情况 under 整改情况", "序号,问题,整改措施,责任部门,整改时限,整改情况,,\n" +
			",,,,,整改落实情况,实际完成时间,佐证资料\n" + rows},
		{"整改落实情况 under 整改情况, merged cells written down", "序号,问题,整改措施,责任部门,整改时限,整改情况,,\n" +
			"序号,问题,整改措施,责任部门,整改时限,整改落实情况,实际完成时间,佐证资料\n" + rows},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := ledgerOfCSV(t, tc.csv)
			assert.Equal(t, want, problemRows(l))
		})
	}
}
