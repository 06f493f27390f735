package index_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zhenggai/zhenggai/index"
)

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "zhenggai-index-")
	defer os.RemoveAll(dir)
	x, err := index.Open(filepath.Join(dir, "idx"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer x.Close()
	st, err := x.AddPaths(ctx, []string{"../testdata/corpus/index"}, index.AddOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(st.Indexed, "indexed")
	res, err := x.Search(ctx, index.Request{Query: `"驻局纪检监察组"`})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range res.Hits {
		fmt.Println(h.File, len(h.Fragments) > 0)
	}
	// Output:
	// 3 indexed
	// 2022-zhechuan-shangwu.txt true
}
