package extract

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numCase checks one number that FindNumbers finds in in: the first whose
// Text is pick. none means FindNumbers must find no number at all.
type numCase struct {
	in     string
	pick   string
	value  float64
	role   Role
	approx Approx
	unit   string // checked when set; "-" means no unit
	none   bool
}

var numCases = []numCase{
	// Arabic, Chinese, mixed, financial numerals.
	{in: "召开党组会议9次", pick: "9", value: 9, role: RoleCount, unit: "次"},
	{in: "反馈问题十三个", pick: "十三", value: 13, role: RoleCount, unit: "个"},
	{in: "制定制度一百零五项", pick: "一百零五", value: 105, role: RoleCount, unit: "项"},
	{in: "培训两千三百人", pick: "两千三百", value: 2300, role: RoleCount, unit: "人"},
	{in: "追回十万元", pick: "十万", value: 100000, role: RoleCount, unit: "元"},
	{in: "一万二千人次", pick: "一万二千", value: 12000, role: RoleCount, unit: "人次"},
	{in: "挽回损失三千五百万元", pick: "三千五百万", value: 35000000, role: RoleCount, unit: "元"},
	{in: "问题二十个", pick: "二十", value: 20, role: RoleCount},
	{in: "金额壹佰贰拾叁元", pick: "壹佰贰拾叁", value: 123, role: RoleCount, unit: "元"},
	{in: "计贰拾项", pick: "贰拾", value: 20, role: RoleCount},
	{in: "拾万元", pick: "拾万", value: 100000, role: RoleCount},
	{in: "清退1.2万元", pick: "1.2万", value: 12000, role: RoleCount, unit: "元"},
	{in: "挽回3.5亿元", pick: "3.5亿", value: 350000000, role: RoleCount, unit: "元"},
	{in: "追回资金30余万元", pick: "30", value: 300000, role: RoleCount, unit: "元", approx: AtLeast},
	{in: "追回资金30余萬元", pick: "30", value: 300000, role: RoleCount, unit: "元", approx: AtLeast},
	{in: "资金3余万亿元", pick: "3", value: 3e12, role: RoleCount, unit: "元", approx: AtLeast},
	{in: "涉及金额1.2亿多元", pick: "1.2亿", value: 120000000, role: RoleCount, unit: "元", approx: AtLeast},
	{in: "共2万3千元", pick: "2万3千", value: 23000, role: RoleCount},
	{in: "合计1亿2000万元", pick: "1亿2000万", value: 120000000, role: RoleCount},
	{in: "投入5千万元", pick: "5千万", value: 50000000, role: RoleCount},
	{in: "余额24,978.12元", pick: "24,978.12", value: 24978.12, role: RoleCount},
	{in: "惠及24，978人", pick: "24，978", value: 24978, role: RoleCount, unit: "人"},
	{in: "分为3，4个", pick: "3", value: 3, role: RoleCount, unit: "-"},
	{in: "分为3，4个", pick: "4", value: 4, role: RoleCount, unit: "个"},
	{in: "追缴2,380万元", pick: "2,380万", value: 23800000, role: RoleCount},
	{in: "调整金额1,206.4万元", pick: "1,206.4万", value: 12064000, role: RoleCount},
	{in: "完成率98.71%", pick: "98.71%", value: 98.71, role: RolePercent},
	{in: "达到百分之九十", pick: "百分之九十", value: 90, role: RolePercent},
	{in: "百分之九十八点七的问题", pick: "百分之九十八点七", value: 98.7, role: RolePercent},
	{in: "百分之百完成", pick: "百分之百", value: 100, role: RolePercent},
	{in: "百分之90", pick: "百分之90", value: 90, role: RolePercent},
	{in: "增长三点五倍", pick: "三点五", value: 3.5, role: RoleCount, unit: "倍"},
	{in: "九十八点七", pick: "九十八点七", value: 98.7, role: RoleCount},
	{in: "三点五万元", pick: "三点五万", value: 35000, role: RoleCount},
	{in: "召开１３次", pick: "１３", value: 13, role: RoleCount, unit: "次"},
	{in: "完成率８４．２％", pick: "８４．２％", value: 84.2, role: RolePercent},
	{in: "２４，９７８元", pick: "２４，９７８", value: 24978, role: RoleCount},
	{in: "给予政务处分0人", pick: "0", value: 0, role: RoleCount, unit: "人"},
	{in: "组织处理0人；诫勉0人", pick: "0", value: 0, role: RoleCount},
	{in: "差错率5‰", pick: "5‰", value: 0.5, role: RolePercent},
	{in: "千分之五", pick: "千分之五", value: 0.5, role: RolePercent},
	{in: "三分之二的问题", pick: "三分之二", value: 2.0 / 3, role: RoleFraction},
	{in: "挽回经济损失1.15亿元", pick: "1.15亿", value: 115000000, role: RoleCount},
	{in: "追回108.45万元", pick: "108.45万", value: 1084500, role: RoleCount},
	{in: "一万二", pick: "一万二", value: 12000, role: RoleCount},
	{in: "两百人", pick: "两百", value: 200, role: RoleCount},
	{in: "零点五", pick: "零点五", value: 0.5, role: RoleCount},
	{in: "十亿元", pick: "十亿", value: 1e9, role: RoleCount},
	{in: "五万亿元", pick: "五万亿", value: 5e12, role: RoleCount},
	{in: "三百五十万", pick: "三百五十万", value: 3500000, role: RoleCount},
	{in: "长3千米", pick: "3", value: 3, role: RoleCount, unit: "千米"},
	{in: "新建3.5公里", pick: "3.5", value: 3.5, role: RoleCount, unit: "公里"},

	// Approximations.
	{in: "约32个", pick: "32", value: 32, role: RoleCount, approx: About, unit: "个"},
	{in: "大约30人", pick: "30", value: 30, role: RoleCount, approx: About},
	{in: "32个以上", pick: "32", value: 32, role: RoleCount, approx: AtLeast, unit: "个"},
	{in: "处理30余人", pick: "30", value: 30, role: RoleCount, approx: AtLeast, unit: "人"},
	{in: "整改100多项", pick: "100", value: 100, role: RoleCount, approx: AtLeast, unit: "项"},
	{in: "超过100万元", pick: "100万", value: 1e6, role: RoleCount, approx: AtLeast},
	{in: "近三年", pick: "三", value: 3, role: RoleDuration, approx: AtMost},
	{in: "不到30人", pick: "30", value: 30, role: RoleCount, approx: AtMost},
	{in: "不足10%", pick: "10%", value: 10, role: RolePercent, approx: AtMost},
	{in: "30人左右", pick: "30", value: 30, role: RoleCount, approx: About},
	{in: "90%以上", pick: "90%", value: 90, role: RolePercent, approx: AtLeast},
	{in: "十几个", pick: "十", value: 10, role: RoleCount, approx: AtLeast, unit: "个"},
	{in: "十来个", pick: "十", value: 10, role: RoleCount, approx: About, unit: "个"},
	{in: "将近20次", pick: "20", value: 20, role: RoleCount, approx: AtMost},
	{in: "逾200人", pick: "200", value: 200, role: RoleCount, approx: AtLeast},
	{in: "至少3次", pick: "3", value: 3, role: RoleCount, approx: AtLeast},
	{in: "最近3年", pick: "3", value: 3, role: RoleDuration, approx: Exact},
	{in: "签约3家企业", pick: "3", value: 3, role: RoleCount, approx: Exact, unit: "家"},
	{in: "不超过5个", pick: "5", value: 5, role: RoleCount, approx: AtMost},
	{in: "5个以内", pick: "5", value: 5, role: RoleCount, approx: AtMost},
	{in: "两个多月", pick: "两", value: 2, role: RoleDuration, approx: AtLeast, unit: "个月"},
	{in: "清退3万余元", pick: "3万", value: 30000, role: RoleCount, approx: AtLeast, unit: "元"},
	{in: "数十个", pick: "十", value: 10, role: RoleCount, approx: AtLeast},
	{in: "退还多收患者费用32.58万元", pick: "32.58万", value: 325800, role: RoleCount, approx: Exact},

	// Dates.
	{in: "2021年3月2日", pick: "2021", value: 2021, role: RoleDate},
	{in: "2021年3月2日", pick: "3", value: 3, role: RoleDate},
	{in: "2021年3月2日", pick: "2", value: 2, role: RoleDate},
	{in: "二〇一九年六月", pick: "二〇一九", value: 2019, role: RoleDate},
	{in: "二〇一九年六月", pick: "六", value: 6, role: RoleDate},
	{in: "2020年4月20日至6月12日", pick: "12", value: 12, role: RoleDate},
	{in: "2020年4月20日至6月12日", pick: "6", value: 6, role: RoleDate},
	{in: "9月上旬", pick: "9", value: 9, role: RoleDate},
	{in: "二〇一九年六月二十七日", pick: "二十七", value: 27, role: RoleDate},
	{in: "一九九八年", pick: "一九九八", value: 1998, role: RoleYear},
	{in: "发布时间2021-03-02", pick: "2021", value: 2021, role: RoleDate},
	{in: "2021/3/2", pick: "3", value: 3, role: RoleDate},
	{in: "2019.07.05", pick: "05", value: 5, role: RoleDate},
	{in: "2023-06-20完成", pick: "20", value: 20, role: RoleDate},
	{in: "截至2019年10月底", pick: "10", value: 10, role: RoleDate},
	{in: "6月12号", pick: "12", value: 12, role: RoleDate},
	{in: "15日前完成", pick: "15", value: 15, role: RoleDate},
	{in: "２０２２年９月１６日", pick: "１６", value: 16, role: RoleDate},

	// Years.
	{in: "2021年", pick: "2021", value: 2021, role: RoleYear},
	{in: "2018年度财务收支", pick: "2018", value: 2018, role: RoleYear, unit: "年度"},
	{in: "确保2020年底前", pick: "2020", value: 2020, role: RoleYear},
	{in: "2015年以来", pick: "2015", value: 2015, role: RoleYear},
	{in: "2016—2017年", pick: "2016", value: 2016, role: RoleYear},
	{in: "2016-2017", pick: "2017", value: 2017, role: RoleYear},

	// Times.
	{in: "9:00", pick: "9:00", value: 9, role: RoleTime},
	{in: "上午9时30分", pick: "9", value: 9, role: RoleTime},
	{in: "上午9时30分", pick: "30", value: 30, role: RoleTime},
	{in: "九点三十分", pick: "九", value: 9, role: RoleTime},
	{in: "下午3点", pick: "3", value: 3, role: RoleTime},
	{in: "会议于14：30召开", pick: "14：30", value: 14.5, role: RoleTime},
	{in: "2021-06-18 10:32来源", pick: "10:32", value: 10 + 32.0/60, role: RoleTime},

	// Document numbers.
	{in: "东农林党字〔2017〕9号", pick: "2017", value: 2017, role: RoleDocNumber},
	{in: "东农林党字〔2017〕9号", pick: "9", value: 9, role: RoleDocNumber},
	{in: "〔2021〕3号", pick: "3", value: 3, role: RoleDocNumber},
	{in: "【2020】12号", pick: "2020", value: 2020, role: RoleDocNumber},
	{in: "（2017）9号", pick: "2017", value: 2017, role: RoleDocNumber},
	{in: "1号文件", pick: "1", value: 1, role: RoleDocNumber},
	{in: "滇ICP备12345678号", pick: "12345678", value: 12345678, role: RoleDocNumber},

	// Ordinals.
	{in: "第57次", pick: "57", value: 57, role: RoleOrdinal},
	{in: "第三条", pick: "三", value: 3, role: RoleOrdinal},
	{in: "第一责任人", pick: "一", value: 1, role: RoleOrdinal},
	{in: "省委第二巡视组", pick: "二", value: 2, role: RoleOrdinal},
	{in: "十四届县委第五轮巡察", pick: "十四", value: 14, role: RoleOrdinal},
	{in: "十四届县委第五轮巡察", pick: "五", value: 5, role: RoleOrdinal},
	{in: "十九届四中全会", pick: "四", value: 4, role: RoleOrdinal},
	{in: "各二级党组织", pick: "二", value: 2, role: RoleOrdinal},
	{in: "药品耗材二次议价", pick: "二", value: 2, role: RoleOrdinal},
	{in: "详见表1", pick: "1", value: 1, role: RoleOrdinal},
	{in: "附件2", pick: "2", value: 2, role: RoleOrdinal},
	{in: "建党100周年", pick: "100", value: 100, role: RoleOrdinal},
	{in: "第五次全国经济普查", pick: "五", value: 5, role: RoleOrdinal},
	{in: "第1、2、3项", pick: "2", value: 2, role: RoleOrdinal},
	{in: "第一、二批", pick: "二", value: 2, role: RoleOrdinal},
	{in: "2020年3-5月", pick: "3", value: 3, role: RoleDate},
	{in: "10至15日", pick: "10", value: 10, role: RoleDate},
	{in: "3至5年", pick: "3", value: 3, role: RoleDuration},
	{in: "东ICP备12345678号-1", pick: "1", value: 1, role: RoleDocNumber},

	// Phones and codes.
	{in: "0871-12345678", pick: "0871-12345678", value: 87112345678, role: RolePhone},
	{in: "13812345678", pick: "13812345678", value: 13812345678, role: RolePhone},
	{in: "联系电话：0790—6281935", pick: "0790—6281935", value: 7906281935, role: RolePhone},
	{in: "电话：6281935", pick: "6281935", value: 6281935, role: RolePhone},
	{in: "2016-XS03-03", pick: "2016", value: 2016, role: RoleCode},
	{in: "2016-XS03-03", pick: "03", value: 3, role: RoleCode},
	{in: "5G基站", pick: "5", value: 5, role: RoleCode},
	{in: "邮编：650000", pick: "650000", value: 650000, role: RoleCode},
	{in: "网站标识码5301000001", pick: "5301000001", value: 5301000001, role: RoleCode},
	{in: "见3.1.2节", pick: "3.1.2", value: 0, role: RoleCode},
	{in: "12345678901234567890123", pick: "12345678901234567890123", value: 0, role: RoleCode},
	{in: "编码007", pick: "007", value: 7, role: RoleCode},

	// List markers.
	{in: "（一）加强组织领导", pick: "一", value: 1, role: RoleListMarker},
	{in: "(1)加强", pick: "1", value: 1, role: RoleListMarker},
	{in: "1.整改情况", pick: "1", value: 1, role: RoleListMarker},
	{in: "\u3000\u3000一、总体情况", pick: "一", value: 1, role: RoleListMarker},
	{in: "一是挽回损失", pick: "一", value: 1, role: RoleListMarker},
	{in: "；三是严肃问责", pick: "三", value: 3, role: RoleListMarker},
	{in: "①", pick: "①", value: 1, role: RoleListMarker},
	{in: "⑫项", pick: "⑫", value: 12, role: RoleListMarker},
	{in: "其一", pick: "一", value: 1, role: RoleListMarker},
	{in: "完成。2、持续推进", pick: "2", value: 2, role: RoleListMarker},
	{in: "（十二）关于", pick: "十二", value: 12, role: RoleListMarker},

	// An indefinite 一 before an evaluative word names a kind; 一个 / 一段
	// before a time noun is a span of time (a rule, not a list of phrases).
	{in: "作为一项重要工作", pick: "一", value: 1, role: RoleIdiom},
	{in: "列為一項(xiàng)艱巨工作", pick: "一", value: 1, role: RoleIdiom},
	{in: "视为一件严肃的事", pick: "一", value: 1, role: RoleIdiom},
	{in: "完成1项重要任务", pick: "1", value: 1, role: RoleCount},
	{in: "完成一项整改任务", pick: "一", value: 1, role: RoleCount},
	{in: "今后一个时期", pick: "一", value: 1, role: RoleDuration},
	{in: "较长一段时间内", pick: "一", value: 1, role: RoleDuration},
	{in: "在一段时期里", pick: "一", value: 1, role: RoleDuration},
	{in: "经过两个时期的治理", pick: "两", value: 2, role: RoleDuration},
	{in: "分三个阶段推进", pick: "三", value: 3, role: RoleCount},
	// A session of a term (届 … N次会议) is an ordinal; N次会议 a unit held
	// is a count.
	{in: "在县十八届人大四次会议上", pick: "四", value: 4, role: RoleOrdinal},
	{in: "市政协十二届三次会议期间", pick: "三", value: 3, role: RoleOrdinal},
	{in: "党的十九届四次全会", pick: "四", value: 4, role: RoleOrdinal},
	{in: "本届班子召开4次会议", pick: "4", value: 4, role: RoleCount},
	{in: "十八届人大代表4次视察", pick: "4", value: 4, role: RoleCount},

	// Set phrases and words.
	{in: "增强“四个意识”", pick: "四", value: 4, role: RoleIdiom},
	{in: "做到两个维护", pick: "两", value: 2, role: RoleIdiom},
	{in: "落实一岗双责", pick: "一", value: 1, role: RoleIdiom},
	{in: "执行三重一大制度", pick: "三", value: 3, role: RoleIdiom},
	{in: "执行三重一大制度", pick: "一", value: 1, role: RoleIdiom},
	{in: "规范三会一课", pick: "三", value: 3, role: RoleIdiom},
	{in: "举一反三", pick: "三", value: 3, role: RoleIdiom},
	{in: "企业开办一件事", pick: "一", value: 1, role: RoleIdiom},
	{in: "防止两张皮", pick: "两", value: 2, role: RoleIdiom},
	{in: "学习党的十九大精神", pick: "十九", value: 19, role: RoleIdiom},
	{in: "十四五规划", pick: "十四", value: 14, role: RoleIdiom},
	{in: "十四五规划", pick: "五", value: 5, role: RoleIdiom},
	{in: "一把手", pick: "一", value: 1, role: RoleIdiom},
	{in: "一体推进", pick: "一", value: 1, role: RoleIdiom},
	{in: "一些问题", pick: "一", value: 1, role: RoleIdiom},
	{in: "一律不得", pick: "一", value: 1, role: RoleIdiom},
	{in: "一并处理", pick: "一", value: 1, role: RoleIdiom},
	{in: "根据省委统一部署", pick: "一", value: 1, role: RoleIdiom},
	{in: "进一步加强", pick: "一", value: 1, role: RoleIdiom},
	{in: "正在推进一个。", pick: "一", value: 1, role: RoleCount},           // a verb ending in 进, then a count that ends its clause
	{in: "着力推进一项重点改革任务", pick: "一", value: 1, role: RoleIdiom},      // an article before its noun
	{in: "已完成整改11个，正在推进一个问题", pick: "一", value: 1, role: RoleCount}, // a state, then a count
	{in: "持续推进一个（需长期坚持）", pick: "一", value: 1, role: RoleCount},     // a count that ends its clause
	{in: "持续推进一项重点改革任务", pick: "一", value: 1, role: RoleIdiom},      // a manner, then an article
	{in: "一起研究", pick: "一", value: 1, role: RoleIdiom},
	{in: "唯一", pick: "一", value: 1, role: RoleIdiom},
	{in: "同一执法岗位", pick: "一", value: 1, role: RoleIdiom},
	{in: "一方面", pick: "一", value: 1, role: RoleIdiom},
	{in: "一定要", pick: "一", value: 1, role: RoleIdiom},
	{in: "作为一项重大政治任务", pick: "一", value: 1, role: RoleIdiom},
	{in: "开展一次全面“体检”", pick: "一", value: 1, role: RoleIdiom},
	{in: "中央八项规定精神", pick: "八", value: 8, role: RoleIdiom},
	{in: "“双随机、一公开”", pick: "一", value: 1, role: RoleIdiom},
	{in: "农村集体“三资”管理", pick: "三", value: 3, role: RoleIdiom},
	{in: "零容忍", pick: "零", value: 0, role: RoleIdiom},
	{in: "十分重要", pick: "十", value: 10, role: RoleIdiom},
	{in: "逐一核查", pick: "一", value: 1, role: RoleIdiom},
	{in: "问题之一", pick: "一", value: 1, role: RoleIdiom},
	{in: "村两委班子", pick: "两", value: 2, role: RoleIdiom},
	{in: "整治四风问题", pick: "四", value: 4, role: RoleIdiom},
	{in: "运用四种形态", pick: "四", value: 4, role: RoleIdiom},
	{in: "建立“三张清单”", pick: "三", value: 3, role: RoleIdiom},
	{in: "每一个环节", pick: "一", value: 1, role: RoleIdiom},
	{in: "纳入一窗通办", pick: "一", value: 1, role: RoleIdiom},
	{in: "一以贯之", pick: "一", value: 1, role: RoleIdiom},

	// Durations.
	{in: "两个月内完成", pick: "两", value: 2, role: RoleDuration, unit: "个月"},
	{in: "为期四个月", pick: "四", value: 4, role: RoleDuration},
	{in: "两个月来", pick: "两", value: 2, role: RoleDuration},
	{in: "工作满五年", pick: "五", value: 5, role: RoleDuration, unit: "年"},
	{in: "10个工作日内", pick: "10", value: 10, role: RoleDuration},
	{in: "5日内", pick: "5", value: 5, role: RoleDuration},
	{in: "3天", pick: "3", value: 3, role: RoleDuration},
	{in: "24小时", pick: "24", value: 24, role: RoleDuration},
	{in: "一年来", pick: "一", value: 1, role: RoleDuration},

	// Figures that are counts, in awkward places.
	{in: "9个已完成整改", pick: "9", value: 9, role: RoleCount, unit: "个"},
	{in: "对3名干部进行谈话提醒", pick: "3", value: 3, role: RoleCount, unit: "名"},
	{in: "召开民主生活会一次", pick: "一", value: 1, role: RoleCount, unit: "次"},
	{in: "正在整改两个", pick: "两", value: 2, role: RoleCount},
	{in: "二十、十七、三、两、一", pick: "三", value: 3, role: RoleCount},
	{in: "二十、十七、三、两、一", pick: "一", value: 1, role: RoleCount},
	{in: "浏览次数：1286", pick: "1286", value: 1286, role: RoleCount},
	{in: "三公里", pick: "三", value: 3, role: RoleCount, unit: "公里"},
	{in: "提出3点意见", pick: "3", value: 3, role: RoleCount, unit: "点"},
	{in: "合计  15      13", pick: "13", value: 13, role: RoleCount},
	{in: "党组会议                ６", pick: "６", value: 6, role: RoleCount},
	{in: "代表3人", pick: "3", value: 3, role: RoleCount},
	{in: "约谈3人", pick: "3", value: 3, role: RoleCount, approx: Exact},

	// A round figure written as its magnitude alone, after a word of
	// approximation or before 元.
	{in: "追回医保基金上亿元", pick: "亿", value: 1e8, role: RoleCount, unit: "元", approx: AtLeast},
	{in: "挽回经济损失近百万元", pick: "百万", value: 1e6, role: RoleCount, unit: "元", approx: AtMost},
	{in: "通过整改企业减亏百万元", pick: "百万", value: 1e6, role: RoleCount, unit: "元"},
	{in: "惠及群众上千人", pick: "千", value: 1000, role: RoleCount, unit: "人", approx: AtLeast},
	{in: "逾百亿元", pick: "百亿", value: 1e10, role: RoleCount, unit: "元", approx: AtLeast},
	{in: "追缴稅款近千萬元", pick: "千萬", value: 1e7, role: RoleCount, unit: "元", approx: AtMost},
	// Nothing to find.
	{in: "百姓", none: true},
	{in: "百万庄街道", none: true},
	{in: "千万要注意安全", none: true},
	{in: "千家万户", none: true},
	{in: "涉及资金数千万元", none: true},
	{in: "开出万元罚单", none: true},
	{in: "亿元以上项目", none: true},
	{in: "百余名干部参加", none: true},
	{in: "千万不能", none: true},
	{in: "千方百计", none: true},
	{in: "整改工作", none: true},
	{in: "", none: true},
	{in: "abc,.%", none: true},
}

