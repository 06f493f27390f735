package main

import (
	"fmt"
	"strings"
	"time"
)

var townPool = []string{
	"落实全面从严治党主体责任不到位，班子成员履行“一岗双责”不够有力",
	"“三重一大”事项集体决策程序执行不严格",
	"意识形态工作责任制落实不到位",
	"基层党组织“三会一课”制度落实不规范",
	"发展党员程序把关不严",
	"村级财务管理不规范，白条入账现象仍有发生",
	"惠民惠农补贴发放审核把关不严",
	"集体资产资源底数不清、合同管理混乱",
	"工程项目招投标管理不规范",
	"公务接待和公务用车管理不规范",
	"河湖长制巡河工作流于形式",
	"人居环境整治长效机制不健全",
	"信访矛盾纠纷排查化解不及时",
	"安全生产隐患排查整治不彻底",
	"低保对象动态管理不精准",
	"驻村工作队日常管理考核不严",
	"干部队伍年龄结构老化，后备干部培养不足",
	"上轮巡察反馈问题整改不彻底",
	"村务公开内容不全面、更新不及时",
	"耕地保护和违法占地整治不力",
	"防返贫动态监测帮扶不够精准",
	"镇属企业监管缺位",
	"违规发放津补贴",
	"档案管理不规范，会议记录不完整",
	"网格化服务管理作用发挥不充分",
	"专项资金使用绩效不高",
}

var soePool = []string{
	"党委把方向、管大局、保落实作用发挥不充分",
	"“三重一大”决策制度执行不到位，部分事项未经党委前置研究",
	"选人用人程序不规范，干部选拔任用纪实不完整",
	"招标采购管理不规范，存在化整为零规避招标",
	"合同履约监督缺位",
	"工程结算审核把关不严，多计工程款",
	"应收账款清收不力，逾期账款较多",
	"资产出租管理不规范，租金收缴不及时",
	"财务报销审核不严，存在超标准列支",
	"全面预算管理约束不强",
	"安全生产责任制落实不到位",
	"违规兼职取酬问题清理不彻底",
	"党建与生产经营融合不够紧密",
	"基层党支部标准化建设推进缓慢",
	"内部审计发现问题整改跟踪不到位",
	"投资决策论证不充分",
	"薪酬绩效考核分配不规范",
	"公务用车和业务招待费管理不规范",
	"廉洁风险防控机制不健全",
	"意识形态阵地管理不严",
	"专业技术人才短缺，人才队伍建设滞后",
	"信息化系统建设统筹不够",
	"上轮巡察整改成果巩固不够",
	"供应商管理不规范，黑名单制度未执行",
	"对外担保和借款管理不严格",
	"工程分包管理缺位",
	"物资仓储管理混乱，账实不符",
	"企业年金管理不规范",
	"国有资产处置未履行评估程序",
	"子公司经营风险监测预警不及时",
	"职工代表大会制度落实不到位",
}

var finPool = []string{
	"服务地方经济和乡村振兴定位不够聚焦",
	"信贷“三查”制度执行不到位",
	"贷款五级分类不准确，风险资产掩盖",
	"不良贷款清收处置力度不够",
	"员工行为管理不严，存在违规参与民间借贷",
	"授信审批集中度管控不严",
	"关联交易管理不规范",
	"反洗钱工作落实不到位",
	"柜面业务操作风险防控不严",
	"绩效考核导向存在偏差，重规模轻质量",
	"营销费用列支随意",
	"消费者权益保护工作不到位，投诉处理不及时",
	"干部交流轮岗制度执行不到位",
	"网点党支部组织生活不规范",
	"信息科技外包管理不严",
	"案件防控排查流于形式",
	"征信查询授权管理不规范",
	"抵债资产管理处置不及时",
	"内控制度更新滞后",
	"中央八项规定精神落实不够严格",
	"存款营销违规返利",
	"上轮巡察反馈问题整改不彻底",
	"担保代偿追偿不力",
	"保后检查流于形式",
	"客户准入把关不严",
	"风险准备金计提不足",
	"档案资料管理不规范",
	"数据报送质量不高",
	"印章管理不规范",
	"廉洁从业教育针对性不强",
	"党委议事规则不完善",
}

