// cooccurring_datasets: pairs of datasets evaluated on by the same papers, most shared first;
// with a dataset given, only the datasets that occur with it.
// param dataset: string = null -- a dataset's name, alias or key, or leave out for all pairs
// param limit: int = 25 -- at most this many rows
MATCH (d1:Dataset)<-[:EVALUATES_ON]-(p:Paper)-[:EVALUATES_ON]->(d2:Dataset)
WHERE d1 <> d2
  AND (($dataset IS NULL AND d1.key < d2.key)
   OR ($dataset IS NOT NULL
       AND (d1.key = $dataset OR toLower(d1.name) = toLower($dataset)
            OR any(alias IN coalesce(d1.aliases, []) WHERE toLower(alias) = toLower($dataset)))))
RETURN d1.name AS dataset, d2.name AS with_dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, dataset, with_dataset
LIMIT $limit
