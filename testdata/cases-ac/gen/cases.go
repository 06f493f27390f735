package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func caseJSON(unit, round, feedback, report string) string {
	return fmt.Sprintf(`{"unit": %q, "round": %q, "feedback_date": %q, "report_date": %q, "as_of": %q}`, unit, round, feedback, report, report)
}

var cases = []kase{
	{dir: "01-chengtou-clean", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川市城市建设投资集团有限公司委员会", "市审计局2023年经济责任审计", "2023-04-18", "2023-09-28"),
		minutesFmt: map[string]string{"2023-04-25": "docx", "2023-05-30": "docx", "2023-07-12": "pdf", "2023-09-06": "docx", "2023-05-10": "docx", "2023-08-15": "docx", "2023-06-20": "docx"},
		ledger:     ledger01},
	{dir: "02-yiyuan-daifuhe", reportFmt: "pdf",
		caseJSON:   caseJSON("中共霁川市第一人民医院委员会", "市审计局2023年医保基金使用专项审计", "2023-06-12", "2023-11-10"),
		minutesFmt: map[string]string{"dangwei-01": "docx", "dangwei-02": "docx", "dangwei-03": "docx", "yuanzhang-01": "docx", "yuanzhang-02": "txt", "minzhushenghuohui": "docx"},
		ledger:     ledger02},
	{dir: "03-gongjijin-rate", reportFmt: "docx",
		caseJSON:   caseJSON("柘川市住房公积金管理中心党组", "市审计局2022年度预算执行审计", "2023-05-08", "2023-09-15"),
		minutesFmt: map[string]string{"2023-05-16": "docx", "2023-06-28": "docx", "2023-08-29": "docx", "2023-07-18": "docx"},
		ledger:     ledger03},
	{dir: "04-shuiwu-huibian", reportFmt: "docx",
		caseJSON:   caseJSON("霁川水务集团有限公司", "省审计厅国有企业领导人员经济责任审计", "2023-03-20", "2023-08-25"),
		minutesFmt: map[string]string{"2023年党委会会议纪要汇编": "docx", "2023-07-20": "docx", "dongshihui": "docx", "minzhushenghuohui": "docx"},
		ledger:     ledger04},
	{dir: "05-ziben-jiami", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川市国有资本运营有限公司委员会", "市审计局2022年度财务收支审计", "2023-04-03", "2023-08-10"),
		minutesFmt: map[string]string{"2023-04-11": "docx", "2023-07-25": "docx", "2023-06-02": "docx"},
		ledger:     ledger05},
	{dir: "06-zhongyiyuan-tupian", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川市中医院委员会", "市审计局2023年财务收支审计", "2023-07-05", "2023-12-20"),
		minutesFmt: map[string]string{"dangweihui-1": "docx", "dangweihui-2": "docx", "dangweihui-3-saomiao": "imgdocx", "minzhushenghuohui": "docx"},
		ledger:     ledger06},
	{dir: "07-shebao-xiansuo", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川市社会保险事业管理中心委员会", "市审计局2023年养老保险基金专项审计", "2023-04-10", "2023-12-15"),
		minutesFmt: map[string]string{"2023-04-17": "docx", "2023-06-13": "docx", "2023-08-22": "docx", "2023-11-28": "docx", "2023-07-06": "docx"},
		ledger:     ledger07},
	{dir: "08-chengfa-csv", reportFmt: "txt",
		caseJSON:   caseJSON("霁川高新区城市发展有限公司", "区审计局2023年专项审计", "2023-08-01", "2023-12-05"),
		minutesFmt: map[string]string{"2023-08-07": "txt", "2023-11-21": "gbktxt", "2023-09-14": "docx", "2023-10-12": "docx"},
		ledger:     ledger08},
	{dir: "09-zhiyuan-zhuangtai", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川职业技术学院委员会", "市审计局2023年经济责任审计", "2023-05-15", "2023-10-30"),
		minutesFmt: map[string]string{"2023-05-23": "docx", "2023-09-26": "docx", "2023-06-20": "docx", "2023-07-13": "docx"},
		ledger:     ledger09},
	{dir: "10-liangchu-fenxiang", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川市粮食储备有限公司委员会", "市审计局2023年政策性粮食审计", "2023-05-22", "2023-11-08"),
		minutesFmt: map[string]string{"2023-05-29": "docx", "2023-07-31": "docx", "2023-10-24": "docx", "2023-01-16": "docx"},
		ledger:     ledger10},
	{dir: "11-guoziwei-huizong", reportFmt: "docx",
		caseJSON:   caseJSON("中共柘川市人民政府国有资产监督管理委员会委员会", "市审计局2022年度预算执行审计", "2023-06-30", "2023-11-30"),
		minutesFmt: map[string]string{"2023-07-07": "docx", "2023-09-08": "docx", "2023-11-22": "docx", "2023-08-17": "docx"},
		ledger:     ledger11},
	{dir: "12-yindao-wps", reportFmt: "wps",
		caseJSON:   caseJSON("中共柘川市产业引导基金管理有限公司支部委员会", "市审计局2023年政府投资基金审计", "2023-06-19", "2023-12-08"),
		minutesFmt: map[string]string{"zhiweihui-0627": "png", "zhiweihui-1026": "png", "minzhushenghuohui": "docx"},
		ledger:     ledger12},
}

// toXLS converts an XLSX to the Excel 97–2003 format with LibreOffice.
func toXLS(xlsx, dir string) error {
	cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/casesac-lo", "--headless", "--convert-to", "xls", "--outdir", dir, xlsx)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return err
	}
	return os.Remove(xlsx)
}

var _ = filepath.Join
