// Package pdftext extracts positioned text from PDF files: the text layer
// vacancy needs to rebuild headings, fields, paragraphs and lists from a
// vacancy notice.
//
// The PDF library (github.com/ledongthuc/pdf) is used only for the file
// structure: cross-reference tables and streams, decompression and
// dictionaries. Object streams are expanded once per document before
// the library sees the file (objstm.go): the library would inflate a
// whole object stream again for every object it looks up in it. An
// encrypted file, and a damaged one the library cannot read, are
// rewritten plain by our own object reader first (rewrite.go): decrypted
// by the standard security handler of package pdfcrypt, their
// cross-reference table rebuilt. The text layer is our own:
//
//   - a text-state machine over each page's content stream (BT/ET, Tf, Tm,
//     Td, TD, T*, TL, Tc, Tw, Tz, Ts, Tj, TJ, ', ", cm, q/Q and Form
//     XObjects) placing every glyph, with its advance, in page space;
//     marked content with /ActualText replaces its glyphs (actualtext.go);
//     annotation appearance streams and form field values are read too
//     (annots.go);
//   - font decoding: ToUnicode CMaps, the standard encodings with
//     /Differences, glyph names through the Adobe Glyph List, widths from
//     /Widths or /W and /DW, or the standard 14 fonts' metrics
//     (stdfonts.go); composite fonts without ToUnicode through their
//     TrueType program's cmap (truetype.go) or Adobe's CJK collections
//     (cidunicode.go); Type3 sizes judged from their widths; vertical
//     writing; ligatures expanded, text in NFC;
//   - layout: words from gaps (whatever the producer did: spaces, TJ
//     offsets or absolute positioning), lines from baselines, columns from
//     gutters, so a two-column page or a side-by-side table is read column
//     by column; turned or mirrored text in a frame of its own direction
//     (frames.go);
//   - running headers, footers and page numbers removed;
//   - hints for the line assembler: font size, bold lines and leading bold
//     runs (run-in headings, bold labels).
//
// A document of two pages or more is read by two goroutines that share
// its fonts (Options.Sequential turns that off). Extract is bounded
// (pages, stream sizes, nesting, context) and never panics: every failure
// is an *Error wrapping one of the sentinels.
package pdftext
