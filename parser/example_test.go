package parser_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/vacancy-tools/vacancy/parser"
)

// A small bilingual notice in Markdown: the English half, then the French
// half starting at its own title.
const exampleNotice = `## Data Analyst - Statistics Section (251234)

**Primary Location:** Belgium-Brussels  
**NATO Body:** NATO International Staff (NATO IS)  
**Schedule:** Full-time  
**Application Deadline:** 30-Sep-2025  
**Salary (Pay Basis):** 7,312.02Euro (EUR) Monthly  
**Grade** A2  
**Clearance Level** NS  

### ESSENTIAL QUALIFICATIONS

- a university degree in statistics or economics;
- two years of experience with survey data.

## Analyste de données - Section Statistiques (251234)

**Lieu d'affectation :** Belgique-Bruxelles  
**Organisme OTAN :** Secrétariat international de l'OTAN  
**Horaire :** Temps plein  
**Date limite de candidature :** 30-sept.-2025  
**Grade** A2  

### QUALIFICATIONS ESSENTIELLES

- un diplôme universitaire en statistique ou en économie ;
- deux années d'expérience des données d'enquête.
`

// ExampleParse parses a bilingual Markdown notice and prints a few of
// its fields.
func ExampleParse() {
	v, err := parser.Parse(context.Background(), strings.NewReader(exampleNotice),
		parser.WithName("251234.md"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("reference:", v.Reference)
	fmt.Println("languages:", v.Languages)
	fmt.Println("title (en):", *v.Title.EN)
	fmt.Println("title (fr):", *v.Title.FR)
	fmt.Println("deadline:", *v.Deadline)
	fmt.Printf("salary: %.2f %s per %s\n", *v.Salary.Amount, *v.Salary.Currency, *v.Salary.Period)
	fmt.Println("grade:", *v.Grade)
	fmt.Println("essential (fr):", strings.Join(v.Requirements.FR.Essential, " | "))
	// Output:
	// reference: 251234
	// languages: [en fr]
	// title (en): Data Analyst - Statistics Section
	// title (fr): Analyste de données - Section Statistiques
	// deadline: 2025-09-30
	// salary: 7312.02 EUR per month
	// grade: A2
	// essential (fr): un diplôme universitaire en statistique ou en économie ; | deux années d'expérience des données d'enquête.
}

// ExampleRead prints the section stream of a plain-text notice, as
// `vacancy text` does: position, block kind, then the block.
func ExampleRead() {
	const notice = "Office Assistant (251300)\n" +
		"\n" +
		"Location: Brussels\n" +
		"Deadline: 1 October 2025\n" +
		"\n" +
		"Main duties\n" +
		"\n" +
		"1. answer the telephone;\n" +
		"2. file the post.\n"
	doc, err := parser.Read(context.Background(), strings.NewReader(notice), parser.WithFormat(parser.FormatText))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range doc.Blocks {
		fmt.Println(b)
	}
	// Output:
	// 1        heading   h1 Office Assistant (251300)
	// 3        field     Location: Brussels
	// 4        field     Deadline: 1 October 2025
	// 6        heading   h3 Main duties
	// 8        item      1. answer the telephone;
	// 9        item      2. file the post.
}

// ExampleWithVocabulary reads a notice whose body writes its location
// under a label the default vocabulary does not know, by extending the
// vocabulary with one row instead of editing the parser.
func ExampleWithVocabulary() {
	const notice = "Translator (251777)\n" +
		"\n" +
		"Place of assignment: Luxembourg\n" +
		"Schedule: Full-time\n" +
		"Application Deadline: 12-Jan-2026\n" +
		"Grade: G12\n"
	v := parser.DefaultVocabulary().Extend([]parser.FieldLabel{
		{Field: "location", EN: "Place of assignment", FR: "Lieu d'affectation principal"},
	}, nil)
	vac, err := parser.ParseBytes(context.Background(), []byte(notice),
		parser.WithFormat(parser.FormatText), parser.WithVocabulary(v))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("location:", *vac.Location.EN)
	// Output:
	// location: Luxembourg
}

// ExampleLimitError shows how a caller tells which limit a parse hit, to
// say how to raise it in its own terms.
func ExampleLimitError() {
	_, err := parser.ParseBytes(context.Background(), []byte(strings.Repeat("x", 100)),
		parser.WithName("big.txt"), parser.WithLimits(parser.Limits{MaxBytes: 10}))
	var le *parser.LimitError
	if errors.As(err, &le) {
		fmt.Printf("%v (limit %s, at most %d)\n", err, le.Limit, le.Max)
	}
	// Output:
	// big.txt: file is larger than the 10-byte limit (limit size, at most 10)
}
