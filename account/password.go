package account

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// The argon2id parameters of new hashes: 19 MiB of memory, two passes, one
// lane (the smallest setting OWASP's password storage guidance gives for
// argon2id). A hash records its own parameters, so that they can be raised
// later without invalidating older hashes.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024 // KiB
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// hashing bounds the hashes computed at once: each takes argonMemory, and a
// burst of logins must not take the server's memory.
var hashing = make(chan struct{}, 2)

func argonKey(password string, salt []byte, t, m uint32, p uint8, n uint32) []byte {
	hashing <- struct{}{}
	defer func() { <-hashing }()
	return argon2.IDKey([]byte(password), salt, t, m, p, n)
}

// hashPassword hashes a password with a new random salt, as a PHC string:
// $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>.
func hashPassword(password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argonKey(password, salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

var errHashFormat = errors.New("用户文件中的密码散列格式有误")

// checkPassword reports whether password hashes to encoded.
func checkPassword(encoded, password string) (bool, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" || parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return false, errHashFormat
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return false, errHashFormat
	}
	// Bounds against a file edited to make each login take the server's
	// memory or time.
	if m < 8 || m > 1<<20 || t < 1 || t > 16 || p < 1 || p > 16 {
		return false, errHashFormat
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) < 16 || len(want) > 64 {
		return false, errHashFormat
	}
	got := argonKey(password, salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

var (
	dummyOnce sync.Once
	dummy     string
)

// dummyHash is a hash no password is known for, checked when a login names
// no user, so that such a login takes as long as one that does.
func dummyHash() string {
	dummyOnce.Do(func() {
		b := make([]byte, 32)
		rand.Read(b)
		dummy, _ = hashPassword(base64.RawStdEncoding.EncodeToString(b))
	})
	return dummy
}
