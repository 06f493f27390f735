package seg_test

import (
	"fmt"
	"strings"

	"github.com/zhenggai/zhenggai/internal/seg"
)

func Example() {
	if err := seg.Init(); err != nil { // optional; reports a dictionary problem early
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Join(seg.Cut("召开巡视整改专题民主生活会38次"), "/"))
	for _, t := range seg.Tag("给予党纪政务处分2人") {
		fmt.Printf("%s/%s [%d,%d)\n", t.Text, t.POS, t.Start, t.End)
	}
	// Output:
	// 召开/巡视整改/专题民主生活会/38/次
	// 给予/v [0,2)
	// 党纪政务处分/n [2,8)
	// 2/m [8,9)
	// 人/n [9,10)
}
