// Package pdfcrypt is the PDF standard security handler (ISO 32000-2
// §7.6.4): it authenticates a user or owner password against an /Encrypt
// dictionary and decrypts strings and streams, for revisions 2 to 6 (RC4
// 40 to 128 bits, AES-128, AES-256), crypt filters included (/Identity,
// /None, /V2, /AESV2, /AESV3) and /EncryptMetadata.
//
// It knows nothing of PDF syntax: the caller reads the dictionary's
// entries into Params and calls Decrypt for each string and stream with
// the number and generation of the object holding it. Only the standard
// library's crypto is used.
package pdfcrypt

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"hash"
	"unicode/utf8"
)

// Errors New returns. ErrPassword: neither the user nor the owner
// password matched. ErrUnsupported: not the standard security handler,
// or a revision, version or method it does not define.
var (
	ErrPassword    = errors.New("wrong password")
	ErrUnsupported = errors.New("unsupported encryption")
)

// CryptFilter is one entry of the /CF dictionary (V 4 and 5).
type CryptFilter struct {
	Method string // /CFM: "None", "V2" (RC4), "AESV2", "AESV3"
	Length int    // /Length as written: bytes, or bits in some files
}

// Params are the entries of an /Encrypt dictionary and the first /ID
// string of the trailer.
type Params struct {
	Filter          string // /Filter: only "Standard" is supported
	V, R            int
	Length          int // /Length in bits; 0: absent
	O, U, OE, UE    []byte
	P               int64
	EncryptMetadata bool // /EncryptMetadata, true when absent
	CF              map[string]CryptFilter
	StmF, StrF      string // crypt filter names; "" is Identity
	ID0             []byte
}

type method uint8

const (
	mNone method = iota
	mRC4
	mAES128
	mAES256
)

// Handler decrypts the strings and streams of one document.
type Handler struct {
	key      []byte // the file key
	stm, str method
	meta     bool // metadata streams are encrypted
	aesV3    bool // AES-256: the file key is every object's key
}

// maxPassword is the longest password that counts (R6 truncates UTF-8
// passwords to 127 bytes; R2-R4 pad or cut them to 32).
const maxPassword = 127

// New authenticates password, as the user password and then as the
// owner password, and returns a Handler for the document. An empty
// password opens the many files whose user password is empty.
func New(p Params, password string) (*Handler, error) {
	if p.Filter != "" && p.Filter != "Standard" {
		return nil, fmt.Errorf("%w: security handler %q", ErrUnsupported, printable(p.Filter))
	}
	h := &Handler{meta: p.EncryptMetadata}
	var keyLen int // bytes
	switch p.V {
	case 0, 1, 2, 3:
		if p.V == 3 {
			return nil, fmt.Errorf("%w: unpublished algorithm (V 3)", ErrUnsupported)
		}
		h.stm, h.str = mRC4, mRC4
		keyLen = 5
		if p.V == 2 && p.Length != 0 {
			keyLen = p.Length / 8
		}
	case 4, 5:
		var err error
		var ls, lr int
		if h.stm, ls, err = p.filter(p.StmF); err != nil {
			return nil, err
		}
		if h.str, lr, err = p.filter(p.StrF); err != nil {
			return nil, err
		}
		keyLen = max(ls, lr)
		if p.Length != 0 && p.V == 4 {
			keyLen = p.Length / 8
		}
		if keyLen == 0 {
			keyLen = 16
		}
	default:
		return nil, fmt.Errorf("%w: version V %d", ErrUnsupported, p.V)
	}
	switch p.R {
	case 2:
		keyLen = 5
	case 3, 4:
	case 5, 6:
		return h.openAES256(p, password)
	default:
		return nil, fmt.Errorf("%w: revision R %d", ErrUnsupported, p.R)
	}
	if keyLen < 5 || keyLen > 16 {
		return nil, fmt.Errorf("%w: key length of %d bits", ErrUnsupported, keyLen*8)
	}
	if len(p.O) < 32 || len(p.U) < 32 {
		return nil, fmt.Errorf("%w: /O or /U shorter than 32 bytes", ErrUnsupported)
	}
	pw := legacyPassword(password)
	if key := p.userKey(pw, keyLen); key != nil {
		h.key = key
		return h, nil
	}
	if key := p.userKey(p.ownerToUser(pw, keyLen), keyLen); key != nil {
		h.key = key
		return h, nil
	}
	return nil, ErrPassword
}

