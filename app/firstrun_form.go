package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// firstRunForm holds the guide's answers until the last page saves them.
type firstRunForm struct {
	ui    *UI
	svc   *planner.Service
	paths []catalog.Path

	role       *widget.Select
	experience *widget.RadioGroup
	countries  []planner.Country
	country    *widget.Select
	region     *widget.Select
	regions    []planner.Region
	hours      [7]*firstRunEntry // indexed by time.Weekday
	times      [7]*firstRunEntry
	weekTotal  *widget.Label

	heldCode  *codeField
	heldDate  *dateField
	held      []planner.Earned
	heldList  *widget.Label
	pathIntro *widget.Label
	pathList  *widget.Label

	availability planner.Availability // checked when leaving the hours page
}

func newFirstRunForm(u *UI, next, skip func()) *firstRunForm {
	svc := u.deps.Service
	f := &firstRunForm{ui: u, svc: svc, paths: svc.Catalog().Paths(), countries: planner.Countries()}

	titles := make([]string, len(f.paths))
	for i, p := range f.paths {
		titles[i] = lang.L(p.Title)
	}
	f.role = widget.NewSelect(titles, nil)
	if len(titles) > 0 {
		f.role.SetSelectedIndex(0)
	}

	f.experience = widget.NewRadioGroup(planExperienceLabels(), nil)
	f.experience.Required = true
	f.experience.SetSelected(planExperienceLabels()[1]) // "some": the catalog's own estimates

	names := []string{lang.L("No public holidays")}
	for _, c := range f.countries {
		names = append(names, c.Name)
	}
	f.region = widget.NewSelect(nil, nil)
	f.region.Hide()
	f.country = widget.NewSelect(names, func(string) { f.chooseCountry() })
	f.country.SetSelectedIndex(0)

	def := planner.DefaultAvailability()
	f.weekTotal = widget.NewLabel("")
	for wd := range f.hours {
		f.hours[wd] = newFirstRunEntry("0", next, skip)
		f.hours[wd].SetText(planner.FormatHours(def.Hours[wd]))
		f.hours[wd].OnChanged = func(string) { f.showWeekTotal() }
		f.times[wd] = newFirstRunEntry("HH:MM", next, skip)
	}
	f.showWeekTotal()

	f.heldCode = newCodeField(svc.Catalog(), lang.L("Code, such as CLF-C02"))
	f.heldDate = newDateField("YYYY-MM-DD", svc.Today, nil)
	f.heldCode.entry.OnSubmitted = func(string) { next() }
	f.heldDate.entry.OnSubmitted = func(string) { next() }
	f.heldList = widget.NewLabel("")
	f.heldList.Wrapping = fyne.TextWrapWord
	f.showHeld()
	f.pathIntro = widget.NewLabel("")
	f.pathIntro.Wrapping = fyne.TextWrapWord
	f.pathList = widget.NewLabel("")
	f.pathList.Wrapping = fyne.TextWrapWord
	return f
}

// steps lays out the guide's pages; restore is the first page's way out
// for a learner who brings a backup.
func (f *firstRunForm) steps(restore func()) []firstRunStep {
	restoreButton := widget.NewButtonWithIcon(lang.L("Restore a backup…"), theme.UploadIcon(), restore)
	return []firstRunStep{
		{title: lang.L("What do you want to become?"), body: container.NewVBox(
			firstRunText(lang.L("CertPlan turns AWS certification goals into a day-by-day study plan. A few questions, under a minute, and your plan is ready. Everything stays on this computer.")),
			widget.NewLabel(lang.L("Role")), f.role,
			widget.NewSeparator(),
			firstRunText(lang.L("Moving from another computer? Bring everything in from a CertPlan backup instead.")),
			container.NewHBox(restoreButton),
		)},
		{title: lang.L("How much AWS experience do you have?"), body: container.NewVBox(
			firstRunText(lang.L("The catalog's prep hours are scaled to your experience. You can change this later in Settings.")),
			f.experience,
		)},
		{title: lang.L("Where do you live?"), body: container.NewVBox(
			firstRunText(lang.L("Public holidays there are left free of study.")),
			widget.NewLabel(lang.L("Country")), f.country, f.region,
		)},
		{title: lang.L("When can you study?"), body: f.hoursPage(), leave: f.checkHours},
		{title: lang.L("Which certifications do you already hold?"), body: f.heldPage(), leave: f.addTypedHeld},
		{title: lang.L("Your suggested path"), body: container.NewVBox(f.pathIntro, f.pathList), leave: nil},
	}
}

