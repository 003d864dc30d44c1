package planner

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"
)

func TestHolidayObservedDates(t *testing.T) {
	tests := []struct {
		country, region string
		date            string
		want            string // "" = not a holiday
	}{
		{"US", "", "2026-07-03", "Independence Day"}, // 4 July is a Saturday: kept on Friday
		{"US", "", "2026-07-04", ""},
		{"US", "", "2027-12-31", "New Year's Day"}, // 1 January 2028 is a Saturday
		{"US", "", "2026-11-26", "Thanksgiving Day"},
		{"us", "", "2026-01-19", "Martin Luther King Jr. Day"},
		{"GB", "", "2026-04-06", "Easter Monday"},
		{"GB", "ENG", "2026-04-06", "Easter Monday"},
		{"GB", "SCT", "2026-04-06", ""},
		{"GB", "ENG", "2026-08-31", "Summer Bank Holiday"},
		{"GB", "SCT", "2026-08-31", ""},
		{"GB", "SCT", "2026-08-03", "Summer Bank Holiday"},
		{"GB", "ENG", "2026-08-03", ""},
		{"gb", "sct", "2026-01-02", "2nd January"},
		{"GB", "SCT", "2026-11-30", "St Andrew's Day"},
		{"GB", "NIR", "2026-03-17", "St Patrick's Day"},
		{"GB", "NIR", "2026-07-13", "Battle of the Boyne"}, // 12 July is a Sunday
		{"GB", "WLS", "2026-12-28", "Boxing Day"},          // 26 December is a Saturday
		{"DE", "", "2026-01-06", ""},
		{"DE", "BY", "2026-01-06", "Heilige Drei Könige"},
		{"de", "by", "2026-10-03", "Tag der Deutschen Einheit"},
		{"AU", "", "2026-01-26", "Australia Day"},
		{"AU", "VIC", "2026-11-03", "Melbourne Cup"},
		{"CH", "ZH", "2026-08-01", "Bundesfeiertag"},
		{"JP", "", "2026-01-01", "New Year's Day"},
	}
	for _, tc := range tests {
		t.Run(tc.country+"-"+tc.region+"-"+tc.date, func(t *testing.T) {
			h, err := HolidaysFor(tc.country, tc.region)
			if err != nil {
				t.Fatal(err)
			}
			name, ok := h.Holiday(mustDate(t, tc.date))
			if ok != (tc.want != "") || name != tc.want {
				t.Errorf("Holiday(%s) = %q, %v; want %q", tc.date, name, ok, tc.want)
			}
		})
	}
}

func TestHolidaysForErrors(t *testing.T) {
	tests := []struct {
		country, region string
		field, contains string
	}{
		{"XX", "", "country", `country "XX" is not covered (accepted: AR, AT, AU,`},
		{"ecb", "", "country", `"ECB" is not covered`},
		{"DE", "XX", "region", `region "XX" is not a region of Germany (accepted: BB, BE, BW,`},
		{"JP", "13", "region", "Japan has no regional holidays"},
		{"", "BY", "region", "needs a country"},
	}
	for _, tc := range tests {
		h, err := HolidaysFor(tc.country, tc.region)
		if err == nil || h != nil {
			t.Errorf("HolidaysFor(%q, %q) = %v, %v; want an error", tc.country, tc.region, h, err)
			continue
		}
		if KindOf(err) != Invalid || FieldOf(err) != tc.field || !strings.Contains(err.Error(), tc.contains) {
			t.Errorf("HolidaysFor(%q, %q): %v (field %q); want Invalid on %q containing %q",
				tc.country, tc.region, err, FieldOf(err), tc.field, tc.contains)
		}
	}
}

func TestNoCountryMeansNoHolidays(t *testing.T) {
	h, err := HolidaysFor("", "")
	if h != nil || err != nil {
		t.Fatalf("HolidaysFor(\"\", \"\") = %v, %v; want nil, nil", h, err)
	}
	if name, ok := h.Holiday(mustDate(t, "2026-12-25")); ok {
		t.Errorf("nil Holidays reported %q", name)
	}
}