func TestFindNumbersCases(t *testing.T) {
	require.GreaterOrEqual(t, len(numCases), 150, "the table must hold at least 150 cases")
	for _, c := range numCases {
		t.Run(c.in+"/"+c.pick, func(t *testing.T) {
			ns := FindNumbers(c.in)
			if c.none {
				require.Empty(t, ns)
				return
			}
			var got *Number
			for i := range ns {
				if ns[i].Text == c.pick {
					got = &ns[i]
					break
				}
			}
			require.NotNil(t, got, "no number %q in %q; found %+v", c.pick, c.in, ns)
			assert.Equal(t, c.role.String(), got.Role.String(), "role")
			assert.InDelta(t, c.value, got.Value, 1e-9*math.Max(1, math.Abs(c.value)), "value")
			assert.Equal(t, c.approx.String(), got.Approx.String(), "approx")
			switch c.unit {
			case "":
			case "-":
				assert.Empty(t, got.Unit, "unit")
			default:
				assert.Equal(t, c.unit, got.Unit, "unit")
			}
		})
	}
}

func TestFindNumbersCountAndMultiplier(t *testing.T) {
	cases := []struct {
		in          string
		count, mult float64
		chinese     bool
	}{
		{"1.2万", 1.2, 1e4, false},
		{"3.5亿", 3.5, 1e8, false},
		{"2,380万", 2380, 1e4, false},
		{"5千万", 5, 1e7, false},
		{"3千", 3, 1e3, false},
		{"三千五百万", 3500, 1e4, true},
		{"十万", 10, 1e4, true},
		{"一万二千", 12000, 1, true},
		{"2万3千", 23000, 1, false},
		{"十三", 13, 1, true},
		{"１３", 13, 1, false},
		{"98.71%", 98.71, 1, false},
		{"三点五万", 3.5, 1e4, true},
		{"五万亿", 5, 1e12, true},
	}
	for _, c := range cases {
		n, ok := ParseNumber(c.in)
		require.True(t, ok, c.in)
		assert.InDelta(t, c.count, n.Count, 1e-9, c.in)
		assert.Equal(t, c.mult, n.Multiplier, c.in)
		assert.Equal(t, c.chinese, n.Chinese, c.in)
		assert.InDelta(t, n.Count*n.Multiplier, n.Value, 1e-6, c.in)
	}
}