func firstRunText(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// hoursPage is a week grid: hours per weekday, and an optional start time
// that gives timed calendar events.
func (f *firstRunForm) hoursPage() fyne.CanvasObject {
	grid := container.NewGridWithColumns(8, layout.NewSpacer())
	for _, wd := range planWeekOrder {
		grid.Add(container.NewCenter(widget.NewLabel(weekdayName(wd))))
	}
	grid.Add(widget.NewLabel(lang.L("Hours")))
	for _, wd := range planWeekOrder {
		grid.Add(f.hours[wd])
	}
	grid.Add(widget.NewLabel(lang.L("Start")))
	for _, wd := range planWeekOrder {
		grid.Add(f.times[wd])
	}
	return container.NewVBox(
		firstRunText(lang.L("Hours you can study on each weekday. A start time is optional: with one, the calendar file gets timed sessions.")),
		grid, f.weekTotal)
}

func (f *firstRunForm) heldPage() fyne.CanvasObject {
	add := widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), func() {
		if err := f.addTypedHeld(); err != nil {
			f.ui.guide.showMessage(err)
		} else {
			f.ui.guide.showMessage(nil)
		}
	})
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("Certification")), f.heldCode.entry,
		widget.NewLabel(lang.L("Earned on")), f.heldDate.entry)
	return container.NewVBox(
		firstRunText(lang.L("They leave your path, and their renewals are tracked from the start. None yet? Just go on.")),
		form, container.NewHBox(add), f.heldList)
}

func (f *firstRunForm) chooseCountry() {
	i := f.country.SelectedIndex() - 1
	f.regions = nil
	if i >= 0 {
		f.regions = f.countries[i].Regions
	}
	if len(f.regions) == 0 {
		f.region.Hide()
		return
	}
	names := []string{lang.L("Whole country")}
	for _, r := range f.regions {
		names = append(names, r.Name)
	}
	f.region.Options = names
	f.region.SetSelectedIndex(0)
	f.region.Show()
}

func (f *firstRunForm) showWeekTotal() {
	var total float64
	for wd := range f.hours {
		h, err := planner.ParseHours("hours", f.hours[wd].Text)
		if err != nil {
			f.weekTotal.SetText("")
			return
		}
		total += h
	}
	f.weekTotal.SetText(fmt.Sprintf(lang.L("%s hours a week"), planner.FormatHours(total)))
}

// checkHours builds the availability from every page so far and has the
// planner check it, so a wrong hour or time is caught on its own page.
func (f *firstRunForm) checkHours() error {
	a := planner.DefaultAvailability()
	for wd := range f.hours {
		h, err := planner.ParseHours(time.Weekday(wd).String(), f.hours[wd].Text)
		if err != nil {
			return err
		}
		a.Hours[wd] = h
		a.StartTimes[wd] = strings.TrimSpace(f.times[wd].Text)
	}
	a.Experience = f.chosenExperience()
	if i := f.country.SelectedIndex() - 1; i >= 0 {
		a.Country = f.countries[i].Code
		if j := f.region.SelectedIndex() - 1; j >= 0 && j < len(f.regions) {
			a.Region = f.regions[j].Code
		}
	}
	if err := a.Validate(); err != nil {
		return err
	}
	f.availability = a
	return nil
}

// chosenExperience maps the selected label back to its value; "some" when
// nothing is selected.
func (f *firstRunForm) chosenExperience() planner.Experience {
	for i, label := range f.experience.Options {
		if label == f.experience.Selected {
			return planner.Experiences()[i]
		}
	}
	return planner.Some
}

