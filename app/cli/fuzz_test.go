package cli

import (
	"strings"
	"testing"
)

// FuzzArgs runs any command line the fuzzer makes up (arguments separated by
// NUL) against an in-memory store. Whatever it is, the contract holds: exit
// 0, 1 or 2, never a panic; a failure prints one line on stderr and nothing
// on stdout. Command lines that name a path are left out: a file-writing
// command would write wherever the fuzzer points it.
func FuzzArgs(f *testing.F) {
	for _, seed := range []string{
		"status",
		"log\x00add\x00--kind\x00study\x00--cert\x00SAA-C03\x00--date\x002026-11-20\x00--hours\x001.5",
		"log\x00add\x00--kind\x00lab\x00--cert\x00saa-c03\x00--date\x000000-01-01\x00--hours\x001e-320",
		"plan\x00--cert\x00CLF-C02\x00--start\x009999-12-31\x00--exam-by\x00CLF-C02=2027-01-01\x00--pace\x00asap",
		"plan\x00--cert\x00DVA-C02\x00--hours\x00mon=25\x00--at\x00mon=25:00",
		"availability\x00set\x00--off\x002026-12-24..2026-12-23\x00--country\x00zz",
		"target\x00add\x00SOA-C02\x00--exam-by\x00garbage",
		"catalog\x00show\x00\x1b[2J",
		"availability\x00off\x00rm\x002026-12-25",
		"--help",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\x00")
		for _, a := range args {
			if strings.ContainsAny(a, `/\`) || strings.HasPrefix(a, "~") || strings.HasPrefix(a, ".") {
				t.Skip("names a path")
			}
		}
		t.Chdir(t.TempDir()) // a bare file name lands here
		h := newHarness(t)
		code, out, errs := h.run(args...)
		switch code {
		case ExitOK:
		case ExitFailed, ExitInvalid:
			if out != "" || strings.Count(errs, "\n") != 1 {
				t.Fatalf("certplan %q: exit %d, stdout %q, stderr %q", args, code, out, errs)
			}
		default:
			t.Fatalf("certplan %q: exit %d", args, code)
		}
	})
}
