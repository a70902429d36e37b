package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/vacancy-tools/vacancy/cmd/vacancy/internal/server"
)

// serveSignals are the signals that shut the server down gracefully;
// tests replace them.
var serveSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// cmdServe: vacancy serve [--addr HOST:PORT] [--max-concurrent N] [limits]
//
// Serves the HTTP API and the review page until SIGINT or SIGTERM, then
// lets the requests under way finish. Exit status 0 after a shutdown, 2
// when the address cannot be listened on.
func cmdServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", stdout, stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on, HOST:PORT (port 0: any free port)")
	maxConcurrent := fs.Int("max-concurrent", runtime.NumCPU(), "most notices parsed at once; one more request is answered 503")
	rf := addReaderFlags(fs, false)
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 0 {
		return usageError(fs, stderr, "serve takes no FILE, got %d", len(pos))
	}
	if err := rf.check(stderr); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	if *maxConcurrent < 1 {
		return usageError(fs, stderr, "--max-concurrent must be at least 1")
	}
	rf.heapLimit()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "vacancy: %s\n", safeText(oneLine(err.Error())))
		return exitTrouble
	}
	ctx, stop := signal.NotifyContext(context.Background(), serveSignals...)
	defer stop()
	srv := server.New(serveConfig(rf, *maxConcurrent, stderr))
	fmt.Fprintf(stderr, "vacancy: serving on http://%s/ (at most %d parses at once; Ctrl-C stops)\n", ln.Addr(), *maxConcurrent)
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "vacancy: %s\n", safeText(oneLine(err.Error())))
		return exitTrouble
	}
	return exitOK
}

// serveConfig is the server's configuration from the command line: the
// parse options of `vacancy parse`, so that an answer is its output.
func serveConfig(rf *readerFlags, maxConcurrent int, log io.Writer) server.Config {
	return server.Config{
		Options:       rf.options,
		MaxBytes:      int64(rf.maxSize),
		Timeout:       rf.timeout,
		MaxConcurrent: maxConcurrent,
		DiffText:      func(s string) string { return safeLines(s, false) },
		Log:           log,
	}
}