func TestCountries(t *testing.T) {
	cs := Countries()
	if len(cs) < 40 {
		t.Fatalf("Countries() lists %d countries; the library covers 47", len(cs))
	}
	if !slices.IsSortedFunc(cs, func(a, b Country) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("countries are not sorted by name")
	}
	regions := map[string]int{}
	for _, c := range cs {
		if len(c.Code) != 2 || c.Code != strings.ToUpper(c.Code) || c.Name == "" {
			t.Errorf("country %+v: want an upper-case alpha-2 code and a name", c)
		}
		if !slices.IsSortedFunc(c.Regions, func(a, b Region) int { return strings.Compare(a.Code, b.Code) }) {
			t.Errorf("%s: regions are not sorted by code", c.Code)
		}
		regions[c.Code] = len(c.Regions)
		for _, r := range c.Regions {
			if _, err := HolidaysFor(c.Code, r.Code); err != nil {
				t.Errorf("listed region %s-%s: %v", c.Code, r.Code, err)
			}
		}
	}
	for code, want := range map[string]int{"US": 0, "DE": 16, "GB": 4, "AU": 8, "CH": 26, "JP": 0} {
		if got, ok := regions[code]; !ok || got != want {
			t.Errorf("%s: %d regions (listed %v); want %d", code, got, ok, want)
		}
	}
}

// TestHolidaysMatchLibrary checks the per-year cache against the library's
// own observed dates, for every list, across year ends.
func TestHolidaysMatchLibrary(t *testing.T) {
	for code, src := range holidaySources {
		lists := map[string][]*cal.Holiday{"": src.national}
		for rc, r := range src.regions {
			lists[rc] = r.list
		}
		for rc, list := range lists {
			want := map[Date]bool{}
			for year := 2023; year <= 2031; year++ {
				for _, hol := range list {
					if _, obs := hol.Calc(year); !obs.IsZero() {
						want[DateOf(obs)] = true
					}
				}
			}
			h, err := HolidaysFor(code, rc)
			if err != nil {
				t.Fatal(err)
			}
			for d := NewDate(2024, time.January, 1); d < NewDate(2031, time.January, 1); d++ {
				if _, ok := h.Holiday(d); ok != want[d] {
					t.Errorf("%s-%s %s: holiday %v, library says %v", code, rc, d, ok, want[d])
				}
			}
		}
	}
}

// TestHolidaysAgreeWithIsHoliday compares with the library's IsHoliday, which
// recomputes on each call, for the United States.
func TestHolidaysAgreeWithIsHoliday(t *testing.T) {
	c := &cal.Calendar{}
	c.AddHoliday(us.Holidays...)
	h, _ := HolidaysFor("US", "")
	for d := NewDate(2025, time.January, 1); d < NewDate(2035, time.January, 1); d++ {
		y, m, day := d.Time().Date()
		_, observed, hol := c.IsHoliday(time.Date(y, m, day, 0, 0, 0, 0, time.Local))
		name, ok := h.Holiday(d)
		if ok != observed || (ok && name != hol.Name) {
			t.Errorf("%s: got %q %v; IsHoliday says observed %v", d, name, ok, observed)
		}
	}
}

func TestHolidaysConcurrentUse(t *testing.T) {
	h, _ := HolidaysFor("DE", "BY")
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := NewDate(2026+g%3, time.January, 1); d < NewDate(2030, time.January, 1); d++ {
				h.Holiday(d)
			}
		}()
	}
	wg.Wait()
	if name, ok := h.Holiday(mustDate(t, "2027-12-25")); !ok || name != "Weihnachtstag" {
		t.Errorf("2027-12-25 = %q, %v", name, ok)
	}
}

func mustDate(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
