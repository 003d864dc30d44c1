package planner

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/ke"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/rs"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/th"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// Region is a part of a country with its own list of public holidays.
type Region struct{ Code, Name string }

// Country is a country whose public holidays CertPlan knows.
type Country struct {
	Code, Name string
	Regions    []Region
}

// holidaySource is one country's holiday lists: national, and per region
// where the library (or the United Kingdom's nations, below) has them.
type holidaySource struct {
	name     string
	national []*cal.Holiday
	regions  map[string]regionalList
}

type regionalList struct {
	name string
	list []*cal.Holiday
}

// holidaySources maps ISO 3166 alpha-2 codes to the rickar/cal packages: the
// library has no registry of its own. Region codes are the ISO 3166-2
// subdivision suffixes the library's list names already use.
var holidaySources = map[string]holidaySource{
	"AR": {name: "Argentina", national: ar.Holidays},
	"AT": {name: "Austria", national: at.Holidays},
	"AU": {name: "Australia", national: australiaNational, regions: map[string]regionalList{
		"ACT": {"Australian Capital Territory", au.HolidaysACT},
		"NSW": {"New South Wales", au.HolidaysNSW},
		"NT":  {"Northern Territory", au.HolidaysNT},
		"QLD": {"Queensland", au.HolidaysQLD},
		"SA":  {"South Australia", au.HolidaysSA},
		"TAS": {"Tasmania", au.HolidaysTAS},
		"VIC": {"Victoria", au.HolidaysVIC},
		"WA":  {"Western Australia", au.HolidaysWA},
	}},
	"BE": {name: "Belgium", national: be.Holidays},
	"BG": {name: "Bulgaria", national: bg.Holidays},
	"BR": {name: "Brazil", national: br.Holidays},
	"CA": {name: "Canada", national: ca.Holidays},
	"CH": {name: "Switzerland", national: ch.Holidays, regions: map[string]regionalList{
		"AG": {"Aargau", ch.HolidaysAG},
		"AI": {"Appenzell Innerrhoden", ch.HolidaysAI},
		"AR": {"Appenzell Ausserrhoden", ch.HolidaysAR},
		"BE": {"Bern", ch.HolidaysBE},
		"BL": {"Basel-Landschaft", ch.HolidaysBL},
		"BS": {"Basel-Stadt", ch.HolidaysBS},
		"FR": {"Fribourg", ch.HolidaysFR},
		"GE": {"Geneva", ch.HolidaysGE},
		"GL": {"Glarus", ch.HolidaysGL},
		"GR": {"Graubünden", ch.HolidaysGR},
		"JU": {"Jura", ch.HolidaysJU},
		"LU": {"Lucerne", ch.HolidaysLU},
		"NE": {"Neuchâtel", ch.HolidaysNE},
		"NW": {"Nidwalden", ch.HolidaysNW},
		"OW": {"Obwalden", ch.HolidaysOW},
		"SG": {"St. Gallen", ch.HolidaysSG},
		"SH": {"Schaffhausen", ch.HolidaysSH},
		"SO": {"Solothurn", ch.HolidaysSO},
		"SZ": {"Schwyz", ch.HolidaysSZ},
		"TG": {"Thurgau", ch.HolidaysTG},
		"TI": {"Ticino", ch.HolidaysTI},
		"UR": {"Uri", ch.HolidaysUR},
		"VD": {"Vaud", ch.HolidaysVD},
		"VS": {"Valais", ch.HolidaysVS},
		"ZG": {"Zug", ch.HolidaysZG},
		"ZH": {"Zurich", ch.HolidaysZH},
	}},
	"CY": {name: "Cyprus", national: cy.Holidays},
	"CZ": {name: "Czechia", national: cz.Holidays},
	"DE": {name: "Germany", national: de.Holidays, regions: map[string]regionalList{
		"BB": {"Brandenburg", de.HolidaysBB},
		"BE": {"Berlin", de.HolidaysBE},
		"BW": {"Baden-Württemberg", de.HolidaysBW},
		"BY": {"Bavaria", de.HolidaysBY},
		"HB": {"Bremen", de.HolidaysHB},
		"HE": {"Hesse", de.HolidaysHE},
		"HH": {"Hamburg", de.HolidaysHH},
		"MV": {"Mecklenburg-Western Pomerania", de.HolidaysMV},
		"NI": {"Lower Saxony", de.HolidaysNI},
		"NW": {"North Rhine-Westphalia", de.HolidaysNW},
		"RP": {"Rhineland-Palatinate", de.HolidaysRP},
		"SH": {"Schleswig-Holstein", de.HolidaysSH},
		"SL": {"Saarland", de.HolidaysSL},
		"SN": {"Saxony", de.HolidaysSN},
		"ST": {"Saxony-Anhalt", de.HolidaysST},
		"TH": {"Thuringia", de.HolidaysTH},
	}},
	"DK": {name: "Denmark", national: dk.Holidays},
	"EE": {name: "Estonia", national: ee.Holidays},
	"ES": {name: "Spain", national: es.Holidays},
	"FI": {name: "Finland", national: fi.Holidays},
	"FR": {name: "France", national: fr.Holidays},
	"GB": {name: "United Kingdom", national: gb.Holidays, regions: map[string]regionalList{
		"ENG": {"England", gb.Holidays},
		"NIR": {"Northern Ireland", northernIreland},
		"SCT": {"Scotland", scotland},
		"WLS": {"Wales", gb.Holidays},
	}},
	"GR": {name: "Greece", national: gr.Holidays},
	"HR": {name: "Croatia", national: hr.Holidays},
	"HU": {name: "Hungary", national: hu.Holidays},
	"IE": {name: "Ireland", national: ie.Holidays},
	"IS": {name: "Iceland", national: is.Holidays},
	"IT": {name: "Italy", national: it.Holidays},
	"JP": {name: "Japan", national: jp.Holidays},
	"KE": {name: "Kenya", national: ke.Holidays},
	"LT": {name: "Lithuania", national: lt.Holidays},
	"LU": {name: "Luxembourg", national: lu.Holidays},
	"LV": {name: "Latvia", national: lv.Holidays},
	"MT": {name: "Malta", national: mt.Holidays},
	"MW": {name: "Malawi", national: mw.Holidays},
	"MX": {name: "Mexico", national: mx.Holidays},
	"NC": {name: "New Caledonia", national: nc.Holidays},
	"NL": {name: "Netherlands", national: nl.Holidays},
	"NO": {name: "Norway", national: no.Holidays},
	"NZ": {name: "New Zealand", national: nz.Holidays},
	"PL": {name: "Poland", national: pl.Holidays},
	"PT": {name: "Portugal", national: pt.Holidays},
	"RO": {name: "Romania", national: ro.Holidays},
	"RS": {name: "Serbia", national: rs.Holidays},
	"RU": {name: "Russia", national: ru.Holidays},
	"SE": {name: "Sweden", national: se.Holidays},
	"SI": {name: "Slovenia", national: si.Holidays},
	"SK": {name: "Slovakia", national: sk.Holidays},
	"TH": {name: "Thailand", national: th.Holidays},
	"UA": {name: "Ukraine", national: ua.Holidays},
	"US": {name: "United States", national: us.Holidays},
	"ZA": {name: "South Africa", national: za.Holidays},
}

