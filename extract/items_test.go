package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

func readCaseReport(t *testing.T, dir string) *parse.Document {
	files, _ := filepath.Glob(filepath.Join(dir, "report.*"))
	require.Len(t, files, 1)
	doc, err := parse.ParseFile(context.Background(), files[0], parse.Options{})
	require.NoError(t, err)
	return doc
}

// TestItemsCorpus reads the problem items of every sample report and checks
// them against the case's ledger and expected findings: each item matches a
// ledger problem by title; where the case expects claim.item-status, the
// report claims the expected status; elsewhere the report's status is the
// ledger's; arith.list-count's figure is the number of items listed.
func TestItemsCorpus(t *testing.T) {
	for _, dir := range caseDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			e := loadExpected(t, dir)
			doc := readCaseReport(t, dir)
			items := ReadItems(doc)
			l := readCaseLedger(t, dir)
			require.NotEmpty(t, items)
			listCount := len(l.Problems)
			statusFindings := map[string]string{}
			for _, f := range e.Findings {
				switch f.Rule {
				case "arith.list-count":
					listCount = int(f.Observed.(float64))
				case "claim.item-status":
					statusFindings[f.Title] = f.Claimed.(string)
				}
			}
			if filepath.Base(dir) == "05-meixi-jiaoti-gbk" {
				listCount-- // the report leaves out ledger item 12
			}
			assert.Len(t, items, listCount)
			for _, it := range items {
				assert.NotEmpty(t, it.Measures, it.Title)
				assert.Contains(t, doc.Slice(it.Pos), "关于“"+it.Title+"”")
				var match *LedgerProblem
				for i := range l.Problems {
					if sameTitle(l.Problems[i].Title, it.Title) {
						match = &l.Problems[i]
					}
				}
				require.NotNil(t, match, "no ledger problem titled %q", it.Title)
				if claimed, ok := statusFindings[match.Title]; ok {
					assert.Equal(t, Status(claimed), it.Status, it.Title)
				} else {
					assert.Equal(t, match.Status, it.Status, "%s: report %q, ledger %q", it.Title, it.StatusText, match.StatusText)
				}
				if it.StatusText != "" && it.StatusPos.End > 0 {
					assert.Equal(t, it.StatusText, doc.Slice(it.StatusPos))
				}
			}
		})
	}
}

// sameTitle compares titles as the corpus README says they differ: the
// report writes inner quotation marks as ‘…’, the ledger as “…”.
func sameTitle(a, b string) bool {
	norm := func(s string) string {
		r := []rune(Simplify(s))
		out := r[:0]
		for _, c := range r {
			switch c {
			case '“', '”', '‘', '’', '"', '\'':
				continue
			}
			out = append(out, c)
		}
		return string(out)
	}
	return norm(a) == norm(b)
}

// TestItemsByNumbering: a report that numbers its problems without 关于“…”.
func TestItemsByNumbering(t *testing.T) {
	text := "关于巡察整改情况的报告\n" +
		"　　一、整改工作开展情况\n" +
		"　　（一）加强组织领导。局党组召开党组会议3次。\n" +
		"　　二、反馈问题整改落实情况\n" +
		"　　（一）意识形态工作责任制落实不到位问题\n" +
		"　　2021年5月修订《意识形态工作责任制实施细则》。整改情况：已完成。\n" +
		"　　（二）专项资金管理不规范问题的整改情况\n" +
		"　　清理2019年以来专项资金，收回结余资金12万元。\n" +
		"　　目前进展：正在整改。\n" +
		"　　三、下一步工作\n" +
		"　　（一）持续推进整改\n" +
		"　　巩固成果。\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	items := ReadItems(doc)
	require.Len(t, items, 2)
	assert.Equal(t, "意识形态工作责任制落实不到位", items[0].Title)
	assert.Equal(t, StatusDone, items[0].Status)
	assert.Equal(t, "专项资金管理不规范", items[1].Title)
	assert.Equal(t, StatusInProgress, items[1].Status)
	assert.Equal(t, "（二）", items[1].Number)
}

