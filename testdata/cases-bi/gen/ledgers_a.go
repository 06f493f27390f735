package main

import (
	"os"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 01: a county water bureau's XLSX, 9 problems, 7 done, 2 in progress within their deadlines.
func init() {
	ledgers["01-yunxiu-shuili-saomiao"] = func(dir string) error {
		ts := []tm{
			{"农村饮水安全工程管护责任落实不到位", "修订农村供水工程运行管护办法，明确32处工程管护主体"},
			{"水利工程质量监督流于形式", "对11个在建项目开展质量监督回头看"},
			{"小型水库安全度汛责任人履职不到位", "对47座小型水库三个责任人逐一培训"},
			{"项目资金拨付进度缓慢", "建立项目资金月调度机制"},
			{"政府采购程序不规范", "修订内部采购管理规程，开展培训2次"},
			{"公务用车管理不严格", "完善车辆派遣登记和加油卡管理"},
			{"干部职工教育管理松散", "制定机关考勤和请销假管理规定"},
			{"已完工项目结算审计滞后", "委托第三方对6个已完工项目开展结算审计"},
			{"河道采砂管理存在漏洞", "开展河道采砂专项整治，公开出让采砂权"},
		}
		ps := fill([]string{"工程管理", "工程管理", "安全管理", "资金管理", "财务管理", "作风建设", "作风建设", "工程管理", "行业监管"}, ts,
			[]string{"彭远航", "严秀梅", "符志坚", "龙海波"},
			[]string{"农村水利股", "质量安全股", "水库管理站", "计划财务股", "计划财务股", "办公室", "人事股", "计划财务股", "水政执法大队"},
			[]string{"2024年5月31日", "2024年6月30日"},
			[]string{"2024年5月28日", "2024年6月24日"},
			[]string{"管护办法及分工文件", "回头看报告、整改通知书", "培训签到表、检查记录", "资金拨付台账", "采购管理规程", "用车登记台账", "考勤管理规定", "", ""},
			map[int]string{7: "2024年9月30日", 8: "2024年12月31日"}, "正在整改")
		rows := append([][]string{{"云岫县水利局县委巡察反馈问题整改台账"}, {"填报单位：县水利局办公室", "", "", "", "", "", "", "", "", "填报时间：2024年7月12日"}}, twoRowHead...)
		rows = append(rows, numbered(1, ps)...)
		m := append([][2]string{{"A1", "K1"}}, twoRowMerges(3)...)
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: m})
	}
}

