package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleVagueMeasures(t *testing.T) {
	// listed is a report listing one problem with the measures.
	listed := func(measures string) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("（一）关于“公务用车管理不严格”问题的整改情况", measures)
			in := input(doc)
			in.Items = []extract.Item{item(t, doc, 1, "（一）", "公务用车管理不严格", measures, extract.StatusUnknown, "")}
			return in
		}
	}
	testRule(t, RuleVagueMeasures, []ruleCase{
		{name: "slogans only", in: listed("高度重视，进一步加强管理，切实抓好落实。"),
			want: []got{{"（一）", "", ""}}, msgs: []string{"问题（一）“公务用车管理不严格”的整改措施没有时间、数字、责任人、文件或时限，只有表态"}},
		{name: "a date and a document", in: listed("2020年3月制定《公务用车管理办法》。")},
		{name: "a count", in: listed("清理超标车辆3台。")},
		{name: "a leader the ledger names",
			in: func(t *testing.T) *Input {
				in := listed("钱塘督导，进一步加强管理。")(t)
				p := owned(extract.LedgerProblem{No: "1", Title: "公务用车"})
				p.Leader = "钱塘"
				return withLedger(in, extract.Ledger{Problems: []extract.LedgerProblem{p}})
			}},
		{name: "the same without a ledger naming the leader", in: listed("钱塘督导，进一步加强管理。"),
			want: []got{{"（一）", "", ""}}},
		// The forms real measures use: each makes the measures concrete.
		{name: "a month, then what was done", in: listed("10月对全局公务用车使用情况开展专项检查。")},
		{name: "a month in Chinese numerals", in: listed("十月对车辆停放情况进行清理。")},
		{name: "a deadline at a month's end", in: listed("督促各科室10月底前完成自查自纠。")},
		{name: "by the year's end", in: listed("年底前完成车辆平台建设，切实加强管理。")},
		{name: "a quarter", in: listed("第三季度组织开展“回头看”，巩固整改成效。")},
		{name: "half a year", in: listed("上半年完成公务用车制度修订。")},
		{name: "a year from which", in: listed("2023年起实行派车单制度。")},
		{name: "a length of time", in: listed("两个月内完成全部车辆的登记造册。")},
		{name: "a frequency", in: listed("每月通报车辆使用情况，强化监督。")},
		{name: "before a holiday", in: listed("国庆节前完成车辆封存。")},
		{name: "a count in Chinese numerals", in: listed("开展专项检查两次，进一步规范管理。")},
		{name: "an amount of money", in: listed("收回违规使用车辆费用3.62万元。")},
		{name: "a percentage", in: listed("车辆定位系统安装率达到100%。")},
		{name: "a document number", in: listed("印发〔2023〕5号文件，规范车辆使用。")},
		{name: "a document number in round brackets", in: listed("下发（2023）12号通知，严格派车审批。")},
		{name: "a document titled without 《》", in: listed("印发关于进一步加强公务用车管理的通知，严格执行。")},
		{name: "who leads, by title", in: listed("由分管副局长牵头，进一步加强管理。")},
		{name: "who leads, by name", in: listed("由王明牵头，进一步加强管理。")},
		{name: "a name where a person stands", in: listed("明确陈晓红为第一责任人，切实抓好落实。")},
		{name: "a name before what a person does", in: listed("王明抓总，切实抓好落实。")},
		{name: "a comrade", in: listed("张伟同志负责督促整改。")},
		// Slogans stay vague, however many numerals their set phrases hold.
		{name: "set phrases with numerals",
			in:   listed("严格落实中央八项规定精神，坚持一岗双责，进一步提高政治站位。"),
			want: []got{{"（一）", "", ""}}},
		{name: "list markers are not quantities",
			in:   listed("一是提高思想认识，二是强化监督检查，三是确保整改到位。"),
			want: []got{{"（一）", "", ""}}},
		{name: "a word jieba takes for a name (杜绝) is not one",
			in:   listed("坚决杜绝有偿补课等违规行为，切实抓好整改落实。"),
			want: []got{{"（一）", "", ""}}},
		{name: "responsibility without a who",
			in:   listed("压实主体责任，强化监督检查，确保整改到位。"),
			want: []got{{"（一）", "", ""}}},
		{name: "no measures stated", in: listed("")},
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}
