// Command loadserve is the load generator of scripts/load-serve.sh: a number
// of clients, for a fixed time, mixing case uploads (POST /api/cases with the
// sample cases of testdata/corpus/cases, each with its own unit) and searches
// (GET /api/search), with now and then the case list and one case, against a
// zhenggai serve on a loopback address. It prints requests per second, the
// errors (any answer but 2xx, or a failed request) and the latency
// percentiles per endpoint, and the server's peak resident memory (VmHWM of
// /proc/PID/status). It exits 1 when there was an error or the peak memory is
// over -max-mb.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net"
	"net/http"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zhenggai/zhenggai/internal/casefiles"
)

type sample struct {
	name  string
	files []part
}

type part = casefiles.Part

type stat struct {
	mu        sync.Mutex
	latencies []time.Duration
	errors    int
	lastErr   string
}

func (s *stat) add(d time.Duration, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latencies = append(s.latencies, d)
	if err != nil {
		s.errors++
		s.lastErr = err.Error()
	}
}

var queries = []string{"整改", "会议纪要", "民主生活会", "问责", "台账", "巡察", "专项资金", "整改工作会议", "\"整改情况的报告\"", "党组 +整改", "纪律处分", "公务用车", "选人用人", "meetings_total:>=5"}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server (loopback only)")
	clients := flag.Int("clients", 20, "concurrent clients")
	duration := flag.Duration("duration", 30*time.Second, "how long to run")
	maxReq := flag.Int64("max-requests", 200000, "stop after this many requests in all")
	uploadShare := flag.Float64("uploads", 0.2, "share of requests that upload a case")
	casesDir := flag.String("cases", "testdata/corpus/cases", "folder of sample case folders")
	pid := flag.Int("pid", 0, "the server's process id, for its peak memory")
	maxMB := flag.Int("max-mb", 400, "fail when the server's peak memory is above this")
	flag.Parse()

	u, err := url.Parse(*base)
	if err != nil || u.Hostname() == "" {
		fatal("bad -url %q", *base)
	}
	if ip := net.ParseIP(u.Hostname()); !(u.Hostname() == "localhost" || (ip != nil && ip.IsLoopback())) {
		fatal("-url %s is not a loopback address: this load generator only runs against a local server", *base)
	}
	if *clients < 1 || *clients > 200 || *duration <= 0 || *duration > 10*time.Minute {
		fatal("-clients must be 1–200 and -duration at most 10m")
	}
	samples := loadSamples(*casesDir)
	token := os.Getenv("ZHENGGAI_TOKEN")
	client := &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: *clients}}

	if err := waitHealthy(client, *base); err != nil {
		fatal("%v", err)
	}

	stats := map[string]*stat{}
	for _, e := range []string{"POST /api/cases", "GET /api/search", "GET /api/cases", "GET /api/cases/{id}"} {
		stats[e] = &stat{}
	}
	var idList []string
	var idMu sync.Mutex
	var count atomic.Int64
	start := time.Now()
	stop := start.Add(*duration)
	var wg sync.WaitGroup
	for c := 0; c < *clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 42))
			for n := 0; time.Now().Before(stop) && count.Add(1) <= *maxReq; n++ {
				r := rng.Float64()
				switch {
				case r < *uploadShare:
					s := samples[rng.IntN(len(samples))]
					unit := fmt.Sprintf("负载单位-%02d-%04d", c, n)
					body, ctype := multipartBody(s, unit)
					t0 := time.Now()
					b, err := do(client, http.MethodPost, *base+"/api/cases", body, ctype, token)
					stats["POST /api/cases"].add(time.Since(t0), err)
					if err == nil {
						var a struct{ ID string }
						if json.Unmarshal(b, &a) == nil && a.ID != "" {
							idMu.Lock()
							idList = append(idList, a.ID)
							idMu.Unlock()
						}
					}
				case r < *uploadShare+0.05:
					t0 := time.Now()
					_, err := do(client, http.MethodGet, *base+"/api/cases", nil, "", token)
					stats["GET /api/cases"].add(time.Since(t0), err)
				case r < *uploadShare+0.10:
					idMu.Lock()
					id := ""
					if len(idList) > 0 {
						id = idList[rng.IntN(len(idList))]
					}
					idMu.Unlock()
					if id == "" {
						continue
					}
					t0 := time.Now()
					_, err := do(client, http.MethodGet, *base+"/api/cases/"+id, nil, "", token)
					stats["GET /api/cases/{id}"].add(time.Since(t0), err)
				default:
					q := url.Values{"q": {queries[rng.IntN(len(queries))]}}
					switch rng.IntN(4) {
					case 0:
						q.Set("kind", "report")
					case 1:
						q.Set("from", "2016-01-01")
						q.Set("to", "2021-12-31")
					}
					t0 := time.Now()
					_, err := do(client, http.MethodGet, *base+"/api/search?"+q.Encode(), nil, "", token)
					stats["GET /api/search"].add(time.Since(t0), err)
				}
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)

	total, errs := 0, 0
	fmt.Printf("zhenggai serve under load: %d clients for %.1fs against %s\n\n", *clients, elapsed.Seconds(), *base)
	fmt.Printf("%-22s %8s %8s %8s %10s %10s %10s\n", "endpoint", "requests", "errors", "req/s", "p50", "p99", "max")
	names := make([]string, 0, len(stats))
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := stats[n]
		sort.Slice(s.latencies, func(i, j int) bool { return s.latencies[i] < s.latencies[j] })
		k := len(s.latencies)
		total += k
		errs += s.errors
		if k == 0 {
			fmt.Printf("%-22s %8d %8d\n", n, 0, 0)
			continue
		}
		fmt.Printf("%-22s %8d %8d %8.1f %10s %10s %10s\n", n, k, s.errors, float64(k)/elapsed.Seconds(),
			ms(pct(s.latencies, 0.50)), ms(pct(s.latencies, 0.99)), ms(s.latencies[k-1]))
		if s.lastErr != "" {
			fmt.Printf("    last error: %s\n", s.lastErr)
		}
	}
	fmt.Printf("%-22s %8d %8d %8.1f\n", "all", total, errs, float64(total)/elapsed.Seconds())
	fmt.Printf("\ncases stored: %d\n", len(idList))
	failed := errs > 0
	if *pid > 0 {
		peak := procKB(*pid, "VmHWM") // the kernel's high-water mark of VmRSS
		fmt.Printf("server peak memory (VmHWM): %.1f MB (target ≤ %d MB)\n", float64(peak)/1024, *maxMB)
		if peak > int64(*maxMB)*1024 {
			failed = true
		}
	}
	fmt.Printf("errors: %d\n", errs)
	if failed {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

func pct(sorted []time.Duration, p float64) time.Duration {
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func do(c *http.Client, method, u string, body []byte, ctype, token string) ([]byte, error) {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, u, r)
	if err != nil {
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		return b, fmt.Errorf("%s %s: %d %s", method, u, resp.StatusCode, strings.TrimSpace(string(b)))
	}
	return b, nil
}

func multipartBody(s sample, unit string) ([]byte, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("unit", unit)
	for _, p := range s.files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="files"; filename="`+p.Name+`"`)
		w, _ := mw.CreatePart(h)
		w.Write(p.Data)
	}
	mw.Close()
	return buf.Bytes(), mw.FormDataContentType()
}

func loadSamples(dir string) []sample {
	ents, err := os.ReadDir(dir)
	if err != nil {
		fatal("%v", err)
	}
	var out []sample
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		s := sample{name: e.Name()}
		s.files, _ = casefiles.ReadCase(filepath.Join(dir, e.Name()))
		if len(s.files) > 0 {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		fatal("no sample cases in %s", dir)
	}
	return out
}

func waitHealthy(c *http.Client, base string) error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := c.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s/healthz did not answer: %v", base, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// procKB reads a "Name:   123 kB" line of /proc/PID/status.
func procKB(pid int, name string) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n
			}
		}
	}
	return 0
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "loadserve: "+format+"\n", args...)
	os.Exit(2)
}