// 02: a city medical insurance bureau's XLSX, 11 problems, 10 done.
func init() {
	ledgers["02-lanchuan-yibao-jiami"] = func(dir string) error {
		ts := []tm{
			{"医保基金监管存在薄弱环节", "开展定点医药机构双随机检查"},
			{"定点医药机构协议管理不严", "修订定点医药机构协议管理办法"},
			{"违规使用医保基金追回不及时", "建立追回资金台账，逐笔追缴"},
			{"医保经办服务不够便民", "推行一窗通办，下沉12项高频事项"},
			{"异地就医直接结算推进缓慢", "扩大异地就医定点医疗机构覆盖"},
			{"医保信息系统数据共享不畅", "对接省级医保信息平台"},
			{"内部控制制度执行不到位", "修订内部控制手册，开展内控评价"},
			{"干部考核激励作用发挥不充分", "修订局机关干部考核办法"},
			{"党支部组织生活不规范", "规范三会一课记录，开展支部书记述职"},
			{"落实中央八项规定精神有松懈", "开展公务接待和差旅费专项自查"},
			{"廉政风险防控不到位", "梳理岗位廉政风险点，开展警示教育"},
		}
		ps := fill([]string{"基金监管", "基金监管", "基金监管", "经办服务", "经办服务", "经办服务", "内部管理", "队伍建设", "队伍建设", "作风建设", "作风建设"}, ts,
			[]string{"宋嘉禾", "邝明远", "韦素琴"},
			[]string{"基金监管科", "医药服务管理科", "基金监管科", "医保经办中心", "医保经办中心", "信息中心", "规划财务科", "人事科", "机关党委", "办公室", "机关纪委"},
			[]string{"2024年7月31日", "2024年8月31日"},
			[]string{"2024年7月26日", "2024年8月22日"},
			[]string{"检查通报", "协议管理办法", "追回资金台账", "事项清单", "结算数据统计", "", "内控手册", "考核办法", "支部记录本", "自查报告", "风险点清单"},
			map[int]string{5: "2024年12月31日"}, "持续推进")
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "问题整改台账", Rows: withHead("市医保局市委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}})
	}
}

// 03: a county supply and marketing cooperative's XLSX, 10 problems, 8 done;
// 序号6 in progress past its deadline (2024年6月30日; as of 2024-08-15).
func init() {
	ledgers["03-yunxiu-gongxiaoshe-sunhuai"] = func(dir string) error {
		ts := []tm{
			{"党组把方向管大局作用发挥不充分", "修订党组工作规则和议事规则"},
			{"基层社党建工作薄弱", "对9个基层社党支部开展规范化建设"},
			{"社有资产底数不清", "开展社有资产全面清查，建立资产台账"},
			{"门面房被长期无偿占用", "依法收回被占用门面房9间"},
			{"租金收缴不及时", "追缴拖欠租金，建立租金收缴预警"},
			{"所属企业改制遗留问题未解决", "制定改制遗留问题处置方案，分类化解"},
			{"财务报销审核不严", "修订财务报销管理办法"},
			{"干部作风不严不实", "开展作风纪律专项整治"},
			{"选人用人程序不规范", "修订中层干部选拔任用办法"},
			{"社有资产租赁管理不规范", "修订社有资产租赁管理办法，公开招租"},
		}
		ps := fill([]string{"党的领导", "党的领导", "资产管理", "资产管理", "资产管理", "资产管理", "作风建设", "作风建设", "党的领导", "资产管理"}, ts,
			[]string{"邝国栋", "卢海燕", "贺建新", "蒙丽"},
			[]string{"办公室", "组织人事股", "资产管理股", "资产管理股", "财务股", "企业改革股", "财务股", "纪检组", "组织人事股", "资产管理股"},
			[]string{"2024年5月31日", "2024年6月30日"},
			[]string{"2024年5月24日", "2024年6月21日"},
			[]string{"议事规则", "验收表", "资产台账", "收回协议", "收款凭证", "", "报销管理办法", "专项整治总结", "选拔任用办法", ""},
			map[int]string{5: "2024年6月30日", 9: "2024年12月31日"}, "正在整改")
		ps[5].note = "涉及职工安置，需报县政府研究"
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "问题台账", Rows: withHead("云岫县供销社县委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}})
	}
}

// 04: a city government offices administration's XLSX saved with a password
// to open it: 16 problems, 13 done (no one can read it without the password).
func init() {
	ledgers["04-lanchuan-jiguanshiwu-jiami"] = func(dir string) error {
		var ts []tm
		for _, t := range []string{"办公用房超标准配置", "公务用车长期被占用", "公共机构节能改造推进缓慢", "机关食堂服务外包管理不规范",
			"政府采购程序不规范", "固定资产账实不符", "物业服务合同履约监管不严", "会议室使用管理混乱", "维修工程结算审核不严",
			"公务接待管理不规范", "干部轮岗交流不够", "党支部组织生活不规范", "廉政风险防控不到位", "内控制度执行不严",
			"档案管理不规范", "节能降耗考核流于形式"} {
			ts = append(ts, tm{t, "制定整改措施，明确完成时限"})
		}
		ps := fill([]string{"资产管理"}, ts, []string{"姚文涛", "岑佩玲", "鲁思远"}, []string{"办公室", "资产管理处", "公共机构节能处", "后勤服务中心"},
			[]string{"2024年9月30日"}, []string{"2024年9月20日"}, []string{"佐证材料"},
			map[int]string{2: "2025年6月30日", 3: "2025年3月31日", 15: "2025年6月30日"}, "正在整改")
		tmp, err := os.MkdirTemp("", "casesbi")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		plain := filepath.Join(tmp, "plain.xlsx")
		if err := casebuild.WriteXLSX(plain, casebuild.Sheet{Name: "问题整改台账", Rows: withHead("市机关事务管理局市委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}}); err != nil {
			return err
		}
		return encryptXLSX(plain, filepath.Join(dir, "ledger.xlsx"))
	}
}
