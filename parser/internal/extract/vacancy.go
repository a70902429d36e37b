package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser/internal/failure"
	"github.com/vacancy-tools/vacancy/parser/internal/vocab"
	"github.com/vacancy-tools/vacancy/parser/internal/words"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// This file decides whether a document is a vacancy notice, from
// weighted evidence any notice carries, whoever publishes it: the fields
// of a post (grade, salary, deadline, location, reference…), sections of
// requirements and duties, words that name a post on offer; and from the
// evidence of the documents that share those words without offering a
// post: press releases, media advisories, news, FAQs, guides on applying
// or on reading a notice, calls for tenders and proposals, events,
// courses, newsletters, job boards' lists of many posts.

// postFields are the header fields that describe a post.
var postFields = []string{"title", "reference", "post_number", "location", "organisation", "schedule",
	"deadline", "posting_period", "salary", "grade", "clearance", "contract_type", "duration", "start_date"}

// Weights of the evidence, in points. A notice needs minNoticeScore.
const (
	maxFieldPoints     = 6 // one a post field, up to this many
	requirementsPoints = 2 // a section of requirements (essential, education…)
	dutiesPoints       = 1 // a section of duties or a post summary
	competencyPoints   = 1 // a section of competencies
	postWordPoints     = 2 // a word that names a post on offer, near the top
	applyPoints        = 1 // a button to apply, near the top
	unnamedPostPenalty = 3 // no line names a post, nor says one is on offer
	// weakNamePenalty: only an item of a list or a sentence names a
	// post (namesPost's weak) and no section of duties describes one:
	// the people named may be of another kind than a post's holder.
	weakNamePenalty = 1
	noBodyPenalty   = 2 // no section says what the post asks or does, under a short header
	minFullHeader   = 6 // post fields of a full header, which a careers site's short copy keeps
	titleRefPoints  = 1 // a title with its reference, "(262173)"
	genrePenalty    = 8 // the document names itself something else
	listingPenalty  = 8 // a list of many posts, each with its deadline
	minNoticeScore  = 5
	// leadBlocks is how far from the top the document says what it is;
	// leadProse, in how many paragraphs of prose, whatever fields stand
	// before them.
	leadBlocks = 12
	leadProse  = 2
	// maxLetterheadWords bounds a letterhead's line in capitals: a
	// body's name.
	maxLetterheadWords = 8
	// minListing is how many posts with their own deadlines, their own
	// titles or their own references, make a list.
	minListing = 3
	// minForwardedFields is how many post fields, with criteria, make an
	// e-mail the notice it forwards.
	minForwardedFields = 3
	// An e-mail opens with its header lines: minMailHeaders of them
	// among the first maxMailLead lines ("From:", "To:", "Subject:").
	minMailHeaders = 2
	maxMailLead    = 6
)

// evidence is what a document shows of being a vacancy notice.
type evidence struct {
	fields                             map[string]bool
	requirements, duties, competencies bool
	postWord, titleRef, apply          bool
	jobNoun                            bool     // a line names a post: "Legal Officer", "Analyste"
	weakName                           bool     // only a list's item or a sentence does
	genres                             []string // what the document says it is
	genreAt                            []string // the lines that say it
	deadlines                          map[string]bool
	titles                             map[string]bool // the values of title fields: a table of posts gives many
	refs                               map[string]bool // the values of reference fields: a list of posts gives many
}

func (e *evidence) score() int {
	s := min(len(e.fields), maxFieldPoints)
	if e.requirements {
		s += requirementsPoints
	}
	if e.duties {
		s += dutiesPoints
	}
	if e.competencies {
		s += competencyPoints
	}
	if e.postWord {
		s += postWordPoints
	}
	if !e.postWord && !e.jobNoun {
		s -= unnamedPostPenalty
	} else if !e.postWord && e.weakName && !e.duties {
		s -= weakNamePenalty
	}
	if !e.requirements && !e.duties && len(e.fields) < minFullHeader && !e.titleRef {
		// (A full header, or a title with its number, "Translator
		// (251777)", over no section is a careers site's short copy.)
		s -= noBodyPenalty
	}
	if e.titleRef {
		s += titleRefPoints
	}
	if e.apply {
		s += applyPoints
	}
	s -= genrePenalty * len(e.genres)
	if e.listing() {
		s -= listingPenalty
	}
	return s
}

// isFactOfGenre reports a field whose label is a genre's name and whose
// value is a fact of the document ("Cours : LND 2101 – Littératie
// numérique", the course a lecturer's post teaches), not the date or the
// number a document of that genre gives itself ("Communiqué : 4 mai
// 2026", "Work Order No.: WO-2030-004718").
func (x *extraction) isFactOfGenre(i int) bool {
	_, label, value, ok := x.blockField(i)
	if !ok {
		// A label no table knows, before its colon.
		label, value, ok = strings.Cut(x.blocks[i].Text, ":")
		ok = ok && words.CountAtMost(label, maxGenreLabelWords+1) <= maxGenreLabelWords
	}
	value = strings.TrimSpace(value)
	if !ok || value == "" || vocab.EndsWithNumberWord(label) {
		return false
	}
	_, isDate := parseDate(x.dayFirst(value))
	return !isDate
}

// maxGenreLabelWords bounds a label that names a genre ("Cours",
// "Press release", "Communiqué de presse"): a longer text before a
// colon is a sentence.
const maxGenreLabelWords = 3

// slashTitlesGenre returns the genre of a document's two titles parted by
// a slash, the first a genre's cue ("Rental Agreement / Vehicle Condition
// Report"), or "": a site's trail, a line that names a post, or a
// board's facts ("Procurement / Full-time / Geneva") name none.
func slashTitlesGenre(text, last string) string {
	first, second, ok := strings.Cut(text, " / ")
	if !ok || strings.Contains(second, " / ") || strings.ContainsAny(text, ">›»") || vocab.HasJobNoun(last) || vocab.HasPostWord(text) ||
		words.CountAtMost(first, maxGenreLabelWords+1) > maxGenreLabelWords {
		return ""
	}
	facts := map[string]bool{}
	if factsIn(text, facts); len(facts) > 0 {
		return ""
	}
	return vocab.Genre(first)
}

