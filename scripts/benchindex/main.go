// Command benchindex supports scripts/bench-index.sh: it generates synthetic
// rectification reports, indexes them with a chosen analyzer, and times
// searches.
//
//	benchindex gen [-n 10000] [-seed 1] DIR
//	benchindex index [-analyzer cjk] -index IDX DIR
//	benchindex query [-n 200] -index IDX
//	benchindex size -index IDX
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime/pprof"
	"runtime/trace"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/zhenggai/zhenggai/index"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchindex gen|index|query|size ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "index":
		err = indexCmd(os.Args[2:])
	case "query":
		err = query(os.Args[2:])
	case "size":
		err = size(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchindex:", err)
		os.Exit(1)
	}
}

var (
	places = []string{"东川省", "青溪县", "桐岭市", "霁川市", "梅溪县", "柘川市", "云山县", "北湖区", "南江市", "西岭县"}
	depts  = []string{"农林厅", "自然资源局", "市场监督管理局", "住房和城乡建设局", "教育体育局", "交通运输局", "文化广电旅游局",
		"统计局", "卫生健康局", "商务局", "财政局", "民政局", "水利局", "司法局", "生态环境局", "审计局"}
	rounds  = []string{"巡视", "巡察"}
	topics  = []string{"政治责任", "主体责任", "意识形态工作", "选人用人", "财务管理", "项目建设", "公务接待", "政府采购", "专项资金", "基层党建", "作风建设", "中央八项规定精神", "干部队伍建设", "内部控制", "国有资产管理"}
	actions = []string{"制定", "修订", "完善", "建立", "健全", "落实", "开展", "推进", "深化", "强化"}
	objects = []string{"整改方案", "问题清单", "任务清单", "责任清单", "管理制度", "长效机制", "工作台账", "督办机制", "考核办法", "监督检查"}
	verbs   = []string{"坚持问题导向", "压实整改责任", "强化督促检查", "注重建章立制", "坚持标本兼治", "做到举一反三", "推动立行立改", "实行销号管理"}
)

func pick(r *rand.Rand, s []string) string { return s[r.Intn(len(s))] }

// report writes one synthetic report of about 3,000 characters.
func report(r *rand.Rand) string {
	place, dept := pick(r, places), pick(r, depts)
	round := pick(r, rounds)
	unit := "中共" + place + dept + "党组"
	year := 2016 + r.Intn(9)
	var b strings.Builder
	fmt.Fprintf(&b, "%s关于%s委第%s%s组%s反馈意见整改情况的报告\n\n", unit, place[len(place)-3:], []string{"一", "二", "三", "四", "五", "六"}[r.Intn(6)], round, round)
	total := 8 + r.Intn(30)
	done := total - r.Intn(total/2+1)
	fmt.Fprintf(&b, "　　%d年%d月至%d月，%s委第%d%s组对%s%s党组开展了常规%s，%d年%d月%d日反馈了%s意见。局党组高度重视，把%s整改作为一项重大政治任务，坚持以上率下、压茬推进，现将整改情况报告如下。\n",
		year, 3+r.Intn(3), 6+r.Intn(3), place, 1+r.Intn(9), round, place, dept, round, year, 7+r.Intn(3), 1+r.Intn(28), round, round)
	fmt.Fprintf(&b, "　　一、整改工作总体情况\n　　%s组反馈问题%d个，已完成整改%d个，正在整改%d个，整改完成率%.1f%%。局党组召开党组会议%d次、%s整改专题会议%d次，召开%s整改专题民主生活会1次，研究部署整改工作。\n",
		round, total, done, total-done, float64(done)*100/float64(total), 2+r.Intn(12), round, 1+r.Intn(6), round)
	fmt.Fprintf(&b, "　　二、反馈问题整改落实情况\n")
	for i := 0; b.Len() < 8200; i++ {
		topic := pick(r, topics)
		fmt.Fprintf(&b, "　　（%s）关于落实%s不到位的问题\n", []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[i%10], topic)
		fmt.Fprintf(&b, "　　整改措施：%s，%s%s，%s%s。一是%s%s，明确责任领导和完成时限；二是%s%s，对%d个方面的问题逐项销号；三是%s，%s。\n",
			pick(r, verbs), pick(r, actions), pick(r, objects), pick(r, actions), pick(r, objects), pick(r, actions), pick(r, objects),
			pick(r, actions), pick(r, objects), 2+r.Intn(5), pick(r, verbs), pick(r, verbs))
		fmt.Fprintf(&b, "　　整改进展：已%s%s%d项，追缴资金%.1f万元，对%d名干部进行谈话提醒，问责%d人，切实把%s落到实处。\n",
			pick(r, actions), pick(r, objects), 1+r.Intn(9), float64(r.Intn(500))/10, r.Intn(6), r.Intn(4), topic)
	}
	fmt.Fprintf(&b, "　　三、下一步工作打算\n　　局党组将持续巩固整改成果，%s，%s，推动全面从严治党向纵深发展。\n\n%s\n%d年%d月%d日\n",
		pick(r, verbs), pick(r, verbs), unit, year, 10+r.Intn(3), 1+r.Intn(28))
	return b.String()
}

