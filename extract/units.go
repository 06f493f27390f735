package extract

import (
	"strings"
)

// Measure words: the units recognised after a number (个, 次, 人, 元, 个月 …).

// unitInfo is a measure word and its length in runes.
type unitInfo struct {
	word string
	n    int // length in runes
}

// units are the measure words recognised after a number, by first rune,
// longest first.
var units = func() map[rune][]unitInfo {
	words := strings.Fields(`个 个月 个工作日 个百分点 个小时 个季度 个星期 个次 个周 个人
		次 项 项次 人 人次 名 件 条 家 家次 元 美元 户 户次 场 场次 期 批 批次 份 篇 处 类 起 宗 笔 本 张 套 台 辆 所 座
		亩 平方米 平方公里 公里 千米 千瓦 千瓦时 米 吨 公斤 千克 克 位 轮 组 支 部 章 节 款 页 册 岁 倍 百分点 层 栋 间 根 块
		片 门 首 封 盒 箱 袋 包 斤 升 方 立方米 公顷 种 群 届 级 团 队 股 例 株 头 只 匹 艘 架 枚 粒 遍 趟 回 番
		课时 学时 成 分 分钟 角 把 点 时 年 年度 月 月份 日 号 天 周 周年 星期 小时 秒 秒钟 季度 工作日 中全会`)
	m := map[rune][]unitInfo{}
	for _, w := range words {
		r := []rune(w)
		m[r[0]] = append(m[r[0]], unitInfo{w, len(r)})
	}
	for r, l := range m {
		for a := 1; a < len(l); a++ { // longest first
			for b := a; b > 0 && l[b].n > l[b-1].n; b-- {
				l[b], l[b-1] = l[b-1], l[b]
			}
		}
		m[r] = l
	}
	return m
}()

// matchUnit returns the measure word starting at rs[i], if any.
func matchUnit(rs []rune, i int) unitInfo {
	if i >= len(rs) {
		return unitInfo{}
	}
	for _, u := range units[rs[i]] {
		if hasAt(rs, i, u.word) {
			return u
		}
	}
	return unitInfo{}
}

// durationUnits are the measure words of a length of time: a number before
// them is RoleDuration.
var durationUnits = map[string]bool{"个月": true, "个工作日": true, "个小时": true, "个季度": true, "个星期": true,
	"个周": true, "天": true, "周": true, "星期": true, "小时": true, "秒": true, "秒钟": true, "季度": true,
	"工作日": true, "分钟": true}

// ordinalUnits are the measure words of a rank (十四届, 二级, 四中全会, 70周年):
// a number before them is RoleOrdinal.
var ordinalUnits = map[string]bool{"届": true, "级": true, "中全会": true, "周年": true}

// isPieces tells the measure words of cases and pieces of mail: 件, and 宗
// as southern and Cantonese texts count cases (信访举报案件17宗).
func isPieces(unit string) bool { return unit == "件" || unit == "宗" }

// problemMeasures are the measure words problems are counted in: items
// (个, 项, 条) and pieces or places (件, 宗, 处).
var problemMeasures = map[string]bool{"个": true, "项": true, "条": true, "件": true, "宗": true, "处": true}

// PieceMeasure tells a measure word of pieces handled (件, 宗, 起), as
// against those of items (个, 项, 条 …): counts in the two are of two sets
// (verify's arithmetic does not pair them).
func PieceMeasure(unit string) bool { return isPieces(unit) || unit == "起" }
