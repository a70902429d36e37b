package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Op is the kind of a Change.
type Op string

// The operations a Change reports.
const (
	Added   Op = "added"   // in NEW only; Path indexes NEW
	Removed Op = "removed" // in OLD only; Path indexes OLD
	Changed Op = "changed" // edited in place; Path indexes NEW
	Moved   Op = "moved"   // same item at another place; Path indexes NEW, From OLD
)

// Change is one difference between two vacancies.
//
// Path names the field the way a person reads it: "deadline",
// "salary.amount", "title.fr", "requirements.en.desirable[2]",
// "competencies.fr[0]", "sections.en[3].content[1]". Indices are 0-based,
// into NEW for added, changed and moved items and into OLD for removed ones.
type Change struct {
	Path string `json:"path"`
	Op   Op     `json:"op"`
	// Lang is "en" or "fr" for a field of one language half, "" otherwise.
	Lang string `json:"lang,omitempty"`
	// From is the path in OLD of a moved item.
	From string `json:"from,omitempty"`
	// Old and New are the values (string, number, Salary, Competency,
	// Section heading…); absent (nil) on the side that has none.
	Old any `json:"old,omitempty"`
	New any `json:"new,omitempty"`
}

// Diff compares two vacancies field by field and returns their
// differences, in the order of the fields of Vacancy.
//
// Source (file name, format, pages) is ignored: the same notice read from
// a PDF and from Markdown has no differences. Strings are compared after
// normalisation (whitespace collapsed, typographic apostrophes and
// ligatures folded), so rendering artefacts are not differences.
//
// Lists (languages, requirements, competencies, warnings, section
// content) are matched by content, not by index (longest common
// subsequence of the normalised texts): inserting one criterion is one
// addition, a reordered item is Moved, and an item whose words are mostly
// kept (more than 60% shared) is Changed rather than removed and added.
// Sections are matched by kind, then compared by heading and content;
// list markers and nesting depth are presentation and not compared.
func Diff(old, new *Vacancy) []Change {
	if old == nil {
		old = &Vacancy{}
	}
	if new == nil {
		new = &Vacancy{}
	}
	d := &differ{}
	d.str("reference", "", old.Reference, new.Reference)
	d.ptr("post_number", "", old.PostNumber, new.PostNumber)
	d.list("languages", "", strItems(old.Languages), strItems(new.Languages), false)
	d.text("title", old.Title, new.Title)
	d.text("organisation", old.Organisation, new.Organisation)
	d.text("location", old.Location, new.Location)
	d.text("schedule", old.Schedule, new.Schedule)
	d.ptr("deadline", "", old.Deadline, new.Deadline)
	d.text("deadline_as_written", old.DeadlineAsWritten, new.DeadlineAsWritten)
	d.salary(old.Salary, new.Salary)
	d.ptr("grade", "", old.Grade, new.Grade)
	d.ptr("clearance", "", old.Clearance, new.Clearance)
	for _, lang := range langs {
		o, n := old.Requirements.Get(lang), new.Requirements.Get(lang)
		if o == nil {
			o = &Requirements{}
		}
		if n == nil {
			n = &Requirements{}
		}
		p := "requirements." + lang
		d.list(p+".essential", lang, strItems(o.Essential), strItems(n.Essential), true)
		d.list(p+".desirable", lang, strItems(o.Desirable), strItems(n.Desirable), true)
	}
	for _, lang := range langs {
		d.list("competencies."+lang, lang, compItems(old.Competencies.Get(lang)), compItems(new.Competencies.Get(lang)), true)
	}
	for _, lang := range langs {
		d.sections(lang, old.Sections.Get(lang), new.Sections.Get(lang))
	}
	d.list("warnings", "", warningItems(old.Warnings), warningItems(new.Warnings), false)
	return d.changes
}

var langs = []string{"en", "fr"}

// Normalize is the form in which Diff compares strings: whitespace runs
// collapsed to one space and trimmed, ’ ‘ ʼ folded to ', and the Latin
// ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ) expanded.
func Normalize(s string) string {
	return strings.Join(strings.Fields(normReplacer.Replace(s)), " ")
}

