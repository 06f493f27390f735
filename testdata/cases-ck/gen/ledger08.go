package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 岚川师范大学: 14 problems, 12 done, 2 长期坚持.
func init() {
	ledgers["08-lanchuan-shida-huiyi"] = func(dir string) error {
		titles := [][2]string{
			{"师范教育特色优势弱化", "制定师范教育振兴计划"},
			{"党委理论学习中心组学习不够深入", "完善中心组学习制度"},
			{"基层党组织组织力不强", "开展党支部“对标争先”建设"},
			{"思政课教师队伍配备不足", "按师生比配齐思政课教师"},
			{"附属学校管理体制不顺", "理顺附属学校管理体制"},
			{"国有资产账实不符", "开展资产清查，账实核对"},
			{"科研项目结题管理松散", "清理逾期未结题项目"},
			{"继续教育办学管理不规范", "清理校外教学点"},
			{"违规发放课时酬金", "清退违规发放的课时酬金"},
			{"干部队伍梯次结构不合理", "制定中层干部队伍建设规划"},
			{"选人用人监督不到位", "建立选人用人工作专项检查制度"},
			{"纪检监察工作力量不足", "充实纪检监察干部"},
			{"服务基础教育能力不强", "建设基础教育协同发展联盟"},
			{"教师教育学科建设水平不高", "实施教师教育学科提升工程"},
		}
		leaders := []string{"党委书记 闵德华", "校长 饶清远", "党委副书记 聂晓岚", "纪委书记 关振宇"}
		depts := []string{"党委办公室", "教务处", "党委组织部", "国有资产管理处", "继续教育学院"}
		var ps []p
		for i, t := range titles {
			n := i + 1
			l, d := leaders[i%len(leaders)], depts[i%len(depts)]
			if n >= 13 {
				ps = append(ps, going("长期坚持", t[0], t[1], l, d, "长期坚持", "持续推进", "持续推进", "持续推进"))
				continue
			}
			ps = append(ps, done2("限期整改", t[0], t[1], l, d, "2024年10月31日", "2024年10月"+itoa2(10+i)+"日", "整改材料汇编"))
		}
		head := stageHead("第一阶段", "第二阶段")
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), stageSheet("整改台账", "岚川师范大学巡视整改台账", head, ps))
	}
}