// filter resolves a crypt filter name to its method and key length in
// bytes.
func (p *Params) filter(name string) (method, int, error) {
	if name == "" || name == "Identity" {
		return mNone, 0, nil
	}
	cf, ok := p.CF[name]
	if !ok {
		return 0, 0, fmt.Errorf("%w: crypt filter %q is not defined", ErrUnsupported, printable(name))
	}
	n := cf.Length
	if n >= 40 { // bits, as some producers write it; the spec says bytes
		n /= 8
	}
	switch cf.Method {
	case "None":
		return mNone, 0, nil
	case "V2":
		if n == 0 {
			n = 16
		}
		return mRC4, n, nil
	case "AESV2":
		return mAES128, 16, nil
	case "AESV3":
		return mAES256, 32, nil
	}
	return 0, 0, fmt.Errorf("%w: crypt filter method %q", ErrUnsupported, printable(cf.Method))
}

// padding pads passwords to 32 bytes (Algorithm 2, step a).
var padding = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// legacyPassword is a password as R2-R4 take it: PDFDocEncoding (Latin-1
// for the characters a person types), cut or padded to 32 bytes.
func legacyPassword(password string) []byte {
	b := make([]byte, 0, 32)
	for _, r := range password {
		if r > 0xFF {
			b = []byte(password) // not Latin-1: the bytes as given
			break
		}
		b = append(b, byte(r))
	}
	if len(b) > 32 {
		b = b[:32]
	}
	return append(b, padding[:32-len(b)]...)
}

// fileKey is Algorithm 2: the file key from a padded user password.
func (p *Params) fileKey(pw []byte, n int) []byte {
	h := md5.New()
	h.Write(pw)
	h.Write(p.O[:32])
	h.Write([]byte{byte(p.P), byte(p.P >> 8), byte(p.P >> 16), byte(p.P >> 24)})
	h.Write(p.ID0)
	if p.R >= 4 && !p.EncryptMetadata {
		h.Write([]byte{0xFF, 0xFF, 0xFF, 0xFF})
	}
	sum := h.Sum(nil)
	if p.R >= 3 {
		for range 50 {
			s := md5.Sum(sum[:n])
			sum = s[:]
		}
	}
	return sum[:n]
}

// userKey returns the file key when pw (padded) is the user password
// (Algorithms 4 and 5), or nil.
func (p *Params) userKey(pw []byte, n int) []byte {
	key := p.fileKey(pw, n)
	if p.R == 2 {
		got := rc4xor(key, padding)
		if bytes.Equal(got, p.U[:32]) {
			return key
		}
		return nil
	}
	h := md5.New()
	h.Write(padding)
	h.Write(p.ID0)
	x := rc4xor(key, h.Sum(nil))
	k := make([]byte, len(key))
	for i := byte(1); i <= 19; i++ {
		for j := range key {
			k[j] = key[j] ^ i
		}
		x = rc4xor(k, x)
	}
	if bytes.Equal(x[:16], p.U[:16]) {
		return key
	}
	return nil
}

// ownerToUser is Algorithm 7: the padded user password that /O holds
// encrypted under the owner password pw (padded).
func (p *Params) ownerToUser(pw []byte, n int) []byte {
	sum := md5.Sum(pw)
	if p.R >= 3 {
		for range 50 {
			sum = md5.Sum(sum[:])
		}
	}
	key := sum[:n]
	if p.R == 2 {
		return rc4xor(key, p.O[:32])
	}
	x := append([]byte(nil), p.O[:32]...)
	k := make([]byte, n)
	for i := 19; i >= 0; i-- {
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		x = rc4xor(k, x)
	}
	return x
}

func rc4xor(key, src []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil { // key lengths are checked before: 5 to 16 bytes
		return nil
	}
	out := make([]byte, len(src))
	c.XORKeyStream(out, src)
	return out
}

// openAES256 authenticates a password of revision 5 (Adobe's extension)
// or 6 (ISO 32000-2) and decrypts the file key from /UE or /OE.
func (h *Handler) openAES256(p Params, password string) (*Handler, error) {
	if len(p.U) < 48 || len(p.O) < 48 || len(p.UE) < 32 || len(p.OE) < 32 {
		return nil, fmt.Errorf("%w: AES-256 /O, /U, /OE or /UE too short", ErrUnsupported)
	}
	pw := []byte(password) // UTF-8 (SASLprep is the identity on what people type)
	if len(pw) > maxPassword {
		pw = pw[:maxPassword]
		for len(pw) > 0 && !utf8.Valid(pw) {
			pw = pw[:len(pw)-1]
		}
	}
	h.aesV3 = true
	u := p.U[:48]
	if bytes.Equal(hash2B(p.R, pw, p.U[32:40], nil), p.U[:32]) {
		h.key = aesNoIV(hash2B(p.R, pw, p.U[40:48], nil), p.UE[:32])
		return h, nil
	}
	if bytes.Equal(hash2B(p.R, pw, p.O[32:40], u), p.O[:32]) {
		h.key = aesNoIV(hash2B(p.R, pw, p.O[40:48], u), p.OE[:32])
		return h, nil
	}
	return nil, ErrPassword
}

