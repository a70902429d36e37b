package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// This file weighs the names a notice gives its employer when no rule of
// unlabelledOrganisation has found it: a notice without an employer's
// field names it in several places at once, none of them decisive alone
// (the site's banner, a sentence of its prose, its footer, its copyright
// line, the acronym it defines), where a job board's or a unit's name
// stands in one or two kinds of place. Every name any of those places
// gives is a candidate; the name the document gives most, in the most
// kinds of place, is the employer.

// maxSubjectSentences bounds the sentences of a paragraph read for the
// employer as their subject: a notice's statements about its employer
// open its paragraphs or follow their first sentence or two.
const maxSubjectSentences = 4

// Points a candidate earns.
const (
	proseMentionPoints = 2 // a paragraph of sentences names it (up to maxCountedMentions)
	lineMentionPoints  = 1 // a line of facts, a banner or a footer names it (idem)
	definedPoints      = 1 // the document spells out its acronym: "… Board (SRB)"
	subjectPoints      = 2 // a sentence about the employer opens with it
	// maxCountedMentions caps the paragraphs and the lines counted for a
	// name: a name the notice repeats in every paragraph is no more the
	// employer than one it gives in three.
	maxCountedMentions = 3
	// minEmployerPoints is what a name needs: two kinds of place at
	// least, or a sentence and another mention (a board's name in its
	// banner and footer alone scores 2).
	minEmployerPoints = 4
	// edgeBlocks is how many blocks at each end of a document are its
	// banner and its footer, where lines that only name a body stand.
	edgeBlocks = 4
)

// employerCandidate is a name a document gives a body and its evidence.
type employerCandidate struct {
	name    string // as written, with " (ACR)" when the document defines one
	core    string // the name alone, searched for in the blocks
	block   int    // the block it was first read from
	points  int
	defined bool
	acronym string // the acronym the document defines for it, or ""
}

// maxRatedNameBytes bounds the employer's name before a board's rating.
const maxRatedNameBytes = 80

// likeliestEmployer returns the name a half's blocks give their employer
// most, and the block it was read from, or "" and -1 when no name has
// the evidence of an employer.
func (x *extraction) likeliestEmployer(body []stream.Block, ids []int, title string) (string, int) {
	var cands []employerCandidate
	// A name a field gives as its value is that field's: a place ("Lieu :
	// Paris"), a contract, not the employer.
	fieldValues := map[string]bool{}
	for k := range x.blocks {
		if b := &x.blocks[k]; b.Kind == stream.Field {
			fieldValues[strings.TrimSpace(b.Text)] = true
		}
	}
	add := func(name string, block, bonus int, defined bool) {
		name = strings.TrimSpace(strings.Trim(name, " ,;:·|–—-"))
		core, acronym := splitAcronym(name)
		if !isEmployerName(core, title) || fieldValues[core] {
			return
		}
		for i := range cands {
			if cands[i].core == core {
				cands[i].points += bonus
				if defined && !cands[i].defined {
					cands[i].name, cands[i].defined, cands[i].acronym = name, true, acronym
				}
				return
			}
		}
		cands = append(cands, employerCandidate{name: name, core: core, block: block, points: bonus, defined: defined, acronym: acronym})
	}
	addLine := func(text string, block int) {
		for _, part := range factParts(text) { // (dashes join names)
			part = strings.TrimSpace(part)
			if short, name, ok := strings.Cut(part, " - "); ok && vocab.IsAcronymName(short) {
				part = name // "ULB - Université libre de Bruxelles"
			}
			if vocab.IsEmployerLine(part) || isNameLine(part) {
				add(part, block, 0, false)
			}
		}
	}
	criteria := false // in a section of criteria
	for i := range body {
		b := &body[i]
		if kind, opens := x.sectionKind(ids[i]); opens {
			criteria = isCriteria(kind)
		}
		if b.Kind == stream.Field || vocab.MentionsCookies(b.Text) {
			continue
		}
		if !criteria {
			// (A criterion defines the certificates, tools and
			// bodies a candidate deals with: "a Restricted Area
			// Identity Card (RAIC)", not the employer.)
			for _, name := range vocab.NamesWithAcronym(b.Text) {
				add(name, ids[i], definedPoints, true)
			}
		}
		if vocab.IsCopyrightLine(b.Text) {
			if en, _ := vocab.CopyrightHolder(b.Text); en != "" {
				add(en, ids[i], 0, false)
			}
			continue
		}
		if at := reRating().FindStringIndex(b.Text); at != nil && at[0] > 0 && at[0] <= maxRatedNameBytes {
			// "Rio Tinto3,9 sur 5 étoiles": a board rates the employer
			// it names.
			add(b.Text[:at[0]], ids[i], subjectPoints, false)
		}

		if words.IsProse(b.Text) {
			// The subject of any sentence of the paragraph: "A
			// competitive salary… The Bank of Canada is committed to…".
			for k, sentence := range sentences(b.Text) {
				if k >= maxSubjectSentences {
					break
				}
				// ("Knowledge of French is desirable": a criterion's
				// subject, no employer, as in statedEmployer.)
				if name := vocab.EmployerSubject(sentence); name != "" && (!vocab.IsQualificationItem(name) || vocab.IsOrganisationLine(name)) {
					add(name, ids[i], subjectPoints, false)
				}
			}
			if name := vocab.DefinedBody(b.Text); name != "" {
				add(name, ids[i], subjectPoints, false)
			}
			continue
		}
		if i < edgeBlocks || i >= len(body)-edgeBlocks {
			addLine(b.Text, ids[i])
		}
	}
	// The document's banner and footer name the employer of both halves,
	// whichever half they stand in: "Kelvio" over a French half names the
	// employer of the English half, which writes "Kelvio builds…".
	for k := range x.blocks {
		if k >= edgeBlocks && k < len(x.blocks)-edgeBlocks {
			continue
		}
		if b := &x.blocks[k]; b.Kind != stream.Field && !words.IsProse(b.Text) {
			addLine(b.Text, k)
		}
	}

	// An acronym alone is the name it stands for: "SRB" / "Single
	// Resolution Board (SRB)".
	for i := range cands {
		for j := range cands {
			if i != j && cands[j].acronym != "" && cands[i].core == cands[j].acronym {
				cands[j].points += cands[i].points
				cands[i].points = -maxEmployerWords // never chosen
			}
		}
	}
	best, tied := -1, false
	for i := range cands {
		c := &cands[i]
		prose, lines := 0, 0
		mentions := func(t string) bool {
			return strings.Contains(t, c.core) || c.acronym != "" && hasWord(t, c.acronym)
		}
		for j := range body {
			if t := body[j].Text; mentions(t) {
				if words.IsProse(t) {
					prose++
				} else {
					lines++
				}
			}
		}
		// The document's banner and footer, when the half has neither.
		if len(body) > 0 && ids[0] >= edgeBlocks {
			for k := 0; k < edgeBlocks && k < len(x.blocks); k++ {
				if t := x.blocks[k].Text; !words.IsProse(t) && mentions(t) {
					lines++
				}
			}
		}
		c.points += proseMentionPoints*min(prose, maxCountedMentions) + lineMentionPoints*min(lines, maxCountedMentions)
		switch {
		case c.points < minEmployerPoints && (c.points < minEmployerPoints-1 || prose == 0 && !c.defined):
			// (One point less will do for a name the prose gives or
			// defines: "République et Canton du Jura" in a banner and a
			// footer only is no more than a board's name.)
		case best < 0 || c.points > cands[best].points:
			best, tied = i, false
		case c.points == cands[best].points:
			tied = true // two names with the same evidence: neither
		}
	}
	if best < 0 || tied {
		return "", -1
	}
	return cands[best].name, cands[best].block
}

