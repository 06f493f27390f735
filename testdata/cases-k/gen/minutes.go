package main

import "fmt"

// work is the body of a meeting that dealt with the rectification.
func work(round, topic, task, by string) string {
	return fmt.Sprintf("会议议题：研究%s反馈意见整改工作。\n"+
		"会议听取了整改工作领导小组办公室关于%s反馈问题整改进展情况的汇报，逐项研究了%s等问题的整改措施。"+
		"会议指出，抓好%s反馈问题整改是一项重大政治任务，要对照整改台账逐项推进，完成一项、销号一项。\n"+
		"会议决定：一、%s；二、各责任部门于%s前报送整改进展和佐证材料；三、整改办每半月调度一次。", round, round, topic, round, task, by)
}

// dlm is the body of a special democratic life meeting on the findings.
func dlm(round, secretary string) string {
	return fmt.Sprintf("会议主题：对照%s反馈意见，深入查摆问题，认真开展批评和自我批评，研究巡视整改措施。\n"+
		"会前，领导班子成员广泛征求意见，逐一开展谈心谈话，撰写个人发言提纲。%s同志代表领导班子作对照检查，"+
		"班子成员逐一发言，联系分管工作认领问题，相互提出批评意见。\n"+
		"%s同志作总结讲话，要求把开好这次专题民主生活会作为推动整改落实的新起点，把反馈问题一项一项改到位。", round, secretary, secretary)
}