// TestItemsFromTable: a report that lists its problems as a table.
func TestItemsFromTable(t *testing.T) {
	text := "# 关于巡察整改情况的报告\n\n现将整改情况报告如下。\n\n" +
		"| 序号 | 反馈问题 | 整改措施 | 完成情况 |\n|---|---|---|---|\n" +
		"| 1 | 意识形态工作责任制落实不到位。具体表现为… | 修订《实施细则》 | 已完成 |\n" +
		"| 2 | 专项资金管理不规范 | 收回结余资金12万元 | 正在整改 |\n"
	doc, err := parse.Parse(context.Background(), "r.md", []byte(text), parse.Options{})
	require.NoError(t, err)
	items := ReadItems(doc)
	require.Len(t, items, 2)
	assert.Equal(t, "意识形态工作责任制落实不到位", items[0].Title)
	assert.Equal(t, StatusDone, items[0].Status)
	assert.Equal(t, "2", items[1].Number)
	assert.Equal(t, StatusInProgress, items[1].Status)
	assert.Equal(t, "正在整改", doc.Slice(items[1].StatusPos))
}

// TestItemsFigureTable: a table that states figures by category (问题类别 |
// 问题数 | 已完成 …, a 合计 row) lists no problems; nor does one whose
// columns are counts with no 合计.
func TestItemsFigureTable(t *testing.T) {
	for _, text := range []string{
		"# 关于巡察整改情况的报告\n\n各方面情况见下表。\n\n" +
			"| 问题类别 | 问题数 | 已完成 | 正在推进 | 完成情况说明 |\n|---|---|---|---|---|\n" +
			"| 党的建设 | 3 | 3 | 0 | 修订议事规则 |\n| 医疗服务 | 4 | 3 | 1 | 开设门诊 |\n| 合计 | 7 | 6 | 1 | |\n",
		"# 关于巡察整改情况的报告\n\n各方面情况见下表。\n\n" +
			"| 反馈问题 | 完成情况 |\n|---|---|\n| 党的建设方面 | 3个 |\n| 医疗服务方面 | 4个 |\n",
	} {
		doc, err := parse.Parse(context.Background(), "r.md", []byte(text), parse.Options{})
		require.NoError(t, err)
		assert.Empty(t, ReadItems(doc), text)
	}
}

// TestItemsAsParagraphs: problems written one paragraph each (N．关于…的问题。
// measures. status.) are items, with the status the paragraph ends on; a
// numbered 关于…问题 paragraph under a section that is not about the problems
// is not.
func TestItemsAsParagraphs(t *testing.T) {
	text := "关于巡察整改情况的报告\n" +
		"　　一、整改工作组织情况\n" +
		"　　局党组召开党组会议2次。\n" +
		"　　二、反馈问题整改情况\n" +
		"　　1．关于会议记录不规范的问题。统一印发会议记录本，每季度检查一次。已完成。\n" +
		"　　2．关于“小金库”清理不彻底的问题。清理账外资金8万元并上缴。正在整改。\n" +
		"　　3．关于档案管理混乱的问题。\n" +
		"　　集中整理2019年以来文书档案。整改情况：已完成。\n" +
		"　　三、下一步工作打算\n" +
		"　　1．关于巩固整改成果的问题。建立长效机制。\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	items := ReadItems(doc)
	got := itemBriefs(items)
	assert.Equal(t, [][3]string{
		{"1．", "会议记录不规范", "done"},
		{"2．", "“小金库”清理不彻底", "in_progress"},
		{"3．", "档案管理混乱", "done"},
	}, got)
	require.Len(t, items, 3)
	assert.Equal(t, "统一印发会议记录本，每季度检查一次。已完成。", items[0].Measures)
}

// itemBriefs are items as number, title and status.
func itemBriefs(items []Item) [][3]string {
	var out [][3]string
	for _, it := range items {
		out = append(out, [3]string{it.Number, it.Title, string(it.Status)})
	}
	return out
}