var normReplacer = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u02bc", "'",
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl",
	"\u00ad", "", // soft hyphen
)

type differ struct{ changes []Change }

func (d *differ) add(c Change) { d.changes = append(d.changes, c) }

func (d *differ) str(path, lang, o, n string) {
	switch {
	case Normalize(o) == Normalize(n):
	case o == "":
		d.add(Change{Path: path, Op: Added, Lang: lang, New: n})
	case n == "":
		d.add(Change{Path: path, Op: Removed, Lang: lang, Old: o})
	default:
		d.add(Change{Path: path, Op: Changed, Lang: lang, Old: o, New: n})
	}
}

func (d *differ) ptr(path, lang string, o, n *string) {
	switch {
	case o == nil && n == nil:
	case o == nil:
		d.add(Change{Path: path, Op: Added, Lang: lang, New: *n})
	case n == nil:
		d.add(Change{Path: path, Op: Removed, Lang: lang, Old: *o})
	default:
		if Normalize(*o) != Normalize(*n) {
			d.add(Change{Path: path, Op: Changed, Lang: lang, Old: *o, New: *n})
		}
	}
}

func (d *differ) text(path string, o, n Text) {
	for _, lang := range langs {
		d.ptr(path+"."+lang, lang, o.Get(lang), n.Get(lang))
	}
}

func (d *differ) salary(o, n *Salary) {
	switch {
	case o == nil && n == nil:
		return
	case o == nil:
		d.add(Change{Path: "salary", Op: Added, New: *n})
		return
	case n == nil:
		d.add(Change{Path: "salary", Op: Removed, Old: *o})
		return
	}
	d.num("salary.amount", o.Amount, n.Amount)
	d.num("salary.min", o.Min, n.Min)
	d.num("salary.max", o.Max, n.Max)
	d.ptr("salary.currency", "", o.Currency, n.Currency)
	d.ptr("salary.period", "", o.Period, n.Period)
	d.text("salary.as_written", o.AsWritten, n.AsWritten)
}

// num records the change of an optional number.
func (d *differ) num(path string, o, n *float64) {
	switch {
	case o == nil && n == nil, o != nil && n != nil && *o == *n:
	case o == nil:
		d.add(Change{Path: path, Op: Added, New: *n})
	case n == nil:
		d.add(Change{Path: path, Op: Removed, Old: *o})
	default:
		d.add(Change{Path: path, Op: Changed, Old: *o, New: *n})
	}
}

// item is one element of a list being diffed.
type item struct {
	key string // normalised text, the matching key
	val any    // the value reported in a Change
}

func strItems(ss []string) []item {
	out := make([]item, len(ss))
	for i, s := range ss {
		out[i] = item{Normalize(s), s}
	}
	return out
}

// warningItems compares warnings by code and message.
func warningItems(ws []Warning) []item {
	out := make([]item, len(ws))
	for i, w := range ws {
		out[i] = item{Normalize(w.Code + ": " + w.Message), w}
	}
	return out
}

func compItems(cs []Competency) []item {
	out := make([]item, len(cs))
	for i, c := range cs {
		out[i] = item{Normalize(c.Name + ": " + c.Description), c}
	}
	return out
}

func contentItems(cs []Content) []item {
	out := make([]item, len(cs))
	for i, c := range cs {
		out[i] = item{Normalize(c.Text), c.Text}
	}
	return out
}

