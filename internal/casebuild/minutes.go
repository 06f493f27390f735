package casebuild

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Meeting is one meeting's minutes (会议纪要 / 会议记录): the file it is
// written to under minutes/, its title, date (as 2024年3月5日), place,
// host, who attended, and its paragraphs.
type Meeting struct {
	File, Title, Date, Place, Host, Attend string
	Body                                   []string
}

var cnDate = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)

// Text is the meeting's minutes as a source in DOCX's markup: saved at
// 17:30 on the meeting's day (%saved), the title, the lines 时间, 地点,
// 主持人, 参会人员 and 记录人, then the paragraphs.
func (m Meeting) Text() string {
	var b strings.Builder
	if t := cnDate.FindStringSubmatch(m.Date); t != nil {
		mo, _ := strconv.Atoi(t[2])
		dd, _ := strconv.Atoi(t[3])
		fmt.Fprintf(&b, "%%saved %s-%02d-%02dT17:30:00+08:00\n", t[1], mo, dd)
	}
	b.WriteString("# " + m.Title + "\n")
	b.WriteString("<时间：" + m.Date + "\n<地点：" + m.Place + "\n<主持人：" + m.Host + "\n<参会人员：" + m.Attend + "\n<记录人：办公室 工作人员\n")
	for _, p := range m.Body {
		b.WriteString(p + "\n")
	}
	return b.String()
}

// DemocraticLifeMeeting is the minutes of a unit's special democratic life
// meeting (专题民主生活会) on the rectification, on date, hosted by host.
func DemocraticLifeMeeting(file, unit, date, host string) Meeting {
	return Meeting{File: file, Title: unit + "巡察整改专题民主生活会会议记录", Date: date, Place: "机关二楼会议室", Host: host,
		Attend: "领导班子全体成员；市委巡察组、市纪委监委派驻纪检监察组有关同志到会指导",
		Body: []string{
			"会议围绕巡察反馈问题整改，通报了会前征求意见情况和巡察反馈意见整改落实情况，班子成员逐一进行对照检查，开展批评和自我批评。",
			"会议要求，对照整改台账逐项推进，确保反馈问题件件有着落、事事有回音，整改完成后及时销号。",
		}}
}
