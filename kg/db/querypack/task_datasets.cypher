// task_datasets: the datasets most used by papers addressing a task.
// param task: string -- the task's name, alias or key, e.g. image generation
// param limit: int = 20 -- at most this many rows
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)-[:EVALUATES_ON]->(d:Dataset)
WHERE t.key = $task OR toLower(t.name) = toLower($task)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($task))
RETURN d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, dataset
LIMIT $limit