// list diffs two lists matched by content. With similar, an unmatched new
// item whose words mostly equal an unmatched old one is reported Changed.
func (d *differ) list(path, lang string, o, n []item, similar bool) {
	script := editScript(len(o), len(n), func(i, j int) bool { return o[i].key == n[j].key })
	var delOld, insNew []int
	for _, e := range script {
		switch e.op {
		case opDel:
			delOld = append(delOld, e.i)
		case opIns:
			insNew = append(insNew, e.j)
		}
	}
	pairOf := map[int]int{}   // new index -> old index
	pairOp := map[int]Op{}    // new index -> Moved or Changed
	usedOld := map[int]bool{} // old indices paired
	// Moved: the same text elsewhere.
	for _, j := range insNew {
		for _, i := range delOld {
			if !usedOld[i] && o[i].key == n[j].key {
				pairOf[j], pairOp[j], usedOld[i] = i, Moved, true
				break
			}
		}
	}
	// Changed: similar text, best pairs first.
	if similar {
		type cand struct {
			i, j int
			s    float64
		}
		var cands []cand
		for _, j := range insNew {
			if _, ok := pairOf[j]; ok {
				continue
			}
			for _, i := range delOld {
				if usedOld[i] {
					continue
				}
				if s := Similarity(o[i].key, n[j].key); s > 0.6 {
					cands = append(cands, cand{i, j, s})
				}
			}
		}
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].s > cands[b].s })
		for _, c := range cands {
			if _, ok := pairOf[c.j]; ok || usedOld[c.i] {
				continue
			}
			pairOf[c.j], pairOp[c.j], usedOld[c.i] = c.i, Changed, true
		}
	}
	at := func(k int) string { return path + "[" + strconv.Itoa(k) + "]" }
	for _, e := range script {
		switch e.op {
		case opDel:
			if !usedOld[e.i] {
				d.add(Change{Path: at(e.i), Op: Removed, Lang: lang, Old: o[e.i].val})
			}
		case opIns:
			i, ok := pairOf[e.j]
			switch {
			case !ok:
				d.add(Change{Path: at(e.j), Op: Added, Lang: lang, New: n[e.j].val})
			case pairOp[e.j] == Moved:
				d.add(Change{Path: at(e.j), Op: Moved, Lang: lang, From: at(i), New: n[e.j].val})
			default:
				d.add(Change{Path: at(e.j), Op: Changed, Lang: lang, Old: o[i].val, New: n[e.j].val})
			}
		}
	}
}

// sections matches the sections of one language by kind (in order), then
// compares headings and content of matched sections.
func (d *differ) sections(lang string, o, n []Section) {
	path := "sections." + lang
	at := func(k int) string { return path + "[" + strconv.Itoa(k) + "]" }
	script := editScript(len(o), len(n), func(i, j int) bool { return o[i].Kind == n[j].Kind })
	for _, e := range script {
		switch e.op {
		case opDel:
			d.add(Change{Path: at(e.i), Op: Removed, Lang: lang, Old: sectionLabel(o[e.i])})
		case opIns:
			d.add(Change{Path: at(e.j), Op: Added, Lang: lang, New: sectionLabel(n[e.j])})
		case opKeep:
			p := at(e.j)
			d.str(p+".heading", lang, o[e.i].Heading, n[e.j].Heading)
			d.list(p+".content", lang, contentItems(o[e.i].Content), contentItems(n[e.j].Content), true)
		}
	}
}

// sectionLabel is how a whole added or removed section is reported.
func sectionLabel(s Section) string {
	h := s.Heading
	if h == "" {
		h = "(no heading)"
	}
	return fmt.Sprintf("%s [%s, %d blocks]", h, s.Kind, len(s.Content))
}

