package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// prefNotifications turns desktop notifications of reminders off when
// false; the reminders still show on the Today screen.
const prefNotifications = "notifications"

// prefRenewalDays lists, comma-separated, the days before an expiry at
// which a renewal is notified; an expiry itself is always notified.
const prefRenewalDays = "renewal-reminder-days"

// renewalDayChoices are the thresholds the planner reminds at, before the
// expiry itself.
var renewalDayChoices = []int{180, 90, 30, 7}

// renewalDaysOn says which renewal thresholds the learner wants notified.
func (u *UI) renewalDaysOn() map[int]bool {
	on := map[int]bool{0: true, -1: true} // the expiry, and just expired
	text := u.app.Preferences().StringWithFallback(prefRenewalDays, "180,90,30,7")
	for _, f := range strings.Split(text, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
			on[n] = true
		}
	}
	return on
}

// notificationsOn says whether reminders go to the desktop.
func (u *UI) notificationsOn() bool {
	return u.app.Preferences().BoolWithFallback(prefNotifications, true)
}

// settingsPrefs is the Settings screen's "Preferences" card: the look and
// notifications, kept in Fyne's preferences since they belong to this
// computer, and the default experience and lab share, which are part of the
// learner's availability and saved with the data. Each applies at once.
type settingsPrefs struct {
	ui          *UI
	theme       *widget.Select
	notify      *widget.Check
	renewalDays *widget.CheckGroup // which renewal thresholds are notified
	experience  *widget.Select
	labShare    *widget.Entry
	message     *widget.Label
	box         fyne.CanvasObject
}

func newSettingsPrefs(u *UI) *settingsPrefs {
	p := &settingsPrefs{ui: u}
	prefs := u.app.Preferences()

	p.theme = widget.NewSelect(themeLabels(), nil)
	p.theme.SetSelectedIndex(max(slices.Index(themeChoices, prefs.String(prefTheme)), 0))
	p.theme.OnChanged = func(string) {
		prefs.SetString(prefTheme, themeChoices[max(p.theme.SelectedIndex(), 0)])
		u.applyTheme()
	}

	p.notify = widget.NewCheck(lang.L("Show reminders as desktop notifications"), nil)
	p.notify.SetChecked(u.notificationsOn())
	p.notify.OnChanged = func(on bool) {
		prefs.SetBool(prefNotifications, on)
		if on {
			u.reminders.check() // what came due while they were off shows now
		}
	}

	var labels []string
	for _, d := range renewalDayChoices {
		labels = append(labels, fmt.Sprintf(lang.L("%d days"), d))
	}
	p.renewalDays = widget.NewCheckGroup(labels, nil)
	p.renewalDays.Horizontal = true
	on := u.renewalDaysOn()
	for i, d := range renewalDayChoices {
		if on[d] {
			p.renewalDays.Selected = append(p.renewalDays.Selected, labels[i])
		}
	}
	p.renewalDays.OnChanged = func(selected []string) {
		var days []string
		for i, d := range renewalDayChoices {
			if slices.Contains(selected, labels[i]) {
				days = append(days, strconv.Itoa(d))
			}
		}
		prefs.SetString(prefRenewalDays, strings.Join(days, ","))
	}

	p.experience = widget.NewSelect(planExperienceLabels(), nil)
	p.labShare = widget.NewEntry()
	p.labShare.OnSubmitted = func(string) { p.commitLabShare() }
	p.message = widget.NewLabel("")
	p.message.Importance = widget.DangerImportance
	p.message.Hide()
	p.refresh()
	p.experience.OnChanged = func(string) { p.chooseExperience() }

	p.box = container.NewVBox(
		container.New(layout.NewFormLayout(),
			widget.NewLabel(lang.L("Theme")), p.theme,
			widget.NewLabel(lang.L("Notifications")), p.notify,
			widget.NewLabel(lang.L("Renewal reminders")), container.NewVBox(p.renewalDays,
				widget.NewLabelWithStyle(lang.L("before an expiry, and on the day itself"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})),
			widget.NewLabel(lang.L("Experience")), p.experience,
			widget.NewLabel(lang.L("Lab share")), container.NewBorder(nil, nil, nil,
				widget.NewButton(lang.L("Apply"), p.commitLabShare), p.labShare),
		),
		p.message)
	return p
}

// refresh shows the saved experience and lab share, after a change on the
// Plan screen or a restore.
func (p *settingsPrefs) refresh() {
	a, err := p.ui.deps.Service.Availability()
	if err != nil {
		return
	}
	if i := slices.Index(planner.Experiences(), a.Experience); i >= 0 && p.experience.SelectedIndex() != i {
		p.experience.SetSelectedIndex(i)
	}
	if p.message.Hidden { // a wrong share being corrected keeps its text
		p.labShare.SetText(planner.FormatHours(a.LabShare))
	}
}

func (p *settingsPrefs) chooseExperience() {
	x := planner.Experiences()[max(p.experience.SelectedIndex(), 0)]
	p.save(func(a *planner.Availability) error {
		if a.Experience == x {
			return errUnchanged
		}
		a.Experience = x
		return nil
	})
}

func (p *settingsPrefs) commitLabShare() {
	text := strings.TrimSpace(p.labShare.Text)
	p.save(func(a *planner.Availability) error {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return planner.Invalidf("lab-share", lang.L("lab share %q is not a number: type a share from 0 to 1, such as 0.3"), text)
		}
		if a.LabShare == f {
			return errUnchanged
		}
		a.LabShare = f
		return nil
	})
}

// errUnchanged tells save that the edit changes nothing: the field is
// showing the saved value.
var errUnchanged = errors.New("unchanged")

// save applies edit to the saved availability and saves it through the
// planner, which checks it; every screen then shows the new value.
func (p *settingsPrefs) save(edit func(*planner.Availability) error) {
	svc := p.ui.deps.Service
	a, err := svc.Availability()
	if err == nil {
		err = edit(&a)
		if errors.Is(err, errUnchanged) {
			return
		}
	}
	if err == nil {
		err = svc.SetAvailability(a)
	}
	if err != nil {
		p.message.SetText(err.Error())
		p.message.Show()
		return
	}
	p.message.Hide()
	p.ui.refreshAll()
}
