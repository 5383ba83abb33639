import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Requests to the preview server that read what `fetch` leaves out: the status and body of any
/// answer, and a redirect's `Location` without following it.
extension ServeCommandTests {
    /// How long one request may wait for its answer: generous for a debug server on a busy
    /// machine, where 5 s left little room for a page asked only once, not again and again.
    static let requestTimeout: TimeInterval = 30

    /// The status and `Location` of the answer to `address`, its redirect not followed.
    static func redirect(_ address: String) -> (status: Int, location: String?)? {
        guard let url = URL(string: address) else { return nil }
        let done = DispatchSemaphore(value: 0)
        let box = RedirectBox()
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirect(), delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.timeoutInterval = Self.requestTimeout
        session.dataTask(with: request) { _, response, _ in
            if let response = response as? HTTPURLResponse {
                box.answer = (response.statusCode, response.value(forHTTPHeaderField: "Location"))
            }
            done.signal()
        }.resume()
        done.wait()
        return box.answer
    }

    fileprivate final class NoRedirect: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }

    fileprivate final class RedirectBox: @unchecked Sendable {
        var answer: (status: Int, location: String?)?
    }

    /// Fetches `address` again and again until its answer, whatever its status, satisfies
    /// `condition`, for at most a minute.
    static func waitForAnswer(_ address: String,
                              until condition: ((status: Int, body: String)) -> Bool) -> (status: Int, body: String)? {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let answer = answer(address), condition(answer) { return answer }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return nil
    }

    /// The status and body of the answer to `address`, whatever its status, asked with `method`
    /// (`HEAD`: a link checker's question, answered without a body).
    static func answer(_ address: String, method: String = "GET") -> (status: Int, body: String)? {
        guard let url = URL(string: address) else { return nil }
        let done = DispatchSemaphore(value: 0)
        let box = AnswerBox()
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.cachePolicy = .reloadIgnoringLocalCacheData
        request.timeoutInterval = Self.requestTimeout
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                box.answer = (response.statusCode, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        done.wait()
        return box.answer
    }

    fileprivate final class AnswerBox: @unchecked Sendable {
        var answer: (status: Int, body: String)?
    }
}
