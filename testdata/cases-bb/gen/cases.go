package main

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// book is one case's ledger: problems (title|measures|leader|dept|due|done|evidence,
// all done), clues, people held accountable and rules, each row a "|"-joined line.
type book struct {
	file, probTitle                string
	probs, clues, acc, rules       []string
	probSheet, clueSheet, accSheet string
	xls                            bool
}

func split(rows []string) [][]string {
	var out [][]string
	for i, r := range rows {
		out = append(out, append([]string{strconv.Itoa(i + 1)}, strings.Split(r, "|")...))
	}
	return out
}

func (b book) write(dir string) error {
	var pr [][]string
	for i, r := range b.probs {
		c := strings.Split(r, "|")
		// 序号 问题类别 问题描述 整改措施 责任领导 责任部门 整改时限 整改进展 完成时间 佐证材料
		pr = append(pr, []string{strconv.Itoa(i + 1), c[0], c[1], c[2], c[3], c[4], c[5], "已完成", c[6], c[7]})
	}
	probs := append([][]string{{b.probTitle}, {"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展", "完成时间", "佐证材料"}}, pr...)
	clues := append([][]string{{"巡察移交问题线索处置台账"}, {"序号", "线索编号", "反映对象", "问题线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}}, split(b.clues)...)
	acc := append([][]string{{"巡察整改追责问责台账"}, {"序号", "姓名", "职务", "问责方式", "问责时间"}}, split(b.acc)...)
	rules := append([][]string{{"序号", "制度名称", "新建或修订", "印发时间"}}, split(b.rules)...)
	ps, cs, as := b.probSheet, b.clueSheet, b.accSheet
	if ps == "" {
		ps = "问题整改台账"
	}
	if cs == "" {
		cs = "问题线索台账"
	}
	if as == "" {
		as = "问责情况台账"
	}
	sheets := []casebuild.Sheet{
		{Name: ps, Rows: probs, Merges: [][2]string{{"A1", "J1"}}},
		{Name: cs, Rows: clues, Merges: [][2]string{{"A1", "I1"}}},
		{Name: as, Rows: acc, Merges: [][2]string{{"A1", "E1"}}},
		{Name: "制度建设", Rows: rules},
	}
	if b.xls {
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"), sheets...)
	}
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), sheets...)
}

func reg(name string, b book) { ledgers[name] = b.write }
