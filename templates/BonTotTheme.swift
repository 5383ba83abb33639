// Not part of the theme: this file makes `templates/` the Swift module `BonTotTheme`, into
// which the EmbedTemplates plugin writes every other file of the folder as source
// (`EmbeddedTheme.files`). A folder that is a target's own is watched by SwiftPM, which plans the
// build again, and runs the plugin with the new list of files, when a file is added to it or
// removed from it; a folder outside every target was not, and a removed template stopped the
// build ("missing inputs") until `.build` was deleted. EmbedTemplates leaves `.swift` files out.
