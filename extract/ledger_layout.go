package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
	"github.com/zhenggai/zhenggai/parse"
)

// Ledgers as offices lay them out: a title, a 填报单位（盖章）… 填报时间 line
// and notes above the header; a header of two rows (整改情况 over 整改进展 /
// 完成时间 / 佐证材料), merged in XLSX or written flat in CSV; section rows
// (一、党的领导方面（4个）) and subtotal rows among the records. sheetLayout
// finds the header and the records; cellKinds tells a column's kind from its
// cells where its header does not.

// headerSearchRows is how many of a table's first rows may hold its header.
const headerSearchRows = 12

// tableGrid is a table's rows as the spreadsheet has them: the row parse
// took for the header, then the rows below it.
func tableGrid(t parse.Table) []parse.Row {
	if t.HeaderRow == 0 {
		return t.Rows
	}
	return append([]parse.Row{{Number: t.HeaderRow, Cells: t.Header}}, t.Rows...)
}

// isHeaderWord tells a cell that names a column: it is short and, stripped
// as cleanHeader strips it, equals or contains a word of the column kinds
// table.
func isHeaderWord(text string) bool {
	h := cleanHeader(text)
	if h == "" || utf8.RuneCountInString(h) > 16 || strings.HasPrefix(h, "填报") || strings.HasPrefix(h, "填表") {
		return false
	}
	for _, e := range columnKinds {
		for _, w := range e.Words {
			if h == w || (utf8.RuneCountInString(w) >= 2 && strings.Contains(h, w)) {
				return true
			}
		}
	}
	return false
}

// isDataCell tells a cell no header holds: long text, a number or a date.
func isDataCell(c parse.Cell) bool {
	s := strings.TrimSpace(c.Text)
	if s == "" {
		return false
	}
	if c.Date != "" || utf8.RuneCountInString(s) > 24 {
		return true
	}
	if _, ok := parseDeadline(s); ok {
		return true
	}
	digits := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return digits > 0 && digits*2 >= utf8.RuneCountInString(s)
}

// headerScore is how header-like a row is: the cells that name a column,
// less the other written cells; ok is false for a row that holds data or
// names fewer than two columns.
func headerScore(r parse.Row) (score int, ok bool) {
	known, other := 0, 0
	for _, c := range r.Cells {
		switch {
		case strings.TrimSpace(c.Text) == "":
		case isDataCell(c):
			return 0, false
		case isHeaderWord(c.Text):
			known++
		default:
			other++
		}
	}
	return known - other, known >= 2 && known > other
}

// isSubHeader tells whether row sub is a header row below parent: it holds
// no data, is no section row (一、党的建设方面（4个）, which stands under a
// flat header's blanks too), writes at least one column parent leaves blank
// (under a parent cell spanning several columns), and each of its written
// cells repeats parent's (an XLSX merge filled down), stands under a blank
// or names a column.
func isSubHeader(parent, sub parse.Row) bool {
	if isSectionRow(sub) {
		return false
	}
	under := false
	for j, c := range sub.Cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		if isDataCell(c) {
			return false
		}
		p := strings.TrimSpace(parent.Cell(j))
		switch {
		case p == "":
			under = true
		case p == strings.TrimSpace(c.Text):
		case isHeaderWord(c.Text):
		case spans(parent, j):
			// 已完成 under 整改进展, which spans it and the column beside:
			// a child of a spanning cell, named as the office names it.
			under = true
		default:
			return false
		}
	}
	return under
}

// spans tells a written cell j of a header row that spans more than its
// column: the cell beside it is blank (a merge written once) or repeats it
// (a merge filled across).
func spans(r parse.Row, j int) bool {
	p := strings.TrimSpace(r.Cell(j))
	next := strings.TrimSpace(r.Cell(j + 1))
	prev := ""
	if j > 0 {
		prev = strings.TrimSpace(r.Cell(j - 1))
	}
	return p != "" && (j+1 < len(r.Cells) && (next == "" || next == p) || prev == p)
}

