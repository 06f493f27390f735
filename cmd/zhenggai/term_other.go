//go:build !linux

package main

import (
	"errors"
	"os"
)

func isTTY(f *os.File) bool { return false }

func readTerminalSecret(f *os.File) (string, error) {
	return "", errors.New("此系统上请从标准输入提供密码")
}
