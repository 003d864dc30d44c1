package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// earnedForm records a certification or badge as earned, as `certplan
// earned add` does, and says what the pass renewed.
type earnedForm struct {
	ui         *UI
	code       *codeField
	date       *dateField
	credential *widget.Entry
	link       *widget.Entry
	save       *widget.Button
	errs       *fieldErrors
	result     *widget.Label
	box        fyne.CanvasObject
}

func newEarnedForm(u *UI) *earnedForm {
	svc := u.deps.Service
	f := &earnedForm{ui: u, errs: newFieldErrors("cert", "date", "credential-id", "url")}
	f.code = newCodeField(svc.Catalog(), lang.L("Code, such as SAA-C03"))
	f.date = newDateField("YYYY-MM-DD", svc.Today, nil)
	f.credential = widget.NewEntry()
	f.credential.PlaceHolder = lang.L("Optional")
	f.link = widget.NewEntry()
	f.link.PlaceHolder = lang.L("Optional, https://…")
	f.save = widget.NewButtonWithIcon(lang.L("Record earned"), theme.ConfirmIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	submitOnEnter(f.submit, &f.code.entry.Entry, &f.date.entry.Entry, f.credential, f.link)
	f.result = widget.NewLabel("")
	f.result.Wrapping = fyne.TextWrapWord
	f.result.Hide()
	f.box = container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(lang.L("Certification"), f.errs.under("cert", f.code.entry)),
			widget.NewFormItem(lang.L("Earned on"), f.errs.under("date", f.date.entry)),
			widget.NewFormItem(lang.L("Credential ID"), f.errs.under("credential-id", f.credential)),
			widget.NewFormItem(lang.L("Verification link"), f.errs.under("url", f.link)),
		),
		f.errs.general,
		container.NewHBox(f.save),
		f.result,
	)
	return f
}

// submit records the certification; bad input leaves everything as it was
// and puts the planner's message next to the field at fault.
func (f *earnedForm) submit() {
	f.result.Hide()
	date, err := parseOptionalDate("date", f.date.entry.Text)
	if err != nil {
		f.errs.show(err)
		return
	}
	e := planner.Earned{Code: f.code.code(), Date: date,
		CredentialID: strings.TrimSpace(f.credential.Text), URL: strings.TrimSpace(f.link.Text)}
	renewed, err := f.ui.deps.Service.AddEarned(e)
	if err != nil {
		f.errs.show(err)
		return
	}
	f.errs.clear()
	code := planner.NormalizeCode(e.Code)
	f.result.SetText(fmt.Sprintf(lang.L("Recorded %s, earned %s."), code, date) + " " + renewedText(renewed))
	f.result.Show()
	f.code.entry.SetText("")
	f.date.entry.SetText("")
	f.credential.SetText("")
	f.link.SetText("")
	f.ui.refreshAll()
}

// renewedText says what a pass renewed.
func renewedText(renewed []string) string {
	if len(renewed) == 0 {
		return lang.L("It renewed nothing else.")
	}
	return fmt.Sprintf(lang.L("It renewed %s."), strings.Join(renewed, ", "))
}