// withOwnArticle returns a name with the elided article the document
// writes as part of it: a capital "L'" inside a sentence, where French
// writes the article in small letters and English writes none ("About
// L'Arche Canada", "Represent L'Arche Canada in…"), makes "L'Arche
// Canada" of "Arche Canada", read from a sentence the name opens. A name
// the document writes with its article only where a sentence opens
// ("L'Université Laval souscrit…"), after a mark or a figure ("Accueil ›
// L'OSM", "14.06.2026 L'Hôpital…", a line run into a field), and an
// acronym ("l'OSM") come back as they are.
func withOwnArticle(name string, blocks []stream.Block) string {
	if !words.StartsUpper(name) || vocab.IsAcronymName(name) {
		return name
	}
	for _, apo := range []string{"'", "’"} {
		with := "L" + apo + name
		for k := range blocks {
			t := blocks[k].Text
			for at := 0; ; {
				i := strings.Index(t[at:], with)
				if i < 0 {
					break
				}
				i += at
				at = i + len(with)
				if i < 2 || t[i-1] != ' ' {
					continue
				}
				if r, _ := utf8.DecodeLastRuneInString(t[:i-1]); unicode.IsLetter(r) {
					return with
				}
			}
		}
	}
	return name
}

// isEmployerName reports a candidate that can name an employer: a few
// capitalised words that are not the post's title nor inside it (a title
// line read wrong may hold the site's name: "UNIL | Université de
// Lausanne"), nor one of a post's nouns, nor a site's furniture.
func isEmployerName(name, title string) bool {
	if name == "" || !words.StartsUpper(name) || words.CountAtMost(name, maxEmployerWords+1) > maxEmployerWords {
		return false
	}
	if title != "" && (strings.Contains(title, name) || strings.Contains(name, title)) {
		return false
	}
	return !vocab.HasJobNoun(name) && !vocab.IsFurniture(name)
}

// maxEmployerWords bounds an employer's name: "Preparatory Commission for
// the Comprehensive Nuclear-Test-Ban Treaty Organization", twelve words.
const maxEmployerWords = 16

