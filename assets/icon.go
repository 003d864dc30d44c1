package assets

import _ "embed"

// IconPNG is the app icon (icon.png, drawn from icon.svg in this folder): the
// window and task bar show it, and FyneApp.toml packages the same file.
//
//go:embed icon.png
var IconPNG []byte