// labelsAmount reports block i, a paragraph, as the label of the amount
// on the line under it: "Salary scale" over "MUR 48,650 x 1,450 –
// 62,700", as a layout that puts values under their labels gives them.
// Beside it, past a layout's column gap, the amount or the grade is its
// value too: "Salary scale          Scale 20", a table's row as
// pdftotext -layout prints it.
func (x *extraction) labelsAmount(i int) bool {
	if x.blocks[i].Kind != stream.Paragraph {
		return false
	}
	if label, value, ok := strings.Cut(x.blocks[i].Text, columnGap); ok {
		value = strings.TrimSpace(value)
		return words.CountAtMost(label, maxGenreLabelWords+1) <= maxGenreLabelWords && !strings.Contains(value, columnGap) &&
			(isAmount(value) || words.CountAtMost(value, maxGradeWords+1) <= maxGradeWords && looksLikeGrade(value))
	}
	if i+1 >= len(x.blocks) || x.blocks[i+1].Kind != stream.Paragraph ||
		words.CountAtMost(x.blocks[i].Text, maxGenreLabelWords+1) > maxGenreLabelWords {
		return false // ("Salary scales of the General Service, 2026" is a title)
	}
	return isAmount(x.blocks[i+1].Text)
}

// columnGap parts two columns of a table's row in a layout's text: more
// spaces than a sentence puts between words.
const columnGap = "   "

// isAmount reports a text that opens with an amount of money: "MUR
// 48,650 x 1,450 – 62,700", "€2,400".
func isAmount(text string) bool {
	code, figure, _ := strings.Cut(text, " ")
	return opensWithAmount(text) && (hasMoney(text) || vocab.ISOCurrencyCode(code) && startsDigit(figure))
}

// closesPostFields reports block i, a line "Label : date" (or "Label
// date") with no field
// of its own, right under the fields that only a post has (its
// contract, grade, pay or working time, one of them its contract or
// pay): "Date limite d'inscription :
// 21/03/2035" under "Niveau de fonction : B1" and "Rémunération : …"
// closes the applications to the post, as a public service's
// recruitment writes it, not an event's registrations.
func (x *extraction) closesPostFields(i int) bool {
	if _, _, _, ok := x.blockField(i); ok {
		return false
	}
	text := x.blocks[i].Text
	label, value, ok := strings.Cut(text, ":")
	if _, isDate := parseDate(x.dayFirst(strings.TrimSpace(value))); !ok || !isDate {
		// "Date limite d'inscription 8 juin 2042, 23 h 59" (or "… à
		// 23:59", the colon the time's): a PDF's table row read into
		// one line, without the label's colon.
		ds := findDates(text)
		if len(ds) != 1 || ds[0].at == 0 {
			return false
		}
		label = text[:ds[0].at]
	}
	if words.CountAtMost(label, maxGenreLabelWords+2) > maxGenreLabelWords+1 {
		return false
	}
	posts, terms := 0, false
	for k := i - 1; k >= 0 && k >= i-maxPostFieldsAbove; k-- {
		f, _, _, ok := x.blockField(k)
		if !ok {
			break
		}
		switch f {
		case "contract_type", "salary":
			posts, terms = posts+1, true
		case "grade", "schedule":
			posts++
		}
	}
	// (A course's level and hours, "Niveau : B1", "Horaires : de 9 h à
	// 16 h", read as a grade and a working time: an employment's
	// contract or pay says a post.)
	return posts >= minPostFieldsAbove && terms
}

// The fields closesPostFields reads above a date: a header's last few,
// two of them a post's own.
const (
	maxPostFieldsAbove = 4
	minPostFieldsAbove = 2
)

// listing reports a list of posts: many deadlines, and no post's
// requirements (a job board's page for one notice lists other posts
// beside it, each with its deadline, around the notice's requirements).
func (e *evidence) listing() bool {
	return (len(e.deadlines) >= minListing || len(e.titles) >= minListing || len(e.refs) >= minListing) && !e.requirements
}

// datedDeadlines counts the deadlines that give a date: a post's page
// that a board's pointer to its notice sits beside ("Date limite : voir
// l'annonce") still has one deadline.
func (e *evidence) datedDeadlines() int {
	n := 0
	for d := range e.deadlines {
		if hasDigit(d) {
			n++
		}
	}
	return n
}

// addGenre records genre g, which line names, once. (Not inlined: the
// vacancy test's loop calls it in nine places, each a rare branch, and
// nine inlined copies spread the loop's code over more of the
// instruction cache.)
//
//go:noinline
func (e *evidence) addGenre(g, line string) {
	for _, h := range e.genres {
		if h == g {
			return
		}
	}
	e.genres = append(e.genres, g)
	e.genreAt = append(e.genreAt, line)
}