// isNameLine reports a part of a banner or a footer that can be a body's
// name without an employer's word: "Kelvio", "HEC Montréal", "Fusion for
// Energy": a few words, capitalised, without figures, a sentence's marks,
// a place or a site's button.
func isNameLine(part string) bool {
	n := words.CountAtMost(part, maxNameLineWords+1)
	return n >= 1 && n <= maxNameLineWords && words.StartsUpper(part) && !strings.ContainsAny(part, "0123456789.,:;!?@/") &&
		!vocab.IsPlaceLine(part) && len(part) >= minNameLineBytes
}

// Bounds of a name without an employer's word: a short name, not a
// slogan ("Bringing the power of the sun to earth"), and not an
// initial.
const (
	maxNameLineWords = 4
	minNameLineBytes = 3
)

// splitAcronym cuts a name from the acronym in parentheses that ends it:
// "Single Resolution Board (SRB)" → "Single Resolution Board", "SRB";
// a name without one comes back whole, with "".
func splitAcronym(name string) (core, acronym string) {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i], name[i+2 : len(name)-1]
	}
	return name, ""
}

// hasWord reports w in text as a whole word.
func hasWord(text, w string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return false
		}
		i += at
		end := i + len(w)
		if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		at = i + 1
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// plausibleEmployer reports a name a rule read for the employer that can
// be one: not the post's title or a line that holds it ("HUMAN RIGHTS
// OFFICER Office of the…", a title read as the line under itself), nor
// the post's noun the title holds ("The Programme Officer will…"), not
// a name's tail cut from its head ("FOR RAILWAYS", "de l'Agriculture"),
// nor a banner's word alone ("Avis" of "Avis de recrutement n° …"), nor
// the state a letterhead names above the body ("RÉPUBLIQUE DE CÔTE
// D'IVOIRE").
func plausibleEmployer(name, title string) bool {
	if title != "" && len(title) >= minTitleBytes && containsFold(name, title) {
		return false
	}
	if title != "" && vocab.HasJobNoun(name) && containsFold(title, name) {
		return false // "The Programme Officer will work…" under "Programme Officer – …"
	}
	first, _, more := strings.Cut(name, " ")
	return !vocab.IsNameJoiner(first) && (more || !vocab.OpensBanner(first)) && !vocab.NamesUnion(name) && !vocab.NamesState(name)
}

// minTitleBytes bounds from below a title looked for inside an employer's
// name: "Officer" alone may name a body's office.
const minTitleBytes = 8

// containsFold reports sub in s, case aside.
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// cleanEmployer returns an employer's name without what a layout glued to
// it: a site's button or a section's heading before it ("Skip to main
// content EDC", "Who we are Non-Public Funds, …", not a name of two words
// the document writes whole: twoWordName; a button's word that
// a joining word and a name of words follow is the name's own: "Search
// for Common Ground", where "Apply for UNICEF" names UNICEF), the post's title in
// capitals before it ("PROGRAMME MANAGEMENT OFFICER International Trade
// Centre", a column read across), a board's facts after it ("ITER
// Organization · France · Expires in 41 days").
func (x *extraction) cleanEmployer(name string) string {
	if rest := vocab.WithoutFurniturePrefix(name); rest != name && rest != "" && !x.twoWordName(name) {
		if j := firstWord(rest); !vocab.IsNameJoiner(j) {
			name = rest
		} else if after := strings.TrimSpace(rest[len(j):]); words.CountAtMost(after, 2) == 1 {
			name = after // "Apply for UNICEF": the button's words and the name
		}
	}
	if s, ok := x.voc.LeadingSpan(name); ok && s.Field == "" && s.Kind != "" && !s.Colon && s.End < len(name) {
		if rest := strings.TrimSpace(name[s.End:]); words.StartsUpper(rest) && vocab.IsEmployerLine(firstNameOf(rest)) {
			name = rest
		}
	}
	if head, rest, ok := capsHead(name); ok && vocab.HasJobNoun(head) {
		name = rest
	}
	if first, _, ok := strings.Cut(name, " · "); ok && vocab.IsOrganisationLine(first) {
		name = first
	}
	name = x.withoutLeadingTag(name)
	name = withoutPostalTail(withoutBadge(withoutGluedTail(name)))
	if head, rest, ok := cutAtDash(name); ok && vocab.IsOrganisationLine(head) && isBoardsTail(rest) && (ownsProperNoun(head) || namesUnit(rest)) && !acronymNamesWhole(rest) {
		// (After the glued tail: "…GenèveGeneva80 – 100%…". A body's
		// kind alone, "Conseil départemental - Haute-Garonne (31)", is
		// named by its place.)
		name = head
	}
	return name
}

