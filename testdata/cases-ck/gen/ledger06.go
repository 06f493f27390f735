package main

import (
	"os"
	"path/filepath"
)

// 岚川医科大学 (WPS .et, an Excel 97 workbook): 16 problems, 14 done, 2 长期坚持.
func init() {
	ledgers["06-lanchuan-yike-clean"] = func(dir string) error {
		titles := [][2]string{
			{"落实党委领导下的校长负责制不够到位", "修订党委全委会、常委会和校长办公会议事规则"},
			{"医学人才培养质量有待提高", "修订本科人才培养方案，强化临床实践教学"},
			{"附属医院党建工作指导不够", "建立附属医院党建工作联系制度"},
			{"意识形态阵地管理不严", "开展网站、公众号专项清理"},
			{"大型医疗设备采购论证不充分", "修订大型设备采购论证办法"},
			{"科研经费使用不规范", "开展科研经费专项审计"},
			{"校医院药品采购管理不规范", "药品采购纳入集中采购平台"},
			{"违规收取培训费", "清退违规收取的培训费"},
			{"基建项目超概算", "委托第三方开展决算审计，追究相关责任"},
			{"干部考核评价机制不健全", "修订中层干部考核办法"},
			{"教师职称评审程序不规范", "修订职称评审工作办法"},
			{"学生资助工作监管不严", "开展资助资金发放专项核查"},
			{"纪委监督首责发挥不充分", "制定纪委监督工作清单"},
			{"落实中央八项规定精神不严格", "开展作风问题专项整治"},
			{"高水平学科平台建设滞后", "制定一流学科建设方案"},
			{"临床医学研究与成果转化不足", "建设临床研究中心，完善成果转化激励机制"},
		}
		leaders := []string{"党委书记 程远山", "校长 萧敏华", "党委副书记 冯建", "纪委书记 贺兰芳"}
		depts := []string{"党委办公室", "教务处", "计划财务处", "招标采购中心", "人事处"}
		var ps []p
		for i, t := range titles {
			n := i + 1
			l, d := leaders[i%len(leaders)], depts[i%len(depts)]
			if n >= 15 {
				ps = append(ps, going("长期坚持", t[0], t[1], l, d, "长期坚持", "阶段性完成", "持续推进", "持续推进"))
				continue
			}
			ps = append(ps, done2("限期整改", t[0], t[1], l, d, "2024年9月30日", "2024年9月"+itoa2(3+i)+"日", "制度文件、整改报告"))
		}
		head := stageHead("第一阶段（7月）", "第二阶段（9月）")
		tmp := filepath.Join(dir, "ledger.xls")
		if err := soffice.BinaryWorkbook(tmp, stageSheet("台账", "岚川医科大学巡视整改台账", head, ps)); err != nil {
			return err
		}
		return os.Rename(tmp, filepath.Join(dir, "ledger.et"))
	}
}
