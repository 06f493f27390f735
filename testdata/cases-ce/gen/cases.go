package main

// Each case's problems sheet. Money columns in 万元; the sheets' sums are not
// what the reports' breakdowns are checked against (no rule reads them).

func init() {
	ledgers["01-lanjiang-caizheng-clean"] = func(dir string) error {
		s := spec{title: "岚江县财政局县委巡察反馈问题整改台账", sheet: "问题整改台账",
			leaders: []string{"邓志明", "罗春燕", "覃海波"}, depts: []string{"预算股", "国库股", "综合股", "会计核算中心", "办公室"},
			due: []string{"2025年5月31日", "2025年6月30日"}, doneOn: []string{"2025年5月20日", "2025年6月18日"},
			ev: []string{"缴款书、通知", "调账凭证", "制度文件", "会议纪要、通报"}, openStatus: "正在整改"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "预算管理", title: "部门预算编制不够精细，年初预算代编比例偏高", measures: "修订预算编制规程，压减代编预算"},
			{cat: "预算管理", title: "结转结余资金清理不及时", amt: "1208.4", fixed: "1208.4", way: "归还原资金渠道", measures: "清理两年以上结转资金，收回统筹"},
			{cat: "国库管理", title: "部分专项资金拨付滞后", measures: "建立专项资金拨付进度通报制度"},
			{cat: "国库管理", title: "应缴未缴非税收入", amt: "315.6", fixed: "315.6", way: "上缴国库", measures: "督促执收单位足额缴库"},
			{cat: "会计核算", title: "往来款项长期挂账未清理", amt: "578.3", fixed: "578.3", way: "调整账目", measures: "逐笔核对往来款，按规定调账"},
			{cat: "会计核算", title: "会计凭证附件不完整", measures: "开展会计凭证专项检查"},
			{cat: "政府采购", title: "政府采购意向公开不及时", measures: "按季度公开采购意向"},
			{cat: "债务管理", title: "隐性债务化解进度偏慢", amt: "284.2", open: true, due: "2025年12月31日", measures: "制定化债方案，分年度推进"},
			{cat: "资产管理", title: "行政事业单位资产底数不清", measures: "开展资产清查，更新资产卡片"},
			{cat: "全面从严治党", title: "党组落实主体责任压力传导不够", measures: "制定党组主体责任清单"},
			{cat: "全面从严治党", title: "廉政风险防控不到位", measures: "排查财政资金分配环节廉政风险点"},
			{cat: "基层党建", title: "机关党支部组织生活不规范", measures: "建立支部工作纪实台账"},
			{cat: "干部队伍", title: "干部轮岗交流不够", open: true, due: "2025年12月31日", measures: "制定重点岗位轮岗计划"},
			{cat: "作风建设", title: "违规发放加班补助", measures: "清退违规发放的加班补助"},
		})
	}

	ledgers["02-lanjiang-shiqiao-zhen-qingtui"] = func(dir string) error {
		s := spec{title: "石桥镇县委巡察反馈问题整改台账", sheet: "整改台账",
			leaders: []string{"欧阳斌", "蒋丽华", "莫振国"}, depts: []string{"党政办", "财政所", "经管站", "纪委", "组织办"},
			due: []string{"2025年6月30日", "2025年7月31日"}, doneOn: []string{"2025年6月20日", "2025年7月25日"},
			ev: []string{"退款凭证", "收款收据", "整改通报", "制度文本"}, openStatus: "整改中"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "惠民政策", title: "违规发放村干部补贴", amt: "32.15", fixed: "32.15", way: "清退", measures: "逐村核实，清退违规发放补贴"},
			{cat: "三资管理", title: "集体资产租金长期拖欠", amt: "41.80", fixed: "41.80", way: "追缴", measures: "逐户追缴拖欠租金"},
			{cat: "财务管理", title: "超标准报销差旅费用", amt: "12.52", fixed: "12.52", way: "收回", measures: "收回超标准报销费用"},
			{cat: "三资管理", title: "村级合同签订不规范", measures: "清理规范村级合同"},
			{cat: "乡村振兴", title: "产业帮扶项目效益不高", amt: "60.00", open: true, due: "2025年12月31日", measures: "引入经营主体盘活项目"},
			{cat: "全面从严治党", title: "镇党委主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "镇纪委监督执纪偏软", measures: "开展村级小微权力监督检查"},
			{cat: "基层党建", title: "村级后备力量储备不足", open: true, due: "2025年12月31日", measures: "每村储备后备力量2名以上"},
			{cat: "基层党建", title: "软弱涣散村党组织整顿不彻底", measures: "选派第一书记驻村整顿"},
			{cat: "作风建设", title: "公务接待管理不规范", measures: "修订公务接待管理办法"},
			{cat: "安全发展", title: "自建房安全隐患排查不彻底", measures: "开展自建房安全隐患再排查"},
		})
	}

	ledgers["03-lanjiang-jiaotong-clean"] = func(dir string) error {
		s := spec{title: "岚江县交通运输局巡察反馈问题整改台账（截至2025年6月25日）", sheet: "问题台账",
			leaders: []string{"韩立新", "潘晓东", "龙秋梅", "钟建平"}, depts: []string{"计划财务股", "公路建设股", "运输管理股", "办公室", "执法大队"},
			due: []string{"2025年4月30日", "2025年5月31日"}, doneOn: []string{"2025年4月22日", "2025年5月26日"},
			ev: []string{"缴款凭证", "审计报告", "通报文件", "会议记录"}, openStatus: "推进中"}
		rs := []row{
			{cat: "资金管理", title: "违规向施工单位超付工程款", amt: "560", fixed: "560", way: "上缴国库", measures: "追回超付工程款"},
			{cat: "资金管理", title: "挤占挪用车购税补助资金", amt: "690", fixed: "690", way: "归还原渠道", measures: "追回并归还原资金渠道"},
			{cat: "项目管理", title: "工程变更审批不规范", measures: "修订工程变更管理办法"},
			{cat: "项目管理", title: "项目档案管理混乱", measures: "整理项目档案"},
			{cat: "项目管理", title: "农村公路养护考核走过场", measures: "建立按路段考核拨付机制"},
			{cat: "行业监管", title: "超限超载治理不力", measures: "开展联合治超行动"},
			{cat: "行业监管", title: "道路运输执法不规范", measures: "开展执法案卷评查"},
			{cat: "全面从严治党", title: "党组主体责任落实不到位", measures: "制定党组主体责任清单"},
			{cat: "全面从严治党", title: "廉政风险防控不严", measures: "排查工程建设领域廉政风险点"},
			{cat: "基层党建", title: "支部“三会一课”不规范", measures: "建立支部工作纪实"},
			{cat: "选人用人", title: "干部档案审核不严", measures: "开展干部档案专项审核"},
			{cat: "作风建设", title: "公务用车管理不规范", measures: "修订公务用车管理办法"},
			{cat: "作风建设", title: "违规发放差旅补助", measures: "清退违规发放的差旅补助"},
			{cat: "项目管理", title: "在建项目进度滞后", open: true, due: "2025年12月31日", measures: "挂图作战推进在建项目"},
			{cat: "资金管理", title: "地方配套资金未足额到位", open: true, due: "2025年12月31日", measures: "分年度落实配套资金"},
			{cat: "行业监管", title: "客运站安全管理存在薄弱环节", open: true, due: "2025年9月30日", measures: "完成客运站安防设施改造"},
		}
		return xlsx(dir, "ledger.xlsx", s, rs)
	}

	ledgers["04-fenglin-jiaoyu-nianfen"] = func(dir string) error {
		s := spec{title: "枫林县教育局县委巡察反馈问题整改台账", sheet: "问题整改台账",
			leaders: []string{"汪建华", "石秀英", "黎国栋"}, depts: []string{"计财股", "基教股", "人事股", "办公室", "安全股"},
			due: []string{"2025年7月31日", "2025年8月31日"}, doneOn: []string{"2025年7月18日", "2025年8月22日"},
			ev: []string{"退款凭证", "整改报告", "制度文件", "会议记录"}, openStatus: "正在整改"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "资金管理", title: "违规使用生均公用经费", amt: "287.4", fixed: "287.4", way: "归还原渠道", measures: "追回挪用经费"},
			{cat: "资金管理", title: "营养改善计划资金管理不规范", amt: "395.1", fixed: "395.1", way: "调整账目", measures: "规范营养餐资金核算"},
			{cat: "资金管理", title: "学校食堂财务管理混乱", amt: "354.3", fixed: "354.3", way: "上缴财政", measures: "食堂收支纳入学校统一核算"},
			{cat: "教育管理", title: "违规收取教辅材料费用", measures: "清退违规收取费用"},
			{cat: "教育管理", title: "课后服务管理不规范", measures: "制定课后服务管理办法"},
			{cat: "教育管理", title: "校园安全隐患整改不及时", measures: "开展校园安全隐患排查"},
			{cat: "全面从严治党", title: "党组主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "对学校监督管理偏软", measures: "开展学校财务专项检查"},
			{cat: "选人用人", title: "校长交流轮岗推进缓慢", open: true, due: "2025年12月31日", measures: "制定校长交流轮岗计划"},
			{cat: "基层党建", title: "学校党组织领导的校长负责制落实不到位", measures: "修订学校议事规则"},
			{cat: "作风建设", title: "违规收受礼品礼金", measures: "开展专项警示教育"},
			{cat: "教育管理", title: "教师编制结构性短缺", open: true, due: "2026年8月31日", measures: "统筹调剂教师编制"},
			{cat: "教育管理", title: "农村薄弱学校改造项目进度滞后", open: true, due: "2025年12月31日", measures: "倒排工期推进改造"},
		})
	}

	ledgers["05-lanjiang-renmin-yiyuan"] = func(dir string) error {
		s := spec{title: "岚江县人民医院巡察反馈问题整改台账", sheet: "整改台账",
			leaders: []string{"吴振华", "刘晓燕", "何家伟", "蓝春花"}, depts: []string{"医务科", "财务科", "院办", "纪检监察室", "护理部", "药剂科"},
			due: []string{"2025年5月31日", "2025年6月30日"}, doneOn: []string{"2025年5月16日", "2025年6月24日"},
			ev: []string{"退费清单", "制度文件", "检查通报", "会议记录"}, openStatus: "正在整改"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "医疗收费", title: "超标准收取诊疗费用", amt: "28.6", fixed: "21.3", way: "退还患者", measures: "逐笔核对，退还多收费用"},
			{cat: "医疗收费", title: "重复收取检查费用", measures: "升级收费系统，设置重复收费拦截"},
			{cat: "医保基金", title: "医保基金使用管理不规范", measures: "开展医保基金使用自查"},
			{cat: "药品耗材", title: "药品耗材采购程序不规范", measures: "修订药品耗材采购管理办法"},
			{cat: "药品耗材", title: "高值耗材使用监管不严", measures: "建立高值耗材追溯管理"},
			{cat: "医疗质量", title: "病历书写不规范", measures: "开展病历质量专项检查"},
			{cat: "医疗质量", title: "院感防控制度执行不严", measures: "每月开展院感督查"},
			{cat: "行风建设", title: "医务人员收受红包回扣", measures: "签订廉洁行医承诺书"},
			{cat: "行风建设", title: "医德医风考评流于形式", measures: "修订医德考评办法"},
			{cat: "全面从严治党", title: "党委主体责任落实不到位", measures: "制定党委主体责任清单"},
			{cat: "全面从严治党", title: "纪检监督作用发挥不充分", measures: "开展重点科室廉政谈话"},
			{cat: "基层党建", title: "支部建在科室上落实不到位", measures: "调整党支部设置"},
			{cat: "选人用人", title: "中层干部选拔程序不规范", measures: "修订中层干部选拔任用办法"},
			{cat: "财务管理", title: "科研经费管理不规范", measures: "规范科研经费报销"},
			{cat: "基本建设", title: "新院区建设项目进度滞后", open: true, due: "2025年12月31日", measures: "倒排工期"},
			{cat: "信息化", title: "信息系统安全防护薄弱", open: true, due: "2025年10月31日", measures: "完成等保测评整改"},
			{cat: "人才队伍", title: "学科带头人引进不足", open: true, due: "2025年6月30日", measures: "制定人才引进计划"},
			{cat: "资产管理", title: "大型设备使用效率不高", open: true, due: "2025年12月31日", measures: "建立设备共享机制"},
		})
	}

	ledgers["06-fenglin-chengdong-jiedao-clean"] = func(dir string) error {
		s := spec{title: "城东街道县委巡察反馈问题整改台账", sheet: "整改台账",
			leaders: []string{"孟凡华", "陶玉兰", "鲁建军"}, depts: []string{"党政办", "财政所", "社区管理办", "纪工委"},
			due: []string{"2025年6月30日", "2025年7月31日"}, doneOn: []string{"2025年6月25日", "2025年7月22日"},
			ev: []string{"缴款书", "整改通报", "制度文件"}, openStatus: "推进中"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "资金管理", title: "闲置资金长期沉淀", amt: "345", fixed: "270", way: "上缴县财政、统筹使用", measures: "收回闲置资金"},
			{cat: "资金管理", title: "社区经费使用不规范", measures: "制定社区经费管理办法"},
			{cat: "民生保障", title: "低保动态管理不及时", measures: "开展低保对象全面复核"},
			{cat: "城市管理", title: "老旧小区改造后续管护缺位", open: true, due: "2025年12月31日", measures: "引入物业服务"},
			{cat: "全面从严治党", title: "党工委主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "社区“小微权力”监督不到位", measures: "公开社区小微权力清单"},
			{cat: "基层党建", title: "网格党建作用发挥不充分", measures: "建立网格党小组"},
			{cat: "作风建设", title: "社区工作者考核流于形式", measures: "修订社区工作者考核办法"},
			{cat: "安全发展", title: "消防通道占用整治不彻底", open: true, due: "2025年11月30日", measures: "开展消防通道专项整治"},
		})
	}

	ledgers["07-lanjiang-nongye-huiyi"] = func(dir string) error {
		s := spec{title: "岚江县农业农村局巡察整改台账", sheet: "问题清单",
			leaders: []string{"卢国平", "严红梅", "孔德胜"}, depts: []string{"计划财务股", "农田建设股", "乡村发展股", "办公室", "农业综合执法大队"},
			due: []string{"2025年6月30日", "2025年7月15日"}, doneOn: []string{"2025年6月19日", "2025年7月10日"},
			ev: []string{"缴款书", "调账凭证", "验收报告", "通报"}, openStatus: "正在推进"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "资金管理", title: "项目结余资金未及时收回", amt: "426.10", fixed: "426.10", way: "收回财政", measures: "收回项目结余资金"},
			{cat: "资金管理", title: "存量资金长期闲置", amt: "735.48", fixed: "735.48", way: "盘活统筹", measures: "盘活存量资金"},
			{cat: "资金管理", title: "专项资金核算不规范", amt: "700.77", fixed: "700.77", way: "规范管理", measures: "规范专项资金核算"},
			{cat: "农田建设", title: "高标准农田建设质量不高", measures: "组织第三方质量复核"},
			{cat: "农田建设", title: "农田水利设施管护不到位", measures: "落实管护主体"},
			{cat: "乡村发展", title: "衔接资金项目资产管理不规范", measures: "建立项目资产台账"},
			{cat: "乡村发展", title: "村集体经济项目效益低", open: true, due: "2025年12月31日", measures: "引入市场主体运营"},
			{cat: "执法监管", title: "农资市场监管不严", measures: "开展农资打假专项行动"},
			{cat: "执法监管", title: "动物防疫检疫不规范", measures: "规范检疫出证"},
			{cat: "全面从严治党", title: "党组主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "惠农领域廉政风险防控薄弱", measures: "排查惠农资金廉政风险点"},
			{cat: "基层党建", title: "机关党建与业务融合不够", measures: "开展支部联村活动"},
			{cat: "选人用人", title: "干部交流轮岗不够", open: true, due: "2025年12月31日", measures: "制定轮岗计划"},
			{cat: "作风建设", title: "下乡补助发放不规范", measures: "规范下乡补助发放"},
			{cat: "乡村发展", title: "农村人居环境整治长效机制不健全", open: true, due: "2026年6月30日", measures: "建立村庄保洁长效机制"},
		})
	}

	ledgers["08-fenglin-shuili-taizhang"] = func(dir string) error {
		s := spec{title: "枫林县水利局巡察反馈问题整改台账", sheet: "问题整改台账",
			leaders: []string{"洪志刚", "余小平", "贺文杰"}, depts: []string{"规划计财股", "工程建设股", "水资源股", "办公室", "河湖长制办"},
			due: []string{"2025年6月30日", "2025年7月31日"}, doneOn: []string{"2025年6月27日", "2025年7月18日"},
			ev: []string{"缴款书", "整改通报", "制度文件", "验收资料"}, openStatus: "正在整改"}
		return xls(dir, "ledger.xls", s, []row{
			{cat: "资金管理", title: "违规拨付水利项目资金", amt: "276.8", fixed: "276.8", way: "追回上缴", measures: "追回违规拨付资金"},
			{cat: "资金管理", title: "水资源费征收不足", measures: "开展取水户核查补征"},
			{cat: "工程建设", title: "小型水库除险加固项目进度滞后", open: true, due: "2025年12月31日", measures: "倒排工期"},
			{cat: "工程建设", title: "工程质量监管不到位", measures: "开展在建工程质量巡查"},
			{cat: "工程建设", title: "招投标程序不规范", measures: "修订招投标管理办法"},
			{cat: "河湖管理", title: "河道采砂监管不力", noLeader: true, measures: "联合开展非法采砂整治"},
			{cat: "河湖管理", title: "河湖“四乱”问题清理不彻底", measures: "开展河湖“四乱”清理"},
			{cat: "全面从严治党", title: "党组主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "工程建设领域廉政风险防控不严", measures: "排查廉政风险点"},
			{cat: "基层党建", title: "支部组织生活不规范", measures: "建立支部工作纪实"},
			{cat: "选人用人", title: "专业技术人才储备不足", open: true, due: "2025年12月31日", measures: "制定人才引进计划"},
			{cat: "作风建设", title: "公务接待管理不规范", measures: "修订接待管理办法"},
			{cat: "安全发展", title: "山洪灾害预警设施维护不到位", open: true, due: "2025年10月31日", measures: "完成预警设施维修"},
		})
	}

	ledgers["09-lanjiang-zhujian-clean"] = func(dir string) error {
		s := spec{title: "岚江县住房和城乡建设局巡察整改台账", sheet: "整改台账",
			leaders: []string{"唐振宇", "甘丽萍", "黎卫国"}, depts: []string{"建筑管理股", "房产股", "计划财务股", "办公室", "质安站"},
			due: []string{"2025年4月30日", "2025年5月31日"}, doneOn: []string{"2025年4月25日", "2025年5月28日"},
			ev: []string{"退款凭证", "通报", "制度文件", "会议记录"}, openStatus: "正在整改"}
		return xlsx(dir, "ledger.xlsx", s, []row{
			{cat: "资金管理", title: "农民工工资保证金未按期退还", amt: "154", fixed: "154", way: "退还施工企业", measures: "逐项目清理，按期退还保证金"},
			{cat: "行业监管", title: "对乡镇违规收取保证金监管缺位", measures: "督促各镇清退违规收取的保证金"},
			{cat: "行业监管", title: "建筑市场违法分包查处不力", measures: "开展建筑市场专项检查"},
			{cat: "行业监管", title: "物业服务监管不到位", measures: "开展物业服务质量评价"},
			{cat: "项目管理", title: "老旧小区改造项目验收不严", measures: "组织联合复验"},
			{cat: "全面从严治党", title: "党组主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "审批环节廉政风险防控不严", measures: "排查审批环节风险点"},
			{cat: "基层党建", title: "机关党支部战斗堡垒作用不强", measures: "开展支部达标创建"},
			{cat: "作风建设", title: "行政审批时限过长", measures: "压缩审批时限"},
			{cat: "安全发展", title: "城镇燃气安全隐患排查不彻底", measures: "开展燃气安全专项整治"},
		})
	}

	ledgers["10-fenglin-minzheng-fenbie"] = func(dir string) error {
		s := spec{title: "", sheet: "台账",
			leaders: []string{"何永强", "郑丽君", "彭卫东"}, depts: []string{"社会救助股", "养老服务股", "计划财务股", "办公室"},
			due: []string{"2025年8月31日", "2025年9月15日"}, doneOn: []string{"2025年8月20日", "2025年9月10日"},
			ev: []string{"缴款书", "调账凭证", "整改通报", "制度文件"}, openStatus: "整改中"}
		return csvFile(dir, "ledger.csv", s, []row{
			{cat: "资金管理", title: "福彩公益金结余未上缴", amt: "138.2", fixed: "138.2", way: "上缴财政", measures: "结余资金上缴财政"},
			{cat: "资金管理", title: "挤占养老服务补助资金", amt: "247.5", fixed: "247.5", way: "归还原渠道", measures: "归还原资金渠道"},
			{cat: "资金管理", title: "救助资金核算不规范", amt: "137.9", fixed: "137.9", way: "调整账目", measures: "按规定调整账目"},
			{cat: "社会救助", title: "低保对象认定不精准", measures: "开展低保对象全面复核"},
			{cat: "社会救助", title: "临时救助审批不及时", measures: "下放临时救助审批权限"},
			{cat: "养老服务", title: "敬老院安全管理不到位", measures: "开展敬老院安全隐患排查"},
			{cat: "养老服务", title: "居家养老服务站点运营不佳", open: true, due: "2025年12月31日", measures: "引入社会力量运营"},
			{cat: "全面从严治党", title: "党组主体责任落实不到位", measures: "制定主体责任清单"},
			{cat: "全面从严治党", title: "对下属事业单位监管偏软", measures: "开展下属单位财务检查"},
			{cat: "基层党建", title: "支部组织生活不规范", measures: "建立支部工作纪实"},
			{cat: "选人用人", title: "干部档案管理不规范", open: true, due: "2025年12月31日", measures: "开展干部档案专项审核"},
			{cat: "作风建设", title: "违规发放津补贴", measures: "清退违规发放的津补贴"},
		})
	}
}
