package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseFlags parses args with fs, allowing flags before, between and after
// the positional arguments (zhenggai parse a.pdf --format json), and returns
// the positional arguments. "--" ends flag parsing.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, error) {
	// The flag package writes its errors in English: they are said in
	// Chinese.
	fs.SetOutput(chineseFlagErrors{stderr})
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagErrors says the flag package's errors in Chinese.
var flagErrors = strings.NewReplacer(
	"flag provided but not defined: ", "没有这个选项：",
	"flag needs an argument: ", "选项缺少取值：",
	"invalid value ", "选项的值无效：",
	"invalid boolean value ", "选项的值无效：",
	" for flag ", "，选项 ",
	": parse error", "：无法解析",
	": value out of range", "：超出范围",
	"bad flag syntax: ", "选项格式有误：",
)

// chineseFlagErrors writes what the flag package writes, its errors said
// in Chinese.
type chineseFlagErrors struct{ w io.Writer }

func (c chineseFlagErrors) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, flagErrors.Replace(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// oneOf checks a flag value against its allowed values.
func oneOf(name, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("--%s 的值 %q 无效，可选：%s", name, v, strings.Join(allowed, "、"))
}

// printDefaults lists a command's flags as fs.PrintDefaults does, with the
// words it adds in Chinese (默认).
func printDefaults(fs *flag.FlagSet, w io.Writer) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		usage = strings.TrimPrefix(usage, name+"：")
		line := "  --" + f.Name
		if name != "" {
			line += " " + name
		}
		line += "\n    \t" + strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" {
			line += "（默认 " + f.DefValue + "）"
		}
		fmt.Fprintln(w, line)
	})
}
