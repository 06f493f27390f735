package parse_test

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/parse"
)

func ExampleParse() {
	report := "关于巡察反馈意见整改情况的报告\n　　反馈的１２个问题中，9个已完成整改，3个正在整改。\n"
	doc, err := parse.Parse(context.Background(), "report.txt", []byte(report), parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Kind, doc.Title)
	p := doc.Paragraphs[1]
	fmt.Println(p.Text)
	fmt.Println(p.Pos, doc.Slice(p.Pos) == p.Text)
	// Output:
	// report 关于巡察反馈意见整改情况的报告
	// 反馈的12个问题中，9个已完成整改，3个正在整改。
	// {1 16 41} true
}

func ExampleParseFile() {
	doc, err := parse.ParseFile(context.Background(), "../testdata/corpus/cases/03-tongling-shichangjianguan/ledger.csv", parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := doc.Tables[0]
	fmt.Println(doc.Kind, t.HeaderRow, len(t.Rows))
	fmt.Println(t.Header[6].Text, t.Rows[0].Cells[6].Text, t.Rows[0].Cells[6].Date)
	// Output:
	// ledger 2 12
	// 整改时限 2020/8/31 2020-08-31
}

func ExampleNormalize() {
	fmt.Println(parse.Normalize("召开整改工作会议\n１３\n次，完成率８４．２％"))
	// Output: 召开整改工作会议13次，完成率84.2%
}