// twoWordName reports a name of two words that the document writes
// whole in two blocks besides the fields, in any case: a site's word
// before a word is a name of its own ("English Heritage" /
// "ENGLISH HERITAGE · ROLE PROFILE", "English Heritage is a registered
// charity"), where a language link before a site's name stands in its
// banner alone.
func (x *extraction) twoWordName(name string) bool {
	if words.CountAtMost(name, 3) != 2 {
		return false
	}
	low, n := strings.ToLower(name), 0
	for k := range x.blocks {
		if b := &x.blocks[k]; b.Kind != stream.Field && len(b.Text) >= len(name) && strings.Contains(strings.ToLower(b.Text), low) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// withoutLeadingTag returns an employer's name without what a layout set
// before it on its line: the notice's code ("FIL-HR-2042-03
// International Luge Federation (FIL)", a letterhead's reference beside
// the name), or the employer's label run into its value without its
// colon ("Employeur Musée royal de Mariemont", "Organisation Agence
// panafricaine…", a form's cell read across), when what follows is an
// employer's name the document writes elsewhere without the word before
// it. A label that is an employer's word ("Société", "Agence") before a
// name without one of its own is the name's head.
func (x *extraction) withoutLeadingTag(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	rest = strings.TrimSpace(rest)
	core, _ := splitAcronym(rest)
	if !ok || !words.StartsUpper(rest) || !vocab.IsEmployerLine(rest) && !isNameOnly(core) || vocab.OpensOnQualifier(rest) {
		return name
	}
	code := hasDigit(first) && strings.IndexFunc(first, unicode.IsLetter) >= 0 && strings.ContainsAny(first, "-/")
	if !code {
		if f, ok := x.voc.Label(first); !ok || f != "organisation" {
			return name
		}
		if vocab.IsOrganisationHead(first) && !vocab.IsOrganisationHead(firstWord(rest)) {
			return name // "Société Ivoirienne de Raffinage", "Agence Tunisienne…": the word opens the name
		}
	}
	// (A name the document always writes after the word is the word's:
	// "Société Ivoirienne de Raffinage", "l'Agence Tunisienne de…".)
	for k := range x.blocks {
		if writesAlone(x.blocks[k].Text, core, first) {
			return rest
		}
	}
	return name
}

// writesAlone reports name in t, as written, as a word of its own that
// the word before does not open: "· Girl Guides of Canada", not
// "Organization Girl Guides of Canada" nor "l'Agence Tunisienne…" for
// before "Agence".
func writesAlone(t, name, before string) bool {
	for at := 0; ; {
		i := strings.Index(t[at:], name)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(name)
		head := t[:i]
		if r, _ := utf8.DecodeLastRuneInString(head); head != "" && unicode.IsLetter(r) {
			continue // inside a word
		}
		prev := head[strings.LastIndexByte(strings.TrimRight(head, " "), ' ')+1:]
		prev = strings.TrimSpace(prev)
		if j := strings.LastIndexAny(prev, "'’"); j >= 0 {
			prev = prev[j:]
			_, size := utf8.DecodeRuneInString(prev)
			prev = prev[size:]
		}
		if !strings.EqualFold(prev, before) {
			return true
		}
	}
}

// withoutBadge returns an employer's name without what follows a
// symbol a board sets after it, a badge or a rating ("African Union Pan
// African Veterinary Vaccine Centre (AU-PANVAC)✓ Verified employer"),
// and without the stop a sentence's field ends it with
// ("EMPLOYEUR : – Agence Béninoise… (ABSSA)."), when what stands before
// it is an organisation's name.
func withoutBadge(name string) string {
	if head, ok := strings.CutSuffix(name, ")."); ok && vocab.IsOrganisationLine(head+")") {
		return head + ")"
	}
	for i, r := range name {
		if i == 0 || !unicode.Is(unicode.So, r) {
			continue
		}
		// (A rating before the mark is the board's too: "Groupe
		// Savoie4.1 ★", cut by withoutGluedTail.)
		if head := strings.TrimSpace(name[:i]); !hasDigit(head) && vocab.IsOrganisationLine(head) {
			return head
		}
		break
	}
	return name
}

// spacedDashes are the dashes, spaced, that part a name or a title from
// what a board or a site writes beside it.
var spacedDashes = []string{" - ", " – ", " — "}

// cutAtDash cuts a name at its first spaced dash.
func cutAtDash(name string) (head, rest string, ok bool) {
	cut := -1
	size := 0
	for _, d := range spacedDashes {
		if i := strings.Index(name, d); i > 0 && (cut < 0 || i < cut) {
			cut, size = i, len(d)
		}
	}
	if cut < 0 {
		return "", name, false
	}
	return strings.TrimSpace(name[:cut]), strings.TrimSpace(name[cut+size:]), true
}

// isBoardsTail reports what a board or a site writes after an
// employer's name and a dash that is no part of the name: its facts
// with figures ("Mulhouse - 68", "Capellen, Luxembourg — publiée le
// 02/02/2029"), the place alone, or the unit the post sits in
// ("Regional Office for Africa", "Direction des services…"). Another
// name after the dash is the name's own: "European Commission –
// Eurostat".
func isBoardsTail(rest string) bool {
	first := firstPart(rest)
	return first != "" && (strings.ContainsAny(rest, "0123456789") || vocab.IsPlaceLine(first) || vocab.NamesUnit(first) || vocab.EndsWithUnit(first))
}

// acronymNamesWhole reports a name's rest after its dash that is a body
// of its own within the one before the dash: a name with an acronym in
// parentheses its own words do not spell, the acronym of the whole
// ("African Union – Inter-African Bureau for Animal Resources
// (AU-IBAR)", "Organisation OTAN pour la science et la technologie –
// Bureau d'appui à la collaboration (STO CSO)", "… – Helsinki
// Commission (HELCOM)"). A unit whose words spell its acronym is the
// unit the post sits in ("Polar Knowledge Canada – Canadian High Arctic
// Research Station (CHARS)"), and a place is a board's ("… – France
// (FR)" aside, read by the place).
func acronymNamesWhole(rest string) bool {
	core, acr := splitAcronym(rest)
	if acr == "" || core == "" || firstPart(rest) != rest || hasDigit(acr) || !words.StartsUpper(acr) || words.CapsLetters(acr) < 2 {
		return false
	}
	return !vocab.IsPlaceLine(core) && !spellsAcronym(core, acr)
}

// spellsAcronym reports a name whose words spell an acronym's letters in
// order from its first word on, any word in between skipped and the
// parts of a word after a hyphen or an apostrophe counted as words:
// "Station canadienne de recherche dans l'Extrême-Arctique" spells
// SCREA, "Inter-African Bureau for Animal Resources" not AU-IBAR.
func spellsAcronym(name, acr string) bool {
	var letters []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, words.ToLower(r))
		}
	}
	if len(letters) == 0 {
		return false
	}
	n, first := 0, true
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if r >= utf8.RuneSelf {
			r, _ = utf8.DecodeRuneInString(norm.NFD.String(string(r))) // "École" for E
		}
		r = words.ToLower(r)
		if n < len(letters) && r == letters[n] {
			n++
		} else if first {
			return false
		}
		first = false
	}
	return n == len(letters)
}

