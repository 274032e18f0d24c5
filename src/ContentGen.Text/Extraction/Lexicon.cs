using System;
using System.Collections.Generic;

namespace ContentGen.Text.Extraction
{
    /// <summary>The small closed word lists the extractors share.</summary>
    internal static class Lexicon
    {
        /// <summary>Titles and roles written before a name: "President Vladimir Putin", "Mr. Smith".</summary>
        public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
        {
            "President", "Vice", "Prime", "Minister", "Chancellor", "Secretary", "Premier", "Mr", "Mrs", "Ms", "Miss", "Dr",
            "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir", "Sultan",
            "Senator", "Sen", "Representative", "Rep", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor",
            "General", "Gen", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Lieutenant", "Lt", "Sergeant", "Sgt",
            "Admiral", "Adm", "Commander", "Marshal", "Judge", "Justice", "Ambassador", "Envoy", "Commissioner",
            "Professor", "Prof", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Chair",
            "Director", "Chief", "Leader", "Speaker", "Deputy", "Foreign", "Defense", "Defence", "Interior", "Finance",
            "Ayatollah", "Patriarch", "Archbishop", "Bishop", "Cardinal", "Rabbi", "Imam", "Father", "Sister", "Brother",
            "Coach", "Officer", "Detective", "Inspector", "Superintendent", "Attorney", "Counsel", "Editor", "Presidents",
        };

        /// <summary>Capitalised words that start sentences or name dates but are never part of a person's name.</summary>
        public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
        {
            "The", "A", "An", "In", "On", "At", "Then", "But", "And", "Or", "So", "If", "When", "While", "After", "Before",
            "As", "Since", "For", "With", "Without", "By", "From", "To", "Of", "He", "She", "It", "They", "We", "I", "You",
            "This", "That", "These", "Those", "His", "Her", "Their", "Our", "My", "Its", "Also", "However", "Meanwhile",
            "Still", "Yet", "Although", "Though", "Because", "Unfortunately", "Initiating", "According", "During", "Under",
            "Over", "About", "Both", "All", "Some", "Many", "Most", "Several", "Each", "Every", "No", "Not", "Last", "Next",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Here", "There", "What", "Why", "How", "Who", "Where", "Which", "Today", "Yesterday", "Tomorrow", "Now", "Earlier", "Later",
        };

        /// <summary>Last words of organisations and places that look like two-word names: "White House", "Minsk Group".</summary>
        public static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
        {
            "House", "Ministry", "Department", "Office", "Council", "Group", "Union", "Party", "Committee", "Agency",
            "Bank", "Court", "Army", "Forces", "Force", "Government", "Kremlin", "Sea", "Ocean", "River", "Region",
            "Republic", "City", "University", "College", "School", "Times", "Post", "News", "Press", "Service", "Institute",
            "Organization", "Organisation", "Company", "Corporation", "Inc", "Ltd", "Street", "Avenue", "Square",
            "Airport", "Station", "Hospital", "Parliament", "Assembly", "Senate", "Congress", "Embassy", "Nations",
            "States", "Kingdom", "Europe", "Asia", "Africa", "America", "Caucasus", "War", "Treaty", "Agreement", "Accord",
            "Club", "League", "Cup", "Games", "Festival", "Foundation", "Fund", "Network", "Radio", "Television", "Liberty",
            "Island", "Islands", "Mountains", "Valley", "Province", "District", "County", "State", "Centre", "Center",
        };

        /// <summary>Verbs that attribute speech: "Putin said", "said Putin", "Aliyev told reporters".</summary>
        public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "said", "says", "told", "tells", "added", "adds", "stressed", "noted", "notes", "asked", "urged", "insisted",
            "declared", "stated", "warned", "explained", "wrote", "writes", "described", "reiterated", "cited", "expressed",
            "argued", "claimed", "announced", "replied", "responded", "acknowledged", "admitted", "confirmed", "denied",
            "recalled", "suggested", "called", "pointed", "praised", "criticized", "criticised", "accused", "emphasized",
            "emphasised", "insists", "warns", "argues", "claims", "concluded", "continued", "remarked", "observed",
        };

        /// <summary>Words that may stand between a speaker and the verb: "Pashinian also said".</summary>
        public static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "also", "then", "later", "again", "however", "still", "previously", "earlier", "repeatedly", "further",
            "separately", "reportedly", "once", "has", "had", "have", "publicly", "recently", "first", "last",
        };

        public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

        /// <summary>Lower-case particles inside names: "Osama bin Laden", "Ursula von der Leyen".</summary>
        public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
        {
            "bin", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "van", "von", "la", "le", "du", "dos", "das",
        };
    }
}
