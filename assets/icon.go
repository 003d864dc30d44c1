package assets

import _ "embed"

// IconPNG is the app icon (icon.png, drawn from icon.svg in this folder) at
// 512 px: FyneApp.toml packages the same file.
//
//go:embed icon.png
var IconPNG []byte

// WindowIconPNG is the same icon at 128 px, for the window and task bar.
// Window managers draw it at 16 to 64 px; handing them the 512 px original
// cost about 35 ms of every start-up, to decode it and convert each pixel
// for the window system.
//
//go:embed icons/128.png
var WindowIconPNG []byte
