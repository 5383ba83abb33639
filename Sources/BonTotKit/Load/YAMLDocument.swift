import Yams

/// Parses YAML text into a node tree that keeps the line of every value, turning syntax errors
/// into diagnostics that point at the line in the original file.
public enum YAMLDocument {
    /// Composes `text`, whose first line is line `firstLine` of `path`.
    /// Returns nil and a diagnostic when the YAML is malformed.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: text))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, firstLine: firstLine))
        } catch {
            return .failure(.error(at: SourceLocation(file: path, line: firstLine), "YAML không hợp lệ / invalid YAML"))
        }
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        let offset = firstLine - 1
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .error(at: SourceLocation(file: path, line: mark.line + offset),
                          "lỗi cú pháp YAML / YAML syntax error: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at: SourceLocation(file: path, line: context.mark.line + offset),
                          "khóa bị lặp / duplicated key: \(duplicates.joined(separator: ", "))")
        default:
            return .error(at: SourceLocation(file: path, line: firstLine), "YAML không hợp lệ / invalid YAML: \(error)")
        }
    }
}