// assess gathers the evidence of a document's blocks.
func (x *extraction) assess() *evidence {
	e := &evidence{fields: map[string]bool{}, deadlines: map[string]bool{}, titles: map[string]bool{}, refs: map[string]bool{}}
	lead, mailHeaders, proseParas := 0, 0, 0
	letterhead := true // the blocks so far are a letterhead's lines in capitals
	prose := false     // a paragraph that is no field
	// A site's section and a date over the title ("News · 04.05.2026")
	// says where the page stands, and the title under it what the page
	// is: a kicker's genre yields to a heading that names a post.
	kicker, headingPost := false, false
	faqBelow := false                // an FAQ heading found further down than the lead
	cvContact, cvHeading := "", ""   // a CV's contact line and its "Objective" heading, in the lead
	visas, actVerb := 0, ""          // a legal act's preamble lines ("Vu …") and its "DÉCIDE :"
	fieldsSeen, placeholders := 0, 0 // fields, and those whose value is a blank to fill in
	placeholderAt := ""
	noJobAfter := ""    // a line that says what the document offers leads to no job
	crumbGenre := false // the one genre found is a breadcrumb's last crumb ("Jobs > Lausanne > Events")
	crumbPost := false  // a breadcrumb names a post ("Accueil > Emploi > Avis de recrutement")
	// A genre named only by lesser headings above the page's title (h1),
	// where the title names a post: a sidebar's box ("Agenda", "Events")
	// that the page's source puts before the notice.
	subGenres, titleSeen, titlePost := 0, false, false
	x.allFacts()
	for i := range x.blocks {
		if x.stopped() {
			break
		}
		b := &x.blocks[i]
		if b.Kind == stream.Paragraph || b.Kind == stream.Heading {
			switch {
			case vocab.IsLegalVisa(b.Text):
				visas++
			case actVerb == "" && vocab.IsLegalActVerb(b.Text):
				actVerb = b.Text
			}
		}
		if f, label, value, ok := x.blockField(i); ok {
			fieldsSeen++
			if isPlaceholder(value) {
				if placeholders++; placeholders == 1 {
					placeholderAt = label + ": " + value
				}
			}
			for _, p := range postFields {
				if f == p && (hasDigit(value) || !needsFigure(f) || isPlaceholder(value)) {
					e.fields[f] = true
				}
			}
			if f == "deadline" && value != "" {
				// One date written two ways ("Jun. 19, 2026", "19.06.2026")
				// is one post's deadline.
				key := strings.ToLower(value)
				if d, ok := x.deadlineDate(i, value); ok {
					key = d
				}
				e.deadlines[key] = true
			}
			if f == "reference" && value != "" {
				e.refs[strings.ToLower(value)] = true
			}
			if f == "title" && value != "" {
				// A table of posts, a row each: "Intitulé du poste" over
				// every row's title.
				e.titles[strings.ToLower(value)] = true
			}
			if f == "fee" && opensWithAmount(value) {
				// "Tarif : 145 $ par semaine": the reader pays, as for a
				// course, a camp or an event, where a post would pay.
				// ("COST: European Cooperation in Science and Technology"
				// is a name, "Cost: travel to the interview is reimbursed
				// up to £150" a note: no price opens them.)
				e.addGenre("page that charges its reader a fee", label+": "+value)
			}
		} else if b.Kind == stream.Paragraph {
			prose = true
		}
		if k, ok := x.sectionKind(i); ok {
			switch {
			case stream.IsCriteriaKind(k):
				e.requirements = true
			case k == "accountabilities" || k == "summary" || k == "daily_work":
				e.duties = true
			case k == "description":
				// "Job Description", "Votre rôle": the post described.
				e.duties = e.duties || vocab.DescribesPost(b.Text)
			case k == "competencies":
				e.competencies = true
			}
		}
		// (A rule whose finding is settled, as this one and the apply
		// button's, the CV's heading's and the banner's number below, is
		// not asked again of the blocks after: each is a yes once.)
		if !e.titleRef && (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && vocab.EndsWithReference(b.Text) {
			e.titleRef = true
		}
		// "This letter is not a vacancy notice", said at its start, in
		// its first paragraphs of prose (a form's fields may come
		// first), or at its end.
		if b.Kind == stream.Field && vocab.IsFilledStatus(b.Text) {
			e.addGenre("filled post", b.Label+": "+b.Text) // "Status: FILLED", as "Position filled" heads a page
		}
		// (A field may say it too: "Current holder: … It is not a
		// vacancy.")
		// (A memo's numbered paragraphs are items of a list: one of its
		// first, sentences of prose, says it too, "1. La présente
		// circulaire fixe… Elle ne concerne ni le recrutement…"; a
		// notice's items say "No applications will be accepted after the
		// closing date" of the post they offer.)
		top := lead < leadBlocks || proseParas < leadProse
		if (b.Kind == stream.Paragraph || b.Kind == stream.Heading || b.Kind == stream.Field) && (top || i >= len(x.blocks)-leadBlocks) ||
			b.Kind == stream.ListItem && lead < leadBlocks && strings.Contains(b.Text, ". ") {
			notAVacancy, noJob := vocab.SaysNoPost(b.Text)
			if notAVacancy || top && vocab.DeniesPost(b.Text) {
				// (In its own words, only at the document's top: a
				// notice's fine print says "Le Musée n'offre aucun
				// emploi par l'intermédiaire d'agences".)
				e.addGenre("notice that offers no post", b.Text)
			}
			if noJob && noJobAfter == "" {
				noJobAfter = b.Text
			}
		}
		if (b.Kind == stream.Paragraph || b.Kind == stream.Heading) && lead < leadBlocks && vocab.SaysForm(b.Text) {
			e.addGenre("form", b.Text) // "Confidential – to be completed by the staff member"
		}
		if b.Kind == stream.Paragraph && strings.Contains(b.Text, ". ") {
			proseParas++
		}
		if !e.apply && (b.Kind == stream.Heading || b.Kind == stream.Paragraph) && vocab.AppliesForThisPost(b.Text) {
			// "Apply for this Job" over the form under the notice, as
			// its heading or a button's line.
			e.apply = true
		}
		if !titleSeen && b.Kind == stream.Heading && b.Level == 1 {
			titleSeen = true
			titlePost = namesPostHeading(b.Text)
			if n := i + 1; !titlePost && n < len(x.blocks) && x.blocks[n].Kind == stream.Heading && x.blocks[n].Level == 2 {
				// "Appel à candidatures" over "Attaché·e juriste au
				// service des commissions": the title's subtitle names
				// the post, a post's noun among its first words ("A
				// conversation with our Programme Officers" names none).
				sub := x.blocks[n].Text
				titlePost = words.CountAtMost(sub, maxLeadNamingWords+1) <= maxLeadNamingWords &&
					(hasPostWord(sub) || vocab.HasJobNoun(words.Leading(sub, maxSubtitleNounWords)) || vocab.HasTitleMark(sub))
			}
		}
		if lead >= leadBlocks {
			// A page of questions and answers further down ("Frequently
			// asked questions" over a programme's page) is one too.
			if (b.Kind == stream.Heading || b.Kind == stream.Paragraph && len(b.Text) <= maxGenreLineBytes) && vocab.MayNameQuestions(b.Text) &&
				(b.Kind == stream.Heading || words.CountAtMost(b.Text, stream.MaxMenuWords+2) <= stream.MaxMenuWords+1) {
				if g := vocab.Genre(b.Text); g == "FAQ" && !x.isMenuItem(i) {
					e.addGenre(g, b.Text)
					faqBelow = true
				}
			}
			continue
		}
		if !e.apply && b.Kind != stream.Field && vocab.IsApplyButton(b.Text) {
			// "Postuler | Apply" under the title: the page offers a post.
			e.apply = true
		}
		if b.Kind == stream.Paragraph || b.Kind == stream.ListItem || b.Kind == stream.Heading {
			// "Montréal, QC, Canada · Full-time", "• Dorval, Québec,
			// Canada" / "• Temps plein", "Marketing / CDI / Hybride": a
			// site's facts under the title, without their labels (the
			// last shaped like a breadcrumb).
			factsIn(b.Text, e.fields)
			if !e.fields["salary"] && isPayLine(b.Text) {
				e.fields["salary"] = true
			}
		}
		if last, ok := vocab.Breadcrumb(b.Text); ok && !vocab.IsMailHeader(b.Text) {
			// (An e-mail's header lines joined into one, "De : … Objet :
			// Candidature / Application", are no breadcrumb.)
			if g := vocab.Genre(last); g != "" {
				crumbGenre = len(e.genres) == 0
				e.addGenre(g, b.Text)
			} else if g := slashTitlesGenre(b.Text, last); g != "" {
				e.addGenre(g, b.Text)
			}
			if vocab.HasPostWord(last) {
				e.postWord, crumbPost = true, true
			} else if vocab.HasPostWord(b.Text) {
				crumbPost = true // "Home / Careers / Civilian vacancies / AC-CIV-2043-11"
			}
			continue
		}
		if x.isFurniture(i, b.Text) {
			continue
		}
		if letterhead = letterhead && b.Kind != stream.Field && words.IsCaps(b.Text) && words.CountAtMost(b.Text, maxLetterheadWords+1) <= maxLetterheadWords; !letterhead {
			// (A court's name in twenty-four languages over its call,
			// lines in capitals from the top, does not count: the call
			// says what it is under them.)
			lead++
		}
		if cvContact == "" && vocab.IsContactLine(b.Text) {
			cvContact = b.Text
			if b.Kind == stream.Field {
				cvContact = b.Label + ": " + b.Text
			}
		}
		if cvHeading == "" && b.Kind == stream.Heading && vocab.IsCVHeading(b.Text) {
			cvHeading = b.Text
		}
		if b.Kind == stream.Field {
			continue
		}
		if b.Kind != stream.ListItem && hasDigit(b.Text) && !e.fields["reference"] && bannerRef(b.Text) != "" {
			// "Avis de recrutement n° 2026-88 d'un Attaché…": a banner
			// with the notice's number.
			e.fields["reference"] = true
		}
		if lead <= maxMailLead && vocab.IsMailHeader(b.Text) {
			// "From: …" / "Subject: …" over the text: an e-mail, its
			// header lines read one by one or joined into one.
			before := mailHeaders
			mailHeaders += vocab.MailHeaders(b.Text)
			if before < minMailHeaders && mailHeaders >= minMailHeaders {
				e.addGenre("e-mail", b.Text)
			}
		}
		if lead <= maxGuideTitleLine && b.Kind != stream.ListItem && !strings.HasSuffix(b.Text, ".") &&
			words.CountAtMost(b.Text, maxGuideTitleWords+1) <= maxGuideTitleWords {
			// A short title near the top says what the page is,
			// whatever fields or sample header follow (not a notice's
			// note on reading it, lower down or in a sentence).
			switch {
			case vocab.TalksAboutReading(b.Text):
				e.addGenre("guide", b.Text) // "Bien lire un avis de vacance"
			case vocab.NamesRules(b.Text):
				e.addGenre("page of rules", b.Text) // "Programme de stages : règles applicables aux stagiaires"
			}
		}
		// A genre is named by a title or a line, not by a menu's item
		// ("• How to apply", "• FAQ").
		if g := vocab.Genre(b.Text); g != "" && b.Kind != stream.ListItem && !x.isMenuItem(i) && !x.isSidebarItem(i) && (g != "careers page" || b.Kind == stream.Heading && b.Level == 1) &&
			!x.isFactOfGenre(i) && !x.vehicleOverBanner(i, g) && !x.underOpenLabel(i) && !x.labelsAmount(i) && !x.closesPostFields(i) {
			// (A page about working for the employer says so in its
			// title: "Working at ESO" in a site's menu is a link.)
			if !kicker && len(e.genres) == 0 && isKicker(b.Text) {
				kicker = true
			}
			if b.Kind == stream.Heading && b.Level > 1 && !titleSeen {
				subGenres++
			}
			e.addGenre(g, b.Text)
		}
		if (!e.postWord || b.Kind == stream.Heading && !headingPost) && (b.Kind == stream.Heading || len(b.Text) < 200) && hasPostWord(b.Text) {
			e.postWord = true
			headingPost = headingPost || b.Kind == stream.Heading
		} else if b.Kind == stream.Paragraph && !e.postWord {
			// "Human Rights Watch (HRW) is seeking a Researcher for its
			// Africa Division…": an employer seeking a post it names, at
			// the start of a longer paragraph.
			head := b.Text[:min(len(b.Text), maxSeekingLead)]
			if vocab.SaysHiring(head) {
				e.postWord = true // "my team is hiring 🎧 feel free to share"
			} else if vocab.MaySeek(head) {
				if _, ok := vocab.AfterSeeking(head); ok {
					e.postWord = true
				} else if i+1 < len(x.blocks) && len(b.Text) <= maxSeekingLead && strings.HasSuffix(b.Text, ":") {
					// "… is currently recruiting a:" over the post's
					// title on a line of its own.
					if _, ok := vocab.AfterSeeking(strings.TrimSuffix(b.Text, ":") + " " + x.blocks[i+1].Text); ok {
						e.postWord = true
					}
				}
			}
			if first, _, _ := strings.Cut(head, " "); len(first) > 1 && words.IsCaps(first) {
				if _, ok := vocab.AfterBanner(head); ok {
					e.postWord = true // "VACANCY ANNOUNCEMENT ANNOUNCEMENT NUMBER: …", a header run into one paragraph
				}
			}
		}
		if !e.postWord && b.Kind != stream.ListItem && len(b.Text) < maxMarkedTitleBytes && vocab.HasTitleMark(b.Text) {
			// "Consultant·e Cybersécurité (H/F)", "Analyst (G15)": a
			// line that ends as only a post's title does names one.
			e.postWord = true
		}

	}
	if noJobAfter != "" && !(e.fields["reference"] && e.fields["deadline"] && e.requirements && (e.duties || e.fields["salary"] && e.fields["location"])) {
		// "The programme does not lead to employment": a programme's
		// page, unless the document is an internship's whole notice
		// (its number, deadline and criteria, with its duties or with
		// its place and its stipend), which says the same of the
		// internship it offers.
		e.addGenre("notice that offers no post", noJobAfter)
	}
	if visas >= minLegalVisas && actVerb != "" {
		// "Vu la loi communale…", "Vu le statut…", then "DÉCIDE :": an
		// authority's decision (an appointment, a competition opened),
		// whatever post's facts its articles give.
		e.addGenre("decision", actVerb)
	}
	if cvContact != "" && cvHeading != "" {
		// A name, a telephone number and an e-mail address, then what
		// the writer seeks: an applicant's CV, whatever post it names.
		e.addGenre("CV", cvContact)
	}
	if placeholders >= minPlaceholders && 2*placeholders > fieldsSeen {
		// "Location: [City, Province]", "Closing date: [Month DD,
		// YYYY]": a form to write a notice with, no notice.
		e.addGenre("template", placeholderAt)
	}
	if kicker && headingPost && len(e.genres) == 1 {
		e.genres, e.genreAt = nil, nil
	}
	if titlePost && subGenres > 0 && subGenres == len(e.genres) {
		// "Agenda" over a sidebar's dates, beside a page titled with the
		// post it offers.
		e.genres, e.genreAt = nil, nil
	}
	if crumbPost && genresOnly(e.genres, "news article", "news") && e.requirements && len(e.fields) >= minForwardedFields && e.datedDeadlines() <= 1 {
		// A news site's page filed under its jobs ("Accueil > Emploi >
		// Avis de recrutement") that prints one notice whole under its
		// byline, or a site's page whose sidebar names its news
		// ("Newsroom"): criteria, post fields, no other post's deadline.
		e.genres, e.genreAt = nil, nil
	}
	if genresAre(e.genres, "e-mail", "letter") && e.requirements && len(e.fields) >= minForwardedFields {
		// A message that forwards a notice whole (a job alert, a
		// colleague's "FYI"): its header says e-mail, its greeting
		// letter, its body is the notice, criteria and post fields and
		// all.
		e.genres, e.genreAt = nil, nil
	}
	if len(e.genres) == 1 && e.genres[0] == "page of search results" && e.requirements && (e.duties || e.postWord) && len(e.fields) >= minForwardedFields && e.datedDeadlines() <= 1 {
		// A board's page that opened one post from its results
		// ("Search results for … (42)" over the post, "… > Job
		// opportunities > Search results" in its breadcrumb): the post
		// is there whole, criteria and fields, its duties or a word
		// naming it, and no list of other posts' deadlines.
		e.genres, e.genreAt = nil, nil
	}
	if faqBelow && len(e.genres) == 1 && e.genres[0] == "FAQ" && e.requirements && e.duties && len(e.fields) >= minForwardedFields && e.datedDeadlines() <= 1 {
		// A careers page whose notice, duties, criteria and fields,
		// closes on its questions and answers ("Questions fréquentes"
		// under the post): a notice with an FAQ, not an FAQ.
		e.genres, e.genreAt = nil, nil
	}
	if genresAre(e.genres, "newsletter", "e-mail", "letter", "event") && e.requirements && len(e.fields) >= minForwardedFields && e.datedDeadlines() <= 1 {
		// A newsletter sent to carry one vacancy ("Lettre d'information
		// · Newsletter" over the notice, by e-mail or not): the post is
		// there whole, named (by a word or its one title's field), with
		// its criteria and fields, and no other post's deadline. With
		// its duties too, a line that names the post is enough, and an
		// event among its news ("Journée portes ouvertes") is an item of
		// the newsletter.
		named := e.postWord || len(e.titles) == 1
		if !named && e.duties && len(e.titles) == 0 {
			// (Two titles' fields are two posts: a digest.)
			names, weak := x.namesPost()
			named = names && !weak
		}
		if named && (e.duties || genresAre(e.genres, "newsletter", "e-mail", "letter")) {
			e.genres, e.genreAt = nil, nil
		}
	}
	if crumbGenre && len(e.genres) == 1 && e.requirements && e.duties && len(e.fields) >= minForwardedFields && e.datedDeadlines() <= 1 {
		// "SportsCapitalJobs > Lausanne > Events" over a post's page: a
		// board's category, the post there whole (criteria, duties and
		// fields) and no other post's deadline.
		if names, weak := x.namesPost(); names && !weak {
			e.genres, e.genreAt = nil, nil
		}
	}
	// A line that names a post is looked for only where it decides,
	// after the rest of the evidence.
	e.jobNoun = true
	if s := e.score(); prose && s < minNoticeScore && s+proseFieldsPoints >= minNoticeScore {
		x.proseFields(e)
	}
	if s := e.score(); !e.postWord && s >= minNoticeScore && s-unnamedPostPenalty < minNoticeScore {
		e.jobNoun, e.weakName = x.namesPost()
	}
	return e
}

// needsFigure reports a post field whose value has a figure when it is
// one post's: a date, a number. A careers page's "Deadline: See each
// posting" and "Reference: Quote the job requisition ID" point to the
// posts instead. (A blank, "[to be confirmed]", is still this post's.)
func needsFigure(field string) bool {
	return field == "deadline" || field == "reference"
}

// minLegalVisas is how many lines of a preamble ("Vu …") a legal act
// has at least: one "Vu" line may open a notice's sentence.
const minLegalVisas = 2

// minPlaceholders is how many fields written as blanks to fill in make a
// template: one "[TBC]" is a notice's slip.
const minPlaceholders = 2

// isPlaceholder reports a field's value that is a blank to fill in: a
// bracketed word or phrase with no figure in it ("[City, Province]",
// "$[minimum] to $[maximum] a year", "[Month DD, YYYY]"), or an example
// a guide or a form gives ("country-city, e.g. Belgium-Brussels",
// "JJ/MM/AAAA").
func isPlaceholder(value string) bool {
	open := strings.IndexByte(value, '[')
	if open < 0 {
		return vocab.IsSampleValue(value)
	}
	end := strings.IndexByte(value[open:], ']')
	if end < 2 {
		return false
	}
	inside := value[open+1 : open+end]
	return !hasDigit(inside) && words.StartsLetter(inside)
}

// genresAre reports genres that hold main, and else only genres of
// also: "newsletter" sent as an "e-mail" or a "letter"; an "e-mail" and
// perhaps its greeting's "letter" ("Mesdames, Messieurs les
// présidents,"), which forwards a notice.
func genresAre(genres []string, main string, also ...string) bool {
	found := false
	for _, g := range genres {
		switch {
		case g == main:
			found = true
		case !slices.Contains(also, g):
			return false
		}
	}
	return found
}

// genresOnly reports genres, one at least, each among kinds.
func genresOnly(genres []string, kinds ...string) bool {
	for _, g := range genres {
		if !slices.Contains(kinds, g) {
			return false
		}
	}
	return len(genres) > 0
}

// opensWithAmount reports a value that opens with a price: a figure, a
// currency's sign or code, perhaps after words that lead into one ("145
// $ par semaine", "£12.00 per participant", "GBP 38.00 per box", "from
// €25", "à partir de 30 €"; not "à la charge de l'employeur").
func opensWithAmount(value string) bool {
	value = strings.TrimSpace(value)
	for _, lead := range priceLeads {
		if len(value) > len(lead) && strings.EqualFold(value[:len(lead)], lead) && value[len(lead)] == ' ' {
			value = strings.TrimSpace(value[len(lead):])
			break
		}
	}
	if vocab.ISOCurrencyCode(words.First(value)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(value)
	return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
}

// priceLeads lead into a price: "from €25", "dès 30 €".
var priceLeads = []string{"from", "starting at", "only", "à partir de", "dès", "seulement"}

// factsIn marks in fields the facts of a post a line of a few facts
// holds without labels: a place, a working time, a contract's kind, each
// alone or between a site's separators.
func factsIn(text string, fields map[string]bool) {
	if len(text) > maxFactLineBytes {
		return
	}
	// ("Marketing / CDI / Hybride": a site that ends each fact with a
	// slash; "Hoboken, BelgiumFull timeJR-2029-118374": chips a copy
	// glued together.)
	parts := factParts(text, "/")
	if len(parts) == 1 && gluedWords(text) >= minFactsRowParts-1 {
		// (Most short lines have no word glued to the next: they are
		// spared gluedParts' walk of the text's runes.)
		if glued := gluedParts(text); len(glued) >= minFactsRowParts {
			parts = glued
		}
	}
	if len(parts) == 1 && factKind(strings.TrimSpace(text)) == "" && !words.IsProse(text) {
		spacedFacts(text, fields)
		return
	}
	for _, part := range parts {
		if f := factKind(strings.TrimSpace(part)); f != "" {
			fields[f] = true
		}
	}
}

// factKind returns the field a site's fact stands for, without its
// label: a place, a working time, a contract; or "".
func factKind(part string) string {
	switch {
	case vocab.IsPlaceLine(part):
		return "location"
	case vocab.IsScheduleValue(part):
		return "schedule"
	case vocab.IsContractValue(part):
		return "contract_type"
	}
	return ""
}

// spacedFacts reads a site's facts that a PDF's line parts by single
// spaces only ("Hoboken, Belgium Full time JR-2029-118374 Posted 2 days
// ago"): runs of one to maxFactWords words, a place's with its comma,
// that are facts of two kinds at least (one alone may be any line's
// words: "Full time score").
func spacedFacts(text string, fields map[string]bool) {
	ws := strings.Fields(text)
	found := map[string]bool{}
	for i := range ws {
		for n := 1; n <= maxFactWords && i+n <= len(ws); n++ {
			run := strings.Join(ws[i:i+n], " ")
			f := factKind(strings.TrimRight(run, ",·|"))
			if f == "location" && !strings.Contains(strings.TrimRight(run, ","), ",") {
				continue // ("Hoboken" alone may be a name)
			}
			if f != "" {
				found[f] = true
			}
		}
	}
	if len(found) >= minSpacedFacts {
		for f := range found {
			fields[f] = true
		}
	}
}

// maxFactWords bounds a fact among spaced chips ("Temps plein",
// "Montréal, QC, Canada"); minSpacedFacts is how many kinds of them make
// a line of chips.
const (
	maxFactWords   = 4
	minSpacedFacts = 2
)

// isPayLine reports a line that is a post's pay alone, as a careers
// site prints it among the facts under the title, without its label:
// "$84,236 to $118,419 (annual)", "de 62 814 $ à 74 206 $ annuellement".
// A range or a period says it is pay, not a price or a figure of the
// employer's.
func isPayLine(text string) bool {
	if len(text) > maxFactLineBytes || words.CountAtMost(text, maxPayLineWords+1) > maxPayLineWords || !hasMoney(text) {
		return false
	}
	s, ok := parseSalary(text, "")
	return ok && (s.Min != nil || s.Period != nil)
}

// maxPayLineWords bounds a line of pay alone: two amounts, their
// currency, the period and a word or two ("de … à … par année").
const maxPayLineWords = 10

// maxFactLineBytes bounds a line of facts under a title: a place, a
// working time, a contract and a date, not a paragraph.
const maxFactLineBytes = 120

// hasPostWord reports a line with a word that names a post on offer,
// also as a title's head before its colon ("Vacancy: Lecturer in
// Strategic Studies"), which the phrases' keys keep with the colon.
// maxSeekingLead bounds the start of a paragraph read for an employer
// seeking someone: its first sentence or two.
const maxSeekingLead = 300

func hasPostWord(text string) bool {
	if vocab.HasPostWord(text) {
		return true
	}
	i := strings.IndexByte(text, ':')
	return i > 0 && vocab.HasPostWord(text[:i])
}

// namesPostHeading reports a page's title that names a post: a word for
// one, a job's noun, or a mark only a post's title carries.
func namesPostHeading(text string) bool {
	return hasPostWord(text) || vocab.HasJobNoun(text) || vocab.HasTitleMark(text)
}

// isKicker reports a line that opens with a genre's word or two before
// its one date: "News · 04.05.2026", "Actualité – 12 mai 2026".
func isKicker(text string) bool {
	ds := findDates(text)
	if len(ds) != 1 {
		return false
	}
	head := strings.TrimRight(text[:ds[0].at], " ·|–—-,:/")
	return head != "" && words.CountAtMost(head, maxKickerWords+1) <= maxKickerWords && !strings.ContainsAny(head, ".:;!?")
}

// maxKickerWords bounds the section a kicker names: "News", "Press
// corner".
const maxKickerWords = 2

// namesPost reports a document with a line that names a post: a title,
// a heading or a short line of its header ("Legal Officer"), or a line
// that ends as only a post's title does ("Menuisier poseur (H/F/X)").
// weak reports that only an item of a list or a sentence does, past the
// document's first blocks or longer than a title ("Write the scripts…
// with the subject-matter experts", "Le prêt est ouvert au personnel,
// aux stagiaires…"): such a line names a post when it describes its
// work, and otherwise names people of another kind.
func (x *extraction) namesPost() (names, weak bool) {
	for i := range x.blocks {
		if b := &x.blocks[i]; (b.Kind == stream.Heading || len(b.Text) < maxNamingLineBytes) && (vocab.HasJobNoun(b.Text) || vocab.HasTitleMark(b.Text)) {
			if b.Kind != stream.ListItem && !words.IsProse(b.Text) || i < leadBlocks && namesLikeTitle(b) {
				return true, false
			}
			names, weak = true, true
		}
	}
	return names, weak
}

// proseFieldsPoints is what a post's grade and pay stated in sentences
// may add to the evidence: the sentences are read only for a document
// that falls short of a notice by no more.
const proseFieldsPoints = 2

// proseFields adds to e a post's grade and pay that its sentences state
// ("The positions are placed at grade A5 of the salary scale, starting
// at €7.812,44 per month"), as a board's copy keeps them without their
// fields.
func (x *extraction) proseFields(e *evidence) {
	for i := range x.blocks {
		b := &x.blocks[i]
		if b.Kind != stream.Paragraph {
			continue
		}
		if !e.fields["grade"] && gradeInSentence(b.Text) != "" {
			e.fields["grade"] = true
		}
		if !e.fields["salary"] && vocab.MayNameSalary(b.Text) && hasMoney(b.Text) && vocab.HasSalaryCue(b.Text) {
			e.fields["salary"] = true
		}
	}
}

// namesLikeTitle reports an item or a sentence among a document's first
// blocks that names its post as a title does: a sentence short as a
// title's line ("Sr. Accountant", "Notre bibliothèque cherche un·e
// bibliothécaire à mi-temps."), an item that opens with the post's
// name ("• Librarian, part time (20 hours a week)"), not with what a
// criterion asks of someone ("• Agreement to an inspection by an
// officer").
func namesLikeTitle(b *stream.Block) bool {
	if words.CountAtMost(b.Text, maxLeadNamingWords+1) > maxLeadNamingWords {
		return false
	}
	if b.Kind != stream.ListItem {
		return true
	}
	if strings.ContainsRune(b.Text, ':') || hasMoney(b.Text) {
		return false // "• Nurses and carers: free entry", "• Teachers, CHF 15 a visit": a price for them
	}
	head := b.Text
	if fs := strings.Fields(head); len(fs) > maxItemTitleWords {
		head = strings.Join(fs[:maxItemTitleWords], " ")
	}
	return vocab.HasJobNoun(head)
}

// maxLeadNamingWords bounds an item or a sentence that names a post as
// a title does: a longer one says more. maxItemTitleWords is how far
// into an item the post's name starts: "Senior Librarian,".
const (
	maxLeadNamingWords = 12
	maxItemTitleWords  = 2
	// maxSubtitleNounWords: a subtitle that names the post under a
	// page's title names it first ("Attaché·e juriste au service…").
	maxSubtitleNounWords = 3
)

// maxNamingLineBytes bounds a line read for the name of a post: a
// title, a heading or a short line of the header, not a paragraph.
const maxNamingLineBytes = 120

// maxGenreLineBytes bounds a line that names a page of questions further
// down a document: "Frequently asked questions", four words.
const maxGenreLineBytes = 64

// A guide's title about reading notices stands among a document's
// first lines, and is a title's length.
const (
	maxGuideTitleLine  = 3
	maxGuideTitleWords = 12
)

// maxMarkedTitleBytes bounds a line read as a post's title by its mark
// ("… (H/F)"): a title and its department, not a paragraph.
const maxMarkedTitleBytes = 160

// isMenuItem reports a short line among short lines, as a site's menu
// prints in a text copy ("Home" / "Job offers" / "My account" / "FAQ"):
// what it names is a page of the site, not what the document is. A
// reader may have taken an item the tables know for a heading ("Home" /
// "Staff Mobility" / "How to Apply"), not for a title nor a number.
func (x *extraction) isMenuItem(i int) bool {
	return (x.isShortLine(i) || x.isMenuHeading(i, minMenuHeadingLevel)) && x.inMenu(i)
}

// minMenuHeadingLevel: a menu's item read as a heading is any heading but
// a page's title.
const minMenuHeadingLevel = 2

// underOpenLabel reports a line under a short label that ends with its
// colon, or under a field read with no value, a value of that label:
// "Occupational Groups:" / "Procurement" names the post's family, not
// the document's genre.
func (x *extraction) underOpenLabel(i int) bool {
	if i == 0 || x.blocks[i].Kind != stream.Paragraph {
		return false
	}
	for _, j := range [...]int{i - 1, i - 2} {
		// A field read with no value ("DEPARTMENT:" / "Your mission" /
		// "Events", a dump that printed a side column's value under
		// the next heading) waits for it, a heading perhaps between.
		if j >= 0 && x.blocks[j].Kind == stream.Field && x.blocks[j].Text == "" && !vocab.AsksDocumentKind(x.blocks[j].Label) {
			return true
		}
		if j < 0 || x.blocks[j].Kind != stream.Heading {
			break
		}
	}
	p := &x.blocks[i-1]
	// ("Document type:" / "Call for proposals": a label that asks the
	// document's kind has the genre for its value.)
	return p.Kind == stream.Paragraph && strings.HasSuffix(p.Text, ":") && words.CountAtMost(p.Text, maxOpenLabelWords+1) <= maxOpenLabelWords &&
		!vocab.AsksDocumentKind(p.Text)
}

// maxOpenLabelWords bounds a label over its values: "Occupational
// Groups:", "Domaines d'activité :".
const maxOpenLabelWords = 4

// fieldInMenu reports a field read from a site's menu: "Organization" /
// "Student Info", a label and the next item, with more items on both
// sides, is no field of the notice.
func (x *extraction) fieldInMenu(i int) bool {
	// A menu has items on both sides, three at least, two of them its
	// short items; the others may be the site's name or a skip link
	// ("Forsvaret – Norwegian Armed Forces", "Skip to main content").
	short, site := 0, 0
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		switch {
		case x.isShortLine(j):
			short++
		case j >= 0 && j < len(x.blocks) && x.isSiteLine(j):
			site++
		}
	}
	if f := x.factsOf(i).field; f != nil && hasDigit(f.value) {
		// "Job ID: REQ-26-0814" between "Share" and "Your job": a menu's
		// items carry no number, a header's reference does.
		return false
	}
	if !x.isShortLine(i+1) || short < 2 || short+site < minMenuFieldNeighbours || i > 0 && !x.isShortLine(i-1) && !x.isSiteLine(i-1) {
		return false
	}
	// A menu's lines follow one another; a notice's label and value
	// lines stand apart, with blank lines between.
	b, n := x.blocks[i].Pos, x.blocks[i+1].Pos
	if i > 0 {
		if p := x.blocks[i-1].Pos; p.Page != b.Page || p.Line != b.Line-1 {
			return false
		}
	}
	return b.Page == n.Page && n.Line <= b.Line+2
}

// minMenuFieldNeighbours is how many of the four lines around a field
// read from a menu are the menu's short lines.
const minMenuFieldNeighbours = 3

// isSiteLine reports a site's name over its menu: a paragraph of a few
// words without a sentence's punctuation, longer than a menu's item, and
// no date.
func (x *extraction) isSiteLine(j int) bool {
	b := &x.blocks[j]
	return b.Kind == stream.Paragraph && len(b.Text) <= 2*stream.MaxMenuBytes && !strings.ContainsAny(b.Text, ".:;!?") && !isDated(b.Text)
}

// inMenu reports a block among a menu's short lines.
func (x *extraction) inMenu(i int) bool {
	n := 0 // short lines beside it: a menu has several
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		if x.isShortLine(j) {
			n++
		}
	}
	return n >= minMenuNeighbours
}