func gen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	n := fs.Int("n", 10000, "number of reports")
	seed := fs.Int64("seed", 1, "random seed")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("gen: one folder")
	}
	r := rand.New(rand.NewSource(*seed))
	var bytes, chars int
	for i := 0; i < *n; i++ {
		dir := filepath.Join(fs.Arg(0), fmt.Sprintf("%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		text := report(r)
		bytes += len(text)
		chars += len([]rune(text))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%05d.txt", i)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("generated %d reports, %.1f MB, %d characters each on average\n", *n, float64(bytes)/1e6, chars / *n)
	return nil
}

func indexCmd(args []string) error {
	fs := flag.NewFlagSet("index", flag.ExitOnError)
	an := fs.String("analyzer", index.AnalyzerSearch, "analyzer of the text: "+index.AnalyzerSearch+" or cjk")
	dir := fs.String("index", "", "index folder")
	prof := fs.String("cpuprofile", "", "write a CPU profile of the indexing to this file")
	batch := fs.Int("batch", 0, "documents per batch (0: AddPaths' default)")
	workers := fs.Int("workers", 0, "files prepared at once (0: AddPaths' default)")
	memprof := fs.String("memprofile", "", "write an allocation profile of the indexing to this file")
	traceFile := fs.String("trace", "", "write an execution trace of the indexing to this file")
	fs.Parse(args)
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *traceFile != "" {
		f, err := os.Create(*traceFile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			return err
		}
		defer trace.Stop()
	}
	x, err := index.OpenWith(*dir, index.Options{Analyzer: *an})
	if err != nil {
		return err
	}
	defer x.Close()
	start := time.Now()
	st, err := x.AddPaths(context.Background(), fs.Args(), index.AddOptions{BatchDocs: *batch, Workers: *workers})
	if err != nil {
		return err
	}
	el := time.Since(start).Seconds()
	if *memprof != "" {
		f, err := os.Create(*memprof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return err
		}
	}
	fmt.Printf("%s: %d docs in %.1fs: %.0f docs/s, %.2f MB/s\n", *an, st.Indexed, el, float64(st.Indexed)/el, float64(st.Bytes)/1e6/el)
	return nil
}

func query(args []string) error {
	fs := flag.NewFlagSet("query", flag.ExitOnError)
	dir := fs.String("index", "", "index folder")
	n := fs.Int("n", 200, "number of queries")
	slow := fs.Int("slow", 0, "list this many of the slowest queries, each timed again without facets and without highlights")
	repeat := fs.Int("repeat", 1, "run the query set this many times (the latencies of all runs are pooled)")
	prof := fs.String("cpuprofile", "", "write a CPU profile of the timed queries to this file")
	only := fs.String("class", "", "time only the queries of this class (see classNames)")
	fs.Parse(args)
	x, err := index.Open(*dir)
	if err != nil {
		return err
	}
	defer x.Close()
	r := rand.New(rand.NewSource(7))
	words := append(append(append([]string{}, topics...), objects...), "整改", "民主生活会", "巡视整改", "问题线索", "谈话提醒", "追缴资金", "党组会议", "完成时限")
	var reqs []index.Request
	var classOf []int
	for i := 0; len(reqs) < *n; i++ {
		var q index.Request
		classOf = append(classOf, i%8)
		switch i % 8 {
		case 0: // match
			q.Query = pick(r, words)
		case 1: // two words
			q.Query = pick(r, words) + " " + pick(r, words)
		case 2: // phrase
			q.Query = `"` + pick(r, verbs) + `"`
		case 3: // phrase, filtered by unit
			q.Query = `"` + pick(r, topics) + `"`
			q.Unit = "中共" + pick(r, places) + pick(r, depts) + "党组"
		case 4: // boolean, date range
			q.Query = pick(r, words) + " AND " + pick(r, words) + " NOT " + pick(r, topics)
			y := 2016 + r.Intn(8)
			q.From, q.To = fmt.Sprintf("%d-01-01", y), fmt.Sprintf("%d-12-31", y+1)
		case 5: // numeric claim range
			q.Query = fmt.Sprintf("problems_rate:<%d %s", 70+r.Intn(30), pick(r, words))
		case 6: // kind filter, paging
			q.Query, q.Kind, q.Offset = pick(r, words), "report", 10*r.Intn(5)
		case 7: // meetings
			q.Query = fmt.Sprintf("+meetings_total:>=%d +%s", 5+r.Intn(10), pick(r, topics))
		}
		q.Limit = 10
		reqs = append(reqs, q)
	}
	ctx := context.Background()
	// One warm-up pass is not timed: the first queries load the segments.
	for _, q := range reqs[:10] {
		if _, err := x.Search(ctx, q); err != nil {
			return err
		}
	}
	type timed struct {
		q index.Request
		d time.Duration
	}
	var all []timed
	lat := make([]time.Duration, 0, len(reqs))
	byClass := make([][]time.Duration, len(classNames))
	cpuByClass := make([][]time.Duration, len(classNames))
	var cpuAll []time.Duration
	var hits, frags uint64
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	for range max(*repeat, 1) {
		for i, q := range reqs {
			if *only != "" && classNames[classOf[i]] != *only {
				continue
			}
			t, c := time.Now(), cpuTime()
			res, err := x.Search(ctx, q)
			if err != nil {
				return fmt.Errorf("%q: %w", q.Query, err)
			}
			d, cd := time.Since(t), cpuTime()-c
			cpuAll = append(cpuAll, cd)
			cpuByClass[classOf[i]] = append(cpuByClass[classOf[i]], cd)
			lat = append(lat, d)
			byClass[classOf[i]] = append(byClass[classOf[i]], d)
			all = append(all, timed{q, d})
			hits += res.Total
			for _, h := range res.Hits {
				frags += uint64(len(h.Fragments))
			}
		}
	}
	if *prof != "" {
		pprof.StopCPUProfile()
	}
	fmt.Printf("%d queries (match, phrase, boolean, filtered, numeric, paged; all with highlights and facets): median %.1f ms, p99 %.1f ms, max %.1f ms (%d hits in all, %d fragments shown)\n",
		len(lat), ms(percentile(lat, 0.5)), ms(percentile(lat, 0.99)), ms(percentile(lat, 1)), hits, frags)
	fmt.Printf("CPU time of the process per query (GC included): median %.1f ms, p99 %.1f ms, max %.1f ms; load average now %s\n",
		ms(percentile(cpuAll, 0.5)), ms(percentile(cpuAll, 0.99)), ms(percentile(cpuAll, 1)), loadAvg())
	for c, name := range classNames {
		if len(byClass[c]) > 0 {
			fmt.Printf("  %-12s %4d queries: wall median %6.1f p99 %6.1f max %6.1f ms; CPU median %6.1f p99 %6.1f ms\n", name, len(byClass[c]),
				ms(percentile(byClass[c], 0.5)), ms(percentile(byClass[c], 0.99)), ms(percentile(byClass[c], 1)),
				ms(percentile(cpuByClass[c], 0.5)), ms(percentile(cpuByClass[c], 0.99)))
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].d > all[j].d })
	for _, t := range all[:min(*slow, len(all))] {
		again := func(noFacets, noHighlight bool) (time.Duration, uint64) {
			q := t.q
			q.NoFacets, q.NoHighlight = noFacets, noHighlight
			s := time.Now()
			res, err := x.Search(ctx, q)
			if err != nil {
				return 0, 0
			}
			return time.Since(s), res.Total
		}
		full, total := again(false, false)
		nf, _ := again(true, false)
		nh, _ := again(false, true)
		bare, _ := again(true, true)
		fmt.Printf("%7.1f ms  again %.1f, no facets %.1f, no highlights %.1f, neither %.1f ms  %d hits  %q unit=%q kind=%q %s..%s\n",
			ms(t.d), ms(full), ms(nf), ms(nh), ms(bare), total, t.q.Query, t.q.Unit, t.q.Kind, t.q.From, t.q.To)
	}
	return nil
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAvg is the load average of the last minute, as /proc/loadavg gives it.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

// classNames name the classes of query the query command runs, in turn.
var classNames = []string{"match", "two-words", "phrase", "phrase+unit", "bool+dates", "numeric", "kind+paged", "meetings"}

// percentile returns the q-quantile of ds (sorted in place).
func percentile(ds []time.Duration, q float64) time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[int(q*float64(len(ds)-1)+0.5)]
}

// size merges an index (of this or an earlier format, or cjk) into one
// segment and prints its size on disk before and after: the size an index
// is left at depends on how far scorch's merges went before it was closed,
// which depends on the machine's load; merged into one, two indexes of the
// same documents compare by what they hold.
func size(args []string) error {
	fs := flag.NewFlagSet("size", flag.ExitOnError)
	dir := fs.String("index", "", "index folder")
	fs.Parse(args)
	before, err := dirSize(*dir)
	if err != nil {
		return err
	}
	bi, err := bleve.Open(*dir)
	if err != nil {
		return err
	}
	adv, err := bi.Advanced()
	if err != nil {
		bi.Close()
		return err
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		bi.Close()
		return fmt.Errorf("%s: not a scorch index", *dir)
	}
	if err := sc.ForceMerge(context.Background(), nil); err != nil {
		bi.Close()
		return err
	}
	// scorch removes the merged segments' files in the background, once
	// no snapshot holds them: wait until one segment is left.
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		zaps, _ := filepath.Glob(filepath.Join(*dir, "store", "*.zap"))
		if len(zaps) <= 1 {
			break
		}
	}
	if err := bi.Close(); err != nil {
		return err
	}
	after, err := dirSize(*dir)
	if err != nil {
		return err
	}
	fmt.Printf("%d %d\n", before, after)
	return nil
}

// dirSize is the size of the files under dir.
func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err == nil {
			n += fi.Size()
		}
		return err
	})
	return n, err
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