// TestItemsAnnounced: after a paragraph that says the problems follow one
// by one (逐项整改情况如下：), numbered paragraphs with no 关于 — the problem
// up to the first full stop, then the measures and the status — are the
// items; aspects numbered the same way (（三）组织建设方面。…) are not, nor are
// numbered paragraphs that end on no status.
func TestItemsAnnounced(t *testing.T) {
	text := "关于巡察整改情况的报告\n" +
		"　　巡察组共反馈问题4个。逐项整改情况如下：\n" +
		"　　（一）会议记录不规范。统一印发会议记录本，每季度检查一次。已完成。\n" +
		"　　（二）公务接待超标准。清退超标准接待费用0.8万元。正在整改。\n" +
		"　　（三）组织建设方面。完成支部换届3个。已完成。\n" +
		"　　（四）档案管理混乱。集中整理文书档案。\n" +
		"　　下一步，持续巩固整改成果。\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	items := ReadItems(doc)
	got := itemBriefs(items)
	assert.Equal(t, [][3]string{
		{"（一）", "会议记录不规范", "done"},
		{"（二）", "公务接待超标准", "in_progress"},
	}, got)
	require.Len(t, items, 2)
	assert.Equal(t, "清退超标准接待费用0.8万元。正在整改。", items[1].Measures)
	assert.Equal(t, "公务接待超标准", doc.Slice(parse.Pos{Page: items[1].Pos.Page, Start: items[1].Pos.Start + 3, End: items[1].Pos.Start + 10}))
}

// TestItemsDashedNumbers: problems numbered by aspect and place in it
// (问题1-1：…, 2-1.…), each one paragraph ending on its status, after a
// sentence that says they follow one by one and ends 如下。 (cases-q 02).
func TestItemsDashedNumbers(t *testing.T) {
	text := "关于巡察反馈问题整改情况的报告\n" +
		"　　巡察组反馈问题3个，现对照反馈顺序逐项报告，具体整改情况如下。\n" +
		"　　第一部分党的领导方面\n" +
		"　　问题1-1：“第一议题”学习流于形式。整改情况：建立学习台账，开展学习6次。已完成。\n" +
		"　　问题1-2：基层支部换届不及时。整改情况：2个支部已完成换届。已完成。\n" +
		"　　第二部分经营管理方面\n" +
		"　　问题2-1：合同先履行后签订。整改情况：上线合同管理系统，正在开展专项检查。正在推进。\n"
	assert.Equal(t, [][3]string{
		{"1-1", "“第一议题”学习流于形式", "done"},
		{"1-2", "基层支部换届不及时", "done"},
		{"2-1", "合同先履行后签订", "in_progress"},
	}, textItems(t, text))
}

// TestItemsDashedUnderAspects: dashed items under aspect headings written
// （一）…方面 or 一、…方面 are the items; the headings are groups (review of
// session 10).
func TestItemsDashedUnderAspects(t *testing.T) {
	for _, heads := range [][2]string{{"（一）党的领导方面", "（二）经营管理方面"}, {"一、党的领导方面", "二、经营管理方面"}} {
		text := "关于巡察反馈问题整改情况的报告\n" +
			"　　巡察组反馈问题3个，逐项整改情况如下：\n" +
			"　　" + heads[0] + "\n" +
			"　　问题1-1：学习流于形式。整改情况：建立学习台账。已完成。\n" +
			"　　问题1-2：支部换届不及时。整改情况：已完成换届。已完成。\n" +
			"　　" + heads[1] + "\n" +
			"　　问题2-1：合同先履行后签订。整改情况：开展专项检查。正在推进。\n"
		doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, [][3]string{
			{"1-1", "学习流于形式", "done"},
			{"1-2", "支部换届不及时", "done"},
			{"2-1", "合同先履行后签订", "in_progress"},
		}, itemBriefs(ReadItems(doc)), heads[0])
	}
}

