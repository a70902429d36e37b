package markup

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/vacancy-tools/vacancy/parser/internal/randtext"
)

// TestInlineTagMatchesTokenizer checks inlineTag against rawHTML (the
// x/net tokenizer) on single tags, the only input goldmark hands it:
// the bold count and the line breaks must come out the same.
func TestInlineTagMatchesTokenizer(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2))
	names := []string{"b", "B", "strong", "STRONG", "Strong", "br", "BR", "bR", "i", "span", "bx", "b-1", "br2", "strongest", "a"}
	attrs := []string{"", " x", ` x="/>"`, ` x='>'`, " x=/", ` class="a b"`, "\n y=1", " /", "/"}
	tags := []string{"<!-- b -->", "<!DOCTYPE html>", "<?php ?>", "<![CDATA[<b>]]>", "<b", "b>", "<>", "</>", "< b>"}
	for range 5000 {
		var b strings.Builder
		b.WriteString("<")
		if rng.IntN(3) == 0 {
			b.WriteString("/")
		}
		b.WriteString(names[rng.IntN(len(names))])
		for range rng.IntN(3) {
			b.WriteString(attrs[rng.IntN(len(attrs))])
		}
		if rng.IntN(3) == 0 {
			b.WriteString(" ")
		}
		b.WriteString(">")
		tags = append(tags, b.String())
	}
	for _, tag := range tags {
		for _, bold := range []int{0, 1} {
			fast, slow := &mdReader{rawBold: bold}, &mdReader{rawBold: bold}
			var fastRuns, slowRuns []run
			if !fast.inlineTag([]byte(tag), &fastRuns) {
				continue
			}
			slow.rawHTML([]byte(tag), &slowRuns)
			if fast.rawBold != slow.rawBold || !reflect.DeepEqual(fastRuns, slowRuns) {
				t.Errorf("%q (bold %d): inlineTag gives bold %d, runs %v; the tokenizer bold %d, runs %v",
					tag, bold, fast.rawBold, fastRuns, slow.rawBold, slowRuns)
			}
		}
	}
}

// TestPlainLineMatchesTokenizer: codeBlock reads a line without "<",
// "&", CR or NUL as one text run, which is what the tokenizer makes of it.
func TestPlainLineMatchesTokenizer(t *testing.T) {
	for _, line := range randtext.Texts(13, 2000, 20, "ab \t\n>'\"=/!-é\u00a0\f", "", "\n", ">", "a\n") {
		var runs []run
		(&mdReader{}).rawHTML([]byte(line), &runs)
		var want []run
		if line != "" {
			want = []run{{text: line, off: -1}}
		}
		if !reflect.DeepEqual(runs, want) {
			t.Errorf("%q: the tokenizer gives %v, not one run of the line", line, runs)
		}
	}
}