func TestFindNumbersOffsets(t *testing.T) {
	s := "𠀀问题25个，完成率98.71%，追回1.2万元；（一）召开会议十三次，２４，９７８人"
	type want struct {
		text       string
		start, end int
	}
	wants := []want{
		{"25", 3, 5}, {"98.71%", 10, 16}, {"1.2万", 19, 23}, {"一", 26, 27},
		{"十三", 32, 34}, {"２４，９７８", 36, 42},
	}
	ns := FindNumbers(s)
	require.Len(t, ns, len(wants))
	rs := []rune(s)
	for i, w := range wants {
		assert.Equal(t, w.text, ns[i].Text)
		assert.Equal(t, w.start, ns[i].Start, w.text)
		assert.Equal(t, w.end, ns[i].End, w.text)
		assert.Equal(t, string(rs[ns[i].Start:ns[i].End]), ns[i].Text)
	}
	assert.Equal(t, RoleListMarker, ns[3].Role)
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in     string
		ok     bool
		value  float64
		role   Role
		approx Approx
		start  int
		end    int
	}{
		{"十三", true, 13, RoleCount, Exact, 0, 2},
		{"13", true, 13, RoleCount, Exact, 0, 2},
		{"１３", true, 13, RoleCount, Exact, 0, 2},
		{" 98.71% ", true, 98.71, RolePercent, Exact, 1, 7},
		{"\u30001.2万元", true, 12000, RoleCount, Exact, 1, 5},
		{"约32个", true, 32, RoleCount, About, 1, 3},
		{"30余人", true, 30, RoleCount, AtLeast, 0, 2},
		{"32个以上", true, 32, RoleCount, AtLeast, 0, 2},
		{"1,206.4万元", true, 12064000, RoleCount, Exact, 0, 8},
		{"2021年", true, 2021, RoleYear, Exact, 0, 4},
		{"三", true, 3, RoleCount, Exact, 0, 1},
		{"百分之百", true, 100, RolePercent, Exact, 0, 4},
		{"0", true, 0, RoleCount, Exact, 0, 1},
		{"9:00", true, 9, RoleTime, Exact, 0, 4},
		{"", false, 0, 0, 0, 0, 0},
		{"   ", false, 0, 0, 0, 0, 0},
		{"abc", false, 0, 0, 0, 0, 0},
		{"统一", false, 0, 0, 0, 0, 0},
		{"3，4", false, 0, 0, 0, 0, 0},
		{"2021年3月", false, 0, 0, 0, 0, 0},
		{"问题13个", false, 0, 0, 0, 0, 0},
		{"13个问题", false, 0, 0, 0, 0, 0},
	}
	for _, c := range cases {
		n, ok := ParseNumber(c.in)
		require.Equal(t, c.ok, ok, "%q", c.in)
		if !ok {
			continue
		}
		assert.InDelta(t, c.value, n.Value, 1e-9, c.in)
		assert.Equal(t, c.role, n.Role, c.in)
		assert.Equal(t, c.approx, n.Approx, c.in)
		assert.Equal(t, c.start, n.Start, c.in)
		assert.Equal(t, c.end, n.End, c.in)
	}
}

