import LedeNet
import Testing

struct DeadlineListsTests {
    private func lists() -> DeadlineLists {
        DeadlineLists(durations: [.header: 100, .body: 200, .idle: 1000, .write: 300, .linger: 50])
    }

    @Test func expiresInDeadlineOrderAcrossKinds() {
        var timers = lists()
        timers.schedule(5, .idle, now: 0)  // 1000
        timers.schedule(3, .header, now: 0)  // 100
        timers.schedule(9, .write, now: 10)  // 310
        timers.schedule(4, .header, now: 20)  // 120
        #expect(timers.nextDeadline == 100)
        #expect(timers.popExpired(now: 99) == nil)
        var expired: [Int32] = []
        while let (slot, _) = timers.popExpired(now: 400) { expired.append(slot) }
        #expect(Set(expired) == [3, 4, 9])
        #expect(expired.firstIndex(of: 3)! < expired.firstIndex(of: 4)!)
        #expect(timers.nextDeadline == 1000)
        #expect(timers.popExpired(now: 1000).map { [$0.slot] } == [5])
        #expect(timers.nextDeadline == nil)
    }

    @Test func ensureDoesNotExtendButScheduleDoes() {
        var timers = lists()
        timers.ensure(1, .header, now: 0)
        timers.ensure(1, .header, now: 50)  // trickling bytes: still due at 100
        #expect(timers.deadline(of: 1) == 100)
        timers.schedule(1, .header, now: 50)
        #expect(timers.deadline(of: 1) == 150)
        timers.ensure(1, .body, now: 60)  // a different kind replaces it
        #expect(timers.kind(of: 1) == .body)
        #expect(timers.deadline(of: 1) == 260)
    }

    @Test func cancelAndRescheduleKeepListsConsistent() {
        var timers = lists()
        for slot in Int32(0)..<10 { timers.schedule(slot, .header, now: Int64(slot)) }
        timers.cancel(0)
        timers.cancel(5)
        timers.cancel(9)
        timers.cancel(500)  // never scheduled, beyond the arrays: ignored
        timers.schedule(3, .header, now: 50)  // moves to the tail
        var order: [Int32] = []
        while let (slot, kind) = timers.popExpired(now: .max / 2) {
            #expect(kind == .header)
            order.append(slot)
        }
        #expect(order == [1, 2, 4, 6, 7, 8, 3])
        #expect(timers.kind(of: 3) == nil)
    }

    @Test func slotsGrowOnDemand() {
        var timers = lists()
        timers.schedule(20_000, .idle, now: 0)
        #expect(timers.kind(of: 20_000) == .idle)
        #expect(timers.kind(of: 19_999) == nil)
    }
}