// TestItemsAnnouncedByHeading: a section heading may itself announce the
// problems one by one (二、逐项整改情况如下：), each then one paragraph ending
// on its status (cases-t 07, 16).
func TestItemsAnnouncedByHeading(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][3]string
	}{
		// The section announces the items by its heading (逐项整改), so they
		// are read as 关于…问题 items, titled without 关于 and 的问题.
		{"one paragraph each", "关于巡察整改情况的报告\n" +
			"　　一、总体情况\n" +
			"　　镇党委对反馈问题逐项制定措施。\n" +
			"　　二、逐项整改情况如下：\n" +
			"　　（一）关于会议记录不规范的问题。统一印发会议记录本。已完成。\n" +
			"　　（二）关于公车管理不严的问题。安装定位设备。正在整改。\n" +
			"　　三、下一步打算\n",
			[][3]string{{"（一）", "会议记录不规范", "done"}, {"（二）", "公车管理不严", "in_progress"}}},
		// The heading form of an item (（一）关于“X”问题的整改) with its
		// measures and status after it in the same paragraph, under a
		// section headed 逐项整改情况 (cases-x 08).
		{"heading with its body", "关于巡察整改情况的报告\n" +
			"　　一、整改工作总体情况\n" +
			"　　反馈我局问题2个，已完成整改1个。逐项整改情况如下：\n" +
			"　　二、逐项整改情况\n" +
			"　　（一）关于“会议记录不规范”问题的整改。统一印发会议记录本。整改情况：已完成。\n" +
			"　　（二）关于“公车管理不严”问题的整改。安装定位设备。整改情况：正在推进。\n" +
			"　　三、下一步打算\n",
			[][3]string{{"（一）", "会议记录不规范", "done"}, {"（二）", "公车管理不严", "in_progress"}}},
		// Petitions handed over, handled one by one (逐件办理): the section
		// lists them as the report's items (cases-bq 10).
		{"petitions handled one by one", "关于督察交办件办理情况的报告\n" +
			"　　一、交办件逐件办理情况\n" +
			"　　（一）关于养殖场粪污直排的问题。督促业主建设储粪池。办理结果：已办结。\n" +
			"　　（二）关于砂石堆场扬尘的问题。落实覆盖和喷淋。办理结果：阶段性办结。\n" +
			"　　二、下一步工作\n",
			[][3]string{{"（一）", "养殖场粪污直排", "done"}, {"（二）", "砂石堆场扬尘", "in_progress"}}},
		// Problems' rectification announced as following (问题整改情况如下), in
		// the heading form with the body in the paragraph (cases-bs 08).
		{"typical problems announced", "关于巡察整改情况的报告\n" +
			"　　一、整改总体情况\n" +
			"　　选取部分典型问题整改情况如下：\n" +
			"　　（一）关于“村务公开不及时”问题的整改。按月公开村务。已完成整改。\n" +
			"　　（二）关于“村级财务报账不及时”问题的整改。每月报账一次。已完成整改。\n" +
			"　　二、下一步打算\n",
			[][3]string{{"（一）", "村务公开不及时", "done"}, {"（二）", "村级财务报账不及时", "done"}}},
		// Guard: numbered paragraphs on the work in a field (在…方面，…) are
		// no problems, under a heading that names problems (cases-bs 06).
		{"work in fields", "关于巡察整改情况的报告\n" +
			"　　二、坚持问题导向，整改工作取得明显成效\n" +
			"　　（一）在城市管理方面，针对占道经营问题，开展专项整治，已完成整改。\n" +
			"　　（二）在依法行政方面，修订行政处罚裁量基准，已完成整改。\n",
			nil},
		// Guard (second review of session 17): a petitions report's work
		// steps under 交办件办理工作开展情况 are no items.
		{"work steps of a petitions report", "关于督察交办件办理情况的报告\n" +
			"　　一、交办件办理工作开展情况\n" +
			"　　（一）高位推动，压实办理责任。成立工作专班。\n" +
			"　　（二）建立台账，实行销号管理。逐件明确责任人。\n" +
			"　　二、下一步信访件办理工作打算\n" +
			"　　（一）持续跟踪问效。\n",
			nil},
		// Guard: an aspect's heading with its measures after it is no
		// problem (cases-m 02).
		{"an aspect's heading with its body", "关于巡察整改情况的报告\n" +
			"　　二、反馈问题整改落实情况\n" +
			"　　（一）关于党的领导方面问题的整改。修订决策制度，补全决策记录。\n" +
			"　　（二）关于医德医风方面问题的整改。开展专题教育。\n",
			nil},
		// An aspect's heading between items ends the body of the item
		// before it, whose status stays its last sentence (cases-ad 09).
		{"aspect headings between items", "关于巡视整改情况的报告\n" +
			"　　一、各项问题整改情况\n" +
			"　　（一）政治建设方面\n" +
			"　　1.关于“理论学习走过场”问题的整改。修订学习制度。已完成整改。\n" +
			"　　（二）作风建设方面（2个）\n" +
			"　　2.关于“公务接待超标准”问题的整改。清退超标费用。已完成整改。\n" +
			"　　3.关于“公车使用不规范”问题的整改。安装定位设备。正在推进。\n",
			[][3]string{{"1.", "理论学习走过场", "done"}, {"2.", "公务接待超标准", "done"}, {"3.", "公车使用不规范", "in_progress"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textItems(t, tt.text))
		})
	}
}