// firstPart is what a name's rest says up to its next spaced dash.
func firstPart(rest string) string {
	if head, _, ok := cutAtDash(rest); ok {
		return head
	}
	return rest
}

// namesUnit reports a name's rest that opens with the unit the post
// sits in ("Direction des services de la résidence - Ottawa").
func namesUnit(rest string) bool { return vocab.NamesUnit(firstPart(rest)) }

// ownsProperNoun reports a name with a capitalised word besides its
// first: "Université de Haute-Alsace", "World Health Organization", not
// a body's kind alone ("Conseil départemental"), which a place after
// the dash names and a unit after it does not.
func ownsProperNoun(name string) bool {
	_, rest, _ := strings.Cut(name, " ")
	for w := range strings.FieldsSeq(rest) {
		if words.StartsUpper(w) {
			return true
		}
	}
	return false
}

// minGluedWordRunes is how many letters the word a tail is glued to has
// before the tail's capital: a name's own capital follows a short prefix
// ("McGill", "DeGroote", "LaSalle").
const minGluedWordRunes = 4

// wordPartRunes counts the letters of head's last word.
func wordPartRunes(head string) int {
	return utf8.RuneCountInString(head[strings.LastIndexByte(head, ' ')+1:])
}

// withoutGluedTail returns an employer's name without what a layout glued
// to it with no space: a board's facts or a site's menu ("Council of
// EuropeConseil de l'EuropeJobs…", "City of CornwallCornwall, ONPosted
// May 22, 2026", "Green Climate Fund (GCF)Korea, Republic of",
// "Brest métropole24 rue…"). The name is cut at the first place a capital
// or a figure follows a small letter or a closing bracket, when what
// stands before it is an organisation's name and what follows holds more
// than a word: a capital inside a name's word ("Université McGill",
// "(SatCen)") glues nothing on.
func withoutGluedTail(name string) string {
	for i := 1; i < len(name); i++ {
		c, p := name[i], name[i-1]
		upper, digit := isUpperASCII(c), isDigitByte(c)
		if !upper && !digit {
			continue
		}
		// (A name in capitals glued to a word with its capital:
		// "VILLE DE RIMOUSKIRimouski (Bas-Saint-Laurent)".)
		capsEnd := upper && isUpperASCII(p) && i+1 < len(name) && isLowerASCII(name[i+1]) && words.IsCaps(name[:i])
		if !(p == ')' || isLowerASCII(p) || p >= utf8.RuneSelf && !digit || capsEnd) {
			continue
		}
		if p >= utf8.RuneSelf {
			if r, _ := utf8.DecodeLastRuneInString(name[:i]); !unicode.IsLower(r) {
				continue
			}
		}
		head := name[:i]
		if strings.Count(head, "(") > strings.Count(head, ")") || !strings.Contains(name[i:], " ") || p != ')' && !digit && !capsEnd && wordPartRunes(head) < minGluedWordRunes {
			continue // an acronym's capital ("(CoR)"), one word glued ("TotalEnergies"), a name's own capital ("McGill, Montréal")
		}
		short, _ := splitAcronym(head)
		if vocab.IsOrganisationLine(head) || short != head && vocab.IsOrganisationLine(short) {
			return head
		}
	}
	return name
}

