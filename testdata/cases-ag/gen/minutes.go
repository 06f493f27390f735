package main

import (
	"fmt"
	"time"
)

func cnDate(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		panic(d)
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

func addDays(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		panic(d)
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// partyMin is the minutes of a party committee meeting whose title names
// the body (中共…委员会2023年第N次会议纪要) or the type (党委会议纪要).
func partyMin(title, date, host, topic string) string {
	return title + "\n" +
		"时间：" + cnDate(date) + "上午9:00\n" +
		"地点：本部7楼第一会议室\n" +
		"主持：" + host + "\n" +
		"出席：党委委员刘某、陈某、孙某、高某\n" +
		"列席：办公室、党委组织部、纪委办公室、风险管理部主要负责人\n" +
		"议题：" + topic + "\n" +
		"会议听取了巡视整改办公室关于巡视反馈问题整改进展情况的汇报，逐项研究了整改中遇到的难点问题，" +
		"对尚未完成的事项明确了责任领导、责任部门和完成时限。\n" +
		"会议指出，抓好巡视整改是重大政治任务，班子成员要认真履行“一岗双责”，对分管领域的整改事项盯住不放。\n" +
		"会议要求，各牵头部门要按照整改方案逐项对账销号，每月25日前报送整改进展，纪委办公室要加强日常监督。\n" +
		"参加人员签字：（略）\n"
}

// workMin is one meeting of the rectification work (推进会, 调度会, 领导小组会议).
func workMin(title, date, topic string) string {
	return title + "\n" +
		"时间：" + cnDate(date) + "下午3:00\n" +
		"地点：本部5楼视频会议室\n" +
		"主持：巡视整改工作领导小组副组长、副行长刘某\n" +
		"参会：巡视整改工作领导小组成员，各牵头部门负责人\n" +
		topic + "会议逐项听取了各牵头部门的整改进展，对进度滞后的事项进行了督办，明确下一步工作安排。\n"
}

// lifeHead opens the record of a democratic life meeting.
func lifeHead(title, date, host, who string) string {
	return title + "\n" +
		"时间：" + cnDate(date) + "\n" +
		"地点：本部7楼第一会议室\n" +
		"主持：" + host + "\n" +
		"参会：" + who + "\n"
}

func dlmMin(title, date, host string) string {
	return lifeHead(title, date, host, "领导班子全体成员；上级党委督导组到会指导") +
		"会议围绕巡视反馈问题整改，通报了巡视整改专题民主生活会征求意见情况和上年度民主生活会整改措施落实情况。" +
		"班子成员逐一进行对照检查，开展批评和自我批评，认领整改责任，提出整改措施。\n" +
		"督导组同志对会议进行了点评。\n"
}

func annualDLM(title, date, host string) string {
	return lifeHead(title, date, host, "领导班子全体成员") +
		"会议以深入学习贯彻新时代中国特色社会主义思想为主题，通报了上年度民主生活会整改措施落实情况，" +
		"班子成员逐一进行对照检查，开展批评和自我批评。\n"
}
