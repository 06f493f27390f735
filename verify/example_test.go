package verify_test

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/verify"
)

func ExampleCheck() {
	ctx := context.Background()
	c, err := verify.LoadCase(ctx, "../testdata/corpus/cases/01-dongchuan-nonglin")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := verify.Check(ctx, c, verify.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Summary.Verdict, res.Summary.High, res.Summary.Medium)
	for _, f := range res.Findings {
		if f.Rule == "claim.meetings" {
			fmt.Println(f.Message)
			fmt.Println(f.Evidence[0].File, f.Evidence[0].Text)
		}
	}
	// Output:
	// paper-rectification-suspected 8 5
	// 整改报告称召开整改工作会议13次，2016-12-20至2017-02-20期间的会议纪要中仅有3次
	// report.pdf 间，厅党组先后召开巡视整改工作会议13次，听取整改进展汇报，研究解决整改中的重点难点问题。
}

func ExampleCaseFromFiles() {
	c, err := verify.CaseFromFiles("../testdata/corpus/cases/03-tongling-shichangjianguan/report.txt",
		"../testdata/corpus/cases/03-tongling-shichangjianguan/ledger.csv", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Info.AsOf = "2020-10-31"
	res, err := verify.Check(context.Background(), c, verify.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Println(f.Rule, f.Item)
	}
	// Output:
	// ledger.no-evidence 7
	// ledger.no-owner 10
}
