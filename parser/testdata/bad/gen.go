//go:build ignore

// gen makes the bad-input fixtures of TestBadInput (parser/bad_test.go)
// that need outside tools. Run it from parser/testdata/bad:
//
//	go run gen.go
//
// It needs qpdf (apt-get install qpdf) and pdftoppm (poppler-utils), and
// writes:
//
//	encrypted-aes256.pdf  corpus/250709-jis.groff.pdf encrypted by
//	                      qpdf --encrypt user owner 256 (AES-256, R6);
//	                      user password "user"
//	encrypted-aes128.pdf  the same with qpdf --encrypt user owner 128
//	                      --use-aes=y (AES-128, R4)
//	scanned.pdf           page 1 of corpus/250715-pdd.libreoffice.pdf as a
//	                      50 dpi greyscale JPEG (pdftoppm) placed on an A4
//	                      page: an image and no text layer, like a scan
//
// The other bad inputs are derived from the corpus inside the test
// (truncations, encodings, bombs…), and press-release.txt is written by
// hand.
package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image/jpeg"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/vacancy-tools/vacancy/parser/internal/pdftest"
)

const corpus = "../../../corpus"

func main() {
	log.SetFlags(0)
	src := filepath.Join(corpus, "250709-jis.groff.pdf")
	run("qpdf", "--encrypt", "user", "owner", "256", "--", src, "encrypted-aes256.pdf")
	run("qpdf", "--encrypt", "user", "owner", "128", "--use-aes=y", "--", src, "encrypted-aes128.pdf")

	tmp, err := os.MkdirTemp("", "vacancy-gen")
	check(err)
	defer os.RemoveAll(tmp)
	run("pdftoppm", "-r", "50", "-gray", "-jpeg", "-jpegopt", "quality=50", "-f", "1", "-l", "1", "-singlefile",
		filepath.Join(corpus, "250715-pdd.libreoffice.pdf"), filepath.Join(tmp, "page"))
	img, err := os.ReadFile(filepath.Join(tmp, "page.jpg"))
	check(err)
	check(os.WriteFile("scanned.pdf", imagePDF(img), 0o644))
}

// imagePDF builds a one-page A4 PDF showing a greyscale JPEG over the whole
// page: no font, no text operator.
func imagePDF(img []byte) []byte {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(img))
	check(err)
	var content bytes.Buffer
	zw := zlib.NewWriter(&content)
	fmt.Fprintf(zw, "q 595.3 0 0 841.9 0 0 cm /Im0 Do Q\n")
	check(zw.Close())

	b := pdftest.New()
	b.Object("<< /Type /Catalog /Pages 2 0 R >>", nil)
	b.Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", nil)
	b.Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.3 841.9] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>", nil)
	b.Stream("/Filter /FlateDecode", content.Bytes())
	b.Stream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode",
		cfg.Width, cfg.Height), img)
	return b.Bytes(1)
}

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("%s: %v", name, err)
	}
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
