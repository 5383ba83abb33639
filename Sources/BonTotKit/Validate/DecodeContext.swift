/// What the decoders of one run share: where diagnostics go, and the references to check once
/// every file is read (media paths named in content).
final class DecodeContext {
    let sink: DiagnosticSink
    private(set) var mediaReferences: [MediaReference] = []

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    func referenceMedia(_ path: String, at location: SourceLocation, field: String) {
        mediaReferences.append(MediaReference(path: path, location: location, field: field))
    }
}

/// A media path written in a content file (`photo: media/kdc-21.jpg`), checked after loading.
struct MediaReference {
    var path: String
    var location: SourceLocation
    var field: String
}
