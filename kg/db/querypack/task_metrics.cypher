// task_metrics: the metrics most used by papers addressing a task.
// param task: string -- the task's name, alias or key, e.g. image generation
// param limit: int = 20 -- at most this many rows
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)-[:USES_METRIC]->(m:Metric)
WHERE t.key = $task OR toLower(t.name) = toLower($task)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($task))
RETURN m.name AS metric, count(DISTINCT p) AS papers
ORDER BY papers DESC, metric
LIMIT $limit
