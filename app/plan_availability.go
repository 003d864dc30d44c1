package app

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planAvailabilityCard edits when the learner can study: hours per weekday,
// the country (and region) whose public holidays are skipped, days off, the
// first day of study, the share of hands-on labs, AWS experience, the pace
// towards a booked exam and when study starts on each weekday.
type planAvailabilityCard struct {
	s *planScreen

	hours      [7]*planEntry // indexed by time.Weekday
	hoursErrs  [7]error
	hoursError *widget.Label
	weekTotal  *widget.Label

	holidays *planHolidayPicker
	daysOff  *planDaysOffEditor
	pace     *planPaceEditor

	start      *dateField
	startError *widget.Label
	labShare   *planEntry
	labError   *widget.Label

	experience      *widget.Select
	experienceError *widget.Label

	card *widget.Card
}

// planWeekOrder lists the weekdays Monday first, as the grid shows them.
var planWeekOrder = [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

func newPlanAvailabilityCard(s *planScreen) *planAvailabilityCard {
	c := &planAvailabilityCard{s: s}

	c.hoursError = newPlanFieldMessage()
	c.weekTotal = planCaption("")
	grid := container.NewGridWithColumns(7)
	for _, wd := range planWeekOrder {
		grid.Add(container.NewCenter(planCaption(weekdayName(wd))))
	}
	for _, wd := range planWeekOrder {
		c.hours[wd] = newPlanEntry("0", func(text string) { c.commitHours(wd, text) })
		c.hours[wd].checkAsTyped(func(text string) error { return checkDayHours(wd, text) },
			func() bool { return c.hoursErrs[wd] != nil }, func(err error) { c.hoursErrs[wd] = err; c.showHoursErrors() })
		grid.Add(c.hours[wd])
	}
	c.pace = newPlanPaceEditor(c)
	for _, wd := range planWeekOrder {
		grid.Add(c.pace.times[wd])
	}

	c.holidays = newPlanHolidayPicker(c)
	c.daysOff = newPlanDaysOffEditor(c)

	c.startError = newPlanFieldMessage()
	c.start = newDateField(lang.L("today"), s.svc().Today, c.commitStart)
	c.labError = newPlanFieldMessage()
	c.labShare = newPlanEntry(planner.FormatHours(planner.DefaultLabShare), c.commitLabShare)
	c.experienceError = newPlanFieldMessage()
	c.experience = widget.NewSelect(planExperienceLabels(), c.chooseExperience)

	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("Public holidays")), container.NewVBox(c.holidays.country, c.holidays.message),
		c.holidays.regionLabel, c.holidays.region,
		widget.NewLabel(lang.L("Start on")), container.NewVBox(c.start.entry, c.startError),
		widget.NewLabel(lang.L("Lab share")), container.NewVBox(c.labShare, c.labError),
		widget.NewLabel(lang.L("Experience")), container.NewVBox(c.experience, c.experienceError),
		widget.NewLabel(lang.L("Pace")), c.pace.paceBox(),
	)
	c.card = widget.NewCard(lang.L("Availability"), "",
		container.NewVBox(
			planHint(lang.L("Sessions go only on days with hours, never on a public holiday or a day off.")),
			widget.NewLabelWithStyle(lang.L("Hours per weekday"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			planCaption(lang.L("Hours, then an optional start time (HH:MM) under each day")),
			grid, c.hoursError, c.pace.timesError, c.weekTotal, c.pace.timesStated,
			form,
			widget.NewLabelWithStyle(lang.L("Days off"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			c.daysOff.box,
		))
	return c
}

// show fills the editors from saved availability. Fields showing an error
// keep the learner's text unless force.
func (c *planAvailabilityCard) show(a planner.Availability, force bool) {
	for wd, e := range c.hours {
		if force {
			c.hoursErrs[wd] = nil
		}
		if c.hoursErrs[wd] == nil {
			e.accept(planner.FormatHours(a.Hours[wd]))
		}
	}
	c.showHoursErrors()
	c.weekTotal.SetText(fmtHours(a.WeeklyHours()) + " " + lang.L("a week"))

	c.holidays.show(a, force)
	c.daysOff.show(a.DaysOff, force)
	c.pace.show(a, force)

	if force {
		showPlanFieldError(c.startError, nil)
		showPlanFieldError(c.labError, nil)
		showPlanFieldError(c.experienceError, nil)
	}
	if !hasPlanFieldError(c.startError) {
		c.start.entry.accept(a.Start.String())
	}
	if !hasPlanFieldError(c.labError) {
		c.labShare.accept(planner.FormatHours(a.LabShare))
	}
	for i, x := range planner.Experiences() {
		if x == a.Experience && c.experience.SelectedIndex() != i {
			c.experience.SetSelectedIndex(i)
		}
	}
}

// save applies change to the saved availability and saves it. On a problem
// the message goes under the field it names (or the one edited, at) and
// nothing is saved; on success the plan is recomputed at once.
func (c *planAvailabilityCard) save(at *widget.Label, change func(a *planner.Availability) error) error {
	a, err := c.s.svc().Availability()
	if err == nil {
		err = change(&a)
	}
	if err == nil {
		err = c.s.svc().SetAvailability(a)
	}
	if err != nil {
		showPlanFieldError(c.messageFor(err, at), err)
		return err
	}
	showPlanFieldError(at, nil)
	c.s.reload(false)
	return nil
}

// messageFor picks the message line of the field an error names.
func (c *planAvailabilityCard) messageFor(err error, edited *widget.Label) *widget.Label {
	switch planner.FieldOf(err) {
	case "lab-share":
		return c.labError
	case "experience":
		return c.experienceError
	case "country", "region":
		return c.holidays.message
	case "off":
		return c.daysOff.message
	case "start":
		return c.startError
	case "pace":
		return c.pace.paceError
	case "at":
		return c.pace.timesError
	}
	return edited
}

// commitHours saves one weekday's hours; empty means none that day. Each
// weekday remembers its own problem, so fixing Tuesday does not hide what is
// wrong with Monday.
// checkDayHours is what saving a weekday's hours checks.
func checkDayHours(wd time.Weekday, text string) error {
	if text = strings.TrimSpace(text); text == "" {
		return nil
	}
	var week [7]float64
	h, err := planner.ParseHours(planner.WeekdayName(wd), text)
	if err != nil {
		return err
	}
	week[wd] = h
	return planner.Availability{Hours: week}.Validate()
}

func (c *planAvailabilityCard) commitHours(wd time.Weekday, text string) {
	text = strings.TrimSpace(text)
	h := 0.0
	var err error
	if text != "" {
		h, err = planner.ParseHours(planner.WeekdayName(wd), text)
	}
	if err == nil {
		a, loadErr := c.s.svc().Availability()
		if err = loadErr; err == nil {
			a.Hours[wd] = h
			err = c.s.svc().SetAvailability(a)
		}
	}
	c.hoursErrs[wd] = err
	c.showHoursErrors()
	if err != nil {
		c.hours[wd].reject()
		return
	}
	c.s.reload(false)
}

func (c *planAvailabilityCard) showHoursErrors() {
	var msgs []string
	for _, wd := range planWeekOrder {
		if err := c.hoursErrs[wd]; err != nil {
			msgs = append(msgs, planSentence(err.Error()))
		}
	}
	if len(msgs) == 0 {
		showPlanFieldError(c.hoursError, nil)
		return
	}
	c.hoursError.SetText(strings.Join(msgs, "\n"))
	c.hoursError.Show()
}

func (c *planAvailabilityCard) commitStart(text string) {
	c.save(c.startError, func(a *planner.Availability) error {
		d, err := parseOptionalDate("start", text)
		a.Start = d
		return err
	})
}

func (c *planAvailabilityCard) commitLabShare(text string) {
	c.save(c.labError, func(a *planner.Availability) error {
		text = strings.TrimSpace(text)
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return planner.Invalidf("lab-share", lang.L("lab share %q is not a number: type a share from 0 to 1, such as 0.3"), text)
		}
		a.LabShare = f
		return nil
	})
}

func (c *planAvailabilityCard) chooseExperience(string) {
	i := c.experience.SelectedIndex()
	if i < 0 {
		return
	}
	x := planner.Experiences()[i]
	if a, err := c.s.svc().Availability(); err == nil && a.Experience == x {
		return // the select is showing the saved value, not a change
	}
	c.save(c.experienceError, func(a *planner.Availability) error {
		a.Experience = x
		return nil
	})
}

// planExperienceLabels describe planner.Experiences() in the same order, with
// the factor each applies to the catalog's prep hours.
func planExperienceLabels() []string {
	return []string{
		lang.L("New to AWS (prep × 1.5)"),
		lang.L("Some hands-on (prep × 1)"),
		lang.L("Use AWS daily (prep × 0.7)"),
	}
}