// isShortLine reports a paragraph of a few words and no sentence's
// punctuation, as a menu's items are.
func (x *extraction) isShortLine(j int) bool {
	if j < 0 || j >= len(x.blocks) {
		return false
	}
	b := &x.blocks[j]
	// A place or a schedule under a title ("Meyrin, Geneva,
	// Switzerland" / "Full-time") is no menu's, nor a date ("05/07/2026":
	// the value of a field whose label the tables do not know).
	return b.Kind == stream.Paragraph && stream.MenuShaped(b.Text) && !vocab.IsPlaceLine(b.Text) && !vocab.IsScheduleValue(b.Text) && !isDated(b.Text)
}

// isSidebarItem reports a short line among a sidebar's lines, whose bold
// entries the reader takes for headings ("Audiences" / "Recrutement" /
// "Marchés publics" / "Actualités"): an item of the site's menu, as
// isMenuItem's. (Only a genre asks it: a notice's title between two
// lesser headings is no menu's.)
func (x *extraction) isSidebarItem(i int) bool {
	if !x.isShortLine(i) {
		return false
	}
	short, entries := 0, 0
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		switch {
		case x.isShortLine(j):
			short++
		case x.isMenuHeading(j, minSidebarHeadingLevel):
			entries++
		}
	}
	return short > 0 && short+entries >= minSidebarNeighbours
}

