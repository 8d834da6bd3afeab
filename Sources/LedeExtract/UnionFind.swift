/// Disjoint sets over `0..<count` with path halving. `union` keeps the smaller index as the
/// root, so a group's root is its first member in index order (listing order, for the corpus
/// entity index in `LedeStore`; the members of one list for the learned typer's decisions).
package struct UnionFind {
    private var parent: [Int]

    package init(count: Int) { parent = Array(0..<count) }

    package mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    package mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
