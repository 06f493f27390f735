package model

import (
	"regexp"
	"strings"
)

var (
	headingNumCN    = regexp.MustCompile(`^[一二三四五六七八九十百]+[、．.]`)
	headingNumCNPar = regexp.MustCompile(`^[（(][一二三四五六七八九十百]+[）)]`)
	headingNumDigit = regexp.MustCompile(`^[0-9０-９]{1,3}[、．.](?:[^0-9０-９]|$)`)
	headingNumPar   = regexp.MustCompile(`^[（(][0-9０-９]{1,3}[）)]`)
	headingChapter  = regexp.MustCompile(`^第[一二三四五六七八九十百0-9]+[章编部篇]`)
	headingSection  = regexp.MustCompile(`^第[一二三四五六七八九十百0-9]+节`)
)

// HeadingNumberLevel gives the level a Chinese official document's section
// number implies: 一、 2, （一） 3, 1. 4, （1） 5 (第一章 2, 第一节 3), or 0
// when the text does not start with one.
func HeadingNumberLevel(s string) int {
	s = strings.TrimLeft(s, " \t\n\u3000\u00a0")
	switch {
	case headingChapter.MatchString(s):
		return 2
	case headingSection.MatchString(s):
		return 3
	case headingNumCN.MatchString(s):
		return 2
	case headingNumCNPar.MatchString(s):
		return 3
	case headingNumDigit.MatchString(s):
		return 4
	case headingNumPar.MatchString(s):
		return 5
	}
	return 0
}
