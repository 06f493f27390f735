package main

// The minutes of each case. Bodies are short, as the minutes an office
// files are: what was heard, what was decided.

var (
	bodyDeploy = []string{
		"会议传达了巡察组反馈意见和巡察整改有关要求，审议了巡察整改工作方案（讨论稿）。",
		"会议议定：一、成立巡察整改工作领导小组，主要负责同志任组长，班子成员任副组长；二、反馈问题逐条分解到责任领导和责任科室，三日内建立整改台账；三、办公室负责每半月汇总一次整改进展。",
	}
	bodyProgress = []string{
		"会议听取了巡察整改台账推进情况汇报，逐项对照问题清单查看了已完成事项的佐证材料。",
		"会议议定：已完成的问题由责任科室整理归档，申请销号；尚未完成的问题明确完成时间节点，责任领导每周调度一次。",
	}
	bodyReview = []string{
		"会议审议了巡察整改进展情况报告（送审稿），逐条核对了报告中的数字与整改台账是否一致。",
		"会议同意按程序将报告报送巡察办，并对需长期坚持的事项明确了后续跟踪责任。",
	}
	bodyRules = []string{
		"会议研究了巡察整改中涉及的制度修订工作，审议通过了有关制度文本。",
		"会议要求各责任科室抓好制度的宣传和执行，防止制度“挂在墙上”。",
	}
	bodyDLM = []string{
		"会前，班子成员围绕巡察反馈意见开展谈心谈话，征求意见建议，撰写对照检查材料。",
		"会上，主要负责同志代表班子作对照检查，班子成员逐一发言，开展批评和自我批评，并明确了个人整改事项。",
		"区（县、市）纪委监委、组织部派员到会指导。",
	}
)

func dlm(title, date, place, host, attend string, docx bool, file string) M {
	return M{File: file, Docx: docx, Style: 0, Title: title, Date: date, Time: "上午", Place: place, Host: host, Attend: attend, Body: bodyDLM}
}