// australiaNational: the library lists Australia by state only. Nationally,
// the days every state keeps apply, plus ANZAC Day on 25 April itself (the
// states differ only in whether a weekend ANZAC Day moves).
var australiaNational = []*cal.Holiday{
	au.NewYear, au.AustraliaDay, au.GoodFriday, au.EasterMonday, au.AnzacDay,
	au.MourningDay2022, au.ChristmasDay,
}

// The library's gb.Holidays are England's and Wales's bank holidays. Scotland
// and Northern Ireland differ, and a learner there must not be planned to
// study on their own bank holidays, so their lists are built here from the
// library's days plus the four that only those nations keep.
var (
	// ukWeekendToMonday moves a bank holiday on a weekend to the Monday after.
	ukWeekendToMonday = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}

	scotlandSecondJanuary = &cal.Holiday{
		Name: "2nd January", Type: cal.ObservanceBank, Month: time.January, Day: 2, Func: cal.CalcDayOfMonth,
		// Substitutes follow New Year's Day's, as Boxing Day's follow Christmas's.
		Observed: gb.BoxingDay.Observed,
	}
	stAndrewsDay = &cal.Holiday{
		Name: "St Andrew's Day", Type: cal.ObservanceBank, Month: time.November, Day: 30,
		Func: cal.CalcDayOfMonth, Observed: ukWeekendToMonday,
	}
	stPatricksDay = &cal.Holiday{
		Name: "St Patrick's Day", Type: cal.ObservanceBank, Month: time.March, Day: 17,
		Func: cal.CalcDayOfMonth, Observed: ukWeekendToMonday,
	}
	battleOfTheBoyne = &cal.Holiday{
		Name: "Battle of the Boyne", Type: cal.ObservanceBank, Month: time.July, Day: 12,
		Func: cal.CalcDayOfMonth, Observed: ukWeekendToMonday,
	}

	// scotland has no Easter Monday and takes its summer holiday in early August.
	scotland = []*cal.Holiday{
		gb.NewYear, scotlandSecondJanuary, gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay,
		gb.SpringHoliday, gb.SpringHoliday2022, gb.PlatinumJubilee, gb.SummerHolidayScotland,
		stAndrewsDay, gb.ChristmasDay, gb.BoxingDay,
	}
	northernIreland = append([]*cal.Holiday{stPatricksDay, battleOfTheBoyne}, gb.Holidays...)
)