func TestEnumStrings(t *testing.T) {
	assert.Equal(t, "about", About.String())
	assert.Equal(t, "at_most", AtMost.String())
	assert.Equal(t, "approx(?)", Approx(9).String())
	assert.Equal(t, "idiom", RoleIdiom.String())
	assert.Equal(t, "count", RoleCount.String())
	assert.Equal(t, "role(?)", Role(-1).String())
}

type reportClaims struct {
	File   string `json:"file"`
	Claims []struct {
		Kind    string  `json:"kind"`
		Subtype string  `json:"subtype"`
		Value   float64 `json:"value"`
	} `json:"claims"`
}

func reportTexts(t testing.TB) map[string]string {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "reports", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[f] = string(b)
	}
	return out
}

// TestReportClaimsRecall checks the number layer against the corpus: every
// claim value in reports/NN.claims.json is found, in document order, as the
// Value of a Count or Percent number in NN.txt. The texts are read as they
// are, full-width digits (report 07) included.
func TestReportClaimsRecall(t *testing.T) {
	texts := reportTexts(t)
	total := 0
	for f, text := range texts {
		b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".claims.json")
		require.NoError(t, err)
		var rc reportClaims
		require.NoError(t, json.Unmarshal(b, &rc))
		require.NotEmpty(t, rc.Claims, f)

		var figures []Number
		for _, n := range FindNumbers(text) {
			if n.Role == RoleCount || n.Role == RolePercent {
				figures = append(figures, n)
			}
		}
		k := 0
		for _, c := range rc.Claims {
			start := k
			for k < len(figures) && math.Abs(figures[k].Value-c.Value) > 1e-6*math.Max(1, c.Value) {
				k++
			}
			require.Less(t, k, len(figures), "%s: claim %s/%s = %v not found in order after figure %d",
				filepath.Base(f), c.Kind, c.Subtype, c.Value, start)
			if c.Kind == "problems" && c.Subtype == "rate" {
				assert.Equal(t, RolePercent, figures[k].Role, "%s: rate %v", f, c.Value)
			}
			k++
			total++
		}
	}
	t.Logf("%d claim values found in %d reports", total, len(texts))
}

