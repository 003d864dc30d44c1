package app

import (
	"certplan/catalog"
	"certplan/planner"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// screenshotDirEnv names a folder where screenshot tests keep their PNGs,
// for looking at the screens by eye: CERTPLAN_SCREENSHOTS=/tmp/shots go test ./app/
const screenshotDirEnv = "CERTPLAN_SCREENSHOTS"

// capture renders the window offscreen and checks that the picture is the
// window's size and not blank, so a screen that fails to draw fails the
// test. With CERTPLAN_SCREENSHOTS set it also keeps the PNG there.
func capture(t *testing.T, w fyne.Window, name string) image.Image {
	t.Helper()
	img := w.Canvas().Capture()
	size := w.Canvas().Size()
	b := img.Bounds()
	if b.Dx() < int(size.Width) || b.Dy() < int(size.Height) {
		t.Fatalf("%s: captured %dx%d, window is %vx%v", name, b.Dx(), b.Dy(), size.Width, size.Height)
	}
	if colours := distinctColours(img, 16); colours < 4 {
		t.Fatalf("%s: the capture has %d colours; the screen did not draw", name, colours)
	}
	if dir := os.Getenv(screenshotDirEnv); dir != "" {
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
	return img
}

// distinctColours counts colours on a coarse grid, stopping at limit.
func distinctColours(img image.Image, limit int) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// pinnedVariant fixes the default theme to one variant; the test driver
// does not choose between light and dark on its own.
type pinnedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (p pinnedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return p.Theme.Color(n, p.variant)
}

// walkObjects visits o and everything inside it, widgets' renderers too.
func walkObjects(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkObjects(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkObjects(c, visit)
		}
	}
}

// openTestUI builds the real main window for svc in app a, the way every
// screen test starts: background work made synchronous (see
// UI.inBackground), the default window size, closed when the test ends.
func openTestUI(t *testing.T, a fyne.App, svc *planner.Service) (*UI, fyne.Window) {
	t.Helper()
	w := a.NewWindow("")
	t.Cleanup(func() {
		// Fyne's test driver panics on a second Close; a test may have
		// closed the window itself (Ctrl+Q).
		for _, open := range a.Driver().AllWindows() {
			if open == w {
				w.Close()
			}
		}
	})
	u := New(a, w, Deps{Service: svc, DataDir: "/home/learner/.local/share/certplan"})
	u.inBackground = func(work, done func()) { work(); done() }
	u.Started() // as main does once the window is up
	t.Cleanup(u.reminders.stop)
	w.Resize(defaultWindowSize)
	return u, w
}

// builtinCatalog is the embedded catalog, failing the test if it is broken.
func builtinCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}
