package app

import (
	"fyne.io/fyne/v2"

	"certplan/assets"
)

// appIcon is the window icon, from the same file FyneApp.toml packages.
var appIcon = fyne.NewStaticResource("icon.png", assets.IconPNG)
