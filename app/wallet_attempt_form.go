package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// attemptForm records one sitting of an exam, as `certplan attempt add`
// does: the score, the score report's meets/below per domain and the
// voucher a pass comes with. It then says pass or fail, the first retake
// day after a fail, and what a pass renewed.
type attemptForm struct {
	ui      *UI
	code    *codeField
	date    *dateField
	score   *widget.Entry
	voucher *dateField
	domains *fyne.Container
	results []domainPick // per domain of the chosen exam, in guide order
	shownOf string       // the code whose domains are shown
	save    *widget.Button
	errs    *fieldErrors
	result  *widget.Label
	box     fyne.CanvasObject
}

// domainPick is one domain's meets / below choice.
type domainPick struct {
	name   string
	result *widget.RadioGroup
}

func newAttemptForm(u *UI) *attemptForm {
	svc := u.deps.Service
	f := &attemptForm{ui: u, errs: newFieldErrors("cert", "date", "score", "domain", "voucher-expires")}
	f.code = newCodeField(svc.Catalog(), lang.L("Code, such as SAA-C03"))
	changed := f.code.entry.OnChanged
	f.code.entry.OnChanged = func(s string) {
		changed(s)
		f.showDomains()
	}
	f.date = newDateField("YYYY-MM-DD", svc.Today, nil)
	f.score = widget.NewEntry()
	f.score.PlaceHolder = lang.L("Scaled score, such as 760")
	f.voucher = newDateField(lang.L("Optional, YYYY-MM-DD"), svc.Today, nil)
	f.domains = container.NewVBox()
	f.save = widget.NewButtonWithIcon(lang.L("Record attempt"), theme.ConfirmIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	submitOnEnter(f.submit, &f.code.entry.Entry, &f.date.entry.Entry, f.score, &f.voucher.entry.Entry)
	f.result = widget.NewLabel("")
	f.result.Wrapping = fyne.TextWrapWord
	f.result.Hide()
	f.box = container.NewVBox(
		widget.NewForm(
			widget.NewFormItem(lang.L("Exam"), f.errs.under("cert", f.code.entry)),
			widget.NewFormItem(lang.L("Taken on"), f.errs.under("date", f.date.entry)),
			widget.NewFormItem(lang.L("Score"), f.errs.under("score", f.score)),
			widget.NewFormItem(lang.L("Voucher expires"), f.errs.under("voucher-expires", f.voucher.entry)),
		),
		f.errs.under("domain", f.domains),
		f.errs.general,
		container.NewHBox(f.save),
		f.result,
	)
	return f
}

// showDomains lists the exam guide's domains of the code typed, each with
// meets / below to pick, once the code names a catalog entry.
func (f *attemptForm) showDomains() {
	e, ok := f.ui.deps.Service.Catalog().Lookup(planner.NormalizeCode(f.code.code()))
	if ok && e.Code == f.shownOf {
		return
	}
	f.domains.RemoveAll()
	f.results = nil
	f.shownOf = ""
	if !ok || len(e.Domains) == 0 {
		return
	}
	f.shownOf = e.Code
	f.domains.Add(widget.NewLabelWithStyle(lang.L("Score report by domain (optional)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, d := range e.Domains {
		r := widget.NewRadioGroup([]string{planner.Meets, planner.Below}, nil)
		r.Horizontal = true
		f.results = append(f.results, domainPick{d.Name, r})
		name := widget.NewLabel(d.Name)
		name.Truncation = fyne.TextTruncateEllipsis
		f.domains.Add(container.NewBorder(nil, nil, nil, r, name))
	}
}

// attempt reads the form; a score or date that does not parse is an error
// naming its field, like the planner's own.
func (f *attemptForm) attempt() (planner.Attempt, error) {
	a := planner.Attempt{Code: f.code.code()}
	var err error
	if a.Date, err = parseOptionalDate("date", f.date.entry.Text); err != nil {
		return a, err
	}
	if a.VoucherExpires, err = parseOptionalDate("voucher-expires", f.voucher.entry.Text); err != nil {
		return a, err
	}
	text := strings.TrimSpace(f.score.Text)
	if a.Score, err = strconv.Atoi(text); err != nil {
		return a, planner.Invalidf("score", "the score %q is not a whole number", text)
	}
	for _, p := range f.results {
		if p.result.Selected != "" {
			a.Domains = append(a.Domains, planner.DomainResult{Name: p.name, Result: p.result.Selected})
		}
	}
	return a, nil
}

func (f *attemptForm) submit() {
	f.result.Hide()
	a, err := f.attempt()
	if err != nil {
		f.errs.show(err)
		return
	}
	out, err := f.ui.deps.Service.AddAttempt(a)
	if err != nil {
		f.errs.show(err)
		return
	}
	f.errs.clear()
	f.result.SetText(outcomeText(f.ui.deps.Service, out))
	f.result.Show()
	f.code.entry.SetText("")
	f.date.entry.SetText("")
	f.score.SetText("")
	f.voucher.entry.SetText("")
	f.ui.refreshAll()
}

// outcomeText is what recording an attempt tells the learner.
func outcomeText(svc *planner.Service, out planner.AttemptOutcome) string {
	e, _ := svc.Catalog().Lookup(out.Code)
	if !out.Passed {
		text := fmt.Sprintf(lang.L("Not passed: %s on %s with %d (pass mark %s). You may retake it from %s."),
			out.Code, out.Date, out.Score, e.PassingLabel(), out.RetakeFrom)
		if below := belowDomainNames(out.Domains); len(below) > 0 {
			text += " " + fmt.Sprintf(lang.L("Your plan now gives more time to %s."), strings.Join(below, "; "))
		}
		return text
	}
	return fmt.Sprintf(lang.L("Passed: %s on %s with %d (pass mark %s)."), out.Code, out.Date, out.Score, e.PassingLabel()) +
		" " + renewedText(out.Renewed)
}

func belowDomainNames(rs []planner.DomainResult) []string {
	var out []string
	for _, r := range rs {
		if r.Result == planner.Below {
			out = append(out, r.Name)
		}
	}
	return out
}