// sheetLayout finds a table's header among its first rows (the most
// header-like row, the first of equals; title, 填报 and note rows above it
// are left out), joins the header rows above and below it that it spans or
// that span it, and returns the header, one cell a column, and the rows
// below it.
func sheetLayout(t parse.Table) ([]parse.Cell, []parse.Row) {
	grid := tableGrid(t)
	best, bestScore := -1, 0
	for i := 0; i < len(grid) && i < headerSearchRows; i++ {
		if s, ok := headerScore(grid[i]); ok && (best < 0 || s > bestScore) {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return t.Header, t.Rows
	}
	top, bottom := best, best
	for top > 0 {
		if _, ok := headerScore(grid[top-1]); !ok && !hasHeaderWord(grid[top-1]) || !isSubHeader(grid[top-1], grid[top]) {
			break
		}
		top--
	}
	for bottom+1 < len(grid) && isSubHeader(grid[bottom], grid[bottom+1]) {
		bottom++
	}
	if top == bottom {
		return grid[best].Cells, grid[best+1:]
	}
	return joinHeader(grid[top : bottom+1]), grid[bottom+1:]
}

// LedgerHeader is the header the ledger reading finds for a table of a
// ledger — among its first rows, title and 填报 rows left out, rows of a
// two-row header joined —, one cell a column: what names a ledger row's
// cells when a finding quotes it.
func LedgerHeader(t parse.Table) []parse.Cell {
	h, _ := sheetLayout(t)
	return h
}

// hasHeaderWord tells a row with a cell that names a column.
func hasHeaderWord(r parse.Row) bool {
	for _, c := range r.Cells {
		if isHeaderWord(c.Text) {
			return true
		}
	}
	return false
}

// joinHeader joins header rows top to bottom into one: a blank cell of an
// upper row under which a lower row writes is the cell to its left (a
// parent spanning its children); each column is named by its lowest cell
// that names a column, else by its distinct cells joined.
func joinHeader(rows []parse.Row) []parse.Cell {
	n := 0
	for _, r := range rows {
		n = max(n, len(r.Cells))
	}
	out := make([]parse.Cell, n)
	for j := 0; j < n; j++ {
		var cells []parse.Cell
		for k, r := range rows {
			c := cellAt(r, j)
			if strings.TrimSpace(c.Text) == "" && k < len(rows)-1 && strings.TrimSpace(rows[len(rows)-1].Cell(j)) != "" {
				for l := j - 1; l >= 0; l-- {
					if left := cellAt(r, l); strings.TrimSpace(left.Text) != "" {
						c = left
						break
					}
				}
			}
			if strings.TrimSpace(c.Text) != "" && (len(cells) == 0 || cells[len(cells)-1].Text != c.Text) {
				cells = append(cells, c)
			}
		}
		if len(cells) == 0 {
			continue
		}
		out[j] = cells[len(cells)-1]
		if !isHeaderWord(out[j].Text) {
			var b strings.Builder
			for _, c := range cells {
				b.WriteString(c.Text)
			}
			out[j].Text = b.String()
		}
	}
	return out
}

// cellAt returns cell j of r, an empty cell when r is shorter.
func cellAt(r parse.Row, j int) parse.Cell {
	if j < len(r.Cells) {
		return r.Cells[j]
	}
	return parse.Cell{}
}

var (
	// reSectionRow is a section heading among the records: 一、党的领导方面,
	// （二）…, 第三部分….
	reSectionRow = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|类|方面|项))`)
	// reSectionCount is a count closing a section heading: （4个）, （共3项）.
	reSectionCount = regexp.MustCompile(`[（(]共?\d+[个项条件][）)]$`)
	reChineseOrd   = regexp.MustCompile(`^[一二三四五六七八九十]+$`)
	reSubtotal     = regexp.MustCompile(`小计|合计|总计`)
)

// isSectionRow spots a row that heads or sums a group of records rather than
// being one: a section heading (一、党的领导方面（4个）, its number alone in
// the 序号 column or not) or a subtotal (小计, 合计, 党的领导方面小计).
func isSectionRow(r parse.Row) bool {
	var texts []string
	for _, c := range r.Cells {
		s := strings.TrimSpace(Simplify(c.Text))
		if s != "" && (len(texts) == 0 || texts[len(texts)-1] != s) {
			texts = append(texts, s)
		}
	}
	if len(texts) == 0 || len(texts) > 3 {
		return false
	}
	for _, s := range texts {
		if utf8.RuneCountInString(s) <= 20 && reSubtotal.MatchString(s) {
			return true
		}
	}
	if len(texts) > 2 {
		return false
	}
	first := texts[0]
	last := texts[len(texts)-1]
	return reSectionRow.MatchString(first) || reSectionCount.MatchString(last) ||
		(len(texts) == 2 && reChineseOrd.MatchString(first))
}

// cellKinds gives the columns of a problems sheet that its header did not
// name a kind by their cells: names of people are the leader, offices
// (科室, 单位, 处, 局 …) the department, dates the deadline then the
// completion date, status words the status, document titles (《》, 文号) the
// evidence. A column gets a kind when at least three in five of its written
// cells say it and the kind is not had yet; a column whose header named it
// leader but whose cells are offices is the department when that is not
// had, and a notes column (备注) whose cells are status words is the status
// when there is no status column.
func cellKinds(cols map[ColumnKind]int, header []parse.Cell, rows []parse.Row) {
	used := map[int]bool{}
	for _, i := range cols {
		used[i] = true
	}
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r.Cells))
	}
	for j := 0; j < n; j++ {
		kind, ok := columnByCells(rows, j)
		if !ok {
			continue
		}
		if used[j] {
			if i, had := cols[ColLeader]; had && i == j && kind == ColDepartment && !hasCol(cols, ColDepartment) {
				delete(cols, ColLeader)
				cols[ColDepartment] = j
			}
			if i, had := cols[ColNote]; had && i == j && kind == ColStatus && !hasCol(cols, ColStatus) && notesOfStatus(rows, j) {
				// A ledger with no status column that writes each row's
				// status in its 备注 (已完成，…; 正在推进，…): the notes
				// are the status too.
				cols[ColStatus] = j
			}
			continue
		}
		if kind == ColDeadline && hasCol(cols, ColDeadline) {
			kind = ColCompleted
		}
		if hasCol(cols, kind) {
			continue
		}
		cols[kind] = j
		used[j] = true
	}
}

// notesOfStatus tells a notes column whose written cells, three in five,
// open with a status and nothing else before their first comma (已完成，已建
// 立长效机制; 正在推进): not notes of work done (已完成方案制定, 已完成培训),
// which say nothing of the problem's rectification.
func notesOfStatus(rows []parse.Row, j int) bool {
	bare := 0
	written := writtenCells(rows, j, func(c parse.Cell) {
		if opensWithStatus(strings.TrimSpace(Simplify(c.Text))) {
			bare++
		}
	})
	return written > 0 && bare*5 >= written*3
}

// opensWithStatus tells a cell whose words up to the first comma or bracket
// are a status and nothing else (已完成，已建立长效机制; 已完成（2024.6.5完成）).
func opensWithStatus(s string) bool {
	if k := strings.IndexAny(s, "，,；;。（("); k >= 0 {
		s = s[:k]
	}
	return bareStatus(s)
}

// writtenCells calls f with each written cell of column j, section rows
// left out, and returns how many there are.
func writtenCells(rows []parse.Row, j int, f func(parse.Cell)) int {
	written := 0
	for _, r := range rows {
		if j >= len(r.Cells) || strings.TrimSpace(r.Cells[j].Text) == "" || isSectionRow(r) {
			continue
		}
		written++
		f(r.Cells[j])
	}
	return written
}

// columnByCells tells the kind the cells of column j say, if three in five
// of its written cells say one.
func columnByCells(rows []parse.Row, j int) (ColumnKind, bool) {
	count := map[ColumnKind]int{}
	written := writtenCells(rows, j, func(c parse.Cell) {
		if k, ok := cellKind(c); ok {
			count[k]++
		}
	})
	for _, k := range []ColumnKind{ColStatus, ColDeadline, ColEvidence, ColLeader, ColDepartment} {
		if written > 0 && count[k]*5 >= written*3 {
			return k, true
		}
	}
	return "", false
}

var (
	reDocNumber = regexp.MustCompile(`[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号`)
	reEvidence  = regexp.MustCompile(`《[^》]+》|(?:文件|通知|方案|纪要|记录|照片|截图|报告|清单|台账|凭证|制度|办法)(?:等)?$|\.(?:pdf|docx?|xlsx?|jpg|png)$`)
	// reLeaderTitle is a leader's post written with or without a name
	// (局长, 副书记, 总经理 …).
	reLeaderTitle = regexp.MustCompile(`(?:局长|书记|主任|部长|处长|科长|院长|校长|主席|经理|总监|组长|厅长|县长|市长|镇长|乡长|区长|行长|董事长|同志)$`)
	// reOffice is the end of an office's name.
	reOffice  = regexp.MustCompile(`(?:科|室|处|局|股|部|办|委|院|队|所|站|中心|单位|公司|支部|党委|党组|组|部门|办公室|各科室|各单位)$`)
	reListSep = regexp.MustCompile(`[、，,；;/／\s]+`)
)

// surnames are the common Chinese surnames a name of two or three
// characters starts with.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"

// isPersonName tells a written name: two or three Han characters starting
// with a common surname.
func isPersonName(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 3 || !strings.ContainsRune(surnames, rs[0]) {
		return false
	}
	for _, r := range rs {
		if !han.IsHan(r) {
			return false
		}
	}
	return !reOffice.MatchString(s)
}

// isPostAndName tells a post followed by a name (党委书记欧晓明, 院长管文博,
// 副局长孙伟): a name of two or three characters after a leader's post.
func isPostAndName(s string) bool {
	rs := []rune(s)
	for n := 2; n <= 3 && n < len(rs); n++ {
		if isPersonName(string(rs[len(rs)-n:])) && reLeaderTitle.MatchString(string(rs[:len(rs)-n])) {
			return true
		}
	}
	return false
}

// cellKind tells what one cell holds, if it is one of the kinds cellKinds
// looks for.
func cellKind(c parse.Cell) (ColumnKind, bool) {
	s := strings.TrimSpace(Simplify(c.Text))
	if c.Date != "" {
		return ColDeadline, true
	}
	if opensWithStatus(s) {
		// 已完成（2024.6.5完成）, 已完成，已建立长效机制: a status and a
		// note after it — whatever date the note holds.
		return ColStatus, true
	}
	if _, ok := parseDeadline(s); ok {
		return ColDeadline, true
	}
	if reDocNumber.MatchString(s) || reEvidence.MatchString(s) {
		return ColEvidence, true
	}
	if utf8.RuneCountInString(s) <= 15 && ParseStatus(s) != StatusUnknown {
		return ColStatus, true
	}
	parts := reListSep.Split(reBracketNote.ReplaceAllString(s, ""), -1)
	names, offices, posts := 0, 0, 0
	total := 0
	for _, p := range parts {
		if p == "" {
			continue
		}
		total++
		switch {
		case reLeaderTitle.MatchString(p):
			posts++
		case isPersonName(p) || isPostAndName(p):
			names++
		case utf8.RuneCountInString(p) <= 20 && reOffice.MatchString(p):
			offices++
		}
	}
	switch {
	case total == 0:
		return "", false
	case names+posts == total:
		return ColLeader, true
	case offices == total:
		return ColDepartment, true
	}
	return "", false
}
