// leaderboard: the values reported for one metric on one dataset, best first (by the metric's
// direction, Metric.higher_is_better; unknown counts as higher is better).
// param metric: string -- the metric's name, alias or key, e.g. FID
// param dataset: string -- the dataset's name, alias or key, e.g. ImageNet
// param limit: int = 25 -- at most this many rows
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:MEASURES]->(m:Metric)
MATCH (r)-[:ON_DATASET]->(d:Dataset)
WHERE (m.key = $metric OR toLower(m.name) = toLower($metric)
       OR any(alias IN coalesce(m.aliases, []) WHERE toLower(alias) = toLower($metric)))
  AND (d.key = $dataset OR toLower(d.name) = toLower($dataset)
       OR any(alias IN coalesce(d.aliases, []) WHERE toLower(alias) = toLower($dataset)))
OPTIONAL MATCH (r)-[:OF_METHOD]->(x:Method)
RETURN coalesce(x.name, r.method) AS method, r.value AS value, m.name AS metric,
       d.name AS dataset, p.title AS paper, p.key AS paper_id
ORDER BY CASE WHEN coalesce(m.higher_is_better, true) THEN -r.value ELSE r.value END, method
LIMIT $limit
