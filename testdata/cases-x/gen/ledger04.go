package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
)

func init() {
	ledgers["04-luchuan-jiguanshiwu-beizhu"] = func(dir string) {
		titles := []string{
			"落实党政机关过紧日子要求不到位", "公共机构节能工作推进缓慢", "超标准配备办公用房问题未彻底清理",
			"公务用车使用管理不规范", "政府采购内控制度执行不严", "廉政风险点排查不全面",
			"领导班子议事规则执行不严格", "干部轮岗交流机制不健全", "党支部标准化建设有差距",
		}
		leaders := []string{"林国华", "黄静", "吕志明"}
		depts := []string{"办公室", "公务用车管理科", "财务审计科", "房产管理科", "机关党委"}
		notes := map[string]string{
			"1": "已完成，已建立长效机制", "2": "已完成，节能改造项目已验收", "3": "立行立改，已完成",
			"4": "已完成，已建立用车审批台账", "5": "正在推进，预计年底前完成", "6": "已完成",
			"7": "已完成，已修订议事规则", "8": "已完成，已建立长效机制", "9": "正在推进，拟结合换届统筹解决",
		}
		dead := map[string]string{"1": "2023/5/31", "2": "2023/6/30", "3": "立行立改", "4": "2023/6/30", "5": "2023/12/31", "6": "2023/5/31", "7": "2023/6/30", "8": "2023/6/30", "9": "长期坚持"}
		evid := map[string]string{"1": "鹭机党〔2023〕7号", "2": "节能改造验收报告", "3": "办公用房清理登记表", "4": "《公务用车使用管理办法》", "5": "", "6": "廉政风险点台账", "7": "《党组议事规则》", "8": "鹭机党〔2023〕9号", "9": ""}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.UseCRLF = true
		must(w.Write([]string{"鹭川市机关事务管理局市委巡察反馈问题整改台账", "", "", "", "", "", "", ""}))
		must(w.Write([]string{"序号", "具体问题", "整改措施", "责任领导", "责任科室", "完成时限", "佐证资料", "备注"}))
		for i, t := range titles {
			no := string(rune('1' + i))
			must(w.Write([]string{no, t, "制定整改措施，明确整改时限", leaders[i%3], depts[i%5], dead[no], evid[no], notes[no]}))
		}
		must(w.Write([]string{"", "", "", "", "", "", "", ""}))
		must(w.Write([]string{"填表人：陈晓", "", "", "", "", "", "", ""}))
		w.Flush()
		must(os.WriteFile(filepath.Join(dir, "ledger.csv"), gbk(buf.String()), 0o644))
	}
}
