package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// heldCard is one held certification on the Wallet screen: a stripe in its
// tier's colour, its status, the days left as a number and a bar, what
// renews it, and what can be done about it.
type heldCard struct {
	held     planner.Held
	status   *widget.Label
	days     *widget.Label
	bar      *daysBar
	renew    *widget.Button // Plan the renewal
	extend   *widget.Button // Record maintain extension
	remove   *widget.Button
	box      fyne.CanvasObject
	describe string // the card as one line, for tests and screen readers
}

// cardActions are what a card's buttons do, given the held code.
type cardActions struct {
	planRenewal, extend, remove func(code string)
}

func newHeldCard(cat *catalog.Catalog, h planner.Held, do cardActions) *heldCard {
	e, _ := cat.Lookup(h.Code)
	c := &heldCard{held: h}
	stripe := canvas.NewRectangle(tierColor(e.Tier))
	stripe.SetMinSize(fyne.NewSize(theme.Padding()*2, 0))

	title := widget.NewLabelWithStyle(h.Code, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name := widget.NewLabel(e.Name)
	name.Truncation = fyne.TextTruncateEllipsis
	c.status = widget.NewLabelWithStyle(heldStatusName(h.Status), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	c.status.Importance = heldStatusImportance(h.Status)

	c.days = bigFigure()
	c.bar = newDaysBar(h.DaysLeft, int(h.Expires-planner.AddYears(h.Expires, -max(e.ValidityYears, 1))), heldStatusColour(h.Status))
	dates := widget.NewLabel(heldDatesText(h))
	dates.Wrapping = fyne.TextWrapWord
	renews := widget.NewLabel(renewedByText(h))
	renews.Wrapping = fyne.TextWrapWord
	if h.Expires.IsZero() {
		c.days.SetText(lang.L("Never expires"))
		c.bar.Hide()
	} else {
		c.days.SetText(daysLeftText(h.DaysLeft))
	}

	c.renew = widget.NewButtonWithIcon(lang.L("Plan the renewal"), theme.CalendarIcon(), func() { do.planRenewal(h.Code) })
	c.extend = widget.NewButtonWithIcon(lang.L("Record maintain extension"), theme.HistoryIcon(), func() { do.extend(h.Code) })
	c.remove = widget.NewButtonWithIcon(lang.L("Remove…"), theme.DeleteIcon(), func() { do.remove(h.Code) })
	c.remove.Importance = widget.LowImportance
	if h.Expires.IsZero() || h.Status == planner.StatusExpired {
		c.renew.Hide()
	}
	if h.Status == planner.StatusExpired || !e.CanMaintain() {
		c.extend.Hide()
	}
	if h.Status != planner.StatusActive {
		c.renew.Importance = widget.HighImportance
	}

	body := container.NewVBox(
		container.NewBorder(nil, nil, title, c.status, name),
		c.days, c.bar, dates, renews,
		container.NewHBox(c.renew, c.extend, c.remove),
	)
	c.box = widget.NewCard("", "", container.NewBorder(nil, nil, stripe, nil, body))
	c.describe = strings.Join([]string{h.Code, heldStatusName(h.Status), c.days.Text, renews.Text}, " · ")
	return c
}

// heldDatesText says when a certification was earned, last renewed and
// when it expires.
func heldDatesText(h planner.Held) string {
	parts := []string{fmt.Sprintf(lang.L("Earned %s"), h.Earned)}
	if !h.LastRenewed.IsZero() {
		parts = append(parts, fmt.Sprintf(lang.L("renewed %s"), h.LastRenewed))
	}
	if !h.Expires.IsZero() {
		verb := lang.L("expires %s")
		if h.Status == planner.StatusExpired {
			verb = lang.L("expired %s")
		}
		parts = append(parts, fmt.Sprintf(verb, h.Expires))
	}
	if h.CredentialID != "" {
		parts = append(parts, fmt.Sprintf(lang.L("credential %s"), h.CredentialID))
	}
	return strings.Join(parts, " · ")
}

// renewedByText names the exams that renew a certification and the one
// suggested.
func renewedByText(h planner.Held) string {
	switch {
	case h.Expires.IsZero():
		return lang.L("Needs no renewal.")
	case h.Status == planner.StatusExpired:
		return lang.L("Can no longer be renewed; earn it again to hold it.")
	case len(h.RenewedBy) == 0:
		return lang.L("No exam renews it.")
	}
	text := fmt.Sprintf(lang.L("Renewed by a pass of %s."), strings.Join(h.RenewedBy, ", "))
	if h.RenewWith != "" {
		text += " " + fmt.Sprintf(lang.L("Suggested: %s."), h.RenewWith)
	}
	return text
}
