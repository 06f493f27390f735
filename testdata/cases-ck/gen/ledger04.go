package main

import (
	"os"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 岚川农业大学: 15 problems, 13 done, 2 长期坚持; and minutes/ gets a damaged
// Word 97 file (a compound-file signature, then nothing readable).
func init() {
	ledgers["04-lanchuan-nongda-doc"] = func(dir string) error {
		titles := [][2]string{
			{"党委理论学习中心组学习针对性不强", "制定年度学习计划，围绕乡村振兴开展专题研讨"},
			{"服务乡村振兴战略的站位不够高", "制定服务乡村振兴行动计划"},
			{"党委会议题准备不充分", "建立议题提交前合法性审查制度"},
			{"学院党委政治把关作用发挥不够", "修订学院党委会议议事规则"},
			{"试验农场资产管理混乱", "全面清查试验农场资产，建立资产卡片"},
			{"科研经费间接费用分配不规范", "修订科研项目间接费用管理办法"},
			{"附属单位经营收入未纳入学校统一核算", "将附属单位收入纳入统一核算"},
			{"公务接待管理不规范", "修订公务接待管理办法"},
			{"干部选拔任用民主推荐环节不规范", "完善民主推荐工作程序"},
			{"职称评审监督不到位", "建立职称评审全程纪检监督机制"},
			{"基层党支部书记培训不足", "开展支部书记轮训，年内全覆盖"},
			{"二级单位违规发放劳务费", "清退违规发放的劳务费"},
			{"纪检机构监督力量薄弱", "充实纪委办公室专职人员"},
			{"涉农科技成果转化率偏低", "建立科技成果转化收益分配机制，完善转化平台"},
			{"人才队伍建设与学科发展需求不匹配", "实施人才强校战略，修订人才引进办法"},
		}
		leaders := []string{"党委书记 宁海川", "校长 柯向东", "副书记 詹丽", "纪委书记 陶敏"}
		depts := []string{"党委办公室", "国有资产管理处", "财务处", "党委组织部", "人事处"}
		var ps []p
		for i, t := range titles {
			n := i + 1
			l, d := leaders[i%len(leaders)], depts[i%len(depts)]
			if n >= 14 {
				ps = append(ps, going("长期坚持", t[0], t[1], l, d, "长期坚持", "持续推进", "持续推进", "持续推进"))
				continue
			}
			ps = append(ps, done("限期整改", t[0], t[1], l, d, "2024年10月31日", "2024年10月"+itoa2(8+i)+"日", "整改佐证材料汇编"))
		}
		head := stageHead("第一阶段", "第二阶段")
		if err := casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), stageSheet("问题整改台账", "岚川农业大学巡视整改台账", head, ps)); err != nil {
			return err
		}
		bad := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1528)...)
		for i := 8; i < len(bad); i++ {
			bad[i] = byte(i * 37 % 251)
		}
		os.MkdirAll(filepath.Join(dir, "minutes"), 0o755)
		return os.WriteFile(filepath.Join(dir, "minutes", "党委常委会会议纪要（9月）.doc"), bad, 0o644)
	}
}
