using System;
using System.Collections.Generic;

namespace ContentGen.Text.Tokens
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
            "Councilman", "Councilwoman", "Councillor", "Councilor", "Alderman", "Assemblyman", "Assemblywoman", "Trooper",
            "Reverend", "Rev", "Pastor", "Sheriff", "Constable", "Corporal", "Cpl", "Private", "Pvt", "Supt", "Det", "Insp",
            "Examiner", "Coroner", "Doctor", "Prosecutor", "Sec", "Secretary-General", "Commissioner-General", "Minister-President",
        };

        /// <summary>
        /// Lower-case role nouns written straight before a name ("reporter Bob Lane", "striker Ana Ruiz", "police
        /// commissioner Ray Kell"): news introduces most people by what they do.
        /// </summary>
        public static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
        {
            "president", "minister", "premier", "chancellor", "senator", "governor", "mayor", "councilman", "councilwoman",
            "commissioner", "chief", "director", "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman",
            "chairwoman", "chair", "executive", "founder", "owner", "boss", "manager", "coach", "agent", "lawyer",
            "attorney", "prosecutor", "judge", "officer", "detective", "sergeant", "lieutenant", "captain", "inspector",
            "reporter", "correspondent", "journalist", "columnist", "editor", "writer", "author", "novelist", "poet",
            "photographer", "actor", "actress", "singer", "rapper", "star", "musician", "guitarist", "drummer",
            "comedian", "host", "anchor", "presenter", "producer", "filmmaker", "designer", "model", "artist", "chef",
            "player", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "back", "receiver", "pitcher",
            "catcher", "forward", "guard", "center", "centre", "winger", "batsman", "bowler", "captain", "champion",
            "driver", "rider", "boxer", "wrestler", "golfer", "swimmer", "climber", "athlete", "teammate",
            "analyst", "expert", "economist", "scientist", "researcher", "professor", "doctor", "surgeon", "physician",
            "teacher", "principal", "student", "priest", "pastor", "bishop", "cleric", "activist", "campaigner",
            "candidate", "lawmaker", "legislator", "politician", "diplomat", "envoy", "ambassador", "general", "commander",
            "mobster", "gunman", "suspect", "victim", "witness", "neighbor", "neighbour", "resident", "survivor",
            "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "uncle", "aunt", "cousin",
            "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "fiance", "fiancee", "fiancé",
            "fiancée", "boyfriend", "girlfriend", "partner", "friend", "colleague", "publicist", "representative",
            "counsel", "deputy", "trooper", "sheriff", "ceo", "cfo", "chairperson", "vice-president", "co-founder",
            "singer-songwriter", "co-star", "newcomer", "veteran", "legend", "dictator", "leader", "opponent", "rival",
        };

        /// <summary>
        /// Common given names in many languages: a capitalised word after one of them is a surname ("Grant Lowe had
        /// two goals"), even when no title, verb or apposition introduces the person. Not a complete list; a hint.
        /// </summary>
        public static readonly HashSet<string> GivenNames = new(StringComparer.Ordinal)
        {
            "Aaron", "Abdul", "Abdullah", "Adam", "Adrian", "Ahmad", "Ahmed", "Aisha", "Alan", "Albert", "Alejandro",
            "Alex", "Alexander", "Alexandra", "Alexei", "Ali", "Alice", "Alicia", "Alison", "Allen", "Amanda", "Amy",
            "Ana", "Andrea", "Andreas", "Andrew", "Andrei", "Andy", "Angela", "Ann", "Anna", "Anne", "Anthony",
            "Antonio", "Arthur", "Ashley", "Barbara", "Ben", "Benjamin", "Bernard", "Betty", "Bill", "Billy", "Bob",
            "Bobby", "Brad", "Brandon", "Brenda", "Brian", "Bruce", "Bryan", "Carl", "Carlos", "Carmen", "Carol",
            "Caroline", "Catherine", "Charles", "Charlie", "Chris", "Christian", "Christina", "Christine",
            "Christopher", "Claire", "Claudia", "Colin", "Craig", "Dan", "Daniel", "Danny", "David", "Dean", "Deborah",
            "Dennis", "Diana", "Diane", "Dmitry", "Donald", "Doug", "Douglas", "Dylan", "Ed", "Eddie", "Edward",
            "Elena", "Elizabeth", "Ellen", "Emily", "Emma", "Eric", "Erik", "Eva", "Evan", "Frank", "Fred", "Gary",
            "George", "Gordon", "Grace", "Grant", "Greg", "Gregory", "Hannah", "Harold", "Harry", "Hassan", "Heather",
            "Helen", "Henry", "Hugh", "Hussein", "Ian", "Igor", "Isaac", "Ivan", "Jack", "Jacob", "James", "Jamie",
            "Jane", "Janet", "Jason", "Jean", "Jeff", "Jeffrey", "Jennifer", "Jeremy", "Jerry", "Jessica", "Jim",
            "Jimmy", "Joan", "Joe", "Joel", "John", "Johnny", "Jon", "Jonathan", "Jorge", "Jose", "Joseph", "Josh",
            "Joshua", "Juan", "Judith", "Julia", "Julian", "Julie", "Justin", "Karen", "Karl", "Kate", "Katherine",
            "Kathleen", "Kathy", "Keith", "Kelly", "Ken", "Kenneth", "Kevin", "Kim", "Kyle", "Larry", "Laura",
            "Lauren", "Lawrence", "Leonard", "Linda", "Lisa", "Louis", "Lucy", "Luis", "Luke", "Maria", "Marie",
            "Mark", "Martin", "Mary", "Matt", "Matthew", "Maurice", "Max", "Megan", "Michael", "Michel", "Michelle",
            "Miguel", "Mike", "Mikhail", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Nancy", "Natalia", "Nathan",
            "Neil", "Nicholas", "Nick", "Nicole", "Nikolai", "Noah", "Oleg", "Oliver", "Omar", "Oscar", "Pablo",
            "Pamela", "Patricia", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Phillip", "Pierre", "Rachel",
            "Ralph", "Randy", "Ray", "Raymond", "Rebecca", "Richard", "Rick", "Rob", "Robert", "Robin", "Roger",
            "Ronald", "Rose", "Roy", "Russell", "Ruth", "Ryan", "Sally", "Sam", "Samuel", "Sandra", "Sara", "Sarah",
            "Scott", "Sean", "Sergei", "Sergey", "Sharon", "Stephen", "Steve", "Steven", "Susan", "Tanya", "Teresa",
            "Terry", "Thomas", "Tim", "Timothy", "Tina", "Todd", "Tom", "Tony", "Valentina", "Victor", "Victoria",
            "Vincent", "Vladimir", "Walter", "Wayne", "Wendy", "William", "Yuri", "Zachary",
        };

        /// <summary>
        /// Lower-case articles in the languages news is written in: a capitalised word after one is a noun ("the
        /// Senate", "die Akte"), not a person referred to by surname.
        /// </summary>
        public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
        {
            "the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "le", "la", "les", "un", "une", "el", "los", "las", "il", "lo", "gli", "una", "het", "de", "een",
        };

        /// <summary>First words of place names that look like two-word names: "New York", "Saint Louis", "Los Angeles".</summary>
        public static readonly HashSet<string> PlaceStarts = new(StringComparer.Ordinal)
        {
            "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
            "Lower", "Greater", "United", "Saudi", "Sri", "Hong", "Los", "Las", "San", "Santa", "Saint", "St", "Sainte",
            "Fort", "Port", "Mount", "Mt", "Lake", "Cape", "Costa", "Puerto", "Rio", "Buenos", "Sao", "São", "Tel",
            "Abu", "Kuala", "Papua", "Sierra", "Baton", "Des", "Palm", "Salt", "Grand", "Little", "Big", "Old", "Royal",
            "National", "International", "Federal", "Supreme", "High", "Great", "Holy", "Real", "Inter", "Air",
        };

        /// <summary>Endings that follow a surname without being part of it: "Arcade Joseph Comeaux Jr.".</summary>
        public static readonly HashSet<string> NameSuffixes = new(StringComparer.Ordinal)
        {
            "Jr", "Sr", "II", "III", "IV", "Jnr", "Snr",
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
            "Police", "Corp", "Co", "Airlines", "Airways", "Jail", "Prison", "Church", "Cathedral",
            "Bridge", "Road", "Beach", "Stadium", "Arena", "Museum", "Hotel", "Labs", "Systems", "Records", "Studios",
            "Pictures", "Entertainment", "Awards", "Award", "Prize", "Show", "Magazine", "Journal", "Daily", "Tribune",
            "Herald", "Bay", "Hills", "Heights", "Harbor", "Harbour", "Coast", "Canyon", "Falls", "Springs", "Peak",
            "Academy", "Association", "Society", "Federation", "Commission", "Authority", "Board", "Bureau", "Division",
            "Unit", "Squad", "Team", "Brigade", "Battalion", "Regiment", "Fleet", "Navy", "Guard", "Guards", "Media",
            "Group", "Holdings", "Partners", "Capital", "Motors", "Energy", "Oil", "Airport", "Port", "Market", "Mall",
            "Channel", "Online", "Mail", "Post", "Telegraph", "Guardian", "Independent", "Observer", "Express", "Today",
            "Ministries", "Sciences", "Studies", "Medicine", "Health", "Care", "Centers", "Centres", "Festival",
            "Series", "Season", "Championship", "Championships", "Open", "Olympics", "Lakers", "Mountain", "Lake",
            "Street", "Boulevard", "Highway", "Place", "Tower", "Towers", "Building", "Plaza", "Zone",
            "Strait", "Gulf", "Peninsula", "Desert", "Forest", "Village", "Town", "Township", "Territory", "Territories",
            "Theater", "Theatre", "Amphitheater", "Amphitheatre", "Cinema", "Gallery", "Library", "Gardens", "Zoo",
            "Clinic", "Restaurant", "Cafe", "Store", "Stores", "Church", "Mosque", "Temple", "Synagogue", "Chapel",
            "Advisers", "Advisors", "Consultants", "Associates", "Solutions", "Services", "Industries", "Enterprises",
            "Technologies", "Technology", "Foods", "Brands", "Products", "Communications", "Networks", "Pharmaceuticals",
            "Investments", "Securities", "Properties", "Ventures", "Logistics", "Resources", "Sports", "Games", "Software",
            "Edition", "Version", "Update", "Model", "Series", "Pro", "Plus", "Max", "Mini",
            "Movement", "Front", "Alliance", "Coalition", "Brotherhood", "Army", "Rangers", "Brothers", "Sisters",
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
