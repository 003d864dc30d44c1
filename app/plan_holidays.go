package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planHolidayPicker chooses whose public holidays the plan skips: a country,
// and a region where the country's regions keep different holidays. The
// region choice appears only for such countries.
type planHolidayPicker struct {
	c         *planAvailabilityCard
	countries []planner.Country // in the order of the select, after "No public holidays"

	country     *widget.Select
	regionLabel *widget.Label
	region      *widget.Select
	regions     []planner.Region // in the order of the select, after "Whole country"
	message     *widget.Label
}

func newPlanHolidayPicker(c *planAvailabilityCard) *planHolidayPicker {
	h := &planHolidayPicker{c: c, countries: planner.Countries(), message: newPlanFieldMessage()}
	names := []string{lang.L("No public holidays")}
	for _, ct := range h.countries {
		names = append(names, ct.Name)
	}
	h.country = widget.NewSelect(names, func(string) { h.chooseCountry() })
	h.regionLabel = widget.NewLabel(lang.L("Region"))
	h.region = widget.NewSelect(nil, func(string) { h.chooseRegion() })
	h.regionLabel.Hide()
	h.region.Hide()
	return h
}

// show selects the saved country and region. Selecting calls the change
// handlers, which see that nothing changed and save nothing.
func (h *planHolidayPicker) show(a planner.Availability, force bool) {
	if force {
		showPlanFieldError(h.message, nil)
	}
	i := h.countryIndex(a.Country)
	h.setRegions(i)
	if h.country.SelectedIndex() != i+1 {
		h.country.SetSelectedIndex(i + 1)
	}
	j := 0
	for k, r := range h.regions {
		if r.Code == a.Region {
			j = k + 1
		}
	}
	if h.region.SelectedIndex() != j && len(h.regions) > 0 {
		h.region.SetSelectedIndex(j)
	}
}

// countryIndex is the position of code in h.countries, or -1 for none.
func (h *planHolidayPicker) countryIndex(code string) int {
	for i, ct := range h.countries {
		if ct.Code == code {
			return i
		}
	}
	return -1
}

// setRegions offers the regions of the country at index i (-1: none).
func (h *planHolidayPicker) setRegions(i int) {
	h.regions = nil
	if i >= 0 {
		h.regions = h.countries[i].Regions
	}
	if len(h.regions) == 0 {
		h.regionLabel.Hide()
		h.region.Hide()
		return
	}
	names := []string{lang.L("Whole country")}
	for _, r := range h.regions {
		names = append(names, r.Name)
	}
	h.region.Options = names
	h.region.Refresh()
	h.regionLabel.Show()
	h.region.Show()
}

func (h *planHolidayPicker) chooseCountry() {
	i := h.country.SelectedIndex() - 1
	code := ""
	if i >= 0 {
		code = h.countries[i].Code
	}
	a, err := h.c.s.svc().Availability()
	if err == nil && a.Country == code {
		return
	}
	h.c.save(h.message, func(a *planner.Availability) error {
		a.Country, a.Region = code, ""
		return nil
	})
}

func (h *planHolidayPicker) chooseRegion() {
	j := h.region.SelectedIndex() - 1
	code := ""
	if j >= 0 && j < len(h.regions) {
		code = h.regions[j].Code
	}
	a, err := h.c.s.svc().Availability()
	if err == nil && a.Region == code {
		return
	}
	h.c.save(h.message, func(a *planner.Availability) error {
		a.Region = code
		return nil
	})
}
