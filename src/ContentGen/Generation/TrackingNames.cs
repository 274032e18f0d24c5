namespace ContentGen.Generation
{
    /// <summary>Names of the generator's pipeline steps, for <c>WithTrackingName</c> and the caching tests.</summary>
    public static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string Target = nameof(Target);
        public const string ArticleSpecs = nameof(ArticleSpecs);
        public const string TypeNames = nameof(TypeNames);
        public const string Glossary = nameof(Glossary);
        public const string CorpusKeys = nameof(CorpusKeys);
        public const string Corpus = nameof(Corpus);
        public const string Stories = nameof(Stories);
        public const string FactReferences = nameof(FactReferences);
        public const string EmitPlan = nameof(EmitPlan);
        public const string ArticleWithCorpus = nameof(ArticleWithCorpus);
        public const string ArticleSources = nameof(ArticleSources);
        public const string ArticleSourceFiles = nameof(ArticleSourceFiles);
        public const string CatalogSource = nameof(CatalogSource);
        public const string BaseTypesSource = nameof(BaseTypesSource);
    }
}
