import Glibc
import LedeHTTP
import LedeNet
import Testing

struct LoopHandleTests {
    struct Fixed: HTTPResponder {
        func respond(to request: HTTPRequest) -> HTTPResponse { HTTPResponse(status: HTTPStatus(code: 204)) }
    }

    @Test func postedJobsArriveInOrderAndWakeTheLoop() throws {
        let handle = try LoopHandle()
        let epoll = try Epoll(capacity: 2)
        try epoll.add(handle.wakeDescriptor, events: Epoll.readable, token: 1)
        handle.post(.replaceResponder(Fixed()))
        handle.post(.drain)
        handle.post(.stop)
        var woke = false
        try epoll.wait(timeoutMilliseconds: 1000) { _ in woke = true }
        #expect(woke)
        let jobs = handle.takeJobs()
        #expect(jobs.count == 3)
        if case .replaceResponder = jobs[0] {} else { Issue.record("first job should replace the responder") }
        if case .drain = jobs[1] {} else { Issue.record("second job should drain") }
        if case .stop = jobs[2] {} else { Issue.record("third job should stop") }
        #expect(handle.takeJobs().isEmpty)
        woke = false
        try epoll.wait(timeoutMilliseconds: 0) { _ in woke = true }
        #expect(!woke)
    }

    @Test func jobsPostedFromManyThreadsAllArrive() throws {
        let handle = try LoopHandle()
        var threads: [pthread_t] = []
        for _ in 0..<4 {
            threads.append(try LoopThread.spawn(name: "poster") {
                for _ in 0..<250 { handle.post(.drain) }
            })
        }
        threads.forEach(LoopThread.join)
        #expect(handle.takeJobs().count == 1000)
    }
}