// textItems reads the items of a plain-text report, in itemBriefs' form.
func textItems(t *testing.T, text string) [][3]string {
	t.Helper()
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	return itemBriefs(ReadItems(doc))
}

// TestItemsUnderCountedAspects: aspects' headings that give their count of
// problems (（一）…方面（共2个问题）, （二）…方面：1个问题, （7个）) are groups,
// never items, and end the item before them; items numbered （1） are read
// like those numbered （一） (cases-av 02, 03, 05, 06).
func TestItemsUnderCountedAspects(t *testing.T) {
	tests := []struct {
		name, aspect1, aspect2, item1, item2, item3 string
		want                                        [][3]string
	}{
		{"count in brackets, items 1．", "（一）党的建设方面（共2个问题）", "（二）经营管理方面（共1个问题）",
			"1．学习制度执行不严", "2．支部换届不及时", "3．合同先履行后签订",
			[][3]string{{"1．", "学习制度执行不严", "done"}, {"2．", "支部换届不及时", "done"}, {"3．", "合同先履行后签订", "in_progress"}}},
		{"count after a colon", "（一）党的建设方面：2个问题", "（二）经营管理方面：1个问题",
			"1．学习制度执行不严", "2．支部换届不及时", "3．合同先履行后签订",
			[][3]string{{"1．", "学习制度执行不严", "done"}, {"2．", "支部换届不及时", "done"}, {"3．", "合同先履行后签订", "in_progress"}}},
		{"items （1） under （一）", "（一）党的建设方面（2个）", "（二）经营管理方面（1个）",
			"（1）关于学习制度执行不严的问题", "（2）关于支部换届不及时的问题", "（3）关于合同先履行后签订的问题",
			[][3]string{{"（1）", "学习制度执行不严", "done"}, {"（2）", "支部换届不及时", "done"}, {"（3）", "合同先履行后签订", "in_progress"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "关于巡视整改情况的报告\n" +
				"　　一、整改工作开展情况\n" +
				"　　巡视组反馈问题3个。\n" +
				"　　二、反馈问题整改落实情况\n" +
				"　　对反馈问题逐项整改，情况如下：\n" +
				"　　" + tt.aspect1 + "\n" +
				"　　" + tt.item1 + "\n　　建立学习台账，每月通报。已完成。\n" +
				"　　" + tt.item2 + "\n　　完成换届选举。已完成。\n" +
				"　　" + tt.aspect2 + "\n" +
				"　　" + tt.item3 + "\n　　开展合同专项检查。正在推进。\n" +
				"　　三、下一步工作打算\n"
			doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, itemBriefs(ReadItems(doc)))
		})
	}
}

