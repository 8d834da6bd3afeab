/// Speed round forty: the `YYYY-MM-DD` texts of the timeline's dates, each made once for a run
/// of events on one day.
///
/// `TimelineBuilder.events(_:doc:)` made `CivilDate.description` for every event's start and
/// end (13,900 a corpus round, about 270 instructions each, most of them `String`'s UTF-8
/// check and copy). The events come out ordered by their start day, so neighbours often share
/// their dates: the last two texts made are kept and handed out again for an equal date. A
/// date's text depends on the date alone, so the strings are the same.
struct DateTexts40 {
    private var last: (date: CivilDate, text: String)?
    private var before: (date: CivilDate, text: String)?

    /// `date.description`, made again only when neither of the last two dates asked is `date`.
    mutating func text(_ date: CivilDate) -> String {
        if let last, last.date == date { return last.text }
        if let before, before.date == date { return before.text }
        let text = date.description
        before = last
        last = (date, text)
        return text
    }
}