var instPool = []string{
	"党委领导下的行政负责人负责制落实不到位",
	"职业道德建设存在薄弱环节",
	"药品耗材采购管理不规范",
	"大型设备采购论证不充分",
	"医保基金使用不规范，存在超标准收费",
	"科室二次分配制度不健全",
	"往来款项长期挂账",
	"工程项目变更签证随意",
	"人才引进培养机制不健全",
	"党支部书记“双带头人”培育不足",
	"消防安全管理存在隐患",
	"部分合同未经合法性审核",
	"固定资产账实不符",
	"公务接待管理不规范",
	"意识形态工作责任制落实不到位",
	"干部选拔任用程序不规范",
	"信息公开不及时",
	"上轮巡察整改不到位",
	"业务审批把关不严",
	"内部审计监督作用发挥不充分",
}

// cfg describes the rows a case's ledger starts from: all done, each
// completed some days after the feedback, with a deadline after that.
type cfg struct {
	N, Off         int
	Pool           []string
	Cats           []string
	Leaders, Depts []string
	FB, Rep        string
	DateF          func(time.Time) string
	DoneWords      []string
	Evidence       []string
}

func mk(c cfg) []prob {
	fb, rep := day(c.FB), day(c.Rep)
	span := rep.Sub(fb).Hours()/24 - 18
	var ps []prob
	for i := 0; i < c.N; i++ {
		title := c.Pool[(c.Off+i)%len(c.Pool)]
		comp := fb.AddDate(0, 0, 8+int(float64(i)*span/float64(c.N)))
		// the deadline: the end of the month after the completion
		dl := time.Date(comp.Year(), comp.Month()+2, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		short := strings.SplitN(title, "，", 2)[0]
		ps = append(ps, prob{
			No:       i + 1,
			Cat:      c.Cats[i*len(c.Cats)/c.N],
			Title:    title,
			Measures: fmt.Sprintf("对照问题逐项剖析原因，制定《关于%s问题的整改方案》，%d月底前完成整改并建立长效机制", strings.Trim(short, "“”"), int(dl.Month())),
			Leader:   c.Leaders[i%len(c.Leaders)],
			Dept:     c.Depts[(i*3+1)%len(c.Depts)],
			Deadline: c.DateF(dl),
			Status:   c.DoneWords[i%len(c.DoneWords)],
			Done:     c.DateF(comp),
			Evidence: c.Evidence[i%len(c.Evidence)],
		})
	}
	return ps
}

// open marks row no as not done: its status, a deadline and no completion date.
func open(ps []prob, no int, status, deadline string) {
	p := &ps[no-1]
	p.Status, p.Deadline, p.Done = status, deadline, ""
}

func dotted(t time.Time) string  { return fmt.Sprintf("%d.%d.%d", t.Year(), int(t.Month()), t.Day()) }
func slashed(t time.Time) string { return fmt.Sprintf("%d/%d/%d", t.Year(), int(t.Month()), t.Day()) }
func hanzi(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}
func iso(t time.Time) string { return t.Format("2006-01-02") }

var hanDigits = []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// numeral writes a date in Chinese numerals: 二〇二三年十月二十四日.
func numeral(t time.Time) string {
	var y strings.Builder
	for _, r := range fmt.Sprint(t.Year()) {
		y.WriteString(hanDigits[r-'0'])
	}
	small := func(n int) string {
		switch {
		case n < 10:
			return hanDigits[n]
		case n == 10:
			return "十"
		case n < 20:
			return "十" + hanDigits[n-10]
		case n%10 == 0:
			return hanDigits[n/10] + "十"
		default:
			return hanDigits[n/10] + "十" + hanDigits[n%10]
		}
	}
	return y.String() + "年" + small(int(t.Month())) + "月" + small(t.Day()) + "日"
}

// partyMeeting is the body of a party committee meeting on the rectification.
func partyMeeting(topic string) string {
	return "会议议题：" + topic + "\n会议听取了巡察整改工作领导小组办公室关于整改进展情况的汇报，逐项对照问题清单、任务清单、责任清单研究推进措施。\n会议指出，抓好巡察反馈问题整改是严肃的政治任务，各责任单位要对照台账倒排工期，确保按时限完成。\n会议决定：一、对已完成的整改事项组织验收，佐证材料不全的一律不予销号；二、对进度滞后的事项由分管领导约谈责任单位负责人；三、下次会议听取专项整改情况汇报。"
}

func dlmBody(who string) string {
	return "会议主题：深入学习贯彻习近平新时代中国特色社会主义思想，对照巡察反馈意见，查摆问题、剖析根源、明确整改方向。\n会前，" + who + "广泛征求意见建议，班子成员之间开展谈心谈话，认真撰写对照检查材料。\n会上，主要负责同志代表班子作对照检查，并带头作个人对照检查发言，班子成员逐一发言，开展批评和自我批评。\n上级巡察办和组织部门派员到会指导并作点评。会议要求，对查摆出的问题建立清单，逐项整改到位。"
}