// addTypedHeld adds the certification typed on the held page to the list,
// if any; the planner checks the code and date as `earned add` would.
func (f *firstRunForm) addTypedHeld() error {
	code := f.heldCode.code()
	if code == "" && strings.TrimSpace(f.heldDate.entry.Text) == "" {
		f.showPath()
		return nil
	}
	date, err := parseOptionalDate("date", f.heldDate.entry.Text)
	if err != nil {
		return err
	}
	e := planner.Earned{Code: code, Date: date}
	if err := e.Validate(f.svc.Catalog(), f.svc.Today()); err != nil {
		return err
	}
	e.Code = planner.NormalizeCode(code)
	f.held = append(f.held, e)
	f.heldCode.entry.SetText("")
	f.heldDate.entry.SetText("")
	f.showHeld()
	f.showPath()
	return nil
}

func (f *firstRunForm) showHeld() {
	if len(f.held) == 0 {
		f.heldList.SetText(lang.L("None added."))
		return
	}
	lines := make([]string, len(f.held))
	for i, e := range f.held {
		lines[i] = fmt.Sprintf("• %s, %s %s", e.Code, lang.L("earned"), e.Date)
	}
	f.heldList.SetText(strings.Join(lines, "\n"))
}

// chosenPath is the role path picked on the first page.
func (f *firstRunForm) chosenPath() catalog.Path {
	if i := f.role.SelectedIndex(); i >= 0 && i < len(f.paths) {
		return f.paths[i]
	}
	return catalog.Path{}
}

// suggested lists the path's required exams that are neither held (as
// entered in the guide) nor targets already (the guide run again).
func (f *firstRunForm) suggested() []string {
	targets, _ := f.svc.Targets() // unreadable targets: suggest the whole path, adding reports the problem
	return catalogPathPending(f.svc.Catalog(), f.chosenPath(), func(code string) bool {
		code = planner.NormalizeCode(code)
		return slices.ContainsFunc(f.held, func(e planner.Earned) bool { return e.Code == code }) ||
			slices.ContainsFunc(targets, func(t planner.Target) bool { return t.Code == code })
	})
}

func (f *firstRunForm) showPath() {
	codes := f.suggested()
	if len(codes) == 0 {
		f.pathIntro.SetText(lang.L("You hold every required exam of this path already. Finish to see your wallet and plan; add more targets from the Catalog any time."))
		f.pathList.SetText("")
		return
	}
	f.pathIntro.SetText(fmt.Sprintf(lang.L("For %s, in this order. One click adds them as targets and shows your plan; reorder or change them later on the Plan screen."), lang.L(f.chosenPath().Title)))
	cat := f.svc.Catalog()
	lines := make([]string, len(codes))
	for i, c := range codes {
		name := c
		if e, ok := cat.Lookup(c); ok {
			name = fmt.Sprintf("%s, %s", c, e.Name)
		}
		lines[i] = fmt.Sprintf("%d.  %s", i+1, name)
	}
	f.pathList.SetText(strings.Join(lines, "\n"))
}

func (f *firstRunForm) finishLabel() string {
	switch n := len(f.suggested()); n {
	case 0:
		return lang.L("Finish")
	case 1:
		return lang.L("Add 1 exam and show my plan")
	default:
		return fmt.Sprintf(lang.L("Add %d exams and show my plan"), n)
	}
}

// apply saves the answers: availability, held certifications (so their
// renewals count at once), then the suggested targets in order. It stops
// at the first failure; what was saved before it stays.
func (f *firstRunForm) apply() error {
	if err := f.svc.SetAvailability(f.availability); err != nil {
		return err
	}
	for _, e := range f.held {
		if _, err := f.svc.AddEarned(e); err != nil {
			return err
		}
	}
	for _, code := range f.suggested() {
		_, err := f.svc.AddTarget(planner.Target{Code: code})
		if err != nil && planner.KindOf(err) != planner.Exists {
			return err
		}
	}
	return nil
}
