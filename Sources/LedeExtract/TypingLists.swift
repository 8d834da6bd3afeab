/// The learned typer's decisions on the members of one list. Names coordinated in one list
/// ("bids came from Corvane, Delmont and Tessaro") are things of one kind, but the model scores
/// each alone, from features a list's members hardly share (position, the word after, the
/// sentence start). A retrain of the fourth session of 2026-11-30 typed such a list place, kept
/// and dropped; a model that cannot agree with itself on one list has no ground to overrule the
/// rules there. So: the members' decisions (an exempt member's is "keep") are counted; a strict
/// majority decides for every scored member, and without one every member keeps the rules' type.
extension EntityMerger {
    /// The model's decision for one scored group: nil keeps the rules' type, else the class
    /// (0 person, 1 place, 2 organisation, 3 none), as `EntityTyperModel.decide` gives it.
    struct TypingDecision {
        var group: Int
        var choice: Int?
        /// False for a group exempt from the model (`isTypingExempt`): it only votes "keep".
        var scored: Bool
    }

    /// Makes the decisions of list members agree (see the file's comment). Decisions not in a
    /// list are left as they are.
    func reconcileListDecisions(_ decisions: inout [TypingDecision], _ groups: [Group], _ raw: [RawMention]) {
        guard decisions.count >= 2, decisions.contains(where: { $0.scored && $0.choice != nil }) else { return }
        let tokens = doc.tokens.span
        // Where each decided group's mentions start, by token: a list mate is found by its
        // first token after a comma or a conjunction. A few dozen pairs searched in order, where
        // three hashed dictionaries (Swift's `Hasher` a key) cost about 3,700 instructions an
        // article (speed round forty-one). A token written twice keeps its last decision.
        var starts: [(token: Int, decision: Int)] = []
        for d in decisions.indices {
            for i in groups[decisions[d].group].members {
                if let t = doc.tokenIndex(of: raw[i]) { starts.append((t, d)) }
            }
        }
        func decision(at t: Int) -> Int? {
            for p in starts.indices.reversed() where starts[p].token == t { return starts[p].decision }
            return nil
        }
        var lists = UnionFind(count: decisions.count)
        var joined = false
        for p in starts.indices {
            let t = starts[p].token, d = starts[p].decision
            // Each token once, with its last decision.
            if starts[(p + 1)...].contains(where: { $0.token == t }) { continue }
            // The mention that starts at `t`: its end token, then ", " / " and " / ", and " and a mate.
            guard let end = mentionEnd(from: t, decisions[d], groups, raw) else { continue }
            var k = end
            var sawSeparator = false
            while k < tokens.count, k - end < 2, tokens[k].sentence == tokens[t].sentence,
                tokens[k].key == "," || EntityMerger.listJoiners.contains(doc.tokens, at: k)
            {
                sawSeparator = true
                k += 1
            }
            guard sawSeparator, let mate = decision(at: k), mate != d else { continue }
            lists.union(d, mate)
            joined = true
        }
        // No two joined: every list is of one, and no decision changes (speed round forty-eight).
        guard joined else { return }
        // Each list of two or more: the strict majority's choice, or the rules' type for all. A
        // list is visited at its root (a root is its own `find`); a strict majority is the only
        // choice with more than half the votes, so the order of the votes cannot matter.
        var root: [Int] = []
        root.reserveCapacity(decisions.count)
        // Each list's size first: a list of one is skipped before its members are gathered (each
        // an array allocated and freed: speed round forty-eight).
        var sizes = [Int](repeating: 0, count: decisions.count)
        for d in decisions.indices {
            let r = lists.find(d)
            root.append(r)
            sizes[r] += 1
        }
        for r in decisions.indices where root[r] == r && sizes[r] >= 2 {
            let members = decisions.indices.filter { root[$0] == r }
            var choice: Int? = nil
            for d in members {
                let vote = decisions[d].choice ?? -1  // -1 for keep
                if members.count(where: { (decisions[$0].choice ?? -1) == vote }) * 2 > members.count {
                    choice = vote < 0 ? nil : vote
                    break
                }
            }
            for d in members where decisions[d].scored { decisions[d].choice = choice }
        }
    }

    /// The token after the mention of group `decision.group` that starts at token `t`.
    private func mentionEnd(from t: Int, _ decision: TypingDecision, _ groups: [Group], _ raw: [RawMention]) -> Int? {
        let start = doc.tokens.span[t].start
        for i in groups[decision.group].members where raw[i].start == start {
            let end = t + raw[i].tokenCount
            return end <= doc.tokens.count ? end : nil
        }
        return nil
    }
}