// Countries lists every covered country by name, each with its regions by code.
func Countries() []Country {
	out := make([]Country, 0, len(holidaySources))
	for code, src := range holidaySources {
		c := Country{Code: code, Name: src.name, Regions: make([]Region, 0, len(src.regions))}
		for rc, r := range src.regions {
			c.Regions = append(c.Regions, Region{Code: rc, Name: r.name})
		}
		sort.Slice(c.Regions, func(i, j int) bool { return c.Regions[i].Code < c.Regions[j].Code })
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// HolidaysFor returns the public holidays of a country, or of one of its
// regions. No country means no holidays (nil, nil). A country with regions and
// no region given gets its national list only.
func HolidaysFor(country, region string) (*Holidays, error) {
	country = strings.ToUpper(strings.TrimSpace(country))
	region = strings.ToUpper(strings.TrimSpace(region))
	if country == "" {
		if region != "" {
			return nil, Invalidf("region", "region %q needs a country", region)
		}
		return nil, nil
	}
	src, ok := holidaySources[country]
	if !ok {
		return nil, Invalidf("country", "country %q is not covered (accepted: %s)", country, strings.Join(sortedKeys(holidaySources), ", "))
	}
	if region == "" {
		return &Holidays{list: src.national}, nil
	}
	if len(src.regions) == 0 {
		return nil, Invalidf("region", "%s has no regional holidays: leave the region empty, got %q", src.name, region)
	}
	r, ok := src.regions[region]
	if !ok {
		return nil, Invalidf("region", "region %q is not a region of %s (accepted: %s)", region, src.name, strings.Join(sortedKeys(src.regions), ", "))
	}
	return &Holidays{list: r.list}, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Holidays answers "is this day a public holiday" from one list. The library
// recomputes every holiday on every question; a plan asks about each of
// hundreds of days, so each year is computed once and kept. Safe for
// concurrent use.
type Holidays struct {
	list  []*cal.Holiday
	mu    sync.Mutex
	years map[int]*holidayYear
}

// holidayYear holds one year's holiday names by day of the year ("" = none),
// so a lookup is an index, not a search.
type holidayYear struct {
	first Date
	names []string
}

// Holiday reports the holiday observed on d and its name. Observed dates are
// the days people are off: a 4 July on a Saturday is kept on Friday 3 July.
func (h *Holidays) Holiday(d Date) (name string, ok bool) {
	if h == nil {
		return "", false
	}
	y := h.year(d.Year())
	name = y.names[d-y.first]
	return name, name != ""
}

func (h *Holidays) year(year int) *holidayYear {
	h.mu.Lock()
	defer h.mu.Unlock()
	y, ok := h.years[year]
	if !ok {
		if h.years == nil {
			h.years = map[int]*holidayYear{}
		}
		y = h.compute(year)
		h.years[year] = y
	}
	return y
}

// compute lists the holidays observed in year. Substitutes cross year ends
// (a Saturday 1 January is kept on Friday 31 December before), so the years
// either side are computed too and only the days falling in year are kept.
// Where two holidays share a day, the first in the library's list names it.
func (h *Holidays) compute(year int) *holidayYear {
	first := NewDate(year, time.January, 1)
	y := &holidayYear{first: first, names: make([]string, NewDate(year+1, time.January, 1)-first)}
	for _, hol := range h.list {
		for calcYear := year - 1; calcYear <= year+1; calcYear++ {
			_, observed := hol.Calc(calcYear)
			if observed.IsZero() || observed.Year() != year {
				continue
			}
			if i := DateOf(observed) - first; y.names[i] == "" {
				y.names[i] = hol.Name
			}
		}
	}
	return y
}
