package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	// 01: a township's XLSX, 12 problems, 10 done, 2 in progress (not yet due).
	ledgers["01-hexi-zhen-clean"] = func(dir string) error {
		ps := parse(`
学习贯彻上级决策部署跟进不及时｜建立党委“第一议题”学习台账，每月通报学习情况｜周建平｜党政办｜2025-06-30｜已完成｜2025-05-12｜学习台账、通报
耕地保护责任落实有差距｜对全镇41处图斑逐一核查，建立镇村两级田长制｜罗海燕｜自然资源所｜2025-06-30｜已完成｜2025-06-18｜核查清单、田长制文件
村级集体经济发展乏力｜制定《河西镇村级集体经济三年提升方案》｜罗海燕｜农业服务中心｜2025-12-31｜正在整改｜｜
镇属资产底数不清｜清查镇属房屋、土地，登记造册并录入资产系统｜邱文涛｜财政所｜2025-06-30｜已完成｜2025-06-09｜资产清册
公务接待审批不严格｜修订公务接待管理办法，实行“一事一单”｜邱文涛｜党政办｜2025-05-31｜已完成｜2025-05-20｜管理办法、接待清单
惠民惠农补贴发放把关不严｜对2023年以来补贴发放逐户复核，追回多发补贴｜邱文涛｜社会事务办｜2025-06-30｜已完成｜2025-06-25｜复核表、退款凭证
基层党组织“三会一课”记录不规范｜统一印制支部工作手册，开展两轮专项检查｜周建平｜党建办｜2025-06-30｜已完成｜2025-05-28｜检查通报
发展党员程序把关不严｜对近三年发展党员档案逐份审查，补齐缺失材料｜周建平｜党建办｜2025-06-30｜已完成｜2025-06-12｜审查记录
干部作风不实、服务群众意识不强｜开展作风专项整治，设立群众评议窗口｜唐晓东｜纪委｜2025-06-30｜已完成｜2025-06-20｜整治方案、评议结果
安全生产隐患排查不彻底｜组织2次全镇安全生产大排查，建立隐患清单｜唐晓东｜应急办｜2025-06-30｜已完成｜2025-06-16｜排查清单
镇纪委监督执纪“探头”作用发挥不够｜制定镇纪委日常监督清单，每季度开展专项监督｜唐晓东｜纪委｜长期坚持｜正在整改｜｜
巡察移交信访件办理不及时｜逐件建立台账，限期办结并回访｜唐晓东｜综治中心｜2025-05-31｜已完成｜2025-05-26｜办结报告、回访记录`)
		return xlsx(dir, casebuild.Sheet{Name: "问题整改台账", Rows: titled("河西镇县委巡察反馈问题整改台账", head, rows(ps)), Merges: [][2]string{{"A1", "I1"}}})
	}

	// 02: a city bureau's Excel 97 audit ledger, 14 problems, 11 done, 3 in
	// progress; 序号9 (row 11) names no leader.
	ledgers["02-linjiang-nongye-shenji"] = func(dir string) error {
		ps := parse(l02)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"),
			casebuild.Sheet{Name: "审计整改台账", Rows: titled("临江市农业农村局审计发现问题整改台账", head, rows(ps)), Merges: [][2]string{{"A1", "I1"}}})
	}

	// 03: a provincial water group's XLSX: 16 problems (14 done), 5 clues (one
	// closed after 95 days), 8 people held accountable, 6 rules.
	ledgers["03-dongyue-shuiwu-xunshi"] = func(dir string) error {
		ps := parse(l03)
		clues := [][]string{
			{"省委巡视移交问题线索办理台账"},
			{"序号", "线索编号", "反映对象", "问题线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			{"1", "XS2025-SW-01", "所属工程公司原经理郑某某", "反映违规分包工程", "2025-01-20", "集团纪委", "立案审查", "2025-03-11", "已办结"},
			{"2", "XS2025-SW-02", "所属供水公司副经理韩某", "反映收受供应商礼金", "2025-01-20", "集团纪委", "初步核实后立案", "2025-03-04", "已办结"},
			{"3", "XS2025-SW-03", "集团物资部采购员冯某某", "反映采购中优亲厚友", "2025-01-20", "集团纪委", "谈话函询，予以了结", "2025-02-27", "已办结"},
			{"4", "XS2025-SW-04", "所属水厂厂长蒋某", "反映违规发放津补贴", "2025-01-20", "集团纪委", "初步核实，给予组织处理", "2025-03-14", "已办结"},
			{"5", "XS2025-SW-05", "所属置业公司财务负责人沈某某", "反映违规出借资金", "2025-01-20", "集团纪委", "初步核实后立案", "2025-04-25", "已办结"},
		}
		acc := [][]string{
			{"巡视整改问责情况"},
			{"序号", "被问责人", "单位及职务", "问责方式", "决定时间"},
			{"1", "郑某某", "所属工程公司原经理", "党纪处分（留党察看）", "2025-03-11"},
			{"2", "韩某", "所属供水公司副经理", "党纪处分（党内严重警告）", "2025-03-04"},
			{"3", "沈某某", "所属置业公司财务负责人", "政务处分（记过）", "2025-04-25"},
			{"4", "蒋某", "所属水厂厂长", "组织处理（免职）", "2025-03-14"},
			{"5", "王某某", "集团资产管理部副部长", "组织处理（调整岗位）", "2025-03-20"},
			{"6", "冯某某", "集团物资部采购员", "诫勉", "2025-02-27"},
			{"7", "陆某", "所属管网公司副经理", "诫勉", "2025-03-20"},
			{"8", "余某某", "集团财务部副部长", "诫勉", "2025-03-20"},
		}
		rules := [][]string{
			{"巡视整改制度建设台账"},
			{"序号", "制度名称", "新建/修订", "印发时间"},
			{"1", "《集团公司“三重一大”决策制度实施办法》", "修订", "2025-02-26"},
			{"2", "《集团公司工程项目分包管理办法》", "新建", "2025-03-05"},
			{"3", "《集团公司资金出借和担保管理规定》", "新建", "2025-03-12"},
			{"4", "《集团公司津补贴发放管理办法》", "修订", "2025-03-18"},
			{"5", "《集团公司供应商管理办法》", "新建", "2025-03-27"},
			{"6", "《集团公司投资项目后评价办法》", "新建", "2025-04-08"},
		}
		return xlsx(dir,
			casebuild.Sheet{Name: "问题整改台账", Rows: titled("东岳省水务集团省委巡视反馈问题整改台账", head, rows(ps)), Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "问题线索", Rows: clues, Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}},
			casebuild.Sheet{Name: "制度建设", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}

	// 04: a school's CSV in GBK, 15 problems, 13 done, 2 in progress.
	ledgers["04-linjiang-yizhong-clean"] = func(dir string) error {
		ps := parse(l04)
		r := append([][]string{{"序号", "问题描述", "整改措施", "责任领导", "责任处室", "整改时限", "整改情况", "完成时间", "佐证材料"}}, rows(ps)...)
		return casebuild.WriteCSVGBK(filepath.Join(dir, "ledger.csv"), r)
	}

	// 05: a village's Excel 97 ledger, 9 problems, 6 done, 3 in progress; 序号4
	// (row 6) was due 2025-06-30 and is still in progress.
	ledgers["05-shiqiao-cun"] = func(dir string) error {
		ps := parse(l05)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"),
			casebuild.Sheet{Name: "Sheet1", Rows: titled("石桥村村级巡察反馈问题整改台账", head, rows(ps)), Merges: [][2]string{{"A1", "I1"}}})
	}

	// 06: a city bureau's XLSX, 18 problems, 15 done, 3 in progress; 序号7
	// (row 9) done with no evidence.
	ledgers["06-linjiang-chengguan-doc"] = func(dir string) error {
		ps := parse(l06)
		return xlsx(dir, casebuild.Sheet{Name: "巡察整改台账", Rows: titled("临江市城市管理局市委巡察反馈问题整改台账", head, rows(ps)), Merges: [][2]string{{"A1", "I1"}}})
	}

	// 07: a water company's XLSX: 10 problems (9 done, 1 long-term), 7 rules
	// (4 new, 3 revised).
	ledgers["07-linjiang-gongshui-clean"] = func(dir string) error {
		ps := parse(l07)
		rules := [][]string{
			{"审计整改制度建设情况"},
			{"序号", "制度名称", "类别", "印发时间"},
			{"1", "临江供水有限公司工程变更管理办法", "新建", "2025-03-10"},
			{"2", "临江供水有限公司水费催缴管理规定", "新建", "2025-03-17"},
			{"3", "临江供水有限公司物资采购管理办法", "修订", "2025-03-24"},
			{"4", "临江供水有限公司合同管理办法", "修订", "2025-04-02"},
			{"5", "临江供水有限公司备用金管理规定", "新建", "2025-04-09"},
			{"6", "临江供水有限公司公务用车管理办法", "修订", "2025-04-16"},
			{"7", "临江供水有限公司漏损控制考核办法", "新建", "2025-04-28"},
		}
		return xlsx(dir,
			casebuild.Sheet{Name: "审计问题整改", Rows: titled("临江供水有限公司经济责任审计发现问题整改台账", head, rows(ps)), Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "制度建设", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}

	// 08: a township's XLSX: the last round's 6 problems on 上轮（已销号), this
	// round's 18 on 本轮 (14 done, 4 in progress; 序号6, row 8, in progress).
	ledgers["08-bailu-xiang"] = func(dir string) error {
		old := parse(l08old)
		cur := parse(l08)
		return xlsx(dir,
			casebuild.Sheet{Name: "本轮", Rows: titled("白鹭乡县委巡察反馈问题整改台账（2025年）", head, rows(cur)), Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "上轮（已销号）", Rows: titled("白鹭乡2021年县委巡察反馈问题整改台账（已全部销号）", head, rows(old)), Merges: [][2]string{{"A1", "I1"}}})
	}
}