// minSidebarNeighbours is how many of the four lines around a sidebar's
// item are its short lines or its bold entries, one a short line at
// least: three, one more than a menu of short lines needs, as its
// entries may be a page's own headings.
const minSidebarNeighbours = 3

// isMenuHeading reports a heading of a menu's item's shape, of level
// minLevel or lower: not a page's title (h1) for a menu's item, and for a
// sidebar's bold entry a box's title (minSidebarHeadingLevel), not a
// page's own section ("## Contacts").
func (x *extraction) isMenuHeading(j, minLevel int) bool {
	if j < 0 || j >= len(x.blocks) {
		return false
	}
	b := &x.blocks[j]
	return b.Kind == stream.Heading && b.Level >= minLevel && !hasDigit(b.Text) && stream.MenuShaped(b.Text)
}

// minSidebarHeadingLevel is the level of a sidebar's box titles: a bold
// paragraph, h4 and lower.
const minSidebarHeadingLevel = 4

// minMenuNeighbours is how many short lines stand near a menu's item
// within two lines: a title's one short line beside it ("PRESS RELEASE"
// / "Brussels") is no menu.
const minMenuNeighbours = 2

// refusal explains why a document is not a vacancy notice, in one line:
// what it says it is, the evidence found and what a notice also has.
func (e *evidence) refusal() error {
	var found, missing []string
	if len(e.fields) > 0 {
		fs := make([]string, 0, len(e.fields))
		for f := range e.fields {
			fs = append(fs, strings.ReplaceAll(f, "_", " "))
		}
		sort.Strings(fs)
		found = append(found, "post fields ("+strings.Join(fs, ", ")+")")
	} else {
		missing = append(missing, "post fields (grade, salary, deadline, location…)")
	}
	for _, c := range []struct {
		ok   bool
		name string
	}{{e.requirements, "requirements"}, {e.duties, "duties"}, {e.postWord, "a word naming the post on offer"}} {
		if c.ok {
			found = append(found, c.name)
		} else {
			missing = append(missing, c.name)
		}
	}
	var why []string
	if len(e.genres) > 0 {
		why = append(why, fmt.Sprintf("reads as %s (%q)", article(e.genres[0]), clip(e.genreAt[0])))
	}
	if e.listing() {
		switch {
		case len(e.deadlines) >= minListing:
			why = append(why, fmt.Sprintf("lists %d posts with their own deadlines", len(e.deadlines)))
		case len(e.titles) >= minListing:
			why = append(why, fmt.Sprintf("lists %d posts by title", len(e.titles)))
		default:
			why = append(why, fmt.Sprintf("lists %d posts by reference", len(e.refs)))
		}
	}
	msg := "not a vacancy notice: "
	if len(why) > 0 {
		msg += strings.Join(why, "; ") + "; "
	}
	if len(found) > 0 {
		msg += "found " + strings.Join(found, ", ")
	} else {
		msg += "found no evidence of a post"
	}
	if len(missing) > 0 && len(why) == 0 {
		msg += "; missing " + strings.Join(missing, ", ")
	}
	return failure.Errorf(failure.ErrNotVacancy, "%s", msg)
}

