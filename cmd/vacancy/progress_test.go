package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestProgressLine(t *testing.T) {
	var out strings.Builder
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := newProgress(&out, 4)
	p.now = func() time.Time { return clock }
	p.start = clock

	clock = clock.Add(time.Second)
	p.add(1)
	assert.Equal(t, "\r\x1b[Kexporting  25% [#####               ] 1/4  1/s  3s left", out.String())

	out.Reset()
	clock = clock.Add(drawEvery / 2)
	p.add(1) // too soon after the last draw: nothing written
	assert.Empty(t, out.String())

	p.clear()
	assert.Equal(t, "\r\x1b[K", out.String(), "clear erases the line")

	out.Reset()
	p.add(1) // after a clear the line comes back at once
	assert.Contains(t, out.String(), "3/4")

	out.Reset()
	p.add(1) // the last file is always drawn
	assert.Contains(t, out.String(), "exporting 100% [####################] 4/4")
	p.finish()
	assert.True(t, strings.HasSuffix(out.String(), "\r\x1b[K"), "finish leaves an erased line for the summary")
}
