/// A path-segment trie of route templates (after Hummingbird's `RouterTrie`): a node per
/// segment position, literal children in a dictionary, at most one `{parameter}` child.
/// Nodes live in a flat array and refer to each other by index.
struct RouteTrie: Sendable {
    /// One registered (method, template) and its handler.
    struct Route: Sendable {
        var method: HTTPMethod
        var template: String
        /// Names of the template's parameters, in path order.
        var parameterNames: [String]
        var handler: Handler
    }

    struct Node: Sendable {
        var literals: [String: Int] = [:]
        var parameter: Int?
        var routes: [Route] = []
    }

    /// A segment of a template.
    enum Segment: Equatable {
        case literal(String)
        case parameter(String)
    }

    private(set) var nodes = [Node()]

    /// Parses `/a/{b}/c` into segments; a template is a programmer's constant, so a malformed
    /// one stops the program at registration rather than misrouting later.
    static func segments(of template: String) -> [Segment] {
        precondition(template.hasPrefix("/"), "route template must start with '/': \(template)")
        precondition(template == "/" || !template.hasSuffix("/"), "route template must not end with '/': \(template)")
        if template == "/" { return [] }
        return template.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { part in
            precondition(!part.isEmpty, "empty segment in route template: \(template)")
            if part.hasPrefix("{") {
                precondition(part.hasSuffix("}") && part.count > 2, "malformed parameter in route template: \(template)")
                return .parameter(String(part.dropFirst().dropLast()))
            }
            precondition(!part.contains("{") && !part.contains("}"), "braces inside a literal segment: \(template)")
            return .literal(String(part))
        }
    }

    mutating func insert(_ route: Route, at segments: [Segment]) {
        var index = 0
        for segment in segments {
            switch segment {
            case .literal(let text):
                if let child = nodes[index].literals[text] {
                    index = child
                } else {
                    nodes.append(Node())
                    nodes[index].literals[text] = nodes.count - 1
                    index = nodes.count - 1
                }
            case .parameter:
                if let child = nodes[index].parameter {
                    index = child
                } else {
                    nodes.append(Node())
                    nodes[index].parameter = nodes.count - 1
                    index = nodes.count - 1
                }
            }
        }
        precondition(
            !nodes[index].routes.contains { $0.method == route.method },
            "route registered twice: \(route.method) \(route.template)")
        nodes[index].routes.append(route)
    }

    /// The most specific node matching the decoded `segments` that `accepts`, and the
    /// parameter values captured on the way. Literal children are tried before the
    /// parameter child, backtracking when a literal branch dead-ends, so `/a/new` beats
    /// `/a/{id}` yet `/a/new/x` can still reach `/a/{id}/x`.
    func resolve(_ segments: [String], accepting accepts: (Node) -> Bool) -> (node: Node, values: [String])? {
        var values: [String] = []
        guard let found = descend(segments, 0, node: 0, values: &values, accepts) else { return nil }
        return (nodes[found], values)
    }

    private func descend(
        _ segments: [String], _ depth: Int, node: Int, values: inout [String], _ accepts: (Node) -> Bool
    ) -> Int? {
        if depth == segments.count { return accepts(nodes[node]) ? node : nil }
        let segment = segments[depth]
        if let child = nodes[node].literals[segment],
            let found = descend(segments, depth + 1, node: child, values: &values, accepts)
        {
            return found
        }
        // A parameter never matches an empty segment (`/a//b`, or a trailing slash).
        if let child = nodes[node].parameter, !segment.isEmpty {
            values.append(segment)
            if let found = descend(segments, depth + 1, node: child, values: &values, accepts) { return found }
            values.removeLast()
        }
        return nil
    }
}