// article puts "a" or "an" before a genre.
func article(g string) string {
	if strings.ContainsRune("aeiouAEIOU", rune(g[0])) {
		return "an " + g
	}
	if g == "FAQ" {
		return "an FAQ"
	}
	return "a " + g
}

// maxQuoted bounds the text of the document quoted in a message.
const maxQuoted = 60

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxQuoted {
		return s
	}
	cut := maxQuoted
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// bannerAfterGenre reports a line that names a genre, then a notice's
// banner after a spaced dash: "COMMUNIQUÉ – AVIS DE RECRUTEMENT", a
// notice published as a communiqué.
func bannerAfterGenre(text string) bool {
	tail, ok := vocab.AfterLastSpacedDash(text)
	return ok && vocab.IsBanner(tail) && vocab.Genre(text[:len(text)-len(tail)]) != ""
}

// vehicleOverBanner reports block i, whose genre is genre, as the
// vehicle of a notice its banner names: "COMMUNIQUÉ – AVIS DE
// RECRUTEMENT" on one line (bannerAfterGenre), or the communiqué's word
// alone over the banner's line or over its subject, a recruitment
// ("portant recrutement d'un personnel contractuel"). Only a communiqué is such a vehicle:
// "NEWSLETTER" over "VACANCY" carries posts of its own, "MEDIA
// ACCREDITATION" over "CALL FOR APPLICATIONS" calls no staff.
func (x *extraction) vehicleOverBanner(i int, genre string) bool {
	if genre != "press release" {
		return false
	}
	text := x.blocks[i].Text
	if bannerAfterGenre(text) {
		return true
	}
	if i+1 >= len(x.blocks) || words.CountAtMost(text, maxVehicleWords+1) > maxVehicleWords {
		return false
	}
	next := x.blocks[i+1].Text
	return vocab.IsBanner(next) || vocab.SubjectIsRecruitment(next)
}

// maxVehicleWords bounds a genre's line that carries a notice under it:
// "Communiqué", "Communiqué de presse", "Press release".
const maxVehicleWords = 3
