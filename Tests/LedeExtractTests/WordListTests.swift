import Testing

@testable import LedeExtract

/// Properties of the generated word lists (`scripts/gen-wordlists`) the extractor relies on.
struct WordListTests {
    /// First-level regions of every country are places; outside the eighteen countries most in
    /// English news, a region whose name is also an English word, a given name or a surname is
    /// left out, since in a text the word is far likelier ("Unity", "Bay", "Mary", "Meta").
    @Test(arguments: ["kiambu", "jonglei", "helmand", "kalimantan", "mashonaland west", "benue", "ontario", "ont."])
    func regionsArePlaces(_ key: String) {
        #expect(Lexicon.shared.known[key]?.kind == .place, "\(key)")
    }

    @Test(arguments: ["unity", "bay", "meta", "pool", "store", "est", "cascade", "maritime"])
    func ambiguousRegionNamesAreNotListed(_ key: String) {
        #expect(Lexicon.shared.known[key]?.kind != .place, "\(key)")
    }

    @Test func aLoneRegionNameIsAPlace() {
        let text = "Heavy rain closed schools across Kiambu on Tuesday, officials said."
        let extraction = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 4, day: 2))
        #expect(extraction.entities.contains { $0.type == .place && $0.name == "Kiambu" })
    }

    /// Towns of 15,000 to 150,000 people in countries with a large English-language press are
    /// places; elsewhere, and where the name is also a word, a given name or a surname, they are
    /// left out ("Xinhua" is a town in China and the agency in English news; "Reservoir", "Officer"
    /// and "Hornsby" are Australian towns).
    @Test(arguments: ["suva", "njoro", "rotorua", "red deer", "bhadrachalam", "virac", "kontagora"])
    func smallTownsOfEnglishPressCountriesArePlaces(_ key: String) {
        #expect(Lexicon.shared.known[key]?.kind == .place, "\(key)")
    }

    @Test(arguments: ["xinhua", "sala", "babu", "reservoir", "officer", "hornsby", "beverley"])
    func smallTownsElsewhereOrAmbiguousAreNotListed(_ key: String) {
        #expect(Lexicon.shared.known[key]?.kind != .place, "\(key)")
    }

    /// Towns of 5,000 to 15,000 in the same countries, and US towns of 5,000 to 20,000, pass a
    /// stricter filter: five letters or more, no word of the name a common word, given name or
    /// surname, and no given name or title first ("Kura" is also an acronym; "Andres Bonifacio" and
    /// "General Luna" are named after people).
    @Test(arguments: ["halswell", "tumpat", "springwood", "lihue", "holtville"])
    func smallerTownsThatPassTheStricterFilterArePlaces(_ key: String) {
        #expect(Lexicon.shared.known[key]?.kind == .place, "\(key)")
    }

    @Test(arguments: ["kura", "jati", "andres bonifacio", "president roxas", "general luna"])
    func smallerTownsNamedLikePeopleOrAcronymsAreNotListed(_ key: String) {
        #expect(Lexicon.shared.known[key]?.kind != .place, "\(key)")
    }

    @Test func aSmallTownIsAPlaceWithoutACue() {
        let text = "The road to Suva was closed on Monday after the storm, and crews reached Rotorua by noon."
        let extraction = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 4, day: 2))
        #expect(extraction.entities.contains { $0.type == .place && $0.name == "Suva" })
        #expect(extraction.entities.contains { $0.type == .place && $0.name == "Rotorua" })
    }
}
