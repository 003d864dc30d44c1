// Package app is CertPlan's desktop user interface. It receives a fyne.App
// and a window rather than creating them, so tests drive the real screens
// with Fyne's test driver. It talks to the planner only, never to storage.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"certplan/planner"
)

// Deps is what the screens need from the outside world.
type Deps struct {
	Service *planner.Service
	DataDir string
	// CatalogWarning is a problem with the learner's catalog.json overlay;
	// the app runs on the built-in catalog and says so.
	CatalogWarning error
}

// screen is one tab's content: built the first time it is needed, then
// refreshed when the data it shows may have changed (an edit elsewhere, a
// restore).
type screen interface {
	content() fyne.CanvasObject
	refresh()
}

// tabID is a screen's place in the tab bar, in tab order.
type tabID int

const (
	todayTab tabID = iota
	planTab
	logTab
	walletTab
	catalogTab
	settingsTab
)

// tab is one screen's tab. Its title and icon are known at start-up; the
// screen itself is built when first needed (its tab selected, or a shortcut
// or button that uses it), and its widgets join the window when the tab is
// first shown: Fyne measures every text of everything in the window (the
// tabs' minimum size covers all their contents), and at start-up only Today
// is seen.
type tab struct {
	build  func() screen
	built  screen          // nil until first needed
	holder *fyne.Container // the screen's widgets, once shown
}

// UI is the main window's state.
type UI struct {
	app     fyne.App
	win     fyne.Window
	deps    Deps
	tabs    *container.AppTabs
	screens []*tab // in tab order: see tabID

	today *todayScreen // always built: it is the screen shown at start-up
	undo  *undoBar     // takes back the last removal for a few seconds

	reminders    *reminderNotifier
	calendarFile *calendarFile // kept up to date after every change, when the learner asks

	guide           *firstRunGuide // the first-run guide while it is open
	firstRunOffered bool           // the guide was shown this session (and maybe skipped)

	// inBackground runs work off the UI goroutine, then done on it. Tests
	// swap in a synchronous version: Fyne's test driver runs fyne.Do
	// callbacks on the calling goroutine, which would race with the test.
	inBackground func(work, done func())
}

// runInBackground is the real inBackground.
func runInBackground(work, done func()) {
	go func() {
		work()
		fyne.Do(done)
	}()
}

// Default and minimum window sizes, in Fyne's device-independent units.
var defaultWindowSize = fyne.NewSize(1100, 740)

// New builds the main window's content and wires its behaviour. Only the
// Today screen is built and reads its data now; each other screen is built
// the first time it is needed and reads its data each time its tab is
// selected, so start-up does not wait for a plan, a long log or a catalog
// that nobody is looking at yet.
func New(a fyne.App, w fyne.Window, deps Deps) *UI {
	u := &UI{app: a, win: w, deps: deps, inBackground: runInBackground}
	w.SetTitle("CertPlan")
	w.SetIcon(appIcon)
	u.applyTheme()
	u.calendarFile = newCalendarFile(u)
	u.today = newTodayScreen(u)
	type spec struct {
		title string
		icon  fyne.Resource
		build func() screen
	}
	specs := []spec{
		todayTab:    {lang.L("Today"), theme.HomeIcon(), func() screen { return u.today }},
		planTab:     {lang.L("Plan"), theme.CalendarIcon(), func() screen { return newPlanScreen(u) }},
		logTab:      {lang.L("Log"), theme.HistoryIcon(), func() screen { return newLogScreen(u) }},
		walletTab:   {lang.L("Wallet"), theme.AccountIcon(), func() screen { return newWalletScreen(u) }},
		catalogTab:  {lang.L("Catalog"), theme.ListIcon(), func() screen { return newCatalogScreen(u) }},
		settingsTab: {lang.L("Settings"), theme.SettingsIcon(), func() screen { return newSettingsScreen(u) }},
	}
	items := make([]*container.TabItem, len(specs))
	u.screens = make([]*tab, len(specs))
	for i, sp := range specs {
		u.screens[i] = &tab{build: sp.build, holder: container.NewStack()}
		items[i] = container.NewTabItemWithIcon(sp.title, sp.icon, u.screens[i].holder)
	}
	u.attach(todayTab)
	u.tabs = container.NewAppTabs(items...)
	u.tabs.OnSelected = func(*container.TabItem) {
		id := tabID(u.tabs.SelectedIndex())
		u.attach(id)
		u.screens[id].built.refresh()
	}
	u.undo = newUndoBar()
	w.SetContent(container.NewBorder(nil, u.undo.box, nil, nil, u.tabs))
	u.restoreWindowSize()
	w.SetCloseIntercept(u.quit)
	u.addShortcuts()
	u.reminders = &reminderNotifier{ui: u}
	if deps.CatalogWarning != nil {
		u.showWarning(lang.L("Your catalog.json was not used"), deps.CatalogWarning)
	}
	return u
}

// Started runs what need not delay the window's first frame: the first
// reminder check, which may send desktop notifications and record them
// (a write, which on a large folder first waits for its tables to be
// checked). Call it once the window is up, on the UI goroutine (main does
// so from the app's OnStarted).
func (u *UI) Started() {
	u.reminders.start()
}

// refreshAll re-reads every screen's data, after a change that touches
// everything (a restore).
func (u *UI) refreshAll() {
	for _, t := range u.screens {
		if u.shown(t) { // a screen not shown yet reads its data when it is
			t.built.refresh()
		}
	}
	u.calendarFile.changed()
}

// targetsChanged tells the screens that show targets to reload them.
func (u *UI) targetsChanged() { u.refreshAll() }

// screen returns screen id, building it the first time it is needed.
func (u *UI) screen(id tabID) screen {
	t := u.screens[id]
	if t.built == nil {
		t.built = t.build()
	}
	return t.built
}

// The screens other than Today, each built when first asked for.
func (u *UI) planScreen() *planScreen         { return u.screen(planTab).(*planScreen) }
func (u *UI) logScreen() *logScreen           { return u.screen(logTab).(*logScreen) }
func (u *UI) walletScreen() *walletScreen     { return u.screen(walletTab).(*walletScreen) }
func (u *UI) catalogScreen() *catalogScreen   { return u.screen(catalogTab).(*catalogScreen) }
func (u *UI) settingsScreen() *settingsScreen { return u.screen(settingsTab).(*settingsScreen) }

// isBuilt says whether screen id has been built.
func (u *UI) isBuilt(id tabID) bool { return u.screens[id].built != nil }

// shown says whether t's widgets are in the window: its tab has been shown.
func (u *UI) shown(t *tab) bool { return len(t.holder.Objects) > 0 }

// attach puts screen id's widgets into its tab, building the screen if need
// be, the first time it is shown.
func (u *UI) attach(id tabID) {
	if t := u.screens[id]; !u.shown(t) {
		t.holder.Objects = []fyne.CanvasObject{u.screen(id).content()}
		t.holder.Refresh()
	}
}

// selectScreen switches to the tab showing screen id, building it if need be.
func (u *UI) selectScreen(id tabID) { u.tabs.SelectIndex(int(id)) }

// tabTitle is screen id's title, as its tab shows it.
func (u *UI) tabTitle(id tabID) string { return u.tabs.Items[id].Text }

// Refresh re-reads every screen's data, after a change made outside the
// window (a command run through the open app). Call it on the UI
// goroutine (fyne.Do).
func (u *UI) Refresh() { u.refreshAll() }

// Raise shows and focuses the window, for a second launch of the app.
// Call it on the UI goroutine (fyne.Do).
func (u *UI) Raise() {
	u.win.Show()
	u.win.RequestFocus()
}
