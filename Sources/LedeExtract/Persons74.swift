/// Person round seventy-four (fourteenth session): a rank or a member's title before a person's
/// name that the title list lacked fused with the name ("SP Ruwan Perera", "MK Dana Levy",
/// "Sepoy Ravi Kumar", "Sub-Inspector Anil Das"), a false person and a missed one each. The ranks
/// (`Resources/person-ranks.txt`) are read as titles: a title before a name marks a person and
/// becomes its descriptor, and the bare name joins the article's later mentions of the surname
/// ("SP Perera said" after "SP Ruwan Perera").
extension Lexicon {
    /// The ranks of `Resources/person-ranks.txt`, read into the title set.
    static func personRanks74(_ ranks: Set<String>) -> Set<String> { ranks }
}
