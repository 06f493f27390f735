package main

import (
	"os"
	"path/filepath"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func cases5() []kase {
	var ks []kase

	// 15: three work meetings recorded in one combined minutes file; clean.
	combined := `苇溪县人力资源和社会保障局巡察整改工作推进会会议纪要（汇编）

一、第一次推进会
时间：2023年6月14日
地点：局三楼会议室
主持：党组书记、局长陈立新
参会：党组成员，各股室负责人
会议传达了县委第三巡察组反馈意见，部署巡察整改工作，明确27项整改措施的责任股室和完成时限。

二、第二次推进会
时间：2023年7月26日
地点：局三楼会议室
主持：副局长王海燕
参会：党组成员，各股室负责人
会议听取各股室巡察整改进展汇报，对进度滞后的2个问题进行督办。

三、第三次推进会
时间：2023年9月6日
地点：局三楼会议室
主持：党组书记、局长陈立新
参会：党组成员，各股室负责人
会议逐项审核已完成整改问题的佐证材料，研究销号事项，部署整改回头看。
`
	ks = append(ks, kase{
		dir:  "15-renshe-combined-minutes-clean",
		info: info("中共苇溪县人力资源和社会保障局党组", "县委第三巡察组（2023年第一轮巡察）", "2023-06-06", "2023-09-22", "2023-09-22"),
		report: `中共苇溪县人力资源和社会保障局党组关于巡察整改情况的报告

县委第三巡察组于2023年6月6日向我局反馈巡察意见。局党组成立巡察整改工作领导小组，先后召开巡察整改工作推进会3次，逐项调度整改进展，并召开了巡察整改专题民主生活会。巡察反馈问题7个，已完成整改6个，正在整改1个，整改完成率85.71%。

中共苇溪县人力资源和社会保障局党组
2023年9月22日`,
		sheets: []sheet{problems("问题整改", "县人社局巡察反馈问题整改台账", colsA, gen(7, "ddddddi", "2023.8.31", "2023年12月底", "2023/8/30"), "")},
		minutes: []meeting{
			{file: "民主生活会.txt", title: "苇溪县人力资源和社会保障局党组巡察整改专题民主生活会会议记录", date: "2023年8月17日", host: "党组书记陈立新", body: dlmBody},
		},
		extra:    map[string][]byte{"minutes/推进会纪要汇编.txt": []byte(combined)},
		expected: expect("干净：3次整改工作推进会记在一份纪要汇编里（一个文件多次会议），报告称推进会3次；7个问题完成6个，85.71%", "2023-09-22", "clean", true, nil),
	})

	// 16: a GBK report; accountability total by 人次 one more than the sheet.
	ks = append(ks, kase{
		dir:  "16-yingji-gbk-accountability",
		info: info("中共苇溪县应急管理局党组", "县委第四巡察组（2023年第二轮巡察）", "2023-08-08", "2023-11-20", "2023-11-20"),
		report: `中共苇溪县应急管理局党组关于县委第四巡察组反馈意见整改情况的报告

县委第四巡察组反馈问题5个，已全部完成整改。局党组坚持失责必问，对安全生产监管履职不力等问题共问责8人次，其中给予政务处分2人次、组织处理1人次、诫勉谈话3人次、批评教育2人次。

中共苇溪县应急管理局党组
2023年11月20日`,
		sheets: []sheet{
			problems("问题整改", "县应急管理局巡察反馈问题整改台账", colsA, gen(11, "ddddd", "2023.10.31", "", "2023/10/18"), ""),
			acc([]string{"韩某某", "执法大队副大队长", "监管不力", "政务警告处分", "2023.9.12", ""},
				[]string{"杨某某", "安全生产股股长", "监管不力", "政务记过处分", "2023.9.12", ""},
				[]string{"朱某某", "执法大队中队长", "履职不力", "调整岗位", "2023.9.20", ""},
				[]string{"秦某某", "科员", "履职不力", "诫勉谈话", "2023.9.20", ""},
				[]string{"尤某某", "科员", "履职不力", "诫勉谈话", "2023.9.20", ""},
				[]string{"许某某", "科员", "履职不力", "诫勉谈话", "2023.9.20", ""},
				[]string{"何某某", "科员", "工作失误", "批评教育", "2023.9.28", ""}),
		},
		minutes: stdMinutesLate("苇溪县应急管理局"),
		expected: expect("埋设：GBK编码的TXT报告；报告称问责8人次（2+1+3+2），问责表7行（批评教育只有1行）", "2023-11-20", "paper-rectification-suspected", true, nil,
			F{"rule": "claim.accountability", "item": "total", "claimed": 8, "observed": 7}),
	})
	return ks
}

func stdMinutesLate(org string) []meeting {
	return []meeting{
		{file: "党组会议.txt", title: "中共" + org + "党组2023年第14次会议纪要", date: "2023年8月22日", host: "党组书记陈立新", body: pcBody("1")},
		{file: "民主生活会.txt", title: org + "党组巡察整改专题民主生活会会议记录", date: "2023年10月12日", host: "党组书记陈立新", body: dlmBody},
	}
}

// toGBK rewrites the case's report.txt in GBK.
func toGBK(dir string) {
	p := filepath.Join(dir, "report.txt")
	b, err := os.ReadFile(p)
	must(err)
	g, err := simplifiedchinese.GBK.NewEncoder().Bytes(b)
	must(err)
	must(os.WriteFile(p, g, 0o644))
}
