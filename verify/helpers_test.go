package verify

import "github.com/zhenggai/zhenggai/parse"

func posOf(ev Evidence) parse.Pos { return parse.Pos{Page: ev.Page, Start: ev.Start, End: ev.End} }