// Similarity is the share of words two strings have in common, from 0 to
// 1: twice the length of their longest common word subsequence over the
// total number of words (compared case-insensitively, without the
// punctuation around them).
func Similarity(a, b string) float64 {
	wa, wb := simWords(a), simWords(b)
	if len(wa)+len(wb) == 0 {
		return 1
	}
	common := 0
	for _, e := range editScript(len(wa), len(wb), func(i, j int) bool { return wa[i] == wb[j] }) {
		if e.op == opKeep {
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

func simWords(s string) []string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if t := strings.TrimFunc(w, unicode.IsPunct); t != "" {
			ws[i] = t
		}
	}
	return ws
}

type editOp int

const (
	opKeep editOp = iota
	opDel
	opIns
)

type edit struct {
	op   editOp
	i, j int // index in old (keep, del) and new (keep, ins)
}

// editScript returns a shortest edit script turning a list of n items into
// one of m items (longest common subsequence). Between two kept items,
// deletions come before insertions.
func editScript(n, m int, eq func(i, j int) bool) []edit {
	// Trim the common prefix and suffix: most diffs touch little.
	pre := 0
	for pre < n && pre < m && eq(pre, pre) {
		pre++
	}
	suf := 0
	for suf < n-pre && suf < m-pre && eq(n-1-suf, m-1-suf) {
		suf++
	}
	var out []edit
	for k := 0; k < pre; k++ {
		out = append(out, edit{opKeep, k, k})
	}
	a, b := n-pre-suf, m-pre-suf
	// lcs[i][j] is the LCS length of the middle parts from i, j on.
	lcs := make([][]int32, a+1)
	for i := range lcs {
		lcs[i] = make([]int32, b+1)
	}
	for i := a - 1; i >= 0; i-- {
		for j := b - 1; j >= 0; j-- {
			if eq(pre+i, pre+j) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	var dels, inss []edit
	flush := func() {
		out = append(out, dels...)
		out = append(out, inss...)
		dels, inss = dels[:0], inss[:0]
	}
	for i < a || j < b {
		switch {
		case i < a && j < b && eq(pre+i, pre+j):
			flush()
			out = append(out, edit{opKeep, pre + i, pre + j})
			i++
			j++
		case j < b && (i == a || lcs[i][j+1] >= lcs[i+1][j]):
			inss = append(inss, edit{op: opIns, i: pre + i, j: pre + j})
			j++
		default:
			dels = append(dels, edit{op: opDel, i: pre + i, j: pre + j})
			i++
		}
	}
	flush()
	for k := 0; k < suf; k++ {
		out = append(out, edit{opKeep, n - suf + k, m - suf + k})
	}
	return out
}

// SpanKind says whether a run of words is in both texts or one only.
type SpanKind int

// The kinds of Span.
const (
	Same     SpanKind = iota // in both texts
	Deleted                  // in the old text only
	Inserted                 // in the new text only
)

// Span is one run of a word-level diff.
type Span struct {
	Kind SpanKind
	Text string
}

// WordDiff compares two texts word by word (words compared after
// Normalize) and returns the runs of kept, deleted and inserted words.
// Kept words are given as written in new.
func WordDiff(old, new string) []Span {
	wa, wb := strings.Fields(old), strings.Fields(new)
	script := editScript(len(wa), len(wb), func(i, j int) bool { return Normalize(wa[i]) == Normalize(wb[j]) })
	var out []Span
	for _, e := range script {
		var op SpanKind
		var w string
		switch e.op {
		case opKeep:
			op, w = Same, wb[e.j]
		case opDel:
			op, w = Deleted, wa[e.i]
		case opIns:
			op, w = Inserted, wb[e.j]
		}
		if k := len(out) - 1; k >= 0 && out[k].Kind == op {
			out[k].Text += " " + w
		} else {
			out = append(out, Span{op, w})
		}
	}
	return out
}

// ANSI colours of the coloured text output.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiBold  = "\x1b[1m"
	ansiReset = "\x1b[0m"
)

// renderWordDiff renders spans as "kept [-deleted-]{+inserted+}" or, with
// colour, deleted words in red and inserted words in green.
func renderWordDiff(spans []Span, color bool) string {
	var sb strings.Builder
	for k, s := range spans {
		if k > 0 && !(!color && s.Kind == Inserted && spans[k-1].Kind == Deleted) {
			sb.WriteByte(' ')
		}
		switch {
		case s.Kind == Same:
			sb.WriteString(s.Text)
		case color && s.Kind == Deleted:
			sb.WriteString(ansiRed + s.Text + ansiReset)
		case color:
			sb.WriteString(ansiGreen + s.Text + ansiReset)
		case s.Kind == Deleted:
			sb.WriteString("[-" + s.Text + "-]")
		default:
			sb.WriteString("{+" + s.Text + "+}")
		}
	}
	return sb.String()
}

// WriteChanges writes changes for a person, one a line, grouped: fields of
// both languages first, then the English half ("en:"), then the French
// half ("fr:"). Edited prose is shown as a word-level diff, "[-old-]{+new+}"
// or, with color, red and green ANSI colours.
//
//	deadline: 2025-06-22 → 2025-07-06
//	en:
//	  requirements.en.desirable[2] added: "…"
func WriteChanges(w io.Writer, changes []Change, color bool) error {
	var buf bytes.Buffer
	for _, group := range []string{"", "en", "fr"} {
		first := true
		for _, c := range changes {
			if c.Lang != group {
				continue
			}
			indent := ""
			if group != "" {
				indent = "  "
				if first {
					buf.WriteString(group + ":\n")
				}
			}
			first = false
			buf.WriteString(indent + FormatChange(c, color) + "\n")
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// FormatChange renders one change as one line (without newline).
func FormatChange(c Change, color bool) string {
	paint := func(col, s string) string {
		if color {
			return col + s + ansiReset
		}
		return s
	}
	switch c.Op {
	case Added:
		return c.Path + " " + paint(ansiGreen, "added") + ": " + paint(ansiGreen, display(c.New))
	case Removed:
		return c.Path + " " + paint(ansiRed, "removed") + ": " + paint(ansiRed, display(c.Old))
	case Moved:
		return c.Path + " moved from " + c.From + ": " + display(c.New)
	}
	ot, oIsStr := proseOf(c.Old)
	nt, nIsStr := proseOf(c.New)
	if oIsStr && nIsStr && (strings.ContainsAny(ot, " \t") || strings.ContainsAny(nt, " \t")) {
		return c.Path + " changed: " + renderWordDiff(WordDiff(ot, nt), color)
	}
	return c.Path + ": " + paint(ansiRed, scalar(c.Old)) + " → " + paint(ansiGreen, scalar(c.New))
}

// proseOf returns the text of values shown as prose.
func proseOf(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case Competency:
		return x.Name + ": " + x.Description, true
	}
	return "", false
}

// display renders an added or removed value.
func display(v any) string {
	if s, ok := proseOf(v); ok {
		return strconv.Quote(s)
	}
	return scalar(v)
}

// scalar renders a value of a "old → new" line.
func scalar(v any) string {
	switch x := v.(type) {
	case nil:
		return "(none)"
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// PatchOp is one operation of an RFC 6902 JSON Patch.
type PatchOp struct {
	Op    string // "add", "remove" or "replace"
	Path  string // JSON Pointer (RFC 6901)
	Value any    // for add and replace; may be nil (JSON null)
}

// MarshalJSON writes {"op","path","value"}, value only for add and replace
// (where a null value is kept).
func (p PatchOp) MarshalJSON() ([]byte, error) {
	if p.Op == "remove" {
		return json.Marshal(struct {
			Op   string `json:"op"`
			Path string `json:"path"`
		}{p.Op, p.Path})
	}
	return json.Marshal(struct {
		Op    string `json:"op"`
		Path  string `json:"path"`
		Value any    `json:"value"`
	}{p.Op, p.Path, p.Value})
}

// Patch returns an RFC 6902 JSON Patch that turns the JSON of old (as
// json.Marshal writes it) into the JSON of new, except for "source", which
// names the file read rather than the vacancy, and "provenance", which
// says where in that file each value stands: both are left as they are
// (as Diff ignores them). Arrays are diffed by content like Diff does: one
// inserted criterion is one "add", an edited one a "replace" (or, for
// objects, replaces of the edited members).
func Patch(old, new *Vacancy) ([]PatchOp, error) {
	a, err := toTree(old)
	if err != nil {
		return nil, err
	}
	b, err := toTree(new)
	if err != nil {
		return nil, err
	}
	for _, k := range []string{"source", "provenance"} {
		delete(a, k)
		delete(b, k)
	}
	var ops []PatchOp
	patchValue(&ops, "", a, b)
	if ops == nil {
		ops = []PatchOp{}
	}
	return ops, nil
}

func toTree(v *Vacancy) (map[string]any, error) {
	if v == nil {
		v = &Vacancy{}
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func patchValue(ops *[]PatchOp, ptr string, a, b any) {
	switch x := a.(type) {
	case map[string]any:
		if y, ok := b.(map[string]any); ok {
			patchObject(ops, ptr, x, y)
			return
		}
	case []any:
		if y, ok := b.([]any); ok {
			patchArray(ops, ptr, x, y)
			return
		}
	}
	if canonical(a) != canonical(b) {
		*ops = append(*ops, PatchOp{Op: "replace", Path: ptr, Value: b})
	}
}

func patchObject(ops *[]PatchOp, ptr string, a, b map[string]any) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := ptr + "/" + pointerEscaper.Replace(k)
		av, inA := a[k]
		bv, inB := b[k]
		switch {
		case !inB:
			*ops = append(*ops, PatchOp{Op: "remove", Path: p})
		case !inA:
			*ops = append(*ops, PatchOp{Op: "add", Path: p, Value: bv})
		default:
			patchValue(ops, p, av, bv)
		}
	}
}

func patchArray(ops *[]PatchOp, ptr string, a, b []any) {
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i, v := range a {
		ka[i] = canonical(v)
	}
	for j, v := range b {
		kb[j] = canonical(v)
	}
	script := editScript(len(a), len(b), func(i, j int) bool { return ka[i] == kb[j] })
	pos := 0 // index in the array as patched so far
	for k := 0; k < len(script); {
		if script[k].op == opKeep {
			pos++
			k++
			continue
		}
		// A run of deletions then insertions: pair them as in-place edits.
		var dels, inss []edit
		for ; k < len(script) && script[k].op == opDel; k++ {
			dels = append(dels, script[k])
		}
		for ; k < len(script) && script[k].op == opIns; k++ {
			inss = append(inss, script[k])
		}
		pairs := pairRun(dels, inss, func(d, i edit) float64 { return Similarity(ka[d.i], kb[i.j]) })
		if len(dels) >= len(inss) {
			for x, d := range dels {
				if y := pairs[x]; y >= 0 {
					patchValue(ops, ptr+"/"+strconv.Itoa(pos), a[d.i], b[inss[y].j])
					pos++
				} else {
					*ops = append(*ops, PatchOp{Op: "remove", Path: ptr + "/" + strconv.Itoa(pos)})
				}
			}
		} else {
			for y, in := range inss {
				if x := pairs[y]; x >= 0 {
					patchValue(ops, ptr+"/"+strconv.Itoa(pos), a[dels[x].i], b[in.j])
				} else {
					*ops = append(*ops, PatchOp{Op: "add", Path: ptr + "/" + strconv.Itoa(pos), Value: b[in.j]})
				}
				pos++
			}
		}
	}
}

// pairRun pairs each element of the shorter of a run of deletions and a
// run of insertions with one of the longer, in order, choosing the most
// similar. It returns, for each element of the longer run, the index of
// its partner in the shorter run or -1.
func pairRun(dels, inss []edit, sim func(d, i edit) float64) []int {
	long, short := len(dels), len(inss)
	s := func(l, k int) float64 { return sim(dels[l], inss[k]) }
	if short > long {
		long, short = short, long
		s = func(l, k int) float64 { return sim(dels[k], inss[l]) }
	}
	// best[l][k]: best total similarity pairing short[k:] within long[l:].
	best := make([][]float64, long+1)
	for l := range best {
		best[l] = make([]float64, short+1)
		for k := range best[l] {
			if short-k > long-l {
				best[l][k] = -1e18 // not enough left to pair
			}
		}
	}
	for l := long - 1; l >= 0; l-- {
		for k := short - 1; k >= 0; k-- {
			if short-k > long-l {
				continue
			}
			best[l][k] = max(best[l+1][k], s(l, k)+best[l+1][k+1])
		}
	}
	out := make([]int, long)
	k := 0
	for l := 0; l < long; l++ {
		out[l] = -1
		if k < short && best[l][k] == s(l, k)+best[l+1][k+1] {
			out[l] = k
			k++
		}
	}
	return out
}

// canonical is a JSON encoding of a decoded value with sorted keys.
func canonical(v any) string {
	b, _ := json.Marshal(v) // maps marshal with sorted keys
	return string(b)
}
