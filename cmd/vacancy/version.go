package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// cmdVersion: vacancy version (and vacancy --version)
func cmdVersion(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", stdout, stderr)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(fs, stderr, "version takes no arguments, got %d", len(pos))
	}
	bi, _ := readBuildInfo()
	if _, err := io.WriteString(stdout, versionText(bi)); err != nil {
		fmt.Fprintf(stderr, "vacancy: writing output: %v\n", err)
		return exitTrouble
	}
	return exitOK
}

// readBuildInfo is debug.ReadBuildInfo; the tests replace it.
var readBuildInfo = debug.ReadBuildInfo

// versionText is what `vacancy version` prints, from the build
// information the Go toolchain writes into every binary:
//
//	vacancy v1.2.0
//	commit 49e5d58b0c7e… 2026-12-04T04:52:00Z (modified)
//	go1.26.8 linux/amd64
//
// The first line is the module's version: the tag `go install
// …@v1.2.0` fetched, a pseudo-version ("v0.0.0-20261204045200-49e5d58b0c7e",
// "+dirty" when the tree had changes) when built in a clone with its
// version control information, "(devel)" when there is none (built with
// -buildvcs=false, or outside a repository). The commit line is there
// when the build recorded one.
func versionText(bi *debug.BuildInfo) string {
	var b strings.Builder
	version := "(devel)"
	if bi != nil && bi.Main.Version != "" {
		version = bi.Main.Version
	}
	fmt.Fprintf(&b, "vacancy %s\n", version)
	if bi != nil {
		var rev, at string
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if rev != "" {
			line := "commit " + rev
			if at != "" {
				line += " " + at
			}
			if modified {
				line += " (modified)"
			}
			b.WriteString(line + "\n")
		}
	}
	goVersion := runtime.Version()
	if bi != nil && bi.GoVersion != "" {
		goVersion = bi.GoVersion
	}
	fmt.Fprintf(&b, "%s %s/%s\n", goVersion, runtime.GOOS, runtime.GOARCH)
	return b.String()
}
