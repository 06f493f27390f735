package main

import (
	"fmt"
	"strings"
)

// inner writes a title's double quotes as single ones, as a title quoted in a heading does.
func inner(s string) string {
	return strings.NewReplacer("“", "‘", "”", "’").Replace(s)
}

func init() {
	// 01: （一）…方面（8个）; "1．关于“…”的问题" alone, then the measures, then the status line.
	styles["01-dongchuan-shuili-clean"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）%s（%d个）", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d．关于“%s”的问题", k, inner(p.title)), p.measures, p.status}
		},
	}
}

func init() {
	// 02: （一）…方面（共9个问题）; "1．title" alone, "整改措施：…", then the status line.
	styles["02-zhongguo-huayu-jianshe"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）%s（共%d个问题）", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d．%s", k, p.title), "整改措施：" + p.measures, p.status}
		},
	}
}

func init() {
	// 03: （一）…方面：9个问题; one paragraph a problem: "1．关于“…”问题的整改。" measures, status.
	styles["03-dongchuan-weijian"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）%s：%d个问题", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d．关于“%s”问题的整改。%s%s", k, inner(p.title), p.measures, p.status)}
		},
	}
}

func init() {
	// 04: （一）…方面（共6个，已完成5个）; one paragraph a problem: "1.关于“…”的问题。" measures, status.
	styles["04-zhongguo-yuanfan-hangyun-clean"] = style{
		aspect: func(i int, a *aspect, n int) string {
			done := 0
			for _, p := range a.probs {
				if p.status == "整改进展：已完成。" {
					done++
				}
			}
			return fmt.Sprintf("（%s）%s（共%d个问题，已完成%d个）", cnum(i+1), a.name, n, done)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d.关于“%s”的问题。%s%s", k, inner(p.title), p.measures, p.status)}
		},
	}
}

func init() {
	// 05: （一）…方面（7个）; "（1）关于“…”的问题" alone, then the measures ending on the status.
	styles["05-dongchuan-shengtai"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）%s（%d个）", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("（%d）关于“%s”的问题", k, inner(p.title)), p.measures + p.status}
		},
	}
}

func init() {
	// 06: a plain text file: "    （一）…方面（8个问题）"; one numbered paragraph a problem
	// with no 关于: "    1.title。measures status".
	styles["06-zhongguo-dingheng-dianqi"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("\n    （%s）%s（%d个问题）\n", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("    %d.%s。%s%s", k, p.title, p.measures, p.status)}
		},
	}
}

func init() {
	// 07: （一）关于…方面问题的整改（7个）; "1．关于…的问题" alone, "整改措施：…", then the result line.
	styles["07-dongchuan-shangwu-clean"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）关于%s问题的整改（%d个）", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d．关于%s的问题", k, p.title), "整改措施：" + p.measures, p.status}
		},
	}
}

func init() {
	// 08: （一）…方面（9个问题）; "1.关于“…”问题" alone, then the measures, then "整改状态：…".
	styles["08-dongchuan-jiaotong"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）%s（%d个问题）", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d.关于“%s”问题", k, inner(p.title)), p.measures, p.status}
		},
	}
}

func init() {
	// 09: a plain text file: "（一）在…方面（共7个问题）"; "1、关于…问题" alone,
	// "整改措施：…", then the status line.
	styles["09-zhongguo-hanhai-liangyou"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）在%s（共%d个问题）\n", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d、关于%s问题", k, p.title), "整改措施：" + p.measures, p.status, ""}
		},
	}
}

func init() {
	// 10: （一）…方面（6个问题）; one paragraph a problem: "1．关于“…”的问题。" measures, status.
	styles["10-dongchuan-yibao"] = style{
		aspect: func(i int, a *aspect, n int) string {
			return fmt.Sprintf("（%s）%s（%d个问题）", cnum(i+1), a.name, n)
		},
		item: func(k int, p *problem) []string {
			return []string{fmt.Sprintf("%d．关于“%s”的问题。%s%s", k, inner(p.title), p.measures, p.status)}
		},
	}
}
