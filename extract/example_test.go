package extract_test

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

func ExampleClaims() {
	text := "关于巡察整改情况的报告\n　　局党组召开巡察整改专题民主生活会1次，问责干部8人，其中给予党纪政务处分2人、诫勉4人；追回资金1.2万元。\n"
	doc, err := parse.Parse(context.Background(), "report.txt", []byte(text), parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range extract.Claims(doc) {
		fmt.Printf("%s/%s %v%s → %v (%s)\n", c.Kind, c.Subtype, c.Count, c.Unit, c.Value, doc.Slice(c.Figure))
	}
	// Output:
	// meetings/democratic_life 1次 → 1 (1次)
	// accountability/total 8人 → 8 (8人)
	// accountability/disciplined 2人 → 2 (2人)
	// accountability/admonished 4人 → 4 (4人)
	// money/recovered 1.2元 → 12000 (1.2万元)
}

func ExampleFindNumbers() {
	for _, n := range extract.FindNumbers("2020年7月15日反馈问题十三个，近三年追回资金30余万元") {
		fmt.Println(n.Text, n.Role, n.Value, n.Unit, n.Approx)
	}
	// Output:
	// 2020 date 2020 年 exact
	// 7 date 7 月 exact
	// 15 date 15 日 exact
	// 十三 count 13 个 exact
	// 三 duration 3 年 at_most
	// 30 count 300000 元 at_least
}

func ExampleReadLedger() {
	doc, err := parse.ParseFile(context.Background(), "../testdata/corpus/cases/01-dongchuan-nonglin/ledger.xlsx", parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	l := extract.ReadLedger(doc)
	p := l.Problems[2]
	fmt.Println(len(l.Problems), len(l.Clues))
	fmt.Println(p.Ref.Sheet, p.Ref.Row, p.No, p.Title, p.Status, p.Deadline)
	// Output:
	// 11 3
	// 问题台账 5 3 部分农业专项资金拨付滞后、结余资金长期沉淀 not_done 2017-03-31
}
