// proposals_on_dataset: papers that propose a method and evaluate on a dataset, with the methods.
// param dataset: string -- the dataset's name, alias or key, e.g. ImageNet
// param limit: int = 50 -- at most this many rows
MATCH (d:Dataset)<-[:EVALUATES_ON]-(p:Paper)-[:PROPOSES]->(x:Method)
WHERE d.key = $dataset OR toLower(d.name) = toLower($dataset)
   OR any(alias IN coalesce(d.aliases, []) WHERE toLower(alias) = toLower($dataset))
RETURN p.title AS paper, p.key AS paper_id, collect(DISTINCT x.name) AS methods
ORDER BY paper
LIMIT $limit
