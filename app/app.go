// Package app is CertPlan's desktop user interface. It receives a fyne.App
// and a window rather than creating them, so tests drive the real screens
// with Fyne's test driver. It talks to the planner only, never to storage.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

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

// screen is one tab: it builds its content once and refreshes it when the
// data it shows may have changed (an edit elsewhere, a restore).
type screen interface {
	title() string
	icon() fyne.Resource
	content() fyne.CanvasObject
	refresh()
}

// UI is the main window's state.
type UI struct {
	app     fyne.App
	win     fyne.Window
	deps    Deps
	tabs    *container.AppTabs
	screens []screen

	today    *todayScreen
	plan     *planScreen
	log      *logScreen
	wallet   *walletScreen
	catalog  *catalogScreen
	settings *settingsScreen
	undo     *undoBar          // takes back the last removal for a few seconds
	holders  []*fyne.Container // each tab's content, filled when first shown

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
// Today screen reads its data now; the others read theirs each time their
// tab is selected, so start-up does not wait for a plan or a long log that
// nobody is looking at yet.
func New(a fyne.App, w fyne.Window, deps Deps) *UI {
	u := &UI{app: a, win: w, deps: deps, inBackground: runInBackground}
	w.SetTitle("CertPlan")
	w.SetIcon(appIcon)
	u.applyTheme()
	u.calendarFile = newCalendarFile(u)
	u.plan = newPlanScreen(u)
	u.catalog = newCatalogScreen(u)
	u.settings = newSettingsScreen(u)
	u.today = newTodayScreen(u)
	u.log = newLogScreen(u)
	u.wallet = newWalletScreen(u)
	u.screens = []screen{u.today, u.plan, u.log, u.wallet, u.catalog, u.settings}
	// A screen's widgets join the window when its tab is first shown: Fyne
	// measures every text of everything in the window (the tabs' minimum
	// size covers all their contents), and at start-up only Today is seen.
	items := make([]*container.TabItem, len(u.screens))
	u.holders = make([]*fyne.Container, len(u.screens))
	for i, s := range u.screens {
		u.holders[i] = container.NewStack()
		items[i] = container.NewTabItemWithIcon(s.title(), s.icon(), u.holders[i])
	}
	u.attach(0)
	u.tabs = container.NewAppTabs(items...)
	u.tabs.OnSelected = func(*container.TabItem) {
		i := u.tabs.SelectedIndex()
		u.attach(i)
		u.screens[i].refresh()
	}
	u.undo = newUndoBar()
	w.SetContent(container.NewBorder(nil, u.undo.box, nil, nil, u.tabs))
	u.restoreWindowSize()
	w.SetCloseIntercept(u.quit)
	u.addShortcuts()
	u.reminders = &reminderNotifier{ui: u}
	u.reminders.start()
	if deps.CatalogWarning != nil {
		u.showWarning(lang.L("Your catalog.json was not used"), deps.CatalogWarning)
	}
	return u
}

// refreshAll re-reads every screen's data, after a change that touches
// everything (a restore).
func (u *UI) refreshAll() {
	for i, s := range u.screens {
		if len(u.holders[i].Objects) > 0 { // a screen not shown yet reads its data when it is
			s.refresh()
		}
	}
	u.calendarFile.changed()
}

// targetsChanged tells the screens that show targets to reload them.
func (u *UI) targetsChanged() { u.refreshAll() }

// attach puts screen i's widgets into its tab, the first time it is shown.
func (u *UI) attach(i int) {
	if h := u.holders[i]; len(h.Objects) == 0 {
		h.Objects = []fyne.CanvasObject{u.screens[i].content()}
		h.Refresh()
	}
}

// selectScreen switches to the tab showing s.
func (u *UI) selectScreen(s screen) {
	for i, have := range u.screens {
		if have == s {
			u.tabs.SelectIndex(i)
		}
	}
}

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