// withoutGluedPlace returns an employer's name without the place of work
// a board glued to it ("Swiss National Bank (SNB)Zürich", "Groupe
// RobertBoucherville, QC"): the place's first part (up to a comma) found
// after the name with no space before it. A name that merely ends with
// the place's name after a space ("Ville de Gatineau") is kept.
func withoutGluedPlace(name, place string) string {
	town := place
	if i := strings.IndexAny(place, ",("); i > 0 {
		town = place[:i]
	}
	town = strings.TrimSpace(town)
	if town == "" || !words.StartsUpper(town) {
		return name
	}
	i := strings.LastIndex(name, town)
	if i <= 0 {
		return name
	}
	before, _ := utf8.DecodeLastRuneInString(name[:i])
	if !unicode.IsLetter(before) && before != ')' && !unicode.IsDigit(before) {
		return name
	}
	if rest := name[i+len(town):]; rest != "" && !strings.HasPrefix(rest, ",") {
		return name // the place's name inside a longer word
	}
	return strings.TrimSpace(name[:i])
}

// firstNameOf returns a text up to its first sentence's break: the name
// a sentence opens with and what follows it up to a comma or a verb is
// judged by IsEmployerLine whole, so the text is cut at its first comma.
func firstNameOf(text string) string {
	if i := strings.IndexAny(text, ",("); i > 0 {
		return strings.TrimSpace(text[:i])
	}
	return text
}

// capsHead cuts a name that opens with a run of words in capitals, two at
// least, before a capitalised word that is not: the run, and the rest.
func capsHead(name string) (head, rest string, ok bool) {
	fs := strings.Fields(name)
	n := 0
	for n < len(fs) && isCapsWord(fs[n]) {
		n++
	}
	if n < minCapsHeadWords || n == len(fs) || !words.StartsUpper(fs[n]) {
		return "", name, false
	}
	return strings.Join(fs[:n], " "), strings.Join(fs[n:], " "), true
}

// isCapsWord reports a word of two letters or more, all capitals: "JOB",
// "OFFRE" (a line in capitals wants four, words.IsCaps).
func isCapsWord(w string) bool { return words.CapsLetters(w) >= 2 }

// minCapsHeadWords bounds a title in capitals before a name from below:
// an acronym alone ("NATO Support…") opens many names.
const minCapsHeadWords = 2

// letterheadPair returns a letterhead that names the employer in each
// language on a line of its own, in capitals, at the top of the document
// ("ÉTAT-MAJOR MILITAIRE INTERNATIONAL" / "INTERNATIONAL MILITARY
// STAFF"), and the blocks of its English and French lines. The line that
// leans more to English is the English one.
func (x *extraction) letterheadPair() (en, fr string, enAt, frAt int, ok bool) {
	i := 0
	for i < len(x.blocks) && i < maxFurnitureAboveLetterhead && vocab.IsFurniture(x.blocks[i].Text) {
		i++
	}
	if i+1 >= len(x.blocks) {
		return "", "", 0, 0, false
	}
	en, fr, enAt, frAt, ok = x.letterheadPairAt(i)
	if !ok {
		return "", "", 0, 0, false
	}
	// A pair under the pair names the body under its parent ("NORTH
	// ATLANTIC TREATY ORGANIZATION" / "ORGANISATION DU TRAITÉ…" over
	// "INTERNATIONAL MILITARY STAFF" / "ÉTAT-MAJOR MILITAIRE
	// INTERNATIONAL"): the body employs, as in stackedBody; an office, a
	// kind of body or a place under it is a part of the parent.
	if en2, fr2, enAt2, frAt2, ok := x.letterheadPairAt(i + 2); ok && !namesPartOf(en2) && !namesPartOf(fr2) &&
		!vocab.NamesOneBody(en, en2) && !vocab.NamesOneBody(fr, fr2) {
		// (One body in two more languages is no body under it: the
		// four names of "ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES".)
		en, fr, enAt, frAt = en2, fr2, enAt2, frAt2
	}
	// Each half names its body as the letterhead does, in small letters,
	// wherever it does (a field "DIVISION:" of the other half's page).
	if s, ok := spelledIn(en, x.blocks); ok {
		en = s
	}
	if s, ok := spelledIn(fr, x.blocks); ok {
		fr = s
	}
	return en, fr, enAt, frAt, true
}

