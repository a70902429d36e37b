package pdfcrypt

import (
	"bytes"
	"crypto/md5"
	"errors"
	"testing"
)

// TestAlgorithmsAgree encrypts a user password's check values the way
// ISO 32000-2 §7.6.4.4 writes them (Algorithms 3, 4 and 5) and checks
// that New finds the key from the user and from the owner password.
func TestAlgorithmsAgree(t *testing.T) {
	id := []byte("0123456789abcdef")
	for _, r := range []int{2, 3, 4} {
		for _, user := range []string{"", "user"} {
			p := Params{Filter: "Standard", V: 2, R: r, Length: 128, P: -4, EncryptMetadata: true, ID0: id}
			n := 16
			if r == 2 {
				p.V, p.Length, n = 1, 40, 5
			}
			if r == 4 {
				p.V, p.StmF, p.StrF = 4, "StdCF", "StdCF"
				p.CF = map[string]CryptFilter{"StdCF": {Method: "AESV2", Length: 16}}
			}
			// Algorithm 3: /O from the owner and user passwords
			if r >= 3 {
				p.O = encryptO(legacyPassword("owner"), legacyPassword(user), n)
			} else {
				p.O = rc4xor(ownerKey(legacyPassword("owner"), n, r), legacyPassword(user))
			}
			key := p.fileKey(legacyPassword(user), n)
			if r == 2 {
				p.U = rc4xor(key, padding)
			} else {
				p.U = append(encryptU(key, id), make([]byte, 16)...)
			}
			for _, pw := range []string{user, "owner"} {
				h, err := New(p, pw)
				if err != nil {
					t.Fatalf("R%d user %q password %q: %v", r, user, pw, err)
				}
				if !bytes.Equal(h.Key(), key) {
					t.Errorf("R%d password %q: key %x, want %x", r, pw, h.Key(), key)
				}
			}
			if _, err := New(p, "wrong"); !errors.Is(err, ErrPassword) {
				t.Errorf("R%d wrong password: %v", r, err)
			}
		}
	}
}

func ownerKey(owner []byte, n, r int) []byte {
	// MD5 of the padded owner password (50 more for R3+)
	sum := md5Sum(owner)
	if r >= 3 {
		for range 50 {
			sum = md5Sum(sum)
		}
	}
	return sum[:n]
}

func encryptO(owner, user []byte, n int) []byte {
	key := ownerKey(owner, n, 3)
	x := rc4xor(key, user)
	k := make([]byte, n)
	for i := byte(1); i <= 19; i++ {
		for j := range key {
			k[j] = key[j] ^ i
		}
		x = rc4xor(k, x)
	}
	return x
}

func encryptU(key, id []byte) []byte {
	x := rc4xor(key, md5Sum(append(append([]byte(nil), padding...), id...)))
	k := make([]byte, len(key))
	for i := byte(1); i <= 19; i++ {
		for j := range key {
			k[j] = key[j] ^ i
		}
		x = rc4xor(k, x)
	}
	return x
}

// TestObjectKey: RC4 40-bit keys objects with n+5 = 10 bytes, not the
// whole MD5 (the PDF library's mistake this package replaces).
func TestObjectKey(t *testing.T) {
	h := &Handler{key: []byte{1, 2, 3, 4, 5}}
	if got := len(h.objectKey(7, 0, false)); got != 10 {
		t.Errorf("40-bit object key: %d bytes, want 10", got)
	}
	h.key = make([]byte, 16)
	if got := len(h.objectKey(7, 0, true)); got != 16 {
		t.Errorf("128-bit object key: %d bytes, want 16", got)
	}
}

func TestAESPadding(t *testing.T) {
	if got := aesCBC(make([]byte, 16), make([]byte, 20)); got != nil {
		t.Errorf("short data: %q", got)
	}
}

// FuzzDecrypt: any dictionary entries, password and data: no panic.
func FuzzDecrypt(f *testing.F) {
	f.Add(4, 4, 128, "AESV2", 16, bytes.Repeat([]byte{1}, 48), bytes.Repeat([]byte{2}, 48), []byte("id"), "", []byte("data to decrypt, some of it"))
	f.Add(5, 6, 256, "AESV3", 32, bytes.Repeat([]byte{1}, 48), bytes.Repeat([]byte{2}, 48), []byte(""), "pw", bytes.Repeat([]byte{3}, 64))
	f.Add(1, 2, 40, "V2", 5, bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32), []byte("x"), "", []byte("abc"))
	f.Fuzz(func(t *testing.T, v, r, length int, cfm string, cfLen int, o, u, id []byte, pw string, data []byte) {
		p := Params{Filter: "Standard", V: v, R: r, Length: length, O: o, U: u, OE: o, UE: u, ID0: id,
			StmF: "StdCF", StrF: "StdCF", CF: map[string]CryptFilter{"StdCF": {Method: cfm, Length: cfLen}}}
		h, err := New(p, pw)
		if err != nil {
			return
		}
		h.DecryptString(1, 0, data)
		h.DecryptStream(1<<40, 70000, data)
		// the handler found a key: force one and decrypt with every method
		for m := mNone; m <= mAES256; m++ {
			h.decrypt(m, 3, 0, data)
		}
	})
}

func md5Sum(b []byte) []byte {
	s := md5.Sum(b)
	return s[:]
}
