package app

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// commonServices are offered when logging practice; any other name can be
// typed. They are the services the associate and professional exams lean on.
var commonServices = []string{
	"EC2", "S3", "Lambda", "IAM", "VPC", "RDS", "DynamoDB", "CloudFormation", "CloudWatch",
	"ECS", "EKS", "API Gateway", "SQS", "SNS", "Route 53", "CloudFront", "KMS",
	"Step Functions", "EventBridge", "Kinesis", "Glue", "Athena", "SageMaker", "Bedrock", "CodePipeline",
}

// servicesField is a comma-separated list of AWS services. Its drop-down
// adds the picked service to the list instead of replacing the text, so a
// lab that used three services takes three picks.
type servicesField struct {
	entry *widget.SelectEntry
	menu  *fyne.Menu
}

func newServicesField() *servicesField {
	f := &servicesField{entry: widget.NewSelectEntry(nil)}
	f.entry.SetPlaceHolder(lang.L("e.g. EC2, S3"))
	items := make([]*fyne.MenuItem, len(commonServices))
	for i, name := range commonServices {
		items[i] = fyne.NewMenuItem(name, func() { f.add(name) })
	}
	f.menu = fyne.NewMenu("", items...)
	drop := widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), f.showMenu)
	drop.Importance = widget.LowImportance
	f.entry.ActionItem = drop // set before the first render, so SelectEntry keeps it
	return f
}

func (f *servicesField) showMenu() {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.entry)
	if c == nil {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.entry)
	pop := widget.NewPopUpMenu(f.menu, c)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, f.entry.Size().Height)))
	pop.Resize(fyne.NewSize(f.entry.Size().Width, pop.MinSize().Height))
}

// add appends a service unless the list has it already. A half-typed last
// name that the pick completes ("Dyna" then DynamoDB) is replaced.
func (f *servicesField) add(name string) {
	names := splitServices(f.entry.Text)
	if n := len(names); n > 0 && !strings.HasSuffix(strings.TrimSpace(f.entry.Text), ",") &&
		strings.HasPrefix(strings.ToLower(name), strings.ToLower(names[n-1])) {
		names = names[:n-1]
	}
	if !slices.ContainsFunc(names, func(have string) bool { return strings.EqualFold(have, name) }) {
		names = append(names, name)
	}
	f.setText(strings.Join(names, ", "))
}

// setText replaces the text with the cursor at its end, ready for the next
// name to be typed.
func (f *servicesField) setText(text string) {
	f.entry.SetText(text)
	f.entry.CursorRow, f.entry.CursorColumn = 0, utf8.RuneCountInString(text)
	f.entry.Refresh()
}

// services reads the list back.
func (f *servicesField) services() []string { return splitServices(f.entry.Text) }

// splitServices reads "EC2, S3,, Lambda" as three names.
func splitServices(text string) []string {
	var out []string
	for _, s := range strings.Split(text, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