// TestReportNumbersNoise checks the numbers in the corpus reports that are
// not counts: dates, ordinals and the phone numbers must not come out as
// counts.
func TestReportNumbersNoise(t *testing.T) {
	for f, text := range reportTexts(t) {
		for _, n := range FindNumbers(text) {
			switch {
			case strings.Contains(n.Text, "—"):
				assert.Equal(t, RolePhone, n.Role, "%s %q", f, n.Text)
			case n.Unit == "日" || n.Unit == "月":
				assert.Equal(t, RoleDate, n.Role, "%s %q", f, n.Text)
			case n.Unit == "年":
				assert.Contains(t, []Role{RoleDate, RoleYear}, n.Role, "%s %q", f, n.Text)
			}
			if n.Role == RoleCount && n.Chinese {
				assert.NotEmpty(t, n.Unit, "%s: Chinese count %q at %d has no measure word", f, n.Text, n.Start)
			}
			assert.InDelta(t, n.Count*n.Multiplier, n.Value, 1e-6*math.Max(1, n.Value))
		}
	}
}

// checkNumbers asserts the invariants every result of FindNumbers keeps.
func checkNumbers(t *testing.T, s string, ns []Number) {
	t.Helper()
	total := utf8.RuneCountInString(s)
	rs := []rune(s)
	prev := 0
	for _, n := range ns {
		if n.Start < prev || n.End <= n.Start || n.End > total {
			t.Fatalf("bad offsets [%d,%d) after %d in %d code points: %q", n.Start, n.End, prev, total, s)
		}
		if string(rs[n.Start:n.End]) != n.Text {
			t.Fatalf("Text %q is not the span [%d,%d) of %q", n.Text, n.Start, n.End, s)
		}
		for _, v := range []float64{n.Value, n.Count, n.Multiplier} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("bad number %+v in %q", n, s)
			}
		}
		prev = n.End
	}
}

func TestFindNumbersInvariantsOnReports(t *testing.T) {
	for _, text := range reportTexts(t) {
		checkNumbers(t, text, FindNumbers(text))
	}
}

func BenchmarkFindNumbers(b *testing.B) {
	texts := reportTexts(b)
	all := make([]string, 0, len(texts))
	size := 0
	for _, s := range texts {
		all = append(all, s)
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range all {
			FindNumbers(s)
		}
	}
}
