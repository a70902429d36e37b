package pdftext

import (
	"errors"
	"strings"

	"github.com/vacancy-tools/vacancy/parser/internal/pdfcrypt"
)

// setCrypt reads the trailer's /Encrypt dictionary, when there is one,
// and sets the table's security handler for password. Its errors are
// for a person: the dictionary itself is never printed (it holds
// binary strings and may run to kilobytes).
func (t *objTable) setCrypt(password string) error {
	enc := t.trailer.get("Encrypt")
	if enc.k == pNull {
		return nil
	}
	if enc.k == pRef {
		t.encID = enc.ref[0]
		v, _, _, _, ok := t.object(enc.ref[0])
		if !ok {
			return errorf(ErrMalformed, "malformed PDF: the encryption dictionary is missing")
		}
		enc = v
	}
	if enc.k != pDict {
		return errorf(ErrMalformed, "malformed PDF: the encryption dictionary is not a dictionary")
	}
	p := pdfcrypt.Params{Filter: enc.get("Filter").name(), EncryptMetadata: true, CF: map[string]pdfcrypt.CryptFilter{}}
	num := func(k string) int {
		n, _ := enc.get(k).int()
		return int(max(-1<<31, min(n, 1<<31)))
	}
	p.V, p.R, p.Length = num("V"), num("R"), num("Length")
	p.P, _ = enc.get("P").int()
	p.O, p.U = enc.get("O").raw, enc.get("U").raw
	p.OE, p.UE = enc.get("OE").raw, enc.get("UE").raw
	if m := enc.get("EncryptMetadata"); m.k == pBool && string(m.raw) == "false" {
		p.EncryptMetadata = false
	}
	p.StmF, p.StrF = enc.get("StmF").name(), enc.get("StrF").name()
	if cf := enc.get("CF"); cf.k == pDict {
		for i := 0; i+1 < len(cf.a); i += 2 {
			d := cf.a[i+1]
			n, _ := d.get("Length").int()
			p.CF[string(cf.a[i].raw)] = pdfcrypt.CryptFilter{Method: d.get("CFM").name(), Length: int(max(0, min(n, 1<<16)))}
		}
	}
	if id := t.trailer.get("ID"); id.k == pArr && len(id.a) > 0 && id.a[0].k == pStr {
		p.ID0 = id.a[0].raw
	}
	h, err := pdfcrypt.New(p, password)
	switch {
	case errors.Is(err, pdfcrypt.ErrPassword):
		if password != "" {
			return errorf(ErrEncrypted, "encrypted PDF: wrong password")
		}
		return errorf(ErrEncrypted, "encrypted PDF needs a password")
	case err != nil:
		return errorf(ErrUnsupported, "unsupported PDF encryption: %s", strings.TrimPrefix(err.Error(), pdfcrypt.ErrUnsupported.Error()+": "))
	}
	t.crypt = h
	clear(t.stms) // streams read before the handler was set
	return nil
}
