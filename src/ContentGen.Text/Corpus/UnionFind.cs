namespace ContentGen.Text.Corpus
{
    /// <summary>Disjoint sets over 0..n-1 with path halving: iterative, so no chain of merges can overflow the stack.</summary>
    internal sealed class UnionFind
    {
        private readonly int[] _parent;

        public UnionFind(int count)
        {
            _parent = new int[count];
            for (var i = 0; i < count; i++)
            {
                _parent[i] = i;
            }
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Union(int a, int b) => _parent[Find(a)] = Find(b);
    }
}
