package app

import (
	"fyne.io/fyne/v2"

	"certplan/assets"
)

// appIcon is the window icon: the app icon, drawn at a window's size.
var appIcon = fyne.NewStaticResource("icon.png", assets.WindowIconPNG)
