package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// settingsScreen shows where data lives and offers backup and restore.
type settingsScreen struct {
	ui      *UI
	prefs   *settingsPrefs
	status  *widget.Label
	backup  *widget.Button
	restore *widget.Button
	box     fyne.CanvasObject
}

func newSettingsScreen(u *UI) *settingsScreen {
	s := &settingsScreen{ui: u}
	s.prefs = newSettingsPrefs(u)
	folder := widget.NewLabel(u.deps.DataDir)
	folder.Selectable = true // for copying; changed with --data-dir or CERTPLAN_DATA_DIR
	folder.Wrapping = fyne.TextWrapBreak
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.backup = widget.NewButtonWithIcon(lang.L("Back up…"), theme.DocumentSaveIcon(), s.chooseBackupFile)
	s.restore = widget.NewButtonWithIcon(lang.L("Restore…"), theme.UploadIcon(), s.chooseRestoreFile)

	cat := u.deps.Service.Catalog()
	catalogNote := fmt.Sprintf(lang.L("Built-in catalog data as of %s. Add your own exams or change prep hours in %s."),
		cat.DataAsOf(), filepath.Join(u.deps.DataDir, "catalog.json"))
	if u.deps.CatalogWarning != nil {
		catalogNote += "\n" + lang.L("Not used:") + " " + u.deps.CatalogWarning.Error()
	}
	catalogLabel := widget.NewLabel(catalogNote)
	catalogLabel.Wrapping = fyne.TextWrapWord

	s.box = container.NewVScroll(container.NewVBox(
		widget.NewCard(lang.L("Preferences"), lang.L("Each applies at once. Experience and lab share are the defaults the Plan screen also edits."),
			s.prefs.box),
		widget.NewCard(lang.L("Data folder"), lang.L("Everything CertPlan keeps stays here, on this computer."),
			container.NewVBox(folder, newCatalogQuietText(lang.L("To move it: make a backup below, start CertPlan with --data-dir NEW-FOLDER (or set CERTPLAN_DATA_DIR), then restore the backup there.")))),
		widget.NewCard(lang.L("Backup and restore"), lang.L("A backup is one JSON file with all targets, availability and log entries. Restoring replaces everything, and only if the whole file is valid."),
			container.NewVBox(container.NewHBox(s.backup, s.restore), s.status)),
		widget.NewCard(lang.L("Calendar file"), lang.L("An .ics file your calendar app can subscribe to, rewritten after each change to your plan or wallet."),
			u.calendarFile.box),
		widget.NewCard(lang.L("Catalog"), "", catalogLabel),
		widget.NewCard(lang.L("Getting started"), lang.L("The guide asks for your role, experience and hours, then suggests a path of exams."),
			container.NewHBox(widget.NewButtonWithIcon(lang.L("Run the first-run guide again"), theme.HelpIcon(), u.showFirstRunGuide))),
	))
	return s
}

func (s *settingsScreen) content() fyne.CanvasObject { return s.box }
func (s *settingsScreen) refresh()                   { s.prefs.refresh() }

func (s *settingsScreen) chooseBackupFile() {
	s.ui.chooseSaveFile("certplan-backup-"+s.ui.deps.Service.Today().String()+".json", ".json", s.runBackup)
}

func (s *settingsScreen) chooseRestoreFile() { s.chooseRestoreFileThen(nil) }

// chooseRestoreFileThen asks for a backup and, once confirmed, restores it;
// restored (if not nil) runs after a successful restore.
func (s *settingsScreen) chooseRestoreFileThen(restored func()) {
	s.ui.chooseOpenFile(".json", func(path string) {
		dialog.ShowConfirm(lang.L("Replace all data?"),
			fmt.Sprintf(lang.L("Everything in CertPlan will be replaced by the contents of %s. Make a backup first if unsure."), filepath.Base(path)),
			func(ok bool) {
				if ok {
					s.restoreThen(path, restored)
				}
			}, s.ui.win)
	})
}

// runBackup writes the backup off the UI goroutine and reports on it.
func (s *settingsScreen) runBackup(path string) {
	s.busy(lang.L("Backing up…"))
	var err error
	s.ui.inBackground(func() { err = s.ui.deps.Service.BackupToFile(path) }, func() {
		s.idle()
		if err != nil {
			s.status.SetText(lang.L("Backup failed:") + " " + err.Error())
			s.ui.showError(err)
			return
		}
		s.status.SetText(fmt.Sprintf(lang.L("Backup written to %s"), path))
	})
}

// runRestore replaces all data off the UI goroutine, then reloads every screen.
func (s *settingsScreen) runRestore(path string) { s.restoreThen(path, nil) }

// restoreThen is runRestore that also runs restored (if not nil) once the
// restore has succeeded.
func (s *settingsScreen) restoreThen(path string, restored func()) {
	s.busy(lang.L("Restoring…"))
	var err error
	s.ui.inBackground(func() { err = s.ui.deps.Service.RestoreFromFile(path) }, func() {
		s.idle()
		if err != nil {
			s.status.SetText(lang.L("Nothing was changed:") + " " + err.Error())
			s.ui.showError(err)
			return
		}
		s.status.SetText(fmt.Sprintf(lang.L("Restored from %s"), path))
		s.ui.refreshAll()
		if restored != nil {
			restored()
		}
	})
}

func (s *settingsScreen) busy(msg string) {
	s.status.SetText(msg)
	s.backup.Disable()
	s.restore.Disable()
}

func (s *settingsScreen) idle() {
	s.backup.Enable()
	s.restore.Enable()
}