func allMinutes() {
	writeMinutes("01-heting-nongye-clean", []M{
		{File: "2022-04-15党组会", Docx: true, Style: 0, Title: "中共鹤汀县农业农村局党组会议纪要", Sub: "〔2022〕6号", Date: "2022年4月15日", Time: "下午", Place: "局三楼会议室", Host: "孙建平", Attend: "党组成员，办公室、人事股负责人列席", Body: bodyDeploy},
		{File: "2022-05-20党组会", Docx: true, Style: 0, Title: "中共鹤汀县农业农村局党组会议纪要", Sub: "〔2022〕9号", Date: "2022年5月20日", Time: "上午", Place: "局三楼会议室", Host: "孙建平", Attend: "党组成员", Body: bodyProgress},
		{File: "2022-06-28党组会", Docx: true, Style: 0, Title: "中共鹤汀县农业农村局党组会议纪要", Sub: "〔2022〕12号", Date: "2022年6月28日", Time: "下午", Place: "局三楼会议室", Host: "孙建平", Attend: "党组成员", Body: bodyRules},
		dlm("鹤汀县农业农村局党组巡察整改专题民主生活会会议记录", "2022年5月26日", "局三楼会议室", "孙建平", "党组班子成员；县纪委监委第二派驻纪检监察组、县委组织部派员列席", false, "专题民主生活会记录"),
	})
	writeMinutes("02-yuanfeng-shuiwu-done-inflated", []M{
		{File: "党组会议纪要（2021年第11次）", Style: 1, Title: "沅丰市水务局党组会议纪要", Sub: "（2021年第11次）", Date: "2021年6月25日", Time: "上午", Place: "局机关四楼会议室", Host: "党组书记、局长郑卫东", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会议纪要（2021年第16次）", Style: 1, Title: "沅丰市水务局党组会议纪要", Sub: "（2021年第16次）", Date: "2021年8月30日", Time: "下午", Place: "局机关四楼会议室", Host: "党组书记、局长郑卫东", Attend: "党组成员，各处室主要负责人列席", Body: bodyProgress},
		dlm("中共沅丰市水务局党组落实市委巡察反馈意见整改专题民主生活会会议记录", "2021年7月29日", "局机关四楼会议室", "郑卫东", "党组成员；市纪委监委派驻第五纪检监察组组长到会指导", true, "专题民主生活会"),
	})
	writeMinutes("03-qingao-zhen-csv", []M{
		{File: "镇党委会议纪要-5月4日", Style: 2, Title: "中共青岙镇委员会会议纪要", Sub: "第7期", Date: "2023年5月4日", Host: "镇党委书记林振华", Attend: "镇党委委员；人大主席、副镇长列席", Body: bodyDeploy, Issuer: "中共青岙镇委员会党政综合办公室"},
		{File: "镇党委会议纪要-7月6日", Style: 2, Title: "中共青岙镇委员会会议纪要", Sub: "第11期", Date: "2023年7月6日", Host: "镇党委书记林振华", Attend: "镇党委委员", Body: bodyProgress, Issuer: "中共青岙镇委员会党政综合办公室"},
		dlm("青岙镇党委巡察整改专题民主生活会记录", "2023年6月15日", "镇政府二楼会议室", "林振华", "镇党委班子成员；县委第一巡察组、县纪委监委派员列席", false, "专题民主生活会"),
	})
	writeMinutes("04-nanji-shichang-meetings", []M{
		{File: "0329党组会议纪要", Docx: true, Style: 0, Title: "中共南箕区市场监督管理局党组会议纪要", Sub: "（2022年第5次）", Date: "2022年3月29日", Time: "上午", Place: "局五楼会议室", Host: "韩立新", Attend: "党组成员", Body: []string{"会议传达了区委第二巡察组进驻动员会精神，研究了配合巡察工作的具体安排。", "会议议定：办公室牵头做好资料报送，各科室如实提供材料，不得迟报漏报。"}},
		{File: "0513党组会议纪要", Docx: true, Style: 0, Title: "中共南箕区市场监督管理局党组会议纪要", Sub: "（2022年第8次）", Date: "2022年5月13日", Time: "下午", Place: "局五楼会议室", Host: "韩立新", Attend: "党组成员", Body: bodyDeploy},
		{File: "0621党组会议纪要", Docx: true, Style: 0, Title: "中共南箕区市场监督管理局党组会议纪要", Sub: "（2022年第10次）", Date: "2022年6月21日", Time: "上午", Place: "局五楼会议室", Host: "韩立新", Attend: "党组成员", Body: bodyProgress},
		{File: "0816党组会议纪要", Docx: true, Style: 0, Title: "中共南箕区市场监督管理局党组会议纪要", Sub: "（2022年第14次）", Date: "2022年8月16日", Time: "上午", Place: "局五楼会议室", Host: "韩立新", Attend: "党组成员", Body: bodyRules},
		{File: "巡察整改专题会（一）", Style: 1, Title: "巡察整改专题会议纪要", Sub: "（一）", Date: "2022年5月24日", Time: "下午", Place: "局五楼会议室", Host: "党组成员、副局长吕春梅", Attend: "各科室负责人", Body: []string{"会议逐条梳理了反馈问题涉及的业务科室，对问题清单和责任分工作了细化。"}},
		{File: "巡察整改专题会（二）", Style: 1, Title: "巡察整改专题会议纪要", Sub: "（二）", Date: "2022年6月30日", Time: "上午", Place: "局五楼会议室", Host: "党组成员、副局长吕春梅", Attend: "各科室负责人", Body: []string{"会议听取了公务接待清理、财务凭证复核两项工作的进展，要求7月15日前完成。"}},
		{File: "巡察整改专题会（三）", Style: 1, Title: "巡察整改专题会议纪要", Sub: "（三）", Date: "2022年7月26日", Time: "下午", Place: "局五楼会议室", Host: "党组成员、副局长吕春梅", Attend: "各科室负责人", Body: []string{"会议检查了整改台账的佐证材料，对材料不全的事项明确了补充时间。"}},
		{File: "巡察整改专题会（四）", Style: 1, Title: "巡察整改专题会议纪要", Sub: "（四）", Date: "2022年8月30日", Time: "上午", Place: "局五楼会议室", Host: "党组成员、副局长吕春梅", Attend: "各科室负责人", Body: []string{"会议研究了整改进展情况报告的起草，要求数字与台账一一对应。"}},
		dlm("南箕区市场监督管理局党组巡察整改专题民主生活会会议记录", "2022年7月12日", "局五楼会议室", "韩立新", "党组班子成员；区纪委监委、区委组织部派员列席", false, "专题民主生活会"),
	})
	writeMinutes("05-baizhu-jiaoyu-rate", []M{
		{File: "党组会-20210709", Style: 0, Title: "白渚县教育局党组会议纪要", Sub: "〔2021〕14号", Date: "2021年7月9日", Time: "上午", Place: "局二楼会议室", Host: "黎国栋", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会-20210914", Style: 0, Title: "白渚县教育局党组会议纪要", Sub: "〔2021〕19号", Date: "2021年9月14日", Time: "下午", Place: "局二楼会议室", Host: "黎国栋", Attend: "党组成员，各股室负责人列席", Body: bodyProgress},
		dlm("白渚县教育局党组巡察整改专题民主生活会记录", "2021年8月20日", "局二楼会议室", "黎国栋", "党组班子成员；县纪委监委第四派驻纪检监察组列席指导", false, "专题民主生活会"),
	})
	writeMinutes("07-yuanfeng-chengtou-clean-html", []M{
		{File: "集团党委会会议纪要（2023-12）", Docx: true, Style: 2, Title: "中共沅丰城市建设投资集团有限公司委员会会议纪要", Sub: "2023年第12期", Date: "2023年7月14日", Host: "党委书记、董事长骆志强", Attend: "党委委员；监事会主席列席", Body: bodyDeploy, Issuer: "沅丰城投集团综合办公室"},
		{File: "集团党委会会议纪要（2023-17）", Docx: true, Style: 2, Title: "中共沅丰城市建设投资集团有限公司委员会会议纪要", Sub: "2023年第17期", Date: "2023年9月5日", Host: "党委书记、董事长骆志强", Attend: "党委委员", Body: bodyRules, Issuer: "沅丰城投集团综合办公室"},
		{File: "集团党委会会议纪要（2023-21）", Docx: true, Style: 2, Title: "中共沅丰城市建设投资集团有限公司委员会会议纪要", Sub: "2023年第21期", Date: "2023年11月7日", Host: "党委书记、董事长骆志强", Attend: "党委委员", Body: bodyReview, Issuer: "沅丰城投集团综合办公室"},
		dlm("集团党委巡察整改专题民主生活会会议记录", "2023年8月24日", "集团总部601会议室", "骆志强", "党委班子成员；市纪委监委派驻纪检监察组、市国资委党委派员列席", false, "专题民主生活会"),
	})
	writeMinutes("08-heting-wenlv-doc-unreadable", []M{
		{File: "2022-08-22党组会议纪要", Docx: true, Style: 0, Title: "中共鹤汀县文化和旅游局党组会议纪要", Sub: "（第15次）", Date: "2022年8月22日", Time: "上午", Place: "局会议室", Host: "万小川", Attend: "党组成员", Body: bodyDeploy},
		{File: "2022-09-20党组会议纪要", Style: 0, Title: "中共鹤汀县文化和旅游局党组会议纪要", Sub: "（第17次）", Date: "2022年9月20日", Time: "下午", Place: "局会议室", Host: "万小川", Attend: "党组成员", Body: bodyProgress},
		{File: "2022-11-15党组会议纪要", Docx: true, Style: 0, Title: "中共鹤汀县文化和旅游局党组会议纪要", Sub: "（第21次）", Date: "2022年11月15日", Time: "上午", Place: "局会议室", Host: "万小川", Attend: "党组成员", Body: bodyReview},
		dlm("县文旅局党组巡察整改专题民主生活会会议记录", "2022年9月29日", "局会议室", "万小川", "党组班子成员；县纪委监委派员列席", false, "2022-09-29专题民主生活会"),
	})
	writeMinutes("09-shibei-jiedao-empty-minutes", []M{
		{File: "第一次整改调度会纪要", Docx: true, Style: 1, Title: "石北街道巡察整改工作调度会纪要", Sub: "（第一次）", Date: "2023年4月6日", Time: "下午", Place: "街道三楼会议室", Host: "党工委书记柯向东", Attend: "党工委委员、办事处副主任，各办（所）负责人", Body: bodyDeploy},
		{File: "第三次整改调度会纪要", Docx: true, Style: 1, Title: "石北街道巡察整改工作调度会纪要", Sub: "（第三次）", Date: "2023年6月8日", Time: "上午", Place: "街道三楼会议室", Host: "党工委书记柯向东", Attend: "党工委委员、办事处副主任，各办（所）负责人", Body: bodyProgress},
		dlm("石北街道党工委巡察整改专题民主生活会会议记录", "2023年5月11日", "街道三楼会议室", "柯向东", "党工委班子成员；区纪委监委、区委组织部派员列席", false, "专题民主生活会"),
	})
	writeMinutes("11-nanji-tongji-item-status", []M{
		{File: "局党组会议纪要5.26", Style: 0, Title: "南箕区统计局党组会议纪要", Sub: "2023年第9次", Date: "2023年5月26日", Time: "上午", Place: "局会议室", Host: "郝建新", Attend: "党组成员", Body: bodyDeploy},
		{File: "局党组会议纪要8.8", Docx: true, Style: 0, Title: "南箕区统计局党组会议纪要", Sub: "2023年第14次", Date: "2023年8月8日", Time: "下午", Place: "局会议室", Host: "郝建新", Attend: "党组成员", Body: bodyProgress},
		dlm("区统计局党组巡察整改专题民主生活会会议记录", "2023年7月6日", "局会议室", "郝建新", "党组班子成员；区纪委监委派员列席", true, "专题民主生活会"),
	})
	writeMinutes("12-linfeng-zhujian-pending", []M{
		{File: "党组会议纪要-2023-03-02", Style: 0, Title: "中共临枫市住房和城乡建设局党组会议纪要", Sub: "〔2023〕3号", Date: "2023年3月2日", Time: "上午", Place: "局七楼会议室", Host: "冯志诚", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会议纪要-2023-04-11", Style: 0, Title: "中共临枫市住房和城乡建设局党组会议纪要", Sub: "〔2023〕6号", Date: "2023年4月11日", Time: "下午", Place: "局七楼会议室", Host: "冯志诚", Attend: "党组成员", Body: bodyRules},
		{File: "党组会议纪要-2023-06-06", Style: 0, Title: "中共临枫市住房和城乡建设局党组会议纪要", Sub: "〔2023〕10号", Date: "2023年6月6日", Time: "上午", Place: "局七楼会议室", Host: "冯志诚", Attend: "党组成员", Body: bodyReview},
		{File: "整改推进会-3月", Docx: true, Style: 1, Title: "巡察整改工作推进会会议纪要", Date: "2023年3月21日", Time: "下午", Place: "局七楼会议室", Host: "党组成员、副局长黄丽萍", Attend: "各科室、直属单位负责人", Body: bodyProgress},
		{File: "整改推进会-5月", Docx: true, Style: 1, Title: "巡察整改工作推进会会议纪要", Date: "2023年5月16日", Time: "上午", Place: "局七楼会议室", Host: "党组成员、副局长黄丽萍", Attend: "各科室、直属单位负责人", Body: bodyProgress},
		dlm("市住建局党组巡察整改专题民主生活会会议记录", "2023年4月20日", "局七楼会议室", "冯志诚", "党组班子成员；市纪委监委派驻纪检监察组列席", false, "专题民主生活会"),
	})
	writeMinutes("13-yuanfeng-jiaotong-list-count", []M{
		{File: "党组会议纪要（6月10日）", Docx: true, Style: 0, Title: "中共沅丰市交通运输局党组会议纪要", Sub: "第12次", Date: "2022年6月10日", Time: "上午", Place: "局801会议室", Host: "宋立军", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会议纪要（8月9日）", Docx: true, Style: 0, Title: "中共沅丰市交通运输局党组会议纪要", Sub: "第16次", Date: "2022年8月9日", Time: "下午", Place: "局801会议室", Host: "宋立军", Attend: "党组成员", Body: bodyProgress},
		dlm("市交通运输局党组巡察整改专题民主生活会会议记录", "2022年7月21日", "局801会议室", "宋立军", "党组班子成员；市纪委监委派员列席", false, "专题民主生活会"),
	})
	writeMinutes("14-beitang-gongxin-typical-clean", []M{
		{File: "党组会议纪要〔2022〕21号", Style: 0, Title: "北塘县工业和信息化局党组会议纪要", Sub: "〔2022〕21号", Date: "2022年9月9日", Time: "上午", Place: "局会议室", Host: "尹浩然", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会议纪要〔2022〕27号", Style: 0, Title: "北塘县工业和信息化局党组会议纪要", Sub: "〔2022〕27号", Date: "2022年11月22日", Time: "下午", Place: "局会议室", Host: "尹浩然", Attend: "党组成员", Body: bodyRules},
		{File: "整改领导小组会议-1", Docx: true, Style: 1, Title: "县工信局巡察整改工作领导小组会议纪要", Date: "2022年9月19日", Time: "上午", Place: "局会议室", Host: "领导小组组长尹浩然", Attend: "领导小组成员", Body: bodyProgress},
		{File: "整改领导小组会议-2", Docx: true, Style: 1, Title: "县工信局巡察整改工作领导小组会议纪要", Date: "2022年12月13日", Time: "下午", Place: "局会议室", Host: "领导小组组长尹浩然", Attend: "领导小组成员", Body: bodyReview},
		dlm("县工信局党组巡察整改专题民主生活会会议记录", "2022年10月27日", "局会议室", "尹浩然", "党组班子成员；县纪委监委、县委组织部派员列席", false, "专题民主生活会"),
	})
	writeMinutes("15-yuanfeng-minzheng-acc-clues", []M{
		{File: "党组会议纪要2022-3-4", Style: 0, Title: "中共沅丰市民政局党组会议纪要", Sub: "（2022年第4次）", Date: "2022年3月4日", Time: "上午", Place: "局三楼会议室", Host: "查海燕", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会议纪要2022-6-14", Docx: true, Style: 0, Title: "中共沅丰市民政局党组会议纪要", Sub: "（2022年第11次）", Date: "2022年6月14日", Time: "下午", Place: "局三楼会议室", Host: "查海燕", Attend: "党组成员", Body: bodyProgress},
		dlm("市民政局党组巡察整改专题民主生活会会议记录", "2022年4月28日", "局三楼会议室", "查海燕", "党组班子成员；市纪委监委派员列席", false, "专题民主生活会"),
	})
	writeMinutes("16-linfeng-caizheng-systems", []M{
		{File: "党组会纪要-10-21", Style: 0, Title: "中共临枫市财政局党组会议纪要", Sub: "〔2022〕25号", Date: "2022年10月21日", Time: "上午", Place: "局六楼会议室", Host: "岳明远", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会纪要-12-27", Style: 0, Title: "中共临枫市财政局党组会议纪要", Sub: "〔2022〕31号", Date: "2022年12月27日", Time: "下午", Place: "局六楼会议室", Host: "岳明远", Attend: "党组成员", Body: bodyRules},
		dlm("市财政局党组巡察整改专题民主生活会会议记录", "2022年11月30日", "局六楼会议室", "岳明远", "党组班子成员；市纪委监委派员列席", true, "专题民主生活会"),
	})
	writeMinutes("17-yuanfeng-xueyuan-clean", []M{
		{File: "党委会纪要第8次", Docx: true, Style: 0, Title: "中共沅丰职业技术学院委员会会议纪要", Sub: "（2023年第8次）", Date: "2023年4月18日", Time: "下午", Place: "行政楼第一会议室", Host: "欧晓明", Attend: "党委委员；副院长列席", Body: bodyDeploy},
		{File: "党委会纪要第10次", Docx: true, Style: 0, Title: "中共沅丰职业技术学院委员会会议纪要", Sub: "（2023年第10次）", Date: "2023年5月9日", Time: "下午", Place: "行政楼第一会议室", Host: "欧晓明", Attend: "党委委员", Body: bodyProgress},
		{File: "党委会纪要第12次", Docx: true, Style: 0, Title: "中共沅丰职业技术学院委员会会议纪要", Sub: "（2023年第12次）", Date: "2023年6月13日", Time: "下午", Place: "行政楼第一会议室", Host: "欧晓明", Attend: "党委委员", Body: bodyRules},
		{File: "党委会纪要第14次", Docx: true, Style: 0, Title: "中共沅丰职业技术学院委员会会议纪要", Sub: "（2023年第14次）", Date: "2023年7月11日", Time: "下午", Place: "行政楼第一会议室", Host: "欧晓明", Attend: "党委委员", Body: bodyReview},
		{File: "巡察整改推进会5月23日", Style: 1, Title: "学院巡察整改工作推进会纪要", Date: "2023年5月23日", Time: "上午", Place: "行政楼第二会议室", Host: "党委副书记、院长管文博", Attend: "各牵头部门负责人", Body: bodyProgress},
		{File: "巡察整改推进会7月25日", Style: 1, Title: "学院巡察整改工作推进会纪要", Date: "2023年7月25日", Time: "上午", Place: "行政楼第二会议室", Host: "党委副书记、院长管文博", Attend: "各牵头部门负责人", Body: bodyProgress},
		{File: "院长办公会6月20日", Style: 1, Title: "沅丰职业技术学院院长办公会议纪要", Date: "2023年6月20日", Time: "上午", Place: "行政楼第二会议室", Host: "院长管文博", Attend: "院领导、各部门负责人", Body: []string{"会议研究了2023年秋季招生计划和实训基地设备采购事项。"}},
		dlm("学院党委巡察整改专题民主生活会会议记录", "2023年5月30日", "行政楼第一会议室", "欧晓明", "党委班子成员；市纪委监委派驻纪检监察组、市委教育工委派员列席", false, "专题民主生活会"),
	})
	writeMinutes("18-beitang-audit-no-dlm", []M{
		{File: "局务会议纪要（4月6日）", Style: 1, Title: "北塘县财政局局务会议纪要", Sub: "第6期", Date: "2023年4月6日", Time: "上午", Place: "局四楼会议室", Host: "局长石光辉", Attend: "局领导，各股室负责人", Body: []string{"会议传达了县审计局2022年度预算执行审计报告，研究了审计发现问题的整改分工。", "会议议定：预算股牵头建立审计整改台账，6月底前完成全部整改。"}},
		{File: "审计整改专题会议纪要", Style: 1, Title: "审计整改专题会议纪要", Date: "2023年4月20日", Time: "下午", Place: "局四楼会议室", Host: "副局长邝萍", Attend: "预算股、国库股、会计股负责人", Body: []string{"会议逐条研究了审计指出的9个问题的整改措施，明确了调账、清理和退缴的具体时间。"}},
		{File: "局务会议纪要（6月1日）", Style: 1, Title: "北塘县财政局局务会议纪要", Sub: "第10期", Date: "2023年6月1日", Time: "上午", Place: "局四楼会议室", Host: "局长石光辉", Attend: "局领导，各股室负责人", Body: []string{"会议听取了审计整改进展汇报，要求6月30日前将整改结果报县审计局。"}},
	})
	writeMinutes("19-linfeng-fenglin-diaodu", []M{
		{File: "调度会纪要-1", Style: 1, Title: "枫林街道巡察整改调度会纪要", Sub: "第1期", Date: "2023年8月17日", Time: "下午", Place: "街道四楼会议室", Host: "党工委书记鲍志远", Attend: "班子成员、各办（所）负责人", Body: bodyDeploy},
		{File: "调度会纪要-2", Style: 1, Title: "枫林街道巡察整改调度会纪要", Sub: "第2期", Date: "2023年9月7日", Time: "下午", Place: "街道四楼会议室", Host: "党工委书记鲍志远", Attend: "班子成员、各办（所）负责人", Body: bodyProgress},
		{File: "调度会纪要-3", Docx: true, Style: 1, Title: "枫林街道巡察整改调度会纪要", Sub: "第3期", Date: "2023年10月12日", Time: "上午", Place: "街道四楼会议室", Host: "党工委书记鲍志远", Attend: "班子成员、各办（所）负责人", Body: bodyProgress},
		{File: "调度会纪要-4", Docx: true, Style: 1, Title: "枫林街道巡察整改调度会纪要", Sub: "第4期", Date: "2023年11月2日", Time: "上午", Place: "街道四楼会议室", Host: "党工委书记鲍志远", Attend: "班子成员、各办（所）负责人", Body: bodyProgress},
		{File: "调度会纪要-5", Docx: true, Style: 1, Title: "枫林街道巡察整改调度会纪要", Sub: "第5期", Date: "2023年11月30日", Time: "下午", Place: "街道四楼会议室", Host: "党工委书记鲍志远", Attend: "班子成员、各办（所）负责人", Body: bodyReview},
		{File: "安全生产调度会纪要", Style: 1, Title: "枫林街道安全生产工作调度会纪要", Date: "2023年9月21日", Time: "上午", Place: "街道四楼会议室", Host: "党工委副书记、主任牛晓燕", Attend: "应急办、各社区负责人", Body: []string{"会议部署了国庆节前安全生产大检查，要求各社区对辖区餐饮场所燃气使用逐户排查。"}},
		dlm("枫林街道党工委巡察整改专题民主生活会会议记录", "2023年10月26日", "街道四楼会议室", "鲍志远", "党工委班子成员；市纪委监委、市委组织部派员列席", false, "专题民主生活会"),
	})
	writeMinutes("20-beitang-shuili-clean-gbk", []M{
		{File: "党组会议纪要-1", Style: 2, Title: "中共北塘县水利局党组会议纪要", Sub: "〔2023〕8号", Date: "2023年6月16日", Host: "党组书记、局长庞振国", Attend: "党组成员", Body: bodyDeploy, Issuer: "北塘县水利局办公室"},
		{File: "党组会议纪要-2", Style: 2, Title: "中共北塘县水利局党组会议纪要", Sub: "〔2023〕12号", Date: "2023年8月22日", Host: "党组书记、局长庞振国", Attend: "党组成员", Body: bodyProgress, Issuer: "北塘县水利局办公室"},
		dlm("县水利局党组巡察整改专题民主生活会会议记录", "2023年7月27日", "局会议室", "庞振国", "党组班子成员；县纪委监委派员列席", false, "专题民主生活会"),
	})
}
