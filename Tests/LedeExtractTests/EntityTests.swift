import Foundation
import Testing

@testable import LedeExtract

@Suite struct EntityMergingTests {
    private func extract(_ text: String) -> Extraction {
        Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3))
    }

    private func entity(_ extraction: Extraction, _ name: String) -> Entity? {
        extraction.entities.first { $0.name == name }
    }

    @Test func surnameJoinsFullName() throws {
        let x = extract("According to DPD Public Information Director Vic Pratt, the officer erred. Pratt declined to comment.")
        let pratt = try #require(entity(x, "Vic Pratt"))
        #expect(pratt.type == .person)
        #expect(pratt.mentions.count == 2)
        #expect(pratt.aliases.contains("Pratt"))
        #expect(pratt.descriptors.contains("Public Information Director"))
        #expect(x.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func acronymJoinsExpansion() throws {
        let x = extract("The Detroit Police Department (DPD) disciplined him. The DPD apologized later.")
        let dpd = try #require(entity(x, "Detroit Police Department"))
        #expect(dpd.type == .agency)
        #expect(dpd.aliases.contains("DPD"))
        #expect(dpd.mentions.count == 3)
    }

    @Test func knownAcronymFromDataFile() throws {
        let x = extract("An officer contacted ICE. Immigration and Customs Enforcement did not reply.")
        let ice = try #require(entity(x, "Immigration and Customs Enforcement"))
        #expect(ice.mentions.count == 2)
        #expect(ice.aliases.contains("ICE"))
    }

    @Test func possessiveAndVariants() throws {
        let x = extract("In Detroit’s 4th Precinct, officers met. Entering the U.S. is illegal in the United States.")
        let detroit = try #require(entity(x, "Detroit"))
        #expect(detroit.type == .place)
        #expect(detroit.mentions[0].text == "Detroit")
        let us = try #require(entity(x, "United States"))
        #expect(us.mentions.count == 2)
        #expect(try #require(entity(x, "4th Precinct")).type == .agency)
    }

    @Test func companyShortNameAndTeamNickname() throws {
        let x = extract("Ford Motor Co. cut jobs. Ford’s shares fell. The Detroit Tigers won. The Tigers celebrated.")
        #expect(try #require(entity(x, "Ford Motor Co.")).mentions.count == 2)
        #expect(try #require(entity(x, "Detroit Tigers")).mentions.count == 2)
    }

    @Test func policiesFromCitationsTitlesAndDescriptions() throws {
        let x = extract("""
            Penalties are defined under 8 U.S.C. § 1325 (part of the Immigration and Nationality Act). He issued an \
            executive order titled “Protecting the American People Against Invasion”. The department has a policy \
            that forbids officers from enforcing federal immigration laws. Section 287(g) allows agreements.
            """)
        let policies = Set(x.entities.filter { $0.type == .policy }.map(\.name))
        #expect(policies.contains("8 U.S.C. § 1325"))
        #expect(policies.contains("Immigration and Nationality Act"))
        #expect(policies.contains("Protecting the American People Against Invasion"))
        #expect(policies.contains("Section 287(g)"))
        #expect(policies.contains { $0.hasPrefix("policy that forbids officers") })
    }

    @Test func classifiesByContext() throws {
        let x = extract("Gov. Gretchen Whitmer visited Lansing, Mich., with officials from the Department of Energy and Outlier Media.")
        #expect(try #require(entity(x, "Gretchen Whitmer")).type == .person)
        #expect(try #require(entity(x, "Lansing")).type == .place)
        #expect(try #require(entity(x, "Michigan")).type == .place)
        #expect(try #require(entity(x, "Department of Energy")).type == .agency)
        #expect(try #require(entity(x, "Outlier Media")).type == .agency)
    }

    @Test func idsAreUniqueSlugs() {
        let x = extract("The Detroit Police Department and Detroit officials met in Detroit with ICE.")
        let ids = x.entities.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("detroit-police-department"))
        #expect(x.entities.allSatisfy { $0.salience >= 0 && $0.salience <= 1 })
    }
}

@Suite struct OffsetTests {
    /// Every range the extractor reports slices the original UTF-8 text to the reported text.
    @Test func rangesSliceTheOriginalText() throws {
        let extractor = Extractor()
        var texts = try DevSetScorer.loadGold().map { ($0.1, PartialDate(iso: $0.0.published)) }
        texts.append(("Café “Zoë’s” – São Paulo’s mayor, Dr. José Núñez, spoke Tuesday.\u{00A0}It’s 3.5% up.", PartialDate(year: 2025, month: 3, day: 12)))
        texts.append(("", nil))
        texts.append(("\n\n   \n", nil))
        for (text, published) in texts {
            let bytes = Array(text.utf8)
            func slice(_ s: Int, _ e: Int) -> String? {
                guard s >= 0, s <= e, e <= bytes.count else { return nil }
                return String(decoding: bytes[s..<e], as: UTF8.self)
            }
            let x = extractor.extract(text: text, published: published)
            for entity in x.entities {
                for m in entity.mentions {
                    #expect(slice(m.start, m.end) == m.text)
                    #expect(m.sentence >= 0 && m.sentence < x.sentences.count)
                }
            }
            for event in x.events {
                #expect(slice(event.expressionRange.start, event.expressionRange.end) == event.expression)
                #expect(slice(event.textRange.start, event.textRange.end) == event.text)
                #expect(event.textRange.start <= event.expressionRange.start && event.expressionRange.end <= event.textRange.end)
            }
            for range in x.sentences + x.paragraphs + x.boilerplate.map(\.range) {
                #expect(slice(range.start, range.end) != nil)
            }
        }
    }
}