// hash2B is Algorithm 2.B (R6) or the plain SHA-256 of R5.
func hash2B(r int, pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if r == 5 {
		return k
	}
	hashes := [3]hash.Hash{sha256.New(), sha512.New384(), sha512.New()}
	var k1, e []byte
	for i := 0; ; i++ {
		unit := len(pw) + len(k) + len(udata)
		k1 = k1[:0]
		for range 64 {
			k1 = append(k1, pw...)
			k1 = append(k1, k...)
			k1 = append(k1, udata...)
		}
		block, _ := aes.NewCipher(k[:16]) // 16 bytes: never fails
		if cap(e) < 64*unit {
			e = make([]byte, 64*unit)
		}
		e = e[:64*unit] // a multiple of 16: 64 times anything is
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		hh := hashes[sum%3]
		hh.Reset()
		hh.Write(e)
		k = hh.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i+1-32 {
			break
		}
		if i > 4096 { // the condition above holds by round 64+255
			break
		}
	}
	return k[:32]
}

// aesNoIV decrypts src (a multiple of 16 bytes) with AES-256-CBC and a
// zero IV, as /UE and /OE are.
func aesNoIV(key, src []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(src)/16*16)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(out, src[:len(out)])
	return out
}

// Key returns the file key (tests compare it with other tools').
func (h *Handler) Key() []byte { return h.key }

// Metadata reports whether metadata streams are encrypted
// (/EncryptMetadata).
func (h *Handler) Metadata() bool { return h.meta }

// DecryptString decrypts a string of object num, generation gen.
func (h *Handler) DecryptString(num, gen int64, b []byte) []byte {
	return h.decrypt(h.str, num, gen, b)
}

// DecryptStream decrypts the data of stream object num, generation gen.
func (h *Handler) DecryptStream(num, gen int64, b []byte) []byte {
	return h.decrypt(h.stm, num, gen, b)
}

// decrypt applies method m with the key of object num, gen. It never
// fails: data too short or badly padded decrypts to what it holds.
func (h *Handler) decrypt(m method, num, gen int64, b []byte) []byte {
	switch m {
	case mNone:
		return b
	case mRC4:
		return rc4xor(h.objectKey(num, gen, false), b)
	case mAES128:
		key := h.key
		if !h.aesV3 {
			key = h.objectKey(num, gen, true)
		}
		return aesCBC(key, b)
	case mAES256:
		return aesCBC(h.key, b)
	}
	return b
}

// objectKey is Algorithm 1: the file key extended with the object's
// number and generation, hashed, and cut to n+5 bytes (16 at most).
func (h *Handler) objectKey(num, gen int64, aes bool) []byte {
	if h.aesV3 {
		return h.key
	}
	buf := make([]byte, 0, len(h.key)+9)
	buf = append(buf, h.key...)
	buf = append(buf, byte(num), byte(num>>8), byte(num>>16), byte(gen), byte(gen>>8))
	if aes {
		buf = append(buf, "sAlT"...)
	}
	sum := md5.Sum(buf)
	return sum[:min(len(h.key)+5, 16)]
}

// aesCBC decrypts data whose first 16 bytes are the IV, and removes the
// PKCS#7 padding when it is well formed. A trailing partial block (a
// damaged file) is dropped.
func aesCBC(key, b []byte) []byte {
	if len(b) < 32 {
		return nil // an IV and no block: empty (an empty string is IV + 1 padding block)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	iv, src := b[:16], b[16:]
	src = src[:len(src)/16*16]
	out := make([]byte, len(src))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, src)
	if n := int(out[len(out)-1]); n >= 1 && n <= 16 && n <= len(out) {
		ok := true
		for _, c := range out[len(out)-n:] {
			ok = ok && int(c) == n
		}
		if ok {
			out = out[:len(out)-n]
		}
	}
	return out
}

// printable keeps a name from the file fit for an error message.
func printable(s string) string {
	if len(s) > 40 {
		s = s[:40]
	}
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 || c > 0x7E {
			b[i] = '?'
		}
	}
	return string(b)
}