// letterheadPairAt returns the two lines at i and i+1 when they name one
// body in two languages, in capitals: the English, the French and their
// blocks.
func (x *extraction) letterheadPairAt(i int) (en, fr string, enAt, frAt int, ok bool) {
	if i+1 >= len(x.blocks) {
		return "", "", 0, 0, false
	}
	a, b := x.blocks[i], x.blocks[i+1]
	if !isLetterheadLine(a) || !isLetterheadLine(b) || !vocab.NamesOneBody(a.Text, b.Text) {
		return "", "", 0, 0, false
	}
	la, lb := x.voc.Lean(a), x.voc.Lean(b)
	if la == lb {
		return "", "", 0, 0, false
	}
	en, fr, enAt, frAt = a.Text, b.Text, i, i+1
	if lb > la {
		en, fr, enAt, frAt = fr, en, frAt, enAt
	}
	return en, fr, enAt, frAt, true
}

// namesPartOf reports a letterhead's line under its body's that names a
// part of it, no body of its own: a unit, an office, a kind of body
// ("HEADQUARTERS"), a place.
func namesPartOf(line string) bool {
	return vocab.NamesUnit(line) || vocab.NamesBodyKind(line) || vocab.IsPlaceLine(line) || words.CountAtMost(line, 2) < 2
}

// maxFurnitureAboveLetterhead is how many lines of a page's furniture (a
// marking, a skip link) may stand above a letterhead.
const maxFurnitureAboveLetterhead = 3

