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
