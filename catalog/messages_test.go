package catalog

import (
	"regexp"
	"testing"
)

// frontEndSyntax matches what belongs to one front end only: a command of
// the command line or one of its flags.
var frontEndSyntax = regexp.MustCompile("certplan |`certplan|(^|[^a-z0-9-])--[a-z]")

// TestMessagesAreFrontEndNeutral checks the catalog's errors, which both the
// app and the command line show as they are: they name fields and accepted
// values, never a command or a flag.
func TestMessagesAreFrontEndNeutral(t *testing.T) {
	c := builtinForTest(t)
	overlay := func(content string) error {
		_, err := c.WithOverlay(writeOverlay(t, content))
		return err
	}
	_, tierErr := ParseTier("gold")
	_, parseErr := Parse([]byte(`{"format": 99, "entries": []}`))
	_, emptyErr := Parse(nil)
	cases := map[string]error{
		"unknown tier":        tierErr,
		"bad built-in format": parseErr,
		"empty catalog":       emptyErr,
		"overlay not JSON":    overlay(`{"entries": [`),
		"overlay wrong type":  overlay(`{"entries": 3}`),
		"overlay format":      overlay(`{"format": 99}`),
		"overlay bad entry":   overlay(`{"entries": [{"code": "CKA", "name": "CKA", "tier": "gold", "prep_hours": 0}]}`),
		"overlay duplicate":   overlay(`{"entries": [{"code": "SAA-C03", "name": "again", "tier": "associate", "prep_hours": 10}]}`),
		"override unknown":    overlay(`{"overrides": [{"code": "NOPE-1", "prep_hours": 10}]}`),
		"override bad value":  overlay(`{"overrides": [{"code": "SAA-C03", "prep_hours": -1}]}`),
	}
	for name, err := range cases {
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if frontEndSyntax.MatchString(err.Error()) {
			t.Errorf("%s: message names a command or flag: %q", name, err)
		}
	}
}