// TestTablesTwoRowHeader: a report's table whose header takes two rows (整改
// 情况 over 完成情况、完成时间; merged cells filled in) is read as a ledger's
// is: the second row is header, not a problem or a figure (cases-ax 01, 09).
func TestTablesTwoRowHeader(t *testing.T) {
	list := "# 关于巡视整改情况的报告\n\n整改清单如下。\n\n" +
		"| 序号 | 反馈问题 | 整改措施 | 整改情况 | |\n|---|---|---|---|---|\n" +
		"| 序号 | 反馈问题 | 整改措施 | 完成情况 | 完成时间 |\n" +
		"| 1 | 意识形态责任制落实不到位 | 修订《实施细则》 | 已完成 | 2024年6月 |\n" +
		"| 2 | 专项资金管理不规范 | 收回结余资金12万元 | 正在整改 | |\n"
	doc, err := parse.Parse(context.Background(), "r.md", []byte(list), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, [][3]string{{"1", "意识形态责任制落实不到位", "done"}, {"2", "专项资金管理不规范", "in_progress"}}, itemBriefs(ReadItems(doc)))

	figures := "# 关于巡视整改情况的报告\n\n各方面整改进展见下表。\n\n" +
		"| 问题类别 | 反馈问题数 | 整改进展 | |\n|---|---|---|---|\n" +
		"| 问题类别 | 反馈问题数 | 已完成 | 正在整改 |\n" +
		"| 党的建设 | 5 | 4 | 1 |\n| 合计 | 5 | 4 | 1 |\n"
	doc, err = parse.Parse(context.Background(), "r.md", []byte(figures), parse.Options{})
	require.NoError(t, err)
	var got []string
	for _, c := range Claims(doc) {
		if c.InTable {
			got = append(got, fmt.Sprintf("%s/%s=%g", c.Kind, c.Subtype, c.Value))
		}
	}
	assert.Equal(t, []string{"problems/total=5", "problems/done=4", "problems/in_progress=1", "problems/total=5", "problems/done=4", "problems/in_progress=1"}, got)
}

// TestItemsParenArabicGuards (review of session 14): （1） numbering a
// section's steps of work is no list of problems when nothing announces
// one and no aspect stands before it; （1） inside an item's measures ends
// nothing; a problem named …方面的问题 is an item, not an aspect.
func TestItemsParenArabicGuards(t *testing.T) {
	text := "关于巡察整改情况的报告\n" +
		"　　一、提高政治站位，扎实推进问题整改\n" +
		"　　（1）成立整改工作领导小组\n　　由局长任组长。\n" +
		"　　（2）制定整改工作方案\n　　明确责任分工。\n" +
		"　　二、反馈问题整改落实情况\n" +
		"　　1.理论学习不深入不系统的问题\n" +
		"　　（1）制度建设方面\n　　2024年5月修订《党组理论学习制度》。整改情况：已完成整改。\n" +
		"　　2.执行中央八项规定精神方面的问题\n　　开展公务接待专项检查，退还费用0.6万元。整改情况：已完成整改。\n" +
		"　　3.合同管理不规范的问题\n　　清理合同42份。整改情况：正在整改。\n" +
		"　　三、下一步工作打算\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, [][3]string{
		{"1.", "理论学习不深入不系统", "done"},
		{"2.", "执行中央八项规定精神方面", "done"},
		{"3.", "合同管理不规范", "in_progress"},
	}, itemBriefs(ReadItems(doc)))
}

// TestItemsReview3 (third review of session 14): an aspect heading that
// names the problems and gives a count is an aspect; problems numbered （1）
// right under a section about them are items.
func TestItemsReview3(t *testing.T) {
	aspects := "关于巡察整改情况的报告\n" +
		"　　二、反馈问题整改落实情况\n" +
		"　　（一）党的领导方面问题（2个）\n" +
		"　　1.理论学习不深入的问题\n　　修订学习制度。整改情况：已完成整改。\n" +
		"　　2.议事规则执行不严的问题\n　　修订议事规则。整改情况：已完成整改。\n" +
		"　　（二）全面从严治党方面的问题（共1个）\n" +
		"　　1.公务接待不规范的问题\n　　退还费用0.6万元。整改情况：正在整改。\n" +
		"　　三、下一步工作打算\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(aspects), parse.Options{})
	require.NoError(t, err)
	assert.Len(t, ReadItems(doc), 3)

	paren := "关于巡察整改情况的报告\n" +
		"　　二、反馈问题整改落实情况\n" +
		"　　（1）理论学习不深入的问题\n　　修订学习制度。整改情况：已完成整改。\n" +
		"　　（2）合同管理不规范的问题\n　　清理合同42份。整改情况：正在整改。\n" +
		"　　三、下一步工作打算\n"
	doc, err = parse.Parse(context.Background(), "r.txt", []byte(paren), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, [][3]string{{"（1）", "理论学习不深入", "done"}, {"（2）", "合同管理不规范", "in_progress"}}, itemBriefs(ReadItems(doc)))
}