// isLetterheadLine reports a line that may be half of a letterhead.
func isLetterheadLine(b stream.Block) bool {
	return (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && isLetterheadName(b.Text)
}

// isLetterheadName reports a name in capitals, no figure, no post: what
// a letterhead gives in each language.
func isLetterheadName(t string) bool {
	return words.IsCaps(t) && !strings.ContainsAny(t, "0123456789") && words.CountAtMost(t, maxNameWords+1) <= maxNameWords &&
		!vocab.HasPostWord(t) && !vocab.HasJobNoun(t)
}

// withoutOfferTail returns a name without the number of the offer a
// banner prints after it ("Compagnie nationale du Rhône Offre
// CNR-RH-2037-214"): an offer's noun, then a code with figures, last.
func withoutOfferTail(name string) string {
	name = strings.TrimSpace(name)
	cut := strings.LastIndexByte(name, ' ')
	if cut < 0 || !strings.ContainsAny(name[cut+1:], "0123456789") {
		return name
	}
	head := strings.TrimRight(name[:cut], " ")
	if n := strings.LastIndexByte(head, ' '); n > 0 && vocab.IsOfferNoun(strings.ToLower(head[n+1:])) {
		return strings.TrimRight(head[:n], " ")
	}
	return name
}

// placeJoiners join a body's name to the region it serves: "United
// Nations Regional Centre for Peace and Disarmament in Asia and the
// Pacific".
var placeJoiners = []string{"in", "at"}

// namedInFull returns the name the document gives in full for a head
// word its prose uses alone ("The Secretariat supports…", "The Centre
// assists…"): a field's value or a line that holds the word among the
// capitalised words of a name ("Hiring unit: Secretariat of the Basel,
// Rotterdam and Stockholm Conventions", a letterhead's "United Nations
// Centre for Regional Development"), or else a sentence that opens with
// such a name ("The Office of the Ontario Ombudsman resolves…"); a line
// that names the body before a dash and its unit gives the body. It
// returns "" for a name of more words, a word that names no kind of body
// ("Kinaxis", "Tostan": a name of its own), or a head word the document
// never names in full.
func (x *extraction) namedInFull(head, title string) string {
	if strings.ContainsAny(head, " ()") || !vocab.IsOrganisationHead(head) || !words.StartsUpper(head) {
		return ""
	}
	fits := func(name string) bool {
		name = strings.TrimSpace(name)
		core, _ := splitAcronym(name)
		if core == head || !hasWord(core, head) || !isEmployerName(core, title) || strings.ContainsAny(core, ":0123456789") {
			return false // (a label's line, an address: "Address: Vienna International Centre, … 1400 Vienna")
		}
		prev := ""
		for w := range strings.FieldsSeq(core) {
			if !words.StartsUpper(w) && !vocab.IsNameJoiner(strings.TrimRight(w, ",")) && !slices.Contains(placeJoiners, w) {
				return false // a sentence, not a name
			}
			if w == head && vocab.IsNameJoiner(prev) {
				return false // "About the Centre": the word referred back to again
			}
			prev = w
		}
		return true
	}
	// A field's value first ("Hiring office: …"), then the lines of the
	// banner, the letterhead and the footer.
	for _, field := range [2]bool{true, false} {
		for k := range x.blocks {
			b := &x.blocks[k]
			if (b.Kind == stream.Field) != field || words.IsProse(b.Text) {
				continue
			}
			if f, _, _, ok := x.blockField(k); ok && f == "location" {
				continue // "Duty station: Vienna International Centre": a building, no body
			}
			for _, part := range factParts(b.Text) {
				if part = strings.TrimSpace(part); fits(part) {
					return part
				}
				// "Office of the Procurement Ombud - Investigations
				// and…", the body before its unit.
				if head, _, ok := cutAtDash(part); ok && fits(head) {
					return head
				}
			}
		}
	}
	for k := range x.blocks {
		b := &x.blocks[k]
		if !words.IsProse(b.Text) {
			continue
		}
		for i, sentence := range sentences(b.Text) {
			if i >= maxSubjectSentences {
				break
			}
			if name := vocab.OrganisationIn(sentence); fits(name) {
				return name
			}
		}
	}
	return ""
}

// namesBodyOverPart reports a second employer's field whose value, a
// body's name, says who employs better than the first's: the first
// names a unit of a body ("Marine Environment Division", "Bureau
// régional du Nunavut") or a lone word that is no body's name (a
// board's category read as its value: "Industry"), the second a body
// ("International Maritime Organization"), no unit itself.
func namesBodyOverPart(first, second string) bool {
	if !vocab.IsOrganisationLine(second) || vocab.NamesUnit(second) || vocab.EndsWithUnit(second) || vocab.HasJobNoun(second) {
		return false
	}
	if vocab.NamesUnit(first) || vocab.EndsWithUnit(first) {
		return !strings.Contains(first, second) // (a unit that names its body: "IMO Marine Environment Division" keeps it)
	}
	// A lone word: a board's category read as the value ("Industry"), or
	// a name the second gives in full ("Kinaxis" / "Kinaxis
	// Foundation"); not a name of its own ("Shopify" / "Government of
	// Canada").
	return !strings.ContainsAny(first, " ()") && !vocab.IsOrganisationLine(first) && !vocab.IsAcronymName(first) &&
		(vocab.IsBoardCategory(first) || strings.Contains(second, first))
}

// withoutRunInUnit returns a letterhead's name without the unit its
// line runs on with no mark between ("Centre hospitalo-universitaire
// Benbadis de Constantine Direction des ressources humaines", two lines
// of a letterhead read as one): the name up to the first capitalised
// unit's word that a small word follows ("Direction des…", not "NATO
// Force Integration Unit Latvia"), when what stands before is a
// body's name with a proper noun of its own. A name of more words than
// an employer's is left as it is.
func withoutRunInUnit(name string) string {
	if words.CountAtMost(name, maxEmployerWords+1) > maxEmployerWords {
		return name
	}
	for i := strings.IndexByte(name, ' '); i > 0; {
		rest := name[i+1:]
		if unit, more, _ := strings.Cut(rest, " "); words.StartsLower(more) && words.StartsUpper(unit) && vocab.IsUnitWord(unit) {
			if head := name[:i]; vocab.IsOrganisationLine(head) && ownsProperNoun(head) {
				return head
			}
			return name
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return name
}

// loneBodyWord returns a name that is a body's or a unit's word alone,
// perhaps after an elided article ("L'Office", "Groupe", "Federation"),
// without its article: a word that names no body of its own.
func loneBodyWord(name string) (string, bool) {
	w := strings.TrimSpace(name)
	if i := strings.IndexAny(w, "'’"); i >= 0 && i <= 2 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:]
	}
	if w == "" || strings.ContainsAny(w, " ()") || !words.StartsUpper(w) || !vocab.IsOrganisationHead(w) && !vocab.IsUnitWord(w) {
		return "", false
	}
	return w, true
}

// writesJoined reports a name that a form's cell wrapped over two lines,
// first and second (its acronym in parentheses aside), that the
// document writes whole elsewhere, beside the fields: "International
// Association of Public" / "Transport (UITP)" under a letterhead "UITP –
// International Association of Public Transport". The second line ends
// with the acronym, as a name's tail does.
func (x *extraction) writesJoined(first, second string) bool {
	core, acr := splitAcronym(second)
	if acr == "" || core == "" || !vocab.IsAcronymName(acr) {
		return false // (a name's tail with its acronym, not the next field's own value: "Mondorf-les-Bains")
	}
	whole := strings.TrimSpace(first) + " " + strings.TrimSpace(core)
	for k := range x.blocks {
		if b := &x.blocks[k]; b.Kind != stream.Field && strings.Contains(b.Text, whole) {
			return true
		}
	}
	return false
}

// withoutPostalTail returns an employer's name without the postal code
// and town a letterhead's next line ran on after it ("VILLE DE FOUGÈRES
// 35300 Fougères", "Région Bretagne 35000 Rennes"): a word of four or
// five figures, then a capitalised word, after an organisation's name.
// A name with a figure of its own whose head names no body ("Club 2000
// Sports") stays.
func withoutPostalTail(name string) string {
	for at := 0; ; {
		i := strings.IndexByte(name[at:], ' ')
		if i < 0 {
			return name
		}
		i += at
		at = i + 1
		code, rest, ok := strings.Cut(name[at:], " ")
		if !ok || len(code) < 4 || len(code) > 5 || !words.IsDigits(code) || !words.StartsUpper(rest) {
			continue
		}
		if head := name[:i]; vocab.IsOrganisationLine(head) {
			return head
		}
		return name
	}
}
