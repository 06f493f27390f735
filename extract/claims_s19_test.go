package extract

// The rules session 19 wrote: sentences of our own in the style of what the
// blind written sets and case folders read wrong. Each row read otherwise
// before its rule, or is labelled a guard.

// familyCasesS19 are session 19's readings.
var familyCasesS19 = []familyCase{
	// The means of a sum of money rectified, item by item (blind set xp):
	// an item that opens on a verb of its own takes no verb of the item
	// before; a part of the money rectified by a means that is no verb of
	// money got back (拨付到位, 核减) is money, not money spent.
	{"money-rectification-result", "已整改资金1.8亿元，其中收回违规资金0.3亿元、归还原渠道0.5亿元、调整会计账目1亿元。",
		[]string{"money/other=180000000", "money/recovered=30000000", "money/refunded=50000000", "money/other=100000000"}},
	{"money-rectification-result", "整改问题金额5260万元，其中：追回多付工程款860万元，拨付到位项目资金1400万元，核减结算价款3000万元。",
		[]string{"money/other=52600000", "money/recovered=8600000", "money/other=14000000", "money/other=30000000"}},
	// Guard: an item with no verb of its own shares the verb before it.
	{"guard", "督促追回违规发放的补贴3.6万元、加班费1.2万元。", []string{"money/recovered=36000", "money/recovered=12000"}},
	// Guard: money paid out with no money whole before it is still spent.
	{"guard", "项目总投资2亿元，已拨付到位1.2亿元。", []string{"other=200000000", "other=120000000"}},
	// Means listed before the amounts told each (分别): each amount its
	// own means' subtype, in order; the sum before the means is none of
	// them.
	{"breakdown-by-channel", "按整改方式分，追缴资金、退还群众、调整账目分别为820万元、160万元、2300万元。",
		[]string{"money/recovered=8200000", "money/refunded=1600000", "money/other=23000000"}},
	{"breakdown-by-channel", "已整改问题金额3800万元，通过收回资金、上缴财政和规范核算三种方式，分别整改600万元、900万元和2300万元。",
		[]string{"money/other=38000000", "money/recovered=6000000", "money/other=9000000", "money/other=23000000"}},
	// Guard: bodies before 分别 are the amounts' owners, not means.
	{"guard", "县财政局、县住建局分别追回资金120万元、85万元。",
		[]string{"money/recovered=1200000@other_units", "money/recovered=850000@other_units"}},
	// Yuan below the ten thousands written out (Taiwan's 46萬2,100元, and
	// the mainland's 46万2100元): one amount, not two.
	{"money-verb-amount", "已收回溢发的值班费46萬2,100元。", []string{"money/recovered=462100"}},
	{"money-verb-amount", "追回违规资金12万3500元。", []string{"money/recovered=123500"}},
}
